/**
 * Named-entity scoring as CoNLL does it (`npm run eval:actors`): a predicted name is right only
 * with the exact span and type of a gold name; micro precision, recall and F1 over all documents,
 * and per type. The predicted span is the name's extent (as MEANTIME annotates) or the bare name,
 * as the caller asks; `dateline annotate` reports both. Nothing is forgiven: a prediction that matches no gold name is a false positive,
 * wherever it lies. Gold names are the PERSON, ORGANIZATION and LOCATION mentions whose MEANTIME
 * `syntactic` class is NAM or PRE.NAM (exactly as annotated, extent included: "U.S. President
 * Barack Obama"). Actor kinds map to types person → PERSON, organization → ORGANIZATION,
 * country and place → LOCATION; groups ("Serbs") and products are MISC, which MEANTIME does not
 * annotate as names, so they are left out on both sides, as a per-type CoNLL score leaves out
 * the types it does not score.
 * Actor identity: B-cubed over the gold names a prediction matches by span (any type), gold
 * clusters the cross-document `instance` ids (a null instance is its own cluster), system
 * clusters the predicted actor ids, across all documents.
 */
import { bcubed, type GoldDoc } from './entities.ts';

export const NAME_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** Facilities (airports, bridges, plants) are locations by MEANTIME's guidelines, as by ACE's. */
const TYPE_OF_KIND: Record<string, NameType | undefined> = {
  person: 'PERSON',
  organization: 'ORGANIZATION',
  country: 'LOCATION',
  place: 'LOCATION',
  facility: 'LOCATION',
};

/** One name of `dateline annotate`'s output (its `actors` list). */
export interface AnnotatedName {
  start: number;
  end: number;
  text: string;
  actor: string;
  kind: string;
  /** The noun phrase the name heads ("U.S. President Barack Obama"), the span MEANTIME and ACE annotate. */
  extent?: { start: number; end: number };
}

/** Which span of a prediction is scored: the name itself, or its extent. */
export type SpanChoice = 'names' | 'extents';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface NameScores {
  overall: Counts;
  perType: Record<NameType, Counts>;
  /** B-cubed precision and recall of actor identity, over `mentions` matched gold names. */
  identity: { precision: number; recall: number; mentions: number };
  /** For --errors: each document's misses and false positives. */
  errors: { doc: string; kind: 'MISSED' | 'SPURIOUS'; type: string; text: string; start: number }[];
}

export const isGoldName = (m: GoldDoc['mentions'][number]): boolean =>
  (m.syntactic === 'NAM' || m.syntactic === 'PRE.NAM') && (NAME_TYPES as readonly string[]).includes(m.type);

const key = (start: number, end: number, type: string): string => `${start}:${end}:${type}`;

export function scoreNames(gold: GoldDoc[], predicted: ReadonlyMap<string, AnnotatedName[]>, spans: SpanChoice = 'names'): NameScores {
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const perType = Object.fromEntries(NAME_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<NameType, Counts>;
  const errors: NameScores['errors'] = [];
  // Identity: matched gold names with their gold and system clusters.
  const pairs: { gold: string; sys: string }[] = [];
  for (const doc of gold) {
    const names = doc.mentions.filter(isGoldName);
    const goldKeys = new Map(names.map((m) => [key(m.start, m.end, m.type), m]));
    const preds = (predicted.get(doc.doc) ?? []).flatMap((p) => {
      const type = TYPE_OF_KIND[p.kind];
      const span = spans === 'extents' && p.extent ? p.extent : p;
      return type ? [{ ...p, start: span.start, end: span.end, text: doc.body.slice(span.start, span.end), type }] : [];
    });
    const matched = new Set<string>();
    for (const p of preds) {
      const k = key(p.start, p.end, p.type);
      if (goldKeys.has(k) && !matched.has(k)) {
        matched.add(k);
        overall.tp++;
        perType[p.type].tp++;
      } else {
        overall.fp++;
        perType[p.type].fp++;
        errors.push({ doc: doc.doc, kind: 'SPURIOUS', type: p.type, text: p.text, start: p.start });
      }
    }
    for (const [k, m] of goldKeys) {
      if (matched.has(k)) continue;
      overall.fn++;
      perType[m.type as NameType].fn++;
      errors.push({ doc: doc.doc, kind: 'MISSED', type: m.type, text: m.text, start: m.start });
    }
    const bySpan = new Map(preds.map((p) => [`${p.start}:${p.end}`, p]));
    names.forEach((m, i) => {
      const p = bySpan.get(`${m.start}:${m.end}`);
      if (p) pairs.push({ gold: m.instance ?? `${doc.doc}#${i}`, sys: p.actor });
    });
  }
  const identity = bcubed(pairs);
  return { overall, perType, identity: { precision: identity.p, recall: identity.r, mentions: pairs.length }, errors };
}

export const prf = (c: Counts): { p: number; r: number; f1: number } => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
