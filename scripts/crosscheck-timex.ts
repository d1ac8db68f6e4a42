/**
 * Cross-check of the temporal-tagger scores: runs `dateline annotate` over a dev set's articles,
 * writes the predictions in the format of the independent scorer (`../shared/corpora/score-timex.mjs`),
 * runs that scorer, runs our own `eval-timeml` on the same set, and prints both side by side.
 * The two must agree within half a point.
 *
 *   npx tsx scripts/crosscheck-timex.ts [set...]     (default: tbaq meantime)
 *
 * The corpora are read from ../shared/corpora at run time and never copied into the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { evaluateTimeml } from '../src/pipeline/eval/eval-timeml.ts';

const CORPORA = resolve(import.meta.dirname, '..', '..', 'shared', 'corpora');
const SCORER = join(CORPORA, 'score-timex.mjs');
const CLI = resolve(import.meta.dirname, '..', 'src', 'pipeline', 'cli', 'main.ts');
const TOLERANCE = 0.5; // points

interface Annotation {
  article: string;
  timexes: { start: number; end: number; text: string; type: string; value: string }[];
}

interface ScorerSummary {
  relaxed: { f: number };
  strict: { f: number };
  value: { teF1: number };
  type: { teF1: number };
}

function run(command: string, args: string[]): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

function crosscheck(set: string, outDir: string): boolean {
  const articles = join(CORPORA, set, 'articles');
  const gold = join(CORPORA, set, 'tml');
  // Predictions from the `annotate` command, exactly as a user would run it.
  const annotated = run(process.execPath, ['--import', 'tsx', CLI, 'annotate', articles, '--format', 'jsonl']);
  const lines = annotated.stdout.split('\n');
  const predictions: Record<string, { start: number; end: number; type: string; value: string; text: string }[]> = {};
  for (const line of lines) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as Annotation;
    predictions[basename(a.article).replace(/\.txt$/, '')] = a.timexes.map(({ start, end, type, value, text }) => ({ start, end, type, value, text }));
  }
  const predFile = join(outDir, `${set}-pred.json`);
  writeFileSync(predFile, JSON.stringify(predictions));
  const theirs = JSON.parse(run(process.execPath, [SCORER, gold, predFile, '--json']).stdout) as ScorerSummary;
  const ours = evaluateTimeml(gold, { minSeconds: 0 }).overall;

  const rows: [string, number, number][] = [
    ['strict span F1', ours.strict.f1, theirs.strict.f],
    ['relaxed span F1', ours.relaxed.f1, theirs.relaxed.f],
    ['value F1', ours.value.f1, theirs.value.teF1],
    ['type F1', ours.type.f1, theirs.type.teF1],
  ];
  process.stdout.write(`\n${set}: ${Object.keys(predictions).length} articles annotated (predictions: ${predFile})\n`);
  // The reader skips what a build would skip (e.g. an article whose text duplicates another's);
  // the scorer then counts that document's gold as missed, so say so.
  for (const problem of annotated.stderr.split('\n').filter((l) => l.trim())) process.stdout.write(`  annotate: ${problem}\n`);
  process.stdout.write(`  ${'measure'.padEnd(16)} ${'eval-timeml'.padStart(11)} ${'score-timex'.padStart(11)} ${'diff'.padStart(6)}\n`);
  let ok = true;
  for (const [name, a, b] of rows) {
    const raw = 100 * (a - b);
    const diff = Math.abs(raw) < 0.05 ? 0 : raw; // no "-0.0"
    if (Math.abs(diff) > TOLERANCE) ok = false;
    process.stdout.write(`  ${name.padEnd(16)} ${(100 * a).toFixed(1).padStart(11)} ${(100 * b).toFixed(1).padStart(11)} ${diff.toFixed(1).padStart(6)}\n`);
  }
  process.stdout.write(`  ${ok ? 'agree' : 'DISAGREE'} within ${TOLERANCE} points\n`);
  return ok;
}

function main(): void {
  const sets = process.argv.slice(2).length ? process.argv.slice(2) : ['tbaq', 'meantime'];
  if (!existsSync(SCORER)) {
    process.stderr.write(`crosscheck: the evaluation corpora are not available (expected ${SCORER}).\n`);
    process.exit(2);
  }
  const outDir = mkdtempSync(join(tmpdir(), 'dateline-crosscheck-'));
  let ok = true;
  for (const set of sets) {
    if (!existsSync(join(CORPORA, set, 'articles')) || !existsSync(join(CORPORA, set, 'tml'))) {
      process.stderr.write(`crosscheck: no corpus "${set}" in ${CORPORA} (needs articles/ and tml/)\n`);
      ok = false;
      continue;
    }
    ok = crosscheck(set, outDir) && ok;
  }
  process.exit(ok ? 0 : 1);
}

main();
