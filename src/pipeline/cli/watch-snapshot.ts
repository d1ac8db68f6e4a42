/**
 * What the watched inputs look like on disk, to tell whether they changed while a build read them:
 * every file and folder under the watched paths with its inode, size and modification and change
 * times (nanoseconds). A file rewritten, appended to, renamed, removed, re-created or replaced by
 * an editor's temp-and-rename save gives another snapshot; equal snapshots before and after a
 * build mean it read one state of the files.
 */
import { lstatSync, readdirSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';

const stamp = (s: BigIntStats): string => `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

/** The snapshot of `paths` (files or folders; a missing one is recorded as missing). */
export function snapshotInputs(paths: readonly string[]): string {
  const lines: string[] = [];
  const visit = (path: string): void => {
    let s: BigIntStats;
    try {
      s = lstatSync(path, { bigint: true });
    } catch {
      lines.push(`${path}\tmissing`);
      return;
    }
    if (s.isSymbolicLink()) {
      // The build reads through links that stay inside the input: their targets count too.
      let target = 'dangling';
      try {
        target = stamp(statSync(path, { bigint: true }));
      } catch {
        // dangling: the link's own stamp says enough
      }
      lines.push(`${path}\t${stamp(s)}\t${target}`);
      return;
    }
    lines.push(`${path}\t${stamp(s)}`);
    if (!s.isDirectory()) return;
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch {
      lines.push(`${path}\tunlisted`);
      return;
    }
    for (const name of names) visit(join(path, name));
  };
  for (const path of paths) visit(path);
  return lines.join('\n');
}
