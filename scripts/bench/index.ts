/**
 * `npm run bench`: Dateline's benchmarks (not part of `npm test`): the pipeline
 * (scripts/bench/pipeline.ts), the browser against vis-timeline (scripts/bench/browser.ts), then
 * the performance targets checked against both. Arguments are passed on to both
 * (`npm run bench -- --articles 20000 --sizes 10k,100k`).
 */
import { browserBench } from './browser.ts';
import { footnote, formatTable, runPipelineBench } from './pipeline.ts';
import { checkTargets, formatTargets } from './targets.ts';

const argv = process.argv.slice(2);
const rows = runPipelineBench(argv);
process.stdout.write(`\n## Pipeline\n\n${formatTable(rows)}\n\n${footnote(rows)}\n`);
const browser = await browserBench(argv);
process.stdout.write(`\n## Browser\n\n${browser.table}\n`);
process.stdout.write(`\n## Targets\n\n${formatTargets(checkTargets(rows, browser.result))}\n`);
