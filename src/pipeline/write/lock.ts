/**
 * One build at a time per out folder. Two builds publishing into the same folder would each
 * prune what the other just wrote and race for `current`; a watcher (`npm start`) and a build run
 * by hand are the usual pair. The lock is a file in `generations/` (where readers never look and
 * `vite build` copies nothing from) holding the owner's pid and, on Linux, its start time: a lock
 * whose process is gone, or whose pid now names another process, is stale and taken over.
 */
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeText } from './escape.ts';
import { GENERATIONS_DIR } from './publish.ts';

export const LOCK_FILE = '.build.lock';

/** The out folder is being written by another process; the message is one line for the user. */
export class OutputLocked extends Error {
  constructor(readonly outDir: string, readonly pid: number) {
    super(`${safeText(outDir)} is being written by another build (pid ${pid}); wait for it to finish, or stop it`);
    this.name = 'OutputLocked';
  }
}

/** The process's start time in clock ticks since boot (/proc/<pid>/stat field 22), or '' where there is no /proc. */
function startTicks(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in brackets and may hold spaces: count from after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

/** Whether the process that wrote `content` ("<pid> <start>") is still running. */
function holderAlive(content: string): number | null {
  const [pidText, started = ''] = content.trim().split(' ');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EPERM') return null; // EPERM: alive, another user's
  }
  // The pid was reused by a process started later: the lock's owner is gone.
  if (started && startTicks(pid) && startTicks(pid) !== started) return null;
  return pid;
}

const held = new Map<string, () => void>();

/** Move a stale lock out of the way, unless another process took it over meanwhile (then it is put back). */
function clearStale(path: string, stale: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // gone already
  }
  if (readFileSync(aside, 'utf8') !== stale) {
    try {
      linkSync(aside, path); // a live lock taken just before: give it back (fails if yet another is there)
    } catch {
      // another lock is in place; ours will be refused on the next attempt
    }
  }
  rmSync(aside, { force: true });
}

/** Drafts and stale locks moved aside that killed builds left (`.build.lock.<pid>`, `.build.lock.stale-<pid>`). */
function clearDrafts(dir: string): void {
  for (const name of readdirSync(dir)) {
    const m = /^\.build\.lock\.(?:stale-)?(\d+)$/.exec(name);
    if (m && Number(m[1]) !== process.pid && holderAlive(m[1]!) === null) rmSync(join(dir, name), { force: true });
  }
}

/** Put the lock in place, failing with EEXIST when there is one. */
function place(draft: string, path: string, content: string): void {
  try {
    linkSync(draft, path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST' || code === 'ENOENT') throw error;
    writeFileSync(path, content, { flag: 'wx' }); // a file system without hard links
  }
}

/**
 * Take the lock of `outDir` (whose `generations/` must exist) or throw OutputLocked. Returns the
 * release function; the lock is also released when the process exits normally. A process killed
 * outright leaves its lock, which the next build finds stale.
 */
export function lockOutDir(outDir: string): () => void {
  const path = join(outDir, GENERATIONS_DIR, LOCK_FILE);
  const mine = `${process.pid} ${startTicks(process.pid)}\n`;
  if (held.has(path)) throw new OutputLocked(outDir, process.pid);
  // Written whole under a name of our own, then linked into place: link(2) fails when a lock exists,
  // and a lock is never seen half written.
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, mine);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        place(draft, path, mine);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
      }
      let content: string;
      try {
        content = readFileSync(path, 'utf8');
      } catch {
        continue; // released meanwhile
      }
      const pid = holderAlive(content);
      if (pid !== null || attempt > 2) throw new OutputLocked(outDir, pid ?? 0);
      clearStale(path, content);
    }
  } finally {
    rmSync(draft, { force: true });
  }
  clearDrafts(join(outDir, GENERATIONS_DIR));
  const release = (): void => {
    if (!held.delete(path)) return;
    process.off('exit', release);
    try {
      if (readFileSync(path, 'utf8') === mine) rmSync(path, { force: true });
    } catch {
      // gone already (the out folder was removed)
    }
  };
  held.set(path, release);
  process.on('exit', release);
  return release;
}
