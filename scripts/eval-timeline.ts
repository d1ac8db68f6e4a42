// `npm run eval:timeline`: builds the SemEval-2015 Task 4 trial articles with `dateline events`
// and scores them with the corpus' own scorer (../shared/corpora/score-timeline.mjs), for all
// targets and then per target entity (one targets file each, in a temporary folder).
// Usage: npm run eval:timeline [-- --corpus DIR] [--errors N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpora', 'timeline-trial') }, errors: { type: 'string', default: '0' } } });
const corpus = values.corpus!;
const scorer = join(corpus, '..', 'score-timeline.mjs');
const work = mkdtempSync(join(tmpdir(), 'dateline-timeline-'));
try {
  const events = join(work, 'events.jsonl');
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/pipeline/cli/main.ts'), 'events', join(corpus, 'articles'), '--format', 'jsonl'], { cwd: ROOT, maxBuffer: 1 << 30, env: { ...process.env, TZ: 'UTC' } });
  writeFileSync(events, out);
  const score = (targets: string, extra: string[] = []): string => execFileSync(process.execPath, [scorer, targets, events, ...extra], { encoding: 'utf8' });
  const all = join(corpus, 'targets.json');
  console.log(`events: ${out.toString('utf8').split('\n').filter(Boolean).length} (${corpus})`);
  console.log(score(all, Number(values.errors) > 0 ? ['--errors', values.errors!] : []).trim());
  console.log('\nper target entity:');
  console.log(`${'entity'.padEnd(22)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'dated'.padStart(6)} ${'recall'.padStart(7)}  claim precision`);
  const targets = JSON.parse(readFileSync(all, 'utf8')) as Record<string, unknown[]>;
  for (const [entity, mentions] of Object.entries(targets)) {
    const file = join(work, 'one.json');
    writeFileSync(file, JSON.stringify({ [entity]: mentions }));
    const text = score(file);
    const counts = /gold dated mentions (\d+), found (\d+), dated right (\d+)/.exec(text);
    const recall = /anchored recall ([\d.]+)%/.exec(text)?.[1] ?? '?';
    const precision = /claim precision ([\d.]+% \(\d+\/\d+\))/.exec(text)?.[1] ?? '?';
    console.log(`${entity.padEnd(22)} ${counts?.[1]?.padStart(5)} ${counts?.[2]?.padStart(6)} ${counts?.[3]?.padStart(6)} ${`${recall}%`.padStart(7)}  ${precision}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
