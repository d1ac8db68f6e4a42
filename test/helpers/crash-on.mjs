/**
 * Fault injection for the cluster test (`node --import ./test/helpers/crash-on.mjs …`): the
 * process kills itself with SIGKILL when it opens a file whose path ends with $CRASH_ON, as an
 * article whose analysis exhausts memory or hangs takes its worker down.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const suffix = process.env.CRASH_ON;
if (suffix) {
  const original = fs.openSync;
  fs.openSync = function (path, ...rest) {
    if (typeof path === 'string' && path.endsWith(suffix)) process.kill(process.pid, 'SIGKILL');
    return original.call(this, path, ...rest);
  };
  syncBuiltinESMExports();
}
