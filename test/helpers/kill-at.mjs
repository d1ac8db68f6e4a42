/**
 * Fault injection for the stress tests (`node --import ./test/helpers/kill-at.mjs …`): the process
 * kills itself with SIGKILL right before its KILL_AT-th change to the file system under KILL_DIR
 * (a file or folder made, written whole, linked, renamed or removed). Random kill times hit the
 * instants between two such steps only now and then; this reaches each of them, in a real build.
 * KILL_COUNT=<file>: write the number of steps there at exit (a run without KILL_AT, to count them).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const dir = resolve(process.env.KILL_DIR ?? '/nonexistent');
const at = Number(process.env.KILL_AT ?? 0);
let steps = 0;
const under = (p) => typeof p === 'string' && (resolve(p) === dir || resolve(p).startsWith(dir + sep));

const TWO_PATHS = ['copyFileSync', 'linkSync', 'symlinkSync', 'renameSync'];
for (const name of ['mkdirSync', 'openSync', 'writeFileSync', 'appendFileSync', 'rmSync', 'unlinkSync', 'rmdirSync', ...TWO_PATHS]) {
  const original = fs[name];
  fs[name] = function (...args) {
    const paths = TWO_PATHS.includes(name) ? args.slice(0, 2) : args.slice(0, 1);
    const reads = name === 'openSync' && (args[1] === undefined || args[1] === 'r' || args[1] === fs.constants.O_RDONLY); // to fsync, say
    if (!reads && paths.some(under) && ++steps === at) process.kill(process.pid, 'SIGKILL');
    return original.apply(this, args);
  };
}
// The build imports these by name (`import { renameSync } from 'node:fs'`): make the names see the wrappers.
syncBuiltinESMExports();
if (process.env.KILL_COUNT) process.on('exit', () => fs.writeFileSync(process.env.KILL_COUNT, String(steps)));
