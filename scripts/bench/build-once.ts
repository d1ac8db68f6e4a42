/**
 * One `dateline build` into a folder, as the benchmark's child process, so that its peak memory
 * is its own: `tsx scripts/bench/build-once.ts <input> <out> <cache-dir> <jobs>`. Prints one JSON
 * line: milliseconds inside the process, peak RSS (MB, all threads), counts, stats, stage times.
 */
import { buildIntoDir } from '../../src/pipeline/state/build.ts';

const [input, out, cacheDir, jobs] = process.argv.slice(2);
if (!input || !out || !cacheDir || !jobs) {
  process.stderr.write('usage: tsx scripts/bench/build-once.ts <input> <out> <cache-dir> <jobs>\n');
  process.exit(2);
}
const started = performance.now();
const { report, stats, stageMs } = await buildIntoDir([input], out, { actorsFile: 'data/actors.json', jobs: Number(jobs), cacheDir });
const result = {
  ms: performance.now() - started,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  articles: report.articlesUsed,
  events: report.events,
  chars: report.chars,
  stats,
  stageMs,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
