/**
 * Housekeeping of a published out folder (publish.ts): what a killed build left behind is removed
 * when the next one starts, and generations other than the current one and the one it replaced
 * are removed after a switch. The replaced one is kept so that a reader still loading it (a
 * browser fetching chunks) is not cut off by the very next build.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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

const list = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/**
 * Remove leftovers of killed builds: staging folders and temporary links (`.staging-<pid>-*`,
 * `.current.link-<pid>`, `.old-<entry>-<pid>`), and `*.tmp-<pid>` files that builds from before
 * generations wrote next to the published files.
 */
export function clearStrays(outDir: string): void {
  const stray = (name: string): boolean => {
    const m = /^\.staging-(\d+)-|^\..+\.link-(\d+)$|^\.old-.+-(\d+)$|\.tmp-(\d+)$/.exec(name);
    return m !== null && !alive(Number(m[1] ?? m[2] ?? m[3] ?? m[4]));
  };
  for (const dir of [outDir, join(outDir, GENERATIONS), join(outDir, 'chunks')]) {
    for (const name of list(dir)) if (stray(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Keep the generations named in `keep` (and staging folders of running builds); remove the others. */
export function pruneGenerations(outDir: string, keep: string[]): void {
  const dir = join(outDir, GENERATIONS);
  for (const name of list(dir)) {
    if (keep.includes(name) || name.startsWith('.')) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
  }
  clearStrays(outDir);
}
