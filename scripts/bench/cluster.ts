/**
 * `npm run bench:cluster [-- --articles 5000 --workers 1,2,4 --runs 3 --reduce 100000]`: the
 * cluster runner on this machine (docs/SCALING.md, "Cluster"). A Redis of its own on a loopback
 * port (scripts/redis.ts); a generated corpus (scripts/bench/generate-corpus.ts, seeded).
 * 1. Map throughput: `cluster submit` (jobs of 100 articles), then W worker processes (one thread
 *    each, no cache) until the queue is empty, for each W; articles per second from the first
 *    worker's start to the last one's exit, the median of --runs runs.
 * 2. Reduce: for 100 articles and each size, the articles mapped into shards of at most 10,000
 *    (`dateline map --shard`, timed too), then `dateline reduce --no-cache` over them, timed with
 *    its memory peak, the median of --runs runs. The projection takes what grows per article
 *    from the difference between the sizes.
 * Prints the machine's load before each part, and a projection for 10 million articles.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startRedis } from '../redis.ts';
import { generateCorpus } from './generate-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    workers: { type: 'string', default: '1,2,4' },
    runs: { type: 'string', default: '3' },
    reduce: { type: 'string', default: '100000' },
  },
});
const ARTICLES = Number(values.articles);
const WORKERS = values.workers.split(',').map(Number);
const RUNS = Number(values.runs);
const REDUCE_SIZES = values.reduce ? values.reduce.split(',').map(Number) : [];
const BASE_SIZE = 100;
const CLI = ['--import', 'tsx', 'src/pipeline/cli/main.ts'];
const env = { ...process.env, TZ: 'UTC' };

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
const root = mkdtempSync(join(tmpdir(), 'dateline-bench-cluster-'));

function run(args: string[]): string {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`dateline ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

async function workers(count: number, url: string, queue: string): Promise<void> {
  const exits = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, [...CLI, 'cluster', 'worker', '--redis', url, '--queue', queue, '--jobs', '1', '--no-cache', '--until-empty', '--lock-ms', '60000'], { stdio: 'ignore', env });
    return new Promise<void>((done, fail) => child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`worker exited ${code}`)))));
  });
  await Promise.all(exits);
}

try {
  process.stdout.write(`cluster benchmark, ${availableParallelism()} cores, node ${process.version}\n\n`);
  const corpus = join(root, 'corpus');
  generateCorpus(ARTICLES, corpus, 1);
  const redis = await startRedis(mkdtempSync(join(root, 'redis-')));
  try {
    process.stdout.write(`1. map: ${ARTICLES} generated articles in jobs of 100, one thread per worker, median of ${RUNS} (load before: ${load()})\n`);
    process.stdout.write(`${'workers'.padStart(8)} ${'seconds'.padStart(9)} ${'articles/s'.padStart(11)}\n`);
    const rates = new Map<number, number>();
    for (const w of WORKERS) {
      const seconds: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const store = join(root, `store-${w}-${r}`);
        const queue = `bench-${w}-${r}`;
        run(['cluster', 'submit', corpus, '--store', store, '--redis', redis.url, '--queue', queue, '--job-files', '100']);
        const started = performance.now();
        await workers(w, redis.url, queue);
        seconds.push((performance.now() - started) / 1000);
        rmSync(store, { recursive: true, force: true });
      }
      const s = median(seconds);
      rates.set(w, ARTICLES / s);
      process.stdout.write(`${String(w).padStart(8)} ${s.toFixed(1).padStart(9)} ${(ARTICLES / s).toFixed(0).padStart(11)}\n`);
    }
    process.stdout.write(`\n2. reduce: N mapped articles in shards of at most 10,000, dateline reduce --no-cache, median of ${RUNS} (load before: ${load()})\n`);
    process.stdout.write(`${'articles'.padStart(9)} ${'map s'.padStart(7)} ${'shard MB'.padStart(9)} ${'reduce s'.padStart(9)} ${'peak MB'.padStart(8)}\n`);
    const reduces: { n: number; seconds: number; peakMb: number }[] = [];
    // A small size first: what reduce costs whatever the size (start-up, knowledge base), taken
    // off the others for the projection.
    for (const n of [BASE_SIZE, ...REDUCE_SIZES]) {
      const dir = join(root, `reduce-${n}`);
      generateCorpus(n, dir, 2);
      // Shards of at most 10,000 articles, as a cluster run writes them (many files, none huge).
      const count = Math.ceil(n / 10_000);
      const shards = Array.from({ length: count }, (_, k) => join(root, `shard-${n}-${k}-of-${count}.jsonl`));
      const mapStarted = performance.now();
      shards.forEach((shard, k) => run(['map', dir, '--shard', `${k}/${count}`, '--out', shard, '--no-cache']));
      const mapSeconds = (performance.now() - mapStarted) / 1000;
      const shardBytes = shards.reduce((sum, shard) => sum + statSync(shard).size, 0);
      const seconds: number[] = [];
      const peaks: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const out = join(root, `out-${n}-${r}`);
        const rss = join(root, `rss-${n}-${r}`);
        const started = performance.now();
        const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/with-rss.ts', 'reduce', ...shards, '--out', out, '--no-cache', '--quiet'], { encoding: 'utf8', env: { ...env, RSS_FILE: rss } });
        if (res.status !== 0) throw new Error(`reduce failed: ${res.stderr}`);
        seconds.push((performance.now() - started) / 1000);
        peaks.push(Number(readFileSync(rss, 'utf8')) / 1024);
        rmSync(out, { recursive: true, force: true });
      }
      const s = median(seconds);
      const peak = median(peaks);
      reduces.push({ n, seconds: s, peakMb: peak });
      process.stdout.write(`${String(n).padStart(9)} ${mapSeconds.toFixed(0).padStart(7)} ${(shardBytes / 1e6).toFixed(0).padStart(9)} ${s.toFixed(1).padStart(9)} ${peak.toFixed(0).padStart(8)}\n`);
      rmSync(dir, { recursive: true, force: true });
      for (const shard of shards) rmSync(shard, { force: true });
    }
    // Per core: the best of the runs, each over the cores its workers could use.
    const perWorker = Math.max(...[...rates].map(([w, rate]) => rate / Math.min(w, availableParallelism())));
    const base = reduces[0]!;
    const big = reduces.length > 1 ? reduces.at(-1) : undefined;
    process.stdout.write(`\nprojection for 10,000,000 articles: map at ${perWorker.toFixed(0)} articles/s per core (the best run above over its cores)`);
    for (const machines of [1, 10, 100]) {
      const cores = machines * availableParallelism();
      process.stdout.write(`\n  ${machines} machine(s) of ${availableParallelism()} cores: map ${(10_000_000 / perWorker / cores / 60).toFixed(0)} min`);
    }
    if (big) {
      // What grows with the articles: the difference from the small size, per article.
      const secondsPer = (big.seconds - base.seconds) / (big.n - base.n);
      const mbPer = (big.peakMb - base.peakMb) / (big.n - base.n);
      process.stdout.write(
        `\n  reduce on one machine, linear from ${base.n} and ${big.n} articles: about ${((base.seconds + secondsPer * 10_000_000) / 60).toFixed(0)} min; peak RSS uncapped ${((base.peakMb + mbPer * 10_000_000) / 1024).toFixed(0)} GB (${(mbPer * 1024).toFixed(1)} KB per article), an upper bound: V8 grows the heap past what is live (scripts/bench/heap-need.ts measures the need)`,
      );
    }
    process.stdout.write('\n');
  } finally {
    await redis.stop();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
