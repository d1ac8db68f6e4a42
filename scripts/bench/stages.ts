/**
 * `npm run bench:stages [-- <dir>...]`: throughput of the whole pipeline (read → analyse → merge
 * → validated dataset, no writing) on one core, per corpus and per stage, in MB of article text per
 * second. Default corpora: ../shared/corpora/{name}/articles (when present) and data/articles.
 * Each corpus is built RUNS times after a warm-up run; the fastest is printed. Target: ≥ 1 MB/s.
 * Then one row per input format (formats.ts): reading + extraction of HTML, feeds, CSV and TSV.
 * `npm run bench:stages` runs node with --max-semi-space-size=32: the young generation of the
 * build's worker threads (workers/pool.ts gives each maxYoungGenerationSizeMb 96, three
 * semi-spaces' worth), so one core here is configured as one worker of a build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recogniseActors } from '../../src/pipeline/actors/recognise.ts';
import { buildDataset, loadKnowledgeBase } from '../../src/pipeline/build.ts';
import { readInputs } from '../../src/pipeline/read/read.ts';
import { splitSentences } from '../../src/pipeline/text/sentences.ts';
import { tagTimexes } from '../../src/pipeline/time/tagger.ts';
import { formatRows } from './formats.ts';

const RUNS = 7;
const ACTORS = 'data/actors.json';

function defaultCorpora(): string[] {
  const shared = '../shared/corpora';
  const dirs = existsSync(shared)
    ? readdirSync(shared)
        .sort()
        .map((name) => join(shared, name, 'articles'))
        .filter((dir) => existsSync(dir))
    : [];
  return [...dirs, 'data/articles'];
}

const best = (xs: number[]): number => Math.min(...xs);

function timeIt(run: () => void): number {
  run(); // warm-up: JIT and caches
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    run();
    times.push((performance.now() - started) / 1000);
  }
  return best(times);
}

const rate = (chars: number, seconds: number): string => `${(chars / 1e6 / seconds).toFixed(2).padStart(6)} MB/s`;

const corpora = process.argv.slice(2).length ? process.argv.slice(2) : defaultCorpora();
const kb = loadKnowledgeBase(ACTORS, []);
let allChars = 0;
let allSeconds = 0;
const semiSpace = /--max-semi-space-size=(\d+)/.exec([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '))?.[1];
process.stdout.write(`pipeline throughput, one core, best of ${RUNS} runs after a warm-up; MB = 10^6 UTF-16 characters of article text\n`);
process.stdout.write(semiSpace ? `young generation: --max-semi-space-size=${semiSpace} (a build worker's)\n\n` : `young generation: node's default, smaller than a build worker's (npm run bench:stages sets it)\n\n`);
process.stdout.write(`${'corpus'.padEnd(36)} ${'articles'.padStart(8)} ${'MB'.padStart(7)}   whole pipeline   read   dates   actors   sentences\n`);
for (const dir of corpora) {
  const { articles } = readInputs([dir]);
  const chars = articles.reduce((n, a) => n + a.body.length, 0);
  const whole = timeIt(() => buildDataset([dir], { actorsFile: ACTORS }));
  const read = timeIt(() => readInputs([dir]));
  const dates = timeIt(() => articles.forEach((a) => tagTimexes(a.body, { dct: a.published })));
  const actors = timeIt(() => articles.forEach((a) => recogniseActors(a.body, kb, a.dateline)));
  const sentences = timeIt(() => articles.forEach((a) => splitSentences(a.body)));
  allChars += chars;
  allSeconds += whole;
  process.stdout.write(
    `${dir.padEnd(36)} ${String(articles.length).padStart(8)} ${(chars / 1e6).toFixed(3).padStart(7)}   ${rate(chars, whole)}   ${(chars / 1e6 / read).toFixed(1)}   ${(chars / 1e6 / dates).toFixed(1)}   ${(chars / 1e6 / actors).toFixed(1)}   ${(chars / 1e6 / sentences).toFixed(1)}\n`,
  );
}
const overall = allChars / 1e6 / allSeconds;
process.stdout.write(`\nall corpora: ${(allChars / 1e6).toFixed(3)} MB in ${allSeconds.toFixed(3)} s = ${overall.toFixed(2)} MB/s per core (target ≥ 1 MB/s: ${overall >= 1 ? 'met' : 'NOT met'})\n`);
process.stdout.write(await formatRows());
