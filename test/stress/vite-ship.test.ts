/**
 * `vite build` ships the published dataset once: the entry points of the current generation as
 * plain files, none of the kept generations, no `current` (vite.config.ts, write/ship.ts). Here
 * rather than in `npm test`: it bundles the whole app.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, setCorpus } from '../helpers/published.ts';
import { fileTree } from '../helpers/tree.ts';

const base = mkdtempSync(join(tmpdir(), 'dateline-ship-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Every file and folder under `dir`, links not followed. */
function paths(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((n) => {
    const p = prefix ? `${prefix}/${n}` : n;
    return lstatSync(join(dir, p)).isDirectory() ? [p, ...paths(dir, p)] : [p];
  });
}

describe('vite build', () => {
  it('copies one generation of the published dataset, as plain files, and the rest of public/ as it is', async () => {
    const pub = join(base, 'public');
    const corpus = join(base, 'articles');
    // Two builds: the out folder keeps the replaced generation beside the current one.
    for (const v of ['A', 'B'] as const) {
      setCorpus(corpus, v);
      const r = spawnSync(process.execPath, [...CLI, '--input', corpus, '--out', join(pub, 'data'), '--no-cache'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
    expect(readdirSync(join(pub, 'data', 'generations'))).toHaveLength(2);
    writeFileSync(join(pub, 'robots.txt'), 'User-agent: *\n');
    const dist = join(base, 'dist');
    await build({ configFile: resolve('vite.config.ts'), publicDir: pub, logLevel: 'silent', build: { outDir: dist, emptyOutDir: true, sourcemap: false } });

    const published = fileTree(join(pub, 'data'));
    const shipped = paths(join(dist, 'data')).filter((p) => lstatSync(join(dist, 'data', p)).isFile());
    expect(shipped.sort()).toEqual(Object.keys(published).sort());
    for (const p of shipped) expect(readFileSync(join(dist, 'data', p), 'utf8'), p).toBe(published[p]);
    expect(readdirSync(join(dist, 'data')).sort()).toEqual(['build-report.json', 'chunks', 'dataset.json', 'generation.json']);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\n');
    expect(readdirSync(dist)).toContain('index.html');
  }, 300_000);
});
