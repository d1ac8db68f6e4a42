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

export interface InputsSnapshot {
  /** Equal for equal states of the files. */
  key: string;
  /**
   * The latest change time (ctime: a write, a rename, a touch; not settable by a program) of any
   * file or folder, in ms since the epoch.
   */
  newestChangeMs: number;
}

/** The snapshot of `paths` (files or folders; a missing one is recorded as missing). */
export function snapshotInputs(paths: readonly string[]): InputsSnapshot {
  const lines: string[] = [];
  let newest = 0n;
  const visit = (path: string): void => {
    let s: BigIntStats;
    try {
      s = lstatSync(path, { bigint: true });
    } catch {
      lines.push(`${path}\tmissing`);
      return;
    }
    if (s.ctimeNs > newest) newest = s.ctimeNs;
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
  return { key: lines.join('\n'), newestChangeMs: Number(newest / 1_000_000n) };
}

/**
 * Whether the files have been still for `quietMs` at `nowMs`. The watcher builds only after that
 * long without a change event, so a change more recent than that, at publishing time, is one whose
 * event has not been heard yet (a file created during a busy build: its event comes after the
 * build has published). A change time ahead of the clock by more than a second is no write of
 * now (a skewed clock, an unpacked archive) and does not count.
 */
export function settled(snapshot: InputsSnapshot, quietMs: number, nowMs = Date.now()): boolean {
  const ageMs = nowMs - snapshot.newestChangeMs;
  return ageMs >= quietMs || ageMs < -1000;
}
