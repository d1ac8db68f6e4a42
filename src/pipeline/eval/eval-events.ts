/**
 * `dateline eval-events <dir>`: finds event triggers in every .tml document under a folder and
 * scores them against its gold <EVENT> tags the TempEval-3 way: strict (identical span) and
 * relaxed (overlapping) P/R/F1, class accuracy and class F1 (accuracy × relaxed F1) over matched
 * events, per gold class, and throughput (sentences + tagging + triggers).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findTriggers } from '../events/triggers.ts';
import type { Doc } from '../text/doc.ts';
import { makeDoc } from '../text/doc.ts';
import { splitSentences } from '../text/sentences.ts';
import { findTml } from './eval-timeml.ts';
import { align, score, type DocAlignment, type Scores, type Span } from './score.ts';
import { parseTimeml } from './timeml.ts';

/** Makes the tagged document of a body: wink-nlp (the pipeline's) or another tagger to compare. */
export type DocMaker = (body: string) => Doc;

export const winkDoc: DocMaker = (body) => makeDoc(body, splitSentences(body));

export const CLASSES = [
  'OCCURRENCE',
  'REPORTING',
  'PERCEPTION',
  'ASPECTUAL',
  'I_ACTION',
  'I_STATE',
  'STATE',
] as const;

export interface EventEval {
  tagger: string;
  docs: number;
  bytes: number;
  /** Megabytes (10^6 bytes) of UTF-8 text per second, one core, median timed pass after the scored one. */
  mbPerSecond: number;
  overall: Scores;
  /** Per gold class: detection of that class's events, and class-aware P/R/F1 (span overlap + same class). */
  byClass: Record<
    string,
    {
      gold: number;
      predicted: number;
      found: number;
      classF1: number;
      classP: number;
      classR: number;
    }
  >;
  alignments: DocAlignment[];
  /** Document name → body, for the error listing. */
  bodies: Map<string, string>;
}

/** Triggers as scorer spans: the class is both the type and the value. */
function predict(makeDocFor: DocMaker, body: string): Span[] {
  return findTriggers(makeDocFor(body)).map((t) => ({
    start: t.start,
    end: t.end,
    type: t.class,
    value: t.class,
    text: t.text,
  }));
}

