/**
 * One `dateline build` into a folder, as the benchmark's child process, so that its peak memory
 * is its own: `node scripts/bench/build-once.mjs <input> <out> <cache-dir> <jobs|auto>`. It runs
 * the compiled pipeline, as `npm run dateline` does (src/pipeline/cli/compile.mjs; compiled before
 * the clock starts when the sources changed). Prints one JSON line: milliseconds inside the
 * process, CPU seconds (user + system, all threads), peak RSS (MB, all threads), counts, stats,
 * stage times.
 */
import { importCompiled } from '../../src/pipeline/cli/compile.mjs';

const [input, out, cacheDir, jobs] = process.argv.slice(2);
if (!input || !out || !cacheDir || !jobs) {
  process.stderr.write('usage: node scripts/bench/build-once.mjs <input> <out> <cache-dir> <jobs|auto>\n');
  process.exit(2);
}
const { buildIntoDir } = await importCompiled('build');
const started = performance.now();
const { report, stats, stageMs } = await buildIntoDir([input], out, { actorsFile: 'data/actors.json', jobs: jobs === 'auto' ? 'auto' : Number(jobs), cacheDir });
const usage = process.resourceUsage();
const result = {
  ms: performance.now() - started,
  cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  peakRssMB: usage.maxRSS / 1024,
  articles: report.articlesUsed,
  events: report.events,
  chars: report.chars,
  stats,
  stageMs,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
