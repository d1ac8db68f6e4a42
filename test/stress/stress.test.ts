/**
 * Slow checks (`npm run test:stress`, also run by CI): multi-megabyte inputs, builds that must be
 * byte-identical across file order and time zone, and ids that survive unrelated edits.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileTree } from '../helpers/tree.ts';
import { analyseInputs, buildDataset } from '../../src/pipeline/build.ts';
import { writeOutputs } from '../../src/pipeline/write/write.ts';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { writeHostileCorpus } from '../hostile/corpus.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder, removed after the tests. */
function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A CLI build without the cache (so every build really analyses), into a fresh folder. */
function cliBuild(inputs: string[], env: Record<string, string> = {}, flags: string[] = ['--no-cache']): { dataset: string; status: number | null; stderr: string; out: string } {
  const out = temp('dateline-stress-out-');
  const args = ['tsx', 'src/pipeline/cli/main.ts', 'build', '--out', out, ...flags, ...inputs.flatMap((i) => ['--input', i])];
  const run = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, ...env } });
  const dataset = run.status === 0 ? readFileSync(join(out, 'dataset.json'), 'utf8') : '';
  return { dataset, status: run.status, stderr: run.stderr, out };
}

describe('stress', () => {
  it('reads a 10 MB article and a 1 MB line without failing', () => {
    const dir = temp('dateline-big-');
    writeHostileCorpus(dir, { big: true });
    const started = performance.now();
    const result = analyseInputs([join(dir, 'big')]);
    const seconds = (performance.now() - started) / 1000;
    console.log(`big inputs: ${result.analyses.length} articles, ${(result.analyses.reduce((n, a) => n + a.bodyChars, 0) / 1e6).toFixed(1)} M chars in ${seconds.toFixed(1)} s`);
    expect(result.analyses.map((a) => a.article.path).sort()).toEqual(['big/one-long-line.txt', 'big/ten-megabytes.txt'].map((p) => p.slice(4)));
    expect(result.analyses.every((a) => a.candidates.length > 0)).toBe(true);
  }, 300_000);

  it('gives byte-identical datasets across file order and time zone', () => {
    const files = readdirSync('data/articles').map((f) => join('data/articles', f));
    const a = cliBuild(files, { TZ: 'Pacific/Kiritimati' });
    const b = cliBuild([...files].reverse(), { TZ: 'America/Los_Angeles' });
    const c = cliBuild(['data/articles'], { TZ: 'UTC', LANG: 'de_DE.UTF-8' });
    expect(a.status, a.stderr).toBe(0);
    expect(a.dataset.length).toBeGreaterThan(1000);
    expect(b.dataset).toBe(a.dataset);
    // Paths are relative to the input folder here, so compare everything but article paths.
    const strip = (s: string): unknown => JSON.parse(s, (k, v) => (k === 'path' ? undefined : v));
    expect(strip(c.dataset)).toEqual(strip(a.dataset));
  }, 300_000);

  it('keeps every event id when unrelated articles are added, removed or edited', () => {
    const dir = temp('dateline-ids-');
    cpSync('data/articles', dir, { recursive: true });
    const before = JSON.parse(cliBuild([dir]).dataset);
    // Remove one article, edit another (its own ids may change), add a new unrelated one.
    const removed = 'a07-eulex-deploys.txt';
    const edited = 'a16-nikolic-elected.txt';
    rmSync(join(dir, removed));
    writeFileSync(join(dir, edited), `${readFileSync(join(dir, edited), 'utf8')}\n\nThe count was confirmed on Tuesday.`);
    writeFileSync(join(dir, 'zz-new.txt'), 'date 2019-03-01 Unrelated\n\nA new bridge opened in Skopje on Thursday, officials said.');
    const after = JSON.parse(cliBuild([dir]).dataset);
    const afterIds = new Set<string>([...after.events.map((e: { id: string }) => e.id), ...Object.keys(after.redirects)]);
    const touched = new Set(
      before.articles.filter((a: { path: string }) => a.path === removed || a.path === edited).map((a: { id: string }) => a.id),
    );
    for (const e of before.events as { id: string; sources: { article: string }[] }[]) {
      if (e.sources.every((s) => touched.has(s.article))) continue; // only from the removed/edited articles
      expect(afterIds.has(e.id), `event ${e.id} lost`).toBe(true);
    }
  }, 300_000);

  it('gives byte-identical outputs with 1 and 2 worker threads, equal to the in-memory build', () => {
    const corpus = temp('dateline-jobs-');
    cpSync('data/articles', join(corpus, 'sample'), { recursive: true });
    generateCorpus(1500, join(corpus, 'generated'), 3);
    const one = cliBuild([corpus], {}, ['--no-cache', '--jobs', '1']);
    const two = cliBuild([corpus], {}, ['--no-cache', '--jobs', '2']);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    const expected = fileTree(one.out);
    expect(Object.keys(expected).filter((f) => f.startsWith('chunks/events-')).length).toBeGreaterThan(0);
    expect(fileTree(two.out)).toEqual(expected);
    const memory = temp('dateline-jobs-mem-');
    const { dataset, report } = buildDataset([corpus], { actorsFile: 'data/actors.json' });
    writeOutputs(memory, dataset, report);
    expect(fileTree(memory)).toEqual(expected);
  }, 300_000);

  it('an incremental rebuild with 2 workers equals a fresh build', () => {
    const corpus = temp('dateline-incr-');
    cpSync('data/articles', corpus, { recursive: true });
    const cache = temp('dateline-incr-cache-');
    const flags = ['--jobs', '2', '--cache-dir', cache];
    const out = temp('dateline-incr-out-');
    const build = (): string => {
      const run = spawnSync('npx', ['tsx', 'src/pipeline/cli/main.ts', 'build', '--input', corpus, '--out', out, ...flags], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      return run.stderr;
    };
    build();
    writeFileSync(join(corpus, 'a16-nikolic-elected.txt'), `${readFileSync(join(corpus, 'a16-nikolic-elected.txt'), 'utf8')}\nThe count was confirmed on Tuesday.\n`);
    rmSync(join(corpus, 'a07-eulex-deploys.txt'));
    // Every article file but the edited one (SOURCES.md is a folder note, not read).
    const unchanged = readdirSync(corpus).filter((f) => f !== 'SOURCES.md').length - 1;
    expect(build()).toMatch(new RegExp(`Files: 1 analysed, 0 from the cache, ${unchanged} unchanged`));
    expect(fileTree(out)).toEqual(fileTree(cliBuild([corpus]).out));
  }, 300_000);
});
