/**
 * `dateline eval-entities <file.jsonl>`: scores the actor recogniser against entity-mention gold in
 * the format of ../shared/corpora/meantime/entities.jsonl (one document per line: `doc`, `body`,
 * `mentions: [{start, end, text, type, syntactic?, instance}]`, UTF-16 offsets into `body`).
 *
 * What is scored:
 * - Gold: PERSON, ORGANIZATION and LOCATION mentions that are *named*. With a `syntactic` field,
 *   named = `NAM` or `PRE.NAM`. Without one, named = the head word (the last word before "of", a
 *   comma, a bracket or a relative clause) is capitalised and not a pronoun, the mention is not a
 *   conjunction ("X and Y") or an appositive ("X, a firm"), and a one-word mention opening a
 *   sentence does not also occur in lower case in the body ("Analysts" is a common noun there).
 *   On MEANTIME (with its `syntactic` removed) this finds 696 of the 747 named mentions and takes
 *   114 others as named, mostly real names that MEANTIME leaves without a syntactic class.
 * - Predictions: the recogniser's mentions; kinds map to types person → PERSON, group → PERSON,
 *   organization → ORGANIZATION, country and place → LOCATION.
 * - A prediction that matches no scored gold span and lies inside an unscored gold mention (another
 *   type such as PRODUCT, or a non-named mention) without overlapping a scored one is ignored:
 *   neither right nor wrong.
 * - Typed exact span: one-to-one matches with identical (start, end, type), where a prediction's
 *   span is its extent, the noun phrase the name heads (actors/extent.ts), because MEANTIME (like
 *   ACE) annotates extents: "the United States", "U.S. President Barack Obama". Untyped exact span:
 *   identical (start, end). Names only: the recogniser's name spans ("Barack Obama") against gold
 *   with a leading "the" ignored on both sides (MUC and CoNLL conventions), for files annotated
 *   that way. Overlap recall: share of scored gold mentions overlapped by a prediction.
 * - Resolution: B-cubed over the scored gold mentions that a prediction overlaps (the one with the
 *   largest overlap): gold clusters are the cross-document `instance` ids (a null instance is its
 *   own cluster), system clusters the predicted actor ids, across all documents.
 */
import { readFileSync } from 'node:fs';
import type { ActorKind } from '../../model/dataset.ts';
import type { ActorMention } from '../actors/context.ts';
import type { KnowledgeBase } from '../actors/kb.ts';
import { mentionExtents, type Extent } from '../actors/extent.ts';
import { recogniseActors } from '../actors/recognise.ts';
import { parseDateline } from '../read/dateline.ts';

export const SCORED_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  /** MEANTIME's syntactic class (NAM, PRE.NAM, NOM, PRO, …); absent in other files. */
  syntactic?: string | null;
  instance: string | null;
}

export interface GoldDoc {
  doc: string;
  body: string;
  mentions: GoldMention[];
}

export interface PredMention {
  /** The extent: the noun phrase the name heads. */
  start: number;
  end: number;
  text: string;
  type: ScoredType;
  actor: string;
  /** The name alone, when it differs from the extent. */
  name?: { start: number; end: number; text: string };
}

/**
 * The scored type of each actor kind; products and the other named things are not among the scored
 * types (PER/ORG/LOC), except facilities: airports, bridges and plants are locations by the news
 * annotation guidelines (MEANTIME, ACE's FAC under places).
 */
export const TYPE_OF_KIND: Record<ActorKind, ScoredType | null> = {
  person: 'PERSON',
  group: 'PERSON',
  organization: 'ORGANIZATION',
  country: 'LOCATION',
  place: 'LOCATION',
  product: null,
  agreement: null,
  law: null,
  operation: null,
  index: null,
  currency: null,
  commodity: null,
  event: null,
  facility: 'LOCATION',
};

export function parseEntitiesJsonl(text: string): GoldDoc[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const d = JSON.parse(line) as Partial<GoldDoc>;
      if (typeof d.body !== 'string' || !Array.isArray(d.mentions))
        throw new Error(`line ${i + 1}: needs "body" and "mentions"`);
      return { doc: d.doc ?? `doc${i + 1}`, body: d.body, mentions: d.mentions };
    });
}

const PRONOUNS = new Set(
  'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those who whom whose which what one ones itself himself herself themselves'.split(
    ' ',
  ),
);

