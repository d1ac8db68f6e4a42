/**
 * `npm run sample:entities [-- DIR ...] [--n 50] [--seed 21] [--kinds currency,event,...]`: a seeded
 * random sample of the named-thing mentions the per-article analysis finds (issue 21's hand check:
 * is each mention the right kind and the right entity?), one line each with its context.
 * Default folder: test/fixtures/entity-check, sixteen news-style articles about well-established
 * events (Black Wednesday, the euro cash launch, oil in 2008, Chernobyl, Nord Stream, the Key
 * Bridge collapse, Srebrenica, …) written in December 2026 for this check by a helper who had not
 * seen the rules, after the rules were written; quotes are from unnamed traders or officials. Do
 * not tune the rules on them: write new ones for the next check.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseArticle } from '../src/pipeline/analyse.ts';
import { loadKnowledgeBase } from '../src/pipeline/build.ts';
import { readInputs } from '../src/pipeline/read/read.ts';
import { rng } from './bench/generate-dataset.ts';

const NAMED_THING_KINDS = 'product,agreement,law,operation,index,currency,commodity,event,facility';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { n: { type: 'string', default: '50' }, seed: { type: 'string', default: '21' }, kinds: { type: 'string', default: NAMED_THING_KINDS } },
});
const dirs = positionals.length > 0 ? positionals : ['test/fixtures/entity-check'];
const kinds = new Set(values.kinds.split(','));
const kb = loadKnowledgeBase('data/actors.json', []);

const rows: string[] = [];
for (const article of readInputs(dirs).articles) {
  const { body } = article;
  for (const m of analyseArticle(article, kb).mentions) {
    if (!kinds.has(m.kind)) continue;
    const context = body.slice(Math.max(0, m.start - 60), m.end + 50).replace(/\s+/g, ' ');
    rows.push(`${m.kind.padEnd(9)} ${m.actor.padEnd(44)} "${m.text}"  …${context}…  (${basename(article.path)})`);
  }
}

// Fisher–Yates with a seeded generator: the same sample on every machine.
const random = rng(Number(values.seed));
const order = rows.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const sample = order.slice(0, Number(values.n)).sort((a, b) => a - b);
process.stdout.write(`${rows.length} mentions of ${[...kinds].join(', ')} in ${dirs.join(', ')}; ${sample.length} drawn with seed ${values.seed}\n`);
sample.forEach((i, k) => process.stdout.write(`${String(k + 1).padStart(3)} ${rows[i]}\n`));
