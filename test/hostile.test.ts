/**
 * Hostile input: every broken or odd file is reported with its reason, nothing crashes, good
 * records in partly bad files are kept, and the counts add up (read = used + rejected).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../src/model/validate.ts';
import { analyseInputs, assembleDataset, buildDataset, type Analysed } from '../src/pipeline/build.ts';
import { writeHostileCorpus, type HostileCase } from './hostile/corpus.ts';

let dir: string;
let cases: HostileCase[];
let analysed: Analysed;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-hostile-'));
  cases = writeHostileCorpus(dir);
  analysed = analyseInputs([dir], { actorsFile: 'data/actors.json' });
});

const usedPaths = (): string[] => analysed.analyses.map((a) => a.article.path);
const errorsFor = (file: string) => analysed.problems.filter((p) => p.severity === 'error' && (p.file === file || p.file.startsWith(`${file}#`)));

describe('hostile corpus', () => {
  it('has at least 40 inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('uses every good input', () => {
    for (const c of cases.filter((c) => c.expect === 'use')) expect(usedPaths(), c.file).toContain(c.file);
  });

  it('rejects every bad input with a reason naming the problem', () => {
    for (const c of cases.filter((c) => c.expect === 'reject')) {
      const errors = errorsFor(c.file);
      expect(errors.length, `${c.file} should be reported`).toBeGreaterThan(0);
      expect(usedPaths(), c.file).not.toContain(c.file);
      if (c.reason) expect(errors.map((e) => e.reason.toLowerCase()).join(' | '), c.file).toContain(c.reason);
    }
  });

  it('keeps the good records of partly bad files and reports the others', () => {
    for (const c of cases) {
      if (typeof c.expect !== 'object') continue;
      const used = usedPaths().filter((p) => p === c.file || p.startsWith(`${c.file}#`));
      expect(used.length, c.file).toBe(c.expect.records);
      expect(errorsFor(c.file).length, c.file).toBe(c.expect.rejected);
    }
  });

  it('counts add up: inputs read = articles used + inputs rejected', () => {
    const rejected = analysed.problems.filter((p) => p.severity === 'error').length;
    expect(analysed.inputsSeen).toBe(analysed.analyses.length + rejected);
  });

  it('never evaluates JavaScript front matter', () => {
    expect((globalThis as { __datelinePwned?: boolean }).__datelinePwned).toBeUndefined();
  });

  it('never leaks a stack trace into a reason', () => {
    for (const p of analysed.problems) expect(p.reason, p.file).not.toMatch(/\n\s+at |Error:/);
  });

  it('detects the symlink loop instead of reading files twice', () => {
    expect(analysed.problems.some((p) => p.reason.includes('symlink loop') || p.reason.includes('already read'))).toBe(true);
    expect(new Set(usedPaths()).size).toBe(usedPaths().length);
  });

  it('keeps markup as text and drops non-http links', () => {
    const dataset = assembleDataset(analysed);
    expect(validateDataset(dataset).ok).toBe(true);
    const html = analysed.analyses.find((a) => a.article.path === 'html.txt')!.article;
    expect(html.title).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
    const bad = analysed.analyses.find((a) => a.article.path === 'md/javascript-url.md')!.article;
    expect(bad.url).toBeNull();
    expect(analysed.problems.some((p) => p.file === 'md/javascript-url.md' && p.severity === 'warning')).toBe(true);
    for (const a of dataset.articles) if (a.url) expect(a.url).toMatch(/^https?:\/\//);
  });

  it('builds from the command line without a crash or a stack trace', () => {
    const out = mkdtempSync(join(tmpdir(), 'dateline-hostile-out-'));
    const run = spawnSync('npx', ['tsx', 'src/pipeline/cli/main.ts', 'build', '--input', dir, '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toMatch(/skipped: binary\.txt: binary content/);
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8'));
    expect(report.inputsSeen).toBe(report.articlesUsed + report.rejected);
    expect(buildDataset([dir], { actorsFile: 'data/actors.json' }).report.problems).toEqual(report.problems);
  }, 60_000);
});
