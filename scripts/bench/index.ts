/**
 * `npm run bench`: Dateline's benchmarks, each printing a table (not part of `npm test`). Now the
 * pipeline (scripts/bench/pipeline.ts); the browser benchmark is to be added here. Arguments are
 * passed on (`npm run bench -- --articles 20000`).
 */
import { footnote, formatTable, runPipelineBench } from './pipeline.ts';

const rows = runPipelineBench(process.argv.slice(2));
process.stdout.write(`\n## Pipeline\n\n${formatTable(rows)}\n\n${footnote(rows)}\n`);
