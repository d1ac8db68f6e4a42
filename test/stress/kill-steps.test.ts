/**
 * The build killed right before each of its changes to the out folder, in turn (fault injection:
 * test/helpers/kill-at.mjs), not at random times: the instants between two steps of publishing
 * (a link made and not yet renamed, a folder moved and not yet removed) last microseconds, and a
 * random kill lands in one only every few hundred runs, which made the kill loop flaky before.
 * After each kill the out folder publishes the old or the new dataset, whole, and holds nothing
 * else a reader (a web server, `vite build`) would pick up; the next build leaves it clean.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, expectWhole, OUT_ENTRIES, publishedVersion, setCorpus } from '../helpers/published.ts';
import { fileTree } from '../helpers/tree.ts';

const base = mkdtempSync(join(tmpdir(), 'dateline-steps-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const KILL_AT = ['--import', resolve('test/helpers/kill-at.mjs')];
const corpus = join(base, 'articles');
const cache = join(base, 'cache');
const build = (out: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [...(Object.keys(env).length ? KILL_AT : []), ...CLI, '--input', corpus, '--out', out, '--cache-dir', cache], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('publishing, killed before each step', () => {
  it('after a kill before any change to the out folder, it publishes the old or the new dataset and nothing else', () => {
    const trees = { A: {}, B: {} } as Record<'A' | 'B', Record<string, string>>;
    for (const v of ['A', 'B'] as const) {
      setCorpus(corpus, v);
      expect(build(join(base, `ref-${v}`)).status).toBe(0);
      trees[v] = fileTree(join(base, `ref-${v}`));
    }
    // With the cache, from a published A to B: chunks that did not change are linked from the
    // published generation, the others written.
    const out = join(base, 'out');
    const publishA = (): void => {
      setCorpus(corpus, 'A');
      expect(build(out).status).toBe(0);
      expect(fileTree(out)).toEqual(trees.A);
      expect(readdirSync(out).sort()).toEqual(OUT_ENTRIES);
      expect(readdirSync(join(out, 'generations')).filter((n) => n.startsWith('.'))).toEqual([]); // no staging folder, link or trash left
      // Only A, so that every build to B takes the same steps (with B kept, it would not write B
      // again), and an older generation that the build to B removes after its switch.
      const generations = join(out, 'generations');
      const current = basename(readlinkSync(join(out, 'current')));
      for (const g of readdirSync(generations)) if (g !== current) rmSync(join(generations, g), { recursive: true });
      cpSync(join(generations, current), join(generations, '0000000000000000'), { recursive: true });
      setCorpus(corpus, 'B');
    };
    publishA();
    const count = join(base, 'steps');
    expect(build(out, { KILL_DIR: out, KILL_COUNT: count }).status).toBe(0);
    const steps = Number(readFileSync(count, 'utf8'));
    expect(steps).toBeGreaterThan(10);
    const seen = { A: 0, B: 0 };
    for (let k = 1; k <= steps; k++) {
      publishA(); // which also clears what the last kill left, or fails
      const label = `killed before step ${k} of ${steps}`;
      expect(build(out, { KILL_DIR: out, KILL_AT: String(k) }).signal, label).toBe('SIGKILL');
      const which = publishedVersion(out, trees, label);
      expect(which, label).not.toBeNull();
      seen[which!]++;
      expectWhole(out);
      expect(readdirSync(out).sort(), label).toEqual(OUT_ENTRIES);
    }
    publishA();
    console.log(`kill steps: ${steps} kill points; published afterwards: A ${seen.A} times, B ${seen.B} times`);
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
  }, 1_800_000);
});