/** "Named" for files without a `syntactic` field (see the module comment). */
export function looksNamed(m: GoldMention, body: string): boolean {
  // "Boeing and Airbus", "NPD Group, a research firm": a conjunction or an appositive, not a name.
  if (/\s(?:and|or)\s|,\s+(?:the|a|an)\s/i.test(m.text)) return false;
  // The head is the last word before "of", a comma, a bracket or a relative clause.
  const head = m.text.split(/\s+of\s+|,|\s\(|\s+(?:in|which|who|that)\s+/)[0]!;
  const words = [...head.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu)].filter(
    (w) => !/^['’]s$/.test(w[0]),
  );
  const last = words[words.length - 1];
  if (!last || !/^\p{Lu}/u.test(last[0]) || PRONOUNS.has(last[0].toLowerCase())) return false;
  if (words.length > 1 || /^[\p{Lu}\d.&-]+$/u.test(last[0])) return true;
  const at = m.start + last.index;
  const opensSentence = /(?:^|[.!?:]["'’”]?\s+|\n\s*|["“]\s*)$/.test(
    body.slice(Math.max(0, at - 4), at),
  );
  const word = last[0].toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return !opensSentence || !new RegExp(`\\b${word}\\b`).test(body);
}

export function scoredGold(doc: GoldDoc): { scored: GoldMention[]; other: GoldMention[] } {
  const hasSyntactic = doc.mentions.some((m) => m.syntactic !== undefined);
  const scored: GoldMention[] = [];
  const other: GoldMention[] = [];
  for (const m of doc.mentions) {
    const named = hasSyntactic
      ? m.syntactic === 'NAM' || m.syntactic === 'PRE.NAM'
      : looksNamed(m, doc.body);
    if (named && (SCORED_TYPES as readonly string[]).includes(m.type)) scored.push(m);
    else other.push(m);
  }
  return { scored, other };
}

export interface DocResult {
  doc: string;
  gold: GoldMention[];
  /** Predictions that count (not ignored). */
  pred: PredMention[];
  ignored: PredMention[];
  /** Index into `pred` of the typed exact match of each gold mention, or -1. */
  typedMatch: number[];
  /** Index into `pred` of the untyped exact match of each gold mention, or -1. */
  exactMatch: number[];
  /** Typed match of name spans, a leading "the" ignored on both sides. */
  nameMatch: number[];
  /** Index into `pred` (or ignored) of the largest-overlap prediction for each gold mention, or -1. */
  overlapMatch: number[];
}

/** Start of the span without a leading "the". */
export function nameStart(m: { start: number; text: string }): number {
  const the = /^the\s+/i.exec(m.text);
  return the && m.text.length > the[0].length ? m.start + the[0].length : m.start;
}

const sameName = (g: GoldMention, p: PredMention): boolean =>
  g.type === p.type && g.end === (p.name ?? p).end && nameStart(g) === nameStart(p.name ?? p);

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);
const inside = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start >= b.start && a.end <= b.end;

/** One-to-one matching of gold and predictions by `same` (gold order, first free prediction). */
function oneToOne(
  gold: GoldMention[],
  pred: PredMention[],
  same: (g: GoldMention, p: PredMention) => boolean,
): number[] {
  const used = new Set<number>();
  return gold.map((g) => {
    const k = pred.findIndex((p, i) => !used.has(i) && same(g, p));
    if (k >= 0) used.add(k);
    return k;
  });
}

export function scoreDoc(doc: GoldDoc, predictions: PredMention[]): DocResult {
  const { scored, other } = scoredGold(doc);
  const pred: PredMention[] = [];
  const ignored: PredMention[] = [];
  for (const p of predictions) {
    const onScored = scored.some((g) => overlap(g, p) > 0);
    if (!onScored && other.some((g) => inside(p, g))) ignored.push(p);
    else pred.push(p);
  }
  const exactMatch = oneToOne(scored, pred, (g, p) => g.start === p.start && g.end === p.end);
  const typedMatch = oneToOne(
    scored,
    pred,
    (g, p) => g.start === p.start && g.end === p.end && g.type === p.type,
  );
  const nameMatch = oneToOne(scored, pred, sameName);
  const overlapMatch = scored.map((g) => {
    let best = -1;
    let size = 0;
    pred.forEach((p, i) => {
      const o = overlap(g, p);
      if (o > size) [best, size] = [i, o];
    });
    return best;
  });
  return {
    doc: doc.doc,
    gold: scored,
    pred,
    ignored,
    typedMatch,
    exactMatch,
    nameMatch,
    overlapMatch,
  };
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  correct: number;
}

const prf = (correct: number, predicted: number, gold: number): Prf => {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, correct };
};

