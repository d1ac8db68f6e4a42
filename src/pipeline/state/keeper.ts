/**
 * A build state kept in memory by a process that builds again and again into one out folder (the
 * watcher, cli/watch.ts), so that a rebuild need not read back the state it saved itself: at 100k
 * articles that read is some 2.5 s of a one-article rebuild's 8 (README, "Performance").
 *
 * What is kept is only as good as the file it stands for: it is given back only while the state
 * file on disk is the very one saved with it (same inode, size and modification time; anything
 * else that built into the folder meanwhile wrote a new one), and it is handed over, not shared: a
 * build that takes it and then fails leaves nothing kept, and the next build reads the disk.
 */
import { statSync } from 'node:fs';

export class StateKeeper<State> {
  private kept: { file: string; stamp: string; state: State } | null = null;

  /** What `take(file)` would give now, left kept. */
  peek(file: string): State | null {
    return this.kept && this.kept.file === file && this.kept.stamp === stampOf(file) ? this.kept.state : null;
  }

  /** The state kept for `file`, if that file is still the one saved with it; the keeper is empty after. */
  take(file: string): State | null {
    const state = this.peek(file);
    this.kept = null;
    return state;
  }

  /** Keeps `state`, just saved to `file`. */
  keep(file: string, state: State): void {
    const stamp = stampOf(file);
    this.kept = stamp ? { file, stamp, state } : null;
  }
}

/** Identity of a file's current version ('' when there is none): saves replace the file (write/write.ts writeAtomic). */
function stampOf(file: string): string {
  try {
    const stat = statSync(file, { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
  } catch {
    return '';
  }
}
