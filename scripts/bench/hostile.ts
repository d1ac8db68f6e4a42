/**
 * `npm run bench:hostile [-- --max 1MB] [--only spaces,monday] [--runs 3]`: adversarial article
 * bodies (scripts/bench/hostile-bodies.ts) from 1 KB to 4 MB through each per-article stage. Prints,
 * per generator, the time of each stage and the ratio time(4N)/time(N) (linear: ~4; quadratic:
 * ~16). Targets: every ratio ≤ 5, and no 1 MB body slower than 2 s in all. Exits 1 naming each
 * target missed. A benchmark, not a test: the numbers depend on the machine and its load.
 */
import { loadKnowledgeBase } from '../../src/pipeline/build.ts';
import { HOSTILE_GENERATORS, HOSTILE_SIZES, parseSize, sizeLabel } from './hostile-bodies.ts';
import { runStages, STAGE_LABELS, STAGES, txtBytes, type Stage } from './hostile-stages.ts';

const MAX_RATIO = 5;
const MAX_MB_TOTAL_MS = 2000;
/**
 * Below this a stage's time is mostly noise (timer, GC, other processes on a shared machine):
 * ratios count it as this much. A quadratic stage still shows: it passes the floor within a size
 * or two and then grows 16× per step.
 */
const FLOOR_MS = 20;
/** A generator whose last size took longer than this is not grown further (and fails). */
const GIVE_UP_MS = 30_000;

interface Options {
  maxChars: number;
  only: string[] | null;
  runs: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { maxChars: 4 * 1024 * 1024, only: null, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    if (flag === '--max') options.maxChars = parseSize(value) ?? fail(`--max ${value}: expected a size like 64KB or 1MB`);
    else if (flag === '--only') options.only = value.split(',');
    else if (flag === '--runs') options.runs = Math.max(1, Number(value) || 1);
    else fail(`unknown option ${flag}; expected --max <size>, --only <names>, --runs <n>`);
    i++;
  }
  return options;
}

function fail(message: string): never {
  process.stderr.write(`bench:hostile: ${message}\n`);
  process.exit(2);
}

type Times = Record<Stage | 'total', number>;

/** Fastest of `runs` runs per stage: one run of a large body is easily taken for a slow stage on a busy machine. */
function measure(body: string, runs: number, kb: ReturnType<typeof loadKnowledgeBase>, errors: Set<string>): Times {
  const bytes = txtBytes(body);
  const best = Object.fromEntries([...STAGES, 'total'].map((s) => [s, Infinity])) as Times;
  for (let k = 0; k < runs; k++) {
    collectGarbage();
    const { timesMs, errors: thrown } = runStages(bytes, kb);
    for (const e of thrown) errors.add(e);
    let total = 0;
    for (const s of STAGES) {
      best[s] = Math.min(best[s], timesMs[s]);
      total += timesMs[s];
    }
    best.total = Math.min(best.total, total);
  }
  return best;
}

/** A full collection before each run (with --expose-gc, as the npm script starts it), so that one
 * body's garbage is not collected during the next one's timing. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const ratio = (after: number, before: number): number => Math.max(after, FLOOR_MS) / Math.max(before, FLOOR_MS);
const cell = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

const options = parseOptions(process.argv.slice(2));
const kb = loadKnowledgeBase('data/actors.json', []);
const generators = HOSTILE_GENERATORS.filter((g) => !options.only || options.only.includes(g.name));
if (generators.length === 0) fail(`--only ${options.only?.join(',')}: no such generator; known: ${HOSTILE_GENERATORS.map((g) => g.name).join(', ')}`);
const sizes = HOSTILE_SIZES.filter((s) => s <= options.maxChars);
const missed: string[] = [];
const columns = ['size', ...STAGES.map((s) => STAGE_LABELS[s]), 'total ms', '×4N total', 'worst stage ×4N'];

process.stdout.write(`hostile input: ms per stage, fastest of ${options.runs} runs; KB = 1024 UTF-16 units; ratios count times under ${FLOOR_MS} ms as ${FLOOR_MS} ms\n`);
for (const generator of generators) {
  runStages(txtBytes(generator.make(1024)), kb); // warm-up: JIT, the tagger's model
  process.stdout.write(`\n### ${generator.name}: ${generator.about}\n\n| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|\n`);
  let previous: Times | null = null;
  for (const size of sizes) {
    const errors = new Set<string>();
    const times = measure(generator.make(size), options.runs, kb, errors);
    for (const e of errors) missed.push(`${generator.name} ${sizeLabel(size)}: ${e}`);
    let worst = { stage: '', value: 0 };
    if (previous) {
      for (const s of STAGES) {
        const r = ratio(times[s], previous[s]);
        if (r > worst.value) worst = { stage: STAGE_LABELS[s], value: r };
      }
    }
    const totalRatio = previous ? ratio(times.total, previous.total) : null;
    const row = [sizeLabel(size), ...STAGES.map((s) => cell(times[s])), cell(times.total), totalRatio?.toFixed(1) ?? '', previous ? `${worst.value.toFixed(1)} (${worst.stage})` : ''];
    process.stdout.write(`| ${row.join(' | ')} |\n`);
    if (previous && worst.value > MAX_RATIO) missed.push(`${generator.name} ${sizeLabel(size)}: ${worst.stage} took ${worst.value.toFixed(1)}× the time of a body 4× smaller (target ≤ ${MAX_RATIO})`);
    if (size === 1024 * 1024 && times.total > MAX_MB_TOTAL_MS) missed.push(`${generator.name} 1 MB: ${cell(times.total)} ms in all (target ≤ ${MAX_MB_TOTAL_MS} ms)`);
    previous = times;
    if (times.total > GIVE_UP_MS && size !== sizes[sizes.length - 1]) {
      missed.push(`${generator.name}: ${sizeLabel(size)} took ${cell(times.total)} ms; larger sizes not run`);
      break;
    }
  }
}
process.stdout.write(`\n${missed.length === 0 ? 'all targets met' : `targets missed:\n${missed.map((m) => `- ${m}`).join('\n')}`}\n`);
process.exitCode = missed.length === 0 ? 0 : 1;
