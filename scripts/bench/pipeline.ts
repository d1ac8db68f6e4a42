/**
 * `npm run bench:pipeline [-- --articles N] [--jobs N|auto] [--no-generated]`: throughput of `dateline
 * build` (read → analyse on worker threads → merge → chunks written) over ../shared/corpora/*
 * /articles (skipped when absent), data/articles and a generated corpus of N articles (default
 * 100,000; made from templates in a temporary folder, seeded, all four formats). Each build runs
 * in its own process (the compiled pipeline, as `npm run dateline` runs it) from an empty cache,
 * timed from the outside (start-up included); then one article is changed and the build is run
 * again with the cache, three times over: the incremental rebuild (median); then three more such
 * rebuilds in one process, as the watcher makes them (state kept in memory, rebuild-kept.mjs):
 * "watching" (median, timed inside the process, start-up excluded). Prints a Markdown table. MB = 10^6 bytes of input files; peak RSS covers the process and its threads.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';

interface Once {
  ms: number;
  cpuSeconds: number;
  peakRssMB: number;
  articles: number;
  events: number;
  stats: { filesAnalysed: number; filesUnchanged: number; chunks: number; chunksWritten: number };
  stageMs: Record<string, number>;
}

export interface PipelineRow {
  input: string;
  articles: number;
  events: number;
  mb: number;
  seconds: number;
  /** CPU time of the build process, all threads (start-up included): MB per CPU-second is throughput per core, whatever else runs on the machine. */
  cpuSeconds: number;
  peakRssMB: number;
  incrementalSeconds: number;
  incrementalCpuSeconds: number;
  /** The same rebuild in a process that builds again and again, as the watcher does (its state kept in memory): the median of three. */
  keptSeconds: number;
  jobs: number | 'auto';
  /** One-minute load average of the machine after the fresh build (other processes compete for the cores). */
  load: number;
}

function buildOnce(input: string, out: string, cacheDir: string, jobs: number | 'auto'): Once & { wallSeconds: number } {
  // The compiled command line, as `npm run dateline` runs it (minus npm's own start-up), compiled
  // beforehand: the benchmark times builds, not the compiler.
  compileOnce();
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/bench/build-once.mjs', input, out, cacheDir, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`build of ${input} failed: ${run.stderr}`);
  return { ...(JSON.parse(run.stdout.trim().split('\n').pop()!) as Once), wallSeconds };
}