export interface EntityScores {
  gold: number;
  predicted: number;
  ignored: number;
  typed: Prf;
  untyped: Prf;
  names: Prf;
  overlapRecall: number;
  byType: Record<
    ScoredType,
    { gold: number; predicted: number; typed: Prf; overlapRecall: number }
  >;
  /** B-cubed over overlapped gold mentions. */
  bcubed: { p: number; r: number; f1: number; mentions: number };
}

/** B-cubed precision/recall/F1 of items with a gold and a system cluster label. */
export function bcubed(items: { gold: string; sys: string }[]): {
  p: number;
  r: number;
  f1: number;
} {
  if (items.length === 0) return { p: 0, r: 0, f1: 0 };
  const count = (key: (x: { gold: string; sys: string }) => string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return m;
  };
  const goldSize = count((x) => x.gold);
  const sysSize = count((x) => x.sys);
  const both = count((x) => `${x.gold}\u0000${x.sys}`);
  let p = 0;
  let r = 0;
  for (const x of items) {
    const shared = both.get(`${x.gold}\u0000${x.sys}`)!;
    p += shared / sysSize.get(x.sys)!;
    r += shared / goldSize.get(x.gold)!;
  }
  p /= items.length;
  r /= items.length;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function score(results: DocResult[]): EntityScores {
  const sum = (f: (d: DocResult) => number): number => results.reduce((n, d) => n + f(d), 0);
  const gold = sum((d) => d.gold.length);
  const predicted = sum((d) => d.pred.length);
  const byType = {} as EntityScores['byType'];
  for (const type of SCORED_TYPES) {
    const g = sum((d) => d.gold.filter((m) => m.type === type).length);
    const p = sum((d) => d.pred.filter((m) => m.type === type).length);
    const ok = sum((d) => d.gold.filter((m, i) => m.type === type && d.typedMatch[i]! >= 0).length);
    const seen = sum(
      (d) => d.gold.filter((m, i) => m.type === type && d.overlapMatch[i]! >= 0).length,
    );
    byType[type] = { gold: g, predicted: p, typed: prf(ok, p, g), overlapRecall: g ? seen / g : 0 };
  }
  const items = results.flatMap((d) =>
    d.gold.flatMap((g, i) => {
      const k = d.overlapMatch[i]!;
      return k < 0
        ? []
        : [{ gold: g.instance ?? `${d.doc}@${g.start}-${g.end}`, sys: d.pred[k]!.actor }];
    }),
  );
  return {
    gold,
    predicted,
    ignored: sum((d) => d.ignored.length),
    typed: prf(
      sum((d) => d.typedMatch.filter((k) => k >= 0).length),
      predicted,
      gold,
    ),
    untyped: prf(
      sum((d) => d.exactMatch.filter((k) => k >= 0).length),
      predicted,
      gold,
    ),
    names: prf(
      sum((d) => d.nameMatch.filter((k) => k >= 0).length),
      predicted,
      gold,
    ),
    overlapRecall: gold ? sum((d) => d.overlapMatch.filter((k) => k >= 0).length) / gold : 0,
    byType,
    bcubed: { ...bcubed(items), mentions: items.length },
  };
}

/** Predictions from recognised mentions and their extents (same order). */
export function toPredictions(
  text: string,
  mentions: readonly ActorMention[],
  extents: readonly Extent[],
): PredMention[] {
  return mentions.flatMap((m, i) => {
    const type = TYPE_OF_KIND[m.kind];
    if (!type) return [];
    const { start, end } = extents[i] ?? m;
    const name = { start: m.start, end: m.end, text: m.text };
    return [
      {
        start,
        end,
        text: text.slice(start, end),
        type,
        actor: m.actor,
        ...(start !== m.start || end !== m.end ? { name } : {}),
      },
    ];
  });
}

export interface EntityEval {
  docs: number;
  /** Which spans the gold marks, and so which the predictions are scored with (see goldUsesExtents). */
  spans: 'extents' | 'names';
  chars: number;
  seconds: number;
  scores: EntityScores;
  results: DocResult[];
}

/**
 * True when the gold marks extents (MEANTIME, ACE: "the United States", "President Barack
 * Obama") rather than bare names (MUC, CoNLL): a lower-case "the" opens at least 1% of its named
 * mentions. A name never starts with a lower-case "the", so name-only gold has none.
 */
export function goldUsesExtents(docs: readonly GoldDoc[]): boolean {
  let named = 0;
  let withThe = 0;
  for (const doc of docs)
    for (const m of scoredGold(doc).scored) {
      named++;
      if (/^the\s/.test(m.text)) withThe++;
    }
  return named > 0 && withThe / named >= 0.01;
}

/** Run the recogniser over every document of a gold file and score it, in the gold's span convention. */
export function evaluateEntities(file: string, kb: KnowledgeBase): EntityEval {
  const docs = parseEntitiesJsonl(readFileSync(file, 'utf8'));
  const spans = goldUsesExtents(docs) ? 'extents' : 'names';
  const results: DocResult[] = [];
  let seconds = 0;
  let chars = 0;
  for (const doc of docs) {
    const started = performance.now();
    const dateline = parseDateline(doc.body);
    const { mentions } = recogniseActors(
      doc.body,
      kb,
      dateline ? { start: 0, end: dateline.length } : null,
    );
    seconds += (performance.now() - started) / 1000;
    chars += doc.body.length;
    const extents = spans === 'extents' ? mentionExtents(doc.body, mentions) : mentions;
    results.push(scoreDoc(doc, toPredictions(doc.body, mentions, extents)));
  }
  return { docs: docs.length, spans, chars, seconds, scores: score(results), results };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

export function formatEntityEval(e: EntityEval, withErrors: boolean): string {
  const s = e.scores;
  const lines = [
    `documents: ${e.docs}   named gold (PER/ORG/LOC): ${s.gold}   predicted: ${s.predicted} (+${s.ignored} on unscored gold mentions, ignored)`,
    `                         P      R     F1`,
    `typed exact span    ${pct(s.typed.p)} ${pct(s.typed.r)} ${pct(s.typed.f1)}   (spans exactly as annotated; the gold marks ${e.spans === 'extents' ? 'extents ("the United States"), so predictions are extents' : 'names, so predictions are names'})`,
    `untyped exact span  ${pct(s.untyped.p)} ${pct(s.untyped.r)} ${pct(s.untyped.f1)}`,
    `typed, names only   ${pct(s.names.p)} ${pct(s.names.r)} ${pct(s.names.f1)}   (name spans, a leading "the" ignored)`,
    `untyped overlap recall      ${pct(s.overlapRecall)}`,
    '',
    'per type (typed exact P/R/F1, overlap recall):',
    ...SCORED_TYPES.map((t) => {
      const b = s.byType[t];
      return `  ${t.padEnd(13)} gold ${String(b.gold).padStart(4)}  pred ${String(b.predicted).padStart(4)}  ${pct(b.typed.p)} ${pct(b.typed.r)} ${pct(b.typed.f1)}   overlap R ${pct(b.overlapRecall)}`;
    }),
    '',
    `resolution (B-cubed over ${s.bcubed.mentions} overlapped gold mentions, clusters = instance ids vs actor ids):`,
    `                    ${pct(s.bcubed.p)} ${pct(s.bcubed.r)} ${pct(s.bcubed.f1)}`,
    '',
    `speed: ${(e.chars / 1e6 / Math.max(e.seconds, 1e-9)).toFixed(2)} M chars/s (${e.chars} chars in ${e.seconds.toFixed(3)} s, one core, recogniser only)`,
  ];
  if (withErrors) lines.push('', ...errorLines(e.results));
  return lines.join('\n');
}

/** MISSED gold, SPURIOUS predictions, SPAN (overlap only) and TYPE (same span, other type) errors. */
export function errorLines(results: DocResult[]): string[] {
  const lines: string[] = [];
  for (const d of results) {
    const matched = new Set<number>();
    d.gold.forEach((g, i) => {
      const typed = d.typedMatch[i]!;
      const exact = d.exactMatch[i]!;
      const near = d.overlapMatch[i]!;
      if (typed >= 0) matched.add(typed);
      else if (exact >= 0) {
        matched.add(exact);
        lines.push(`TYPE      ${d.doc}  "${g.text}" gold ${g.type} got ${d.pred[exact]!.type}`);
      } else if (near >= 0)
        lines.push(
          `SPAN      ${d.doc}  gold "${g.text}" ${g.type} got "${d.pred[near]!.text}" ${d.pred[near]!.type}`,
        );
      else lines.push(`MISSED    ${d.doc}  "${g.text}" ${g.type}`);
    });
    d.pred.forEach((p, k) => {
      if (matched.has(k)) return;
      if (d.gold.some((g) => overlap(g, p) > 0)) return; // reported as SPAN above (or a nested gold)
      lines.push(`SPURIOUS  ${d.doc}  "${p.text}" ${p.type} ${p.actor}`);
    });
  }
  return lines;
}
