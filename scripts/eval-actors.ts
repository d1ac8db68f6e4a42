// `npm run eval:actors`: the names `dateline annotate` reports for the MEANTIME articles, scored as
// CoNLL scores names (src/pipeline/eval/names-exact.ts: exact span and type, micro P/R/F1, per
// type), and actor identity as B-cubed against MEANTIME's cross-document entity ids.
// Usage: npm run eval:actors [-- --corpus DIR] [--errors N]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseEntitiesJsonl } from '../src/pipeline/eval/entities.ts';
import { NAME_TYPES, prf, scoreNames, type AnnotatedName, type Counts } from '../src/pipeline/eval/names-exact.ts';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpora', 'meantime') }, errors: { type: 'string', default: '0' } } });
const corpus = values.corpus!;
const gold = parseEntitiesJsonl(readFileSync(join(corpus, 'entities.jsonl'), 'utf8'));
const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/pipeline/cli/main.ts'), 'annotate', join(corpus, 'articles'), '--format', 'jsonl'], {
  cwd: ROOT,
  maxBuffer: 1 << 30,
  env: { ...process.env, TZ: 'UTC' },
  encoding: 'utf8',
});
const predicted = new Map<string, AnnotatedName[]>();
for (const line of out.split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as { article: string; actors: AnnotatedName[] };
  predicted.set(a.article.replace(/\.txt$/, ''), a.actors);
}
const missing = gold.filter((d) => !predicted.has(d.doc)).map((d) => d.doc);
if (missing.length) throw new Error(`annotate gave no output for ${missing.length} gold documents (first: ${missing[0]})`);

const scores = scoreNames(gold, predicted, 'extents');
const bare = scoreNames(gold, predicted, 'names');
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const row = (name: string, c: Counts): string => {
  const { p, r, f1 } = prf(c);
  return `${name.padEnd(14)} ${pct(p)} ${pct(r)} ${pct(f1)}   ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)} ${String(c.tp).padStart(5)}`;
};
console.log(`MEANTIME names (NAM and PRE.NAM mentions of PERSON, ORGANIZATION, LOCATION), ${gold.length} documents, from \`dateline annotate\`, exact span and type as CoNLL scores them`);
console.log('spans: each name\'s extent, the noun phrase it heads, which is what MEANTIME annotates ("the United States", "U.S. President Barack Obama")\n');
console.log(`${'type'.padEnd(14)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}    gold  pred right`);
console.log(row('all (micro)', scores.overall));
for (const t of NAME_TYPES) console.log(row(t, scores.perType[t]));
console.log(`\n${row('bare names', bare.overall)}   (the same output scored by its bare name spans, "Barack Obama": below the extents by the gold's convention)`);
const { precision, recall, mentions } = scores.identity;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
console.log(`\nactor identity, B-cubed over the ${mentions} gold names matched by span: P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}`);
const errorsWanted = Number(values.errors);
if (errorsWanted > 0) {
  console.log('');
  for (const e of scores.errors.slice(0, errorsWanted)) console.log(`${e.kind.padEnd(8)} ${e.type.padEnd(12)} ${JSON.stringify(e.text)}  (${e.doc} @${e.start})`);
}