let compiled = false;
function compileOnce(): void {
  if (compiled) return;
  const run = spawnSync(process.execPath, ['-e', "await import('./src/pipeline/cli/compile.mjs').then((m) => m.compiledDir())", '--input-type=module'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the pipeline did not compile: ${run.stderr}`);
  compiled = true;
}

function inputBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? inputBytes(path) : stat.size;
  }
  return total;
}

/** Incremental rebuilds per input; the median is reported. */
const INCREMENTAL_RUNS = 3;

/** The first .txt file (depth first, sorted), to change for the incremental rebuild. */
function firstTxt(dir: string): string | null {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const found = firstTxt(path);
      if (found) return found;
    } else if (name.endsWith('.txt')) return path;
  }
  return null;
}

/** Fresh build, then one article changed and built again. `input` is changed: pass a copy. */
export function benchInput(label: string, input: string, jobs: number | 'auto'): PipelineRow {
  const work = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  try {
    const [out, cache] = [join(work, 'out'), join(work, 'cache')];
    const first = buildOnce(input, out, cache, jobs);
    const loadAfter = loadavg()[0]!;
    const changed = firstTxt(input);
    let incrementalSeconds = NaN;
    let incrementalCpuSeconds = NaN;
    let keptSeconds = NaN;
    if (changed) {
      // Three rebuilds, each after another change of the article: the median (the first one after
      // a fresh build also waits on the disk writing back what that build wrote).
      const runs: [number, number][] = [];
      for (let k = 1; k <= INCREMENTAL_RUNS; k++) {
        appendFileSync(changed, `\nOfficials said on Monday that the talks would resume in Geneva on ${k + 2} March 2011.\n`);
        const again = buildOnce(input, out, cache, jobs);
        // Someone editing the pipeline's code meanwhile changes the cache fingerprint: not an incremental build then.
        if (again.stats.filesAnalysed === 1) runs.push([again.wallSeconds, again.cpuSeconds]);
        else process.stderr.write(`  ${label}: the rebuild analysed ${again.stats.filesAnalysed} files (code changed during the run?): no incremental figure\n`);
        process.stderr.write(`  ${label}: incremental rebuild ${k}: ${again.wallSeconds.toFixed(2)} s, stages (ms) ${JSON.stringify(again.stageMs)}\n`);
      }
      if (runs.length === INCREMENTAL_RUNS) [incrementalSeconds, incrementalCpuSeconds] = median(runs, ([wall]) => wall);
      keptSeconds = keptRebuilds(label, input, out, cache, jobs, changed);
    }
    process.stderr.write(`  ${label}: stages (ms) ${JSON.stringify(first.stageMs)}\n`);
    return { input: label, articles: first.articles, events: first.events, mb: inputBytes(input) / 1e6, seconds: first.wallSeconds, cpuSeconds: first.cpuSeconds, peakRssMB: first.peakRssMB, incrementalSeconds, incrementalCpuSeconds, keptSeconds, jobs, load: loadAfter };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The incremental rebuild as the watcher makes it: in one process, the state kept in memory (rebuild-kept.mjs); the median of INCREMENTAL_RUNS, in seconds. */
function keptRebuilds(label: string, input: string, out: string, cache: string, jobs: number | 'auto', changed: string): number {
  const run = spawnSync(process.execPath, ['scripts/bench/rebuild-kept.mjs', input, out, cache, String(jobs), changed, String(INCREMENTAL_RUNS)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`rebuilds of ${input} in one process failed: ${run.stderr}`);
  const { rebuilds } = JSON.parse(run.stdout.trim().split('\n').pop()!) as { rebuilds: { ms: number; state: string; filesAnalysed: number; stageMs: Record<string, number> }[] };
  for (const [k, r] of rebuilds.entries()) process.stderr.write(`  ${label}: rebuild ${k + 1} in a watching process: ${(r.ms / 1000).toFixed(2)} s, state ${r.state}, stages (ms) ${JSON.stringify(r.stageMs)}\n`);
  const valid = rebuilds.filter((r) => r.state === 'kept' && r.filesAnalysed === 1).map((r) => r.ms / 1000);
  return valid.length === rebuilds.length ? median(valid, (seconds) => seconds) : NaN;
}

/** The middle one of `items` by `key` (of an odd number; the upper middle of an even one). */
function median<T>(items: T[], key: (item: T) => number): T {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;
}

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'dateline-bench-in-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

export function formatTable(rows: PipelineRow[]): string {
  const f = (n: number, d: number): string => (Number.isFinite(n) ? n.toFixed(d) : '–');
  const lines = [
    '| input | articles | events | MB | seconds | MB/s | articles/s | CPU s | MB/s per core (MB per CPU-s) | peak RSS (MB) | incremental rebuild: s (CPU s) | watching: s | load |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.input} | ${r.articles} | ${r.events} | ${f(r.mb, 1)} | ${f(r.seconds, 1)} | ${f(r.mb / r.seconds, 2)} | ${f(r.articles / r.seconds, 0)} | ${f(r.cpuSeconds, 1)} | ${f(r.mb / r.cpuSeconds, 2)} | ${f(r.peakRssMB, 0)} | ${f(r.incrementalSeconds, 2)} (${f(r.incrementalCpuSeconds, 2)}) | ${f(r.keptSeconds, 2)} | ${f(r.load, 1)} |`,
    ),
  ];
  return lines.join('\n');
}

export function footnote(rows: PipelineRow[]): string {
  const jobs = rows[0]?.jobs ?? 'auto';
  return `--jobs ${jobs} (${jobs === 'auto' ? `a worker thread per core for 200+ files, else in-process` : 'worker threads'}) on ${availableParallelism()} cores; seconds: wall clock, process start-up included; CPU s: user + system time of the build process, all threads; load: the machine's one-minute load average after the build (other processes share the cores); Node ${process.version}`;
}

export function runPipelineBench(argv: string[]): PipelineRow[] {
  const { values } = parseArgs({ args: argv, options: { articles: { type: 'string' }, jobs: { type: 'string' }, 'no-generated': { type: 'boolean' } }, strict: false });
  const jobs = values.jobs === undefined ? 'auto' : Number(values.jobs);
  const articles = Number(values.articles ?? 100_000);
  const rows: PipelineRow[] = [];
  const shared = '../shared/corpora';
  const corpora = existsSync(shared) ? readdirSync(shared).sort().filter((n) => existsSync(join(shared, n, 'articles'))) : [];
  if (corpora.length === 0) process.stderr.write(`skipped: ${shared}/*/articles not found (the evaluation corpora live outside the repository)\n`);
  for (const name of [...corpora.map((n) => join(shared, n, 'articles')), 'data/articles']) {
    process.stderr.write(`building ${name} …\n`);
    const copy = copyOf(name);
    try {
      rows.push(benchInput(name, copy, jobs));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  if (!values['no-generated']) {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-corpus-'));
    try {
      process.stderr.write(`generating ${articles} articles (seed 1) …\n`);
      generateCorpus(articles, dir, 1);
      process.stderr.write(`building the generated corpus …\n`);
      rows.push(benchInput(`generated, ${articles} articles`, dir, jobs));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

if (process.argv[1]?.endsWith('pipeline.ts')) {
  const rows = runPipelineBench(process.argv.slice(2));
  process.stdout.write(`\n${formatTable(rows)}\n\n${footnote(rows)}\n`);
}
