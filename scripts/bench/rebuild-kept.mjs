/**
 * Rebuilds in one process, as the watcher (`dateline watch`, `npm start`) makes them, for the
 * benchmark: `node scripts/bench/rebuild-kept.mjs <input> <out> <cache-dir> <jobs|auto> <file> <runs>`.
 * Over a folder already built into <out> with <cache-dir>: one build that reads the state back
 * (not timed), then <runs> times a line appended to <file> and a rebuild that takes the state from
 * memory (state/keeper.ts). The compiled pipeline, as build-once.mjs runs it. Prints one JSON line:
 * each rebuild's milliseconds, files analysed and stages.
 */
import { appendFileSync } from 'node:fs';
import { importCompiled } from '../../src/pipeline/cli/compile.mjs';

const [input, out, cacheDir, jobs, file, runs] = process.argv.slice(2);
if (!input || !out || !cacheDir || !jobs || !file || !runs) {
  process.stderr.write('usage: node scripts/bench/rebuild-kept.mjs <input> <out> <cache-dir> <jobs|auto> <file> <runs>\n');
  process.exit(2);
}
const { buildIntoDir, StateKeeper } = await importCompiled('build');
const options = { actorsFile: 'data/actors.json', jobs: jobs === 'auto' ? 'auto' : Number(jobs), cacheDir, keeper: new StateKeeper() };
await buildIntoDir([input], out, options);
const rebuilds = [];
for (let k = 1; k <= Number(runs); k++) {
  appendFileSync(file, `\nOfficials said on Tuesday that the talks would resume in Vienna on ${k + 10} April 2011.\n`);
  const started = performance.now();
  const { stats, stageMs } = await buildIntoDir([input], out, options);
  rebuilds.push({ ms: performance.now() - started, state: stats.state, filesAnalysed: stats.filesAnalysed, stageMs });
}
process.stdout.write(`${JSON.stringify({ rebuilds })}\n`);
