import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockOutDir, OutputLocked } from './lock.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function outDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'dateline-lock-'));
  dirs.push(d);
  mkdirSync(join(d, 'generations'));
  return d;
}
const lockPath = (out: string): string => join(out, 'generations', LOCK_FILE);

/** A pid that no longer names a process: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('lockOutDir', () => {
  it('lets one build in at a time and frees the folder when released', () => {
    const out = outDir();
    const release = lockOutDir(out);
    expect(readFileSync(lockPath(out), 'utf8').split(' ')[0]).toBe(String(process.pid));
    expect(() => lockOutDir(out)).toThrow(OutputLocked);
    release();
    expect(existsSync(lockPath(out))).toBe(false);
    lockOutDir(out)();
    expect(existsSync(lockPath(out))).toBe(false);
  });

  it('refuses while another live process holds it, naming its pid', async () => {
    const out = outDir();
    const holder = spawn(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(lockPath(out))}, process.pid + ' \\n'); setTimeout(() => {}, 60000)`]);
    try {
      await expect.poll(() => existsSync(lockPath(out)) && readFileSync(lockPath(out), 'utf8').length > 0).toBe(true);
      expect(() => lockOutDir(out)).toThrow(`another build (pid ${holder.pid})`);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over a stale lock: its process is gone, or its pid now names a process started later', () => {
    const out = outDir();
    writeFileSync(lockPath(out), `${deadPid()} 1\n`);
    lockOutDir(out)();
    // Our own pid with another start time: a lock left by an earlier process that had this pid.
    writeFileSync(lockPath(out), `${process.pid} 1\n`);
    lockOutDir(out)();
    writeFileSync(lockPath(out), 'garbage');
    lockOutDir(out)();
    expect(existsSync(lockPath(out))).toBe(false);
  });

  it('clears the drafts and set-aside locks that killed builds left', () => {
    const out = outDir();
    const pid = deadPid();
    writeFileSync(`${lockPath(out)}.${pid}`, `${pid} 1\n`);
    writeFileSync(`${lockPath(out)}.stale-${pid}`, `${pid} 1\n`);
    lockOutDir(out)();
    expect(readdirSync(join(out, 'generations'))).toEqual([]);
  });

  it('is removed when the process exits, and left (stale) when it is killed', () => {
    const out = outDir();
    const script = (end: string): string[] => ['--import', 'tsx', '-e', `import { lockOutDir } from ${JSON.stringify(join(process.cwd(), 'src/pipeline/write/lock.ts'))}; lockOutDir(${JSON.stringify(out)}); ${end}`];
    expect(spawnSync(process.execPath, script('process.exit(0)')).status).toBe(0);
    expect(existsSync(lockPath(out))).toBe(false);
    const killed = spawnSync(process.execPath, script("process.kill(process.pid, 'SIGKILL')"));
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(lockPath(out))).toBe(true);
    lockOutDir(out)();
  });
});
