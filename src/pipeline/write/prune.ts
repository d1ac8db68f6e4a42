/**
 * Housekeeping of a published out folder (publish.ts): what a killed build left behind is removed
 * when the next one starts, and generations other than the current one and the one it replaced
 * are removed after a switch. The replaced one is kept so that a reader still loading it (a
 * browser fetching chunks) is not cut off by the very next build.
 */
import { readdirSync, readlinkSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const GENERATIONS = 'generations';

/** Whether the process that named a temporary file is still running (then it is not stray). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'; // exists, owned by someone else
  }
}

/** The generation the `current` link names, or null. */
function linked(outDir: string): string | null {
  try {
    return basename(readlinkSync(join(outDir, 'current')));
  } catch {
    return null;
  }
}

const list = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/**
 * Remove leftovers of killed builds: staging folders (also the out folder's write probe),
 * temporary links, folders moved aside and generations half removed (`.staging-<pid>-*`,
 * `.current.link-<pid>`, `.old-<entry>-<pid>`, `.trash-<pid>-*`, all in `generations/`), and what
 * earlier versions left in the out folder itself: `*.tmp-<pid>` files next to the published
 * files, `.dateline-probe-<pid>` and the temporary links.
 */
export function clearStrays(outDir: string): void {
  const stray = (name: string): boolean => {
    const m = /^\.(?:staging|trash)-(\d+)-|^\..+\.link-(\d+)$|^\.old-.+-(\d+)$|\.tmp-(\d+)$|^\.dateline-probe-(\d+)$/.exec(name);
    return m !== null && !alive(Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]));
  };
  for (const dir of [outDir, join(outDir, GENERATIONS), join(outDir, 'chunks')]) {
    for (const name of list(dir)) if (stray(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Keep the generations named in `keep` (and staging folders of running builds); remove the others.
 * Each is first renamed out of its id's way: removing files one by one, a killed build would leave
 * a folder under a valid id with part of its files, which a later build of the same content would
 * take for the published generation (publish.ts checks, but need not find one).
 */
export function pruneGenerations(outDir: string, keep: string[]): void {
  const dir = join(outDir, GENERATIONS);
  // And whatever `current` names now: another build into the same folder may have switched it since.
  const now = linked(outDir);
  for (const name of list(dir)) {
    if (keep.includes(name) || name === now || name.startsWith('.')) continue;
    const trash = join(dir, `.trash-${process.pid}-${name}`);
    renameSync(join(dir, name), trash);
    rmSync(trash, { recursive: true, force: true });
  }
  clearStrays(outDir);
}
