/**
 * The compiled command line (src/pipeline/cli/bin.mjs, compile.mjs) does what the TypeScript one
 * does: the same events, and the same build on worker threads, which start from the bundle's own
 * worker; and the bundle is made again whenever a file it is made from changes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript without declarations (it runs before tsx could).
import { stampOf } from '../src/pipeline/cli/compile.mjs';

const work = mkdtempSync(join(tmpdir(), 'dateline-compiled-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const compiled = (...args: string[]): ReturnType<typeof spawnSync> => spawnSync(process.execPath, ['src/pipeline/cli/bin.mjs', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
const typescript = (...args: string[]): ReturnType<typeof spawnSync> => spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

/** 20 articles of the sample: enough for `--jobs 2` to start its threads (run.ts, 16 files). */
function sampleCopy(): string {
  const dir = join(work, 'articles');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync('data/articles').filter((n) => n.endsWith('.txt')).sort().slice(0, 20)) cpSync(join('data/articles', name), join(dir, name));
  return dir;
}

describe('the compiled command line', () => {
  const input = sampleCopy();

  it('prints the events the TypeScript prints', { timeout: 120_000 }, () => {
    const fromBundle = compiled('events', input, '--no-cache', '--jobs', '1');
    const fromSource = typescript('events', input, '--no-cache', '--jobs', '1');
    expect(fromBundle.status, String(fromBundle.stderr)).toBe(0);
    expect(fromSource.status).toBe(0);
    expect(String(fromBundle.stdout).split('\n').length).toBeGreaterThan(20);
    expect(fromBundle.stdout).toBe(fromSource.stdout);
  });

  it('builds on worker threads started from the bundle the same dataset as in-process from the TypeScript', { timeout: 120_000 }, () => {
    const [threads, inProcess] = [join(work, 'threads'), join(work, 'in-process')];
    const a = compiled('build', '--input', input, '--out', threads, '--no-cache', '--jobs', '2', '--quiet');
    const b = typescript('build', '--input', input, '--out', inProcess, '--no-cache', '--jobs', '1', '--quiet');
    expect(a.status, String(a.stderr)).toBe(0);
    expect(b.status, String(b.stderr)).toBe(0);
    const dataset = (dir: string): string => readFileSync(join(dir, 'dataset.json'), 'utf8');
    expect(JSON.parse(dataset(threads)).events.length).toBeGreaterThan(50);
    expect(dataset(threads)).toBe(dataset(inProcess));
  });

  it('is made again when a source, the knowledge or the lock file changes, and only then', () => {
    const root = join(work, 'project');
    for (const file of ['src/pipeline/a.ts', 'data/knowledge/people.json', 'package-lock.json']) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), 'x');
    }
    const first = stampOf(root);
    expect(stampOf(root)).toBe(first);
    writeFileSync(join(root, 'data/articles.txt'), 'not an input of the bundle');
    expect(stampOf(root)).toBe(first);
    const changed = new Set([first]);
    for (const file of ['src/pipeline/a.ts', 'data/knowledge/people.json', 'package-lock.json']) {
      utimesSync(join(root, file), new Date(), new Date(Date.UTC(2030, 0, changed.size)));
      const stamp = stampOf(root);
      expect(changed.has(stamp)).toBe(false);
      changed.add(stamp);
    }
    writeFileSync(join(root, 'src/pipeline/b.ts'), '');
    expect(changed.has(stampOf(root))).toBe(false);
  });
});
