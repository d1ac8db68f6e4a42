/**
 * Checks the out folder before a build spends minutes on the articles: it must be (or become) a
 * folder on a real, writable file system. /proc, /sys and their kind take writes in odd ways
 * (refused, ignored, or a write that never returns), so they are refused by file system type.
 */
import { existsSync, mkdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { safeText } from './escape.ts';
import { GENERATIONS_DIR } from './publish.ts';

/** A problem with the place the output goes; the message is one line for the user. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** statfs magic numbers of kernel pseudo-file systems (linux/magic.h). */
const PSEUDO: Record<number, string> = {
  0x9fa0: 'proc',
  0x62656572: 'sysfs',
  0x1cd1: 'devpts',
  0x27e0eb: 'cgroup',
  0x63677270: 'cgroup2',
  0x64626720: 'debugfs',
  0x74726163: 'tracefs',
  0x73636673: 'securityfs',
  0xcafe4a11: 'bpf',
  0x6165676c: 'pstore',
  0x62656570: 'configfs',
  0x65735543: 'fusectl',
  0x42494e4d: 'binfmt_misc',
  0xf97cff8c: 'selinuxfs',
  0x6e736673: 'nsfs',
};

/** The nearest existing folder at or above `path`. */
function existingAncestor(path: string): string {
  let p = resolve(path);
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

/** Create the out folder if needed and prove it can hold files; throws OutputError or the filesystem error. */
export function prepareOutDir(out: string): void {
  const shown = safeText(out);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new OutputError(`${shown}: is a file, not a folder; choose another --out`);
  const type = statfsSync(existingAncestor(out)).type;
  const pseudo = PSEUDO[type];
  if (pseudo) throw new OutputError(`${shown}: is on the ${pseudo} pseudo-file system, which cannot hold a dataset; choose another --out`);
  mkdirSync(out, { recursive: true });
  // A read-only or full disk, or a folder we may not write, fails here rather than after the analysis.
  // The probe goes where readers never look, under a staging name: if the build is killed between
  // its write and its removal, it is not served, and the next build clears it (prune.ts).
  const generations = join(out, GENERATIONS_DIR);
  mkdirSync(generations, { recursive: true });
  const probe = join(generations, `.staging-${process.pid}-probe`);
  writeFileSync(probe, 'x');
  rmSync(probe, { force: true });
}