export function evaluateEvents(
  dir: string,
  tagger: string,
  makeDocFor: DocMaker,
  { minSeconds = 1 } = {},
): EventEval {
  const files = findTml(dir);
  if (files.length === 0) throw new Error(`no .tml files under ${dir}`);
  const docs = files.map((file) => parseTimeml(readFileSync(file, 'utf8')));
  const gold = docs.map((d) =>
    d.events.map((e) => ({
      start: e.start,
      end: e.end,
      type: e.class,
      value: e.class,
      text: e.text,
    })),
  );
  // The scored pass doubles as the warm-up (the tagger's model loads, the JIT compiles).
  const alignments = docs.map((d, i) =>
    align(basename(files[i]!, '.tml'), gold[i]!, predict(makeDocFor, d.body)),
  );
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.body, 'utf8'), 0);
  const times: number[] = [];
  let total = 0;
  do {
    const started = performance.now();
    for (const d of docs) findTriggers(makeDocFor(d.body));
    const elapsed = (performance.now() - started) / 1000;
    times.push(elapsed);
    total += elapsed;
  } while (total < minSeconds && times.length < 20);
  const median = [...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]!;
  const byClass: EventEval['byClass'] = {};
  for (const c of CLASSES) {
    const detected = score(
      alignments.map((a) => ({
        ...a,
        pairs: a.pairs.filter((p) => p.gold.type === c),
        missed: a.missed.filter((m) => m.type === c),
        spurious: [],
      })),
    );
    // Class-aware: gold of class c against predictions of class c, aligned afresh.
    const classed = score(
      alignments.map((a, i) =>
        align(
          a.doc,
          gold[i]!.filter((g) => g.type === c),
          [...a.pairs.map((p) => p.pred), ...a.spurious].filter((p) => p.type === c),
        ),
      ),
    );
    byClass[c] = {
      gold: detected.gold,
      predicted: classed.predicted,
      found: detected.relaxed.r,
      classP: classed.relaxed.p,
      classR: classed.relaxed.r,
      classF1: classed.relaxed.f1,
    };
  }
  const bodies = new Map(alignments.map((a, i) => [a.doc, docs[i]!.body]));
  return {
    tagger,
    docs: files.length,
    bytes,
    mbPerSecond: bytes / 1e6 / Math.max(median, 1e-9),
    overall: score(alignments),
    byClass,
    alignments,
    bodies,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

/** The score table of one or more taggers, side by side (one column group each). */
export function formatEventEval(dir: string, results: EventEval[]): string {
  const row = (label: string, cells: (r: EventEval) => string): string =>
    `${label.padEnd(22)}${results.map(cells).join('   ')}`;
  const o = (r: EventEval): Scores => r.overall;
  const lines = [
    `${dir}: ${results[0]!.docs} documents, ${results[0]!.overall.gold} gold events`,
    row('', (r) => `${r.tagger.padEnd(20)}`),
    row('', () => '     P      R     F1'),
    row('strict span', (r) => `${pct(o(r).strict.p)} ${pct(o(r).strict.r)} ${pct(o(r).strict.f1)}`),
    row(
      'relaxed span',
      (r) => `${pct(o(r).relaxed.p)} ${pct(o(r).relaxed.r)} ${pct(o(r).relaxed.f1)}`,
    ),
    row('class accuracy / F1', (r) => `${pct(o(r).type.accuracy)}        ${pct(o(r).type.f1)}`),
    row('predicted', (r) => `${String(o(r).predicted).padStart(6)}              `),
    '',
    'per gold class: gold count; share found (any class); class-aware P/R/F1 (overlap and same class)',
    row('', () => ' found      P      R     F1'),
    ...CLASSES.map((c) => {
      const label = `${c} (${results[0]!.byClass[c]!.gold})`;
      return row(label, (r) => {
        const b = r.byClass[c]!;
        return `${pct(b.found)} ${pct(b.classP)} ${pct(b.classR)} ${pct(b.classF1)}`;
      });
    }),
    '',
    row('speed, MB/s, one core', (r) => `${r.mbPerSecond.toFixed(2).padStart(6)}              `),
    '(sentences + POS tagging + triggers; median of timed passes after the scored pass)',
  ];
  return lines.join('\n');
}

/** Up to `limit` missed and spurious examples, each with a few words of context. */
export function formatEventErrors(result: EventEval, limit: number): string {
  const context = (doc: string, s: Span): string => {
    const body = result.bodies.get(doc) ?? '';
    const left = body.slice(Math.max(0, s.start - 40), s.start).replace(/\s+/g, ' ');
    const right = body.slice(s.end, s.end + 40).replace(/\s+/g, ' ');
    return `${left}[${body.slice(s.start, s.end)}]${right}`;
  };
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const a of result.alignments) {
    for (const m of a.missed)
      missed.push(`MISSED    ${m.type.padEnd(10)} ${a.doc}  ${context(a.doc, m)}`);
    for (const p of a.spurious)
      spurious.push(`SPURIOUS  ${p.type.padEnd(10)} ${a.doc}  ${context(a.doc, p)}`);
  }
  // Spread over the corpus: every k-th error rather than the first document's.
  const sample = (list: string[]): string[] => {
    const step = Math.max(1, Math.floor(list.length / limit));
    return list.filter((_, i) => i % step === 0).slice(0, limit);
  };
  return [
    `${result.tagger}: ${missed.length} missed, ${spurious.length} spurious`,
    ...sample(missed),
    ...sample(spurious),
  ].join('\n');
}
