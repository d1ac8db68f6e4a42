/**
 * `npm run train:ner -- --data DIR [--epochs N]`: train the name tagger on the pinned open data
 * (sources.ts; fetch it with `npm run get:ner-data -- DIR`) and write data/models/ner.json.gz.
 * Deterministic: sentences are shuffled by a seeded generator and a tenth of the training data,
 * chosen by a hash of each sentence, is held out and scored; the model is the one scored.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { spansToTags, tagsToSpans, TAGS } from '../../src/pipeline/ner/bilou.ts';
import { decodeModel, encodeModel } from '../../src/pipeline/ner/model.ts';
import { AveragedPerceptron } from '../../src/pipeline/ner/perceptron.ts';
import { decode, DEFAULT_MODEL_PATH, modelScorer, type Scorer } from '../../src/pipeline/ner/tagger.ts';
import { loadKnowledgeBase } from '../../src/pipeline/build.ts';
import { recogniseActors } from '../../src/pipeline/actors/recognise.ts';
import { hintsFor } from '../../src/pipeline/ner/hints.ts';
import { readColumns, type Sentence } from './conll.ts';
import { SpanScore } from './score.ts';
import { localName, NER_SOURCES } from './sources.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, epochs: { type: 'string', default: '8' }, out: { type: 'string' } } });
if (!values.data) {
  process.stderr.write('usage: npm run train:ner -- --data DIR [--epochs N] [--out FILE]\n');
  process.exit(2);
}
const epochs = Number(values.epochs);
const out = values.out ?? fileURLToPath(DEFAULT_MODEL_PATH);

const train: Sentence[] = [];
const heldout: Sentence[] = [];
const external = new Map<string, Sentence[]>();
for (const s of NER_SOURCES) {
  const bytes = readFileSync(join(values.data, localName(s)));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== s.sha256) throw new Error(`${localName(s)}: sha256 ${sha}, expected ${s.sha256} (fetch it again with npm run get:ner-data)`);
  const sentences = readColumns(bytes.toString('utf8'), s);
  if (s.role === 'heldout') external.set(s.name, sentences);
  else for (const x of sentences) (hashOf(x.words.join(' ')) % 10 === 0 ? heldout : train).push(x);
}
process.stdout.write(`training sentences ${train.length}, held out ${heldout.length}; ${[...external].map(([n, x]) => `${n}: ${x.length}`).join(', ')}\n`);

// The rule-based recogniser's view of each training sentence (its words joined by spaces), as at run time.
const kb = loadKnowledgeBase('data/actors.json', []);
const hintsOf = (words: string[]): string[] => {
  const offsets: { start: number; end: number }[] = [];
  let at = 0;
  for (const w of words) {
    offsets.push({ start: at, end: at + w.length });
    at += w.length + 1;
  }
  const { mentions, discovered } = recogniseActors(words.join(' '), kb);
  return hintsFor(offsets, mentions, new Set(discovered.map((d) => d.id)));
};
const hinted = new Map<Sentence, string[]>();
for (const x of [...train, ...heldout, ...[...external.values()].flat()]) hinted.set(x, hintsOf(x.words));

const perceptron = new AveragedPerceptron(TAGS.length);
const learner: Scorer = { tags: TAGS, score: (f, o) => perceptron.score(f, o) };
const random = mulberry32(20261205);
const tagIndex = new Map(TAGS.map((t, i) => [t, i]));
for (let epoch = 1; epoch <= epochs; epoch++) {
  shuffle(train, random);
  let right = 0;
  let total = 0;
  for (const x of train) {
    const gold = spansToTags(x.words.length, x.spans);
    decode(learner, x.words, hinted.get(x)!, (k, features, guess) => {
      const truth = tagIndex.get(gold[k]!)!;
      perceptron.update(truth, guess, features);
      right += truth === guess ? 1 : 0;
      total++;
    });
  }
  process.stdout.write(`epoch ${epoch}: training tag accuracy ${((100 * right) / total).toFixed(2)}%\n`);
}
perceptron.average();

const provenance = NER_SOURCES.map(({ name, repo, commit, path, sha256, licence, role }) => ({ name, repo, commit, path, sha256, licence, role }));
const gz = encodeModel([...TAGS], perceptron.weights, provenance);
writeFileSync(out, gz);
const model = decodeModel(gz);
process.stdout.write(`model: ${model.weights.filter((w) => w !== 0).length} weights, ${(gz.length / 1e6).toFixed(2)} MB gzipped → ${out}\n`);

const scorer = modelScorer(model);
const RULE_TYPES: Record<string, string> = { person: 'PER', group: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC' };
const ruleSpans = (hints: string[]): ReturnType<typeof tagsToSpans> =>
  tagsToSpans(hints.map((h) => (h && RULE_TYPES[h.slice(2, h.indexOf(':'))] ? `${h[0]}-${RULE_TYPES[h.slice(2, h.indexOf(':'))]}` : 'O')));
const report = (name: string, sentences: Sentence[]): void => {
  const rules = new SpanScore();
  for (const x of sentences) rules.add(x.spans, ruleSpans(hinted.get(x)!));
  process.stdout.write(`${name}, the rules alone: PER/ORG/LOC ${rules.line(['PER', 'ORG', 'LOC'])}\n`);
  const score = new SpanScore();
  for (const x of sentences) score.add(x.spans, tagsToSpans(decode(scorer, x.words, hinted.get(x)!).map((c) => TAGS[c]!)));
  const types = ['PER', 'ORG', 'LOC'];
  process.stdout.write(`${name}: PER/ORG/LOC ${score.line(types)}; ${types.map((t) => `${t} ${score.line([t])}`).join('; ')}\n`);
};
report('held-out tenth of the training sets', heldout);
for (const [name, sentences] of external) report(name, sentences);

function hashOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], random: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
}
