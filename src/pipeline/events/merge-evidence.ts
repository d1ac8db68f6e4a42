/**
 * What a merged event records of the reports it was made from (merge.ts decides which reports
 * merge; this only describes them): the most direct date basis, the modality, and the evidence
 * that they are one event, `EventRecord.merge` (docs/EVENTS.md, "Merging").
 */
import {
  DATE_BASES,
  type DateBasis,
  type EventRecord,
  type Modality,
} from '../../model/dataset.ts';
import type { CandidateEvent } from './candidate.ts';

type Member = Pick<
  CandidateEvent,
  'interval' | 'type' | 'actors' | 'title' | 'dateBasis' | 'modality' | 'sameAs' | 'datedBy'
> & {
  source: Pick<CandidateEvent['source'], 'trigger'>;
};

/** The most direct basis among the reports: a date written in one of them dates the event. */
export function mergedDateBasis(members: readonly Pick<Member, 'dateBasis'>[]): DateBasis {
  let best = DATE_BASES.length - 1;
  for (const m of members) best = Math.min(best, DATE_BASES.indexOf(m.dateBasis));
  return DATE_BASES[best]!;
}

/** Asserted when any report says it happened; else scheduled when any expects it; else possible. */
export function mergedModality(members: readonly Pick<Member, 'modality'>[]): Modality {
  if (members.some((m) => m.modality === 'asserted')) return 'asserted';
  if (members.some((m) => m.modality === 'future')) return 'future';
  return 'hypothetical';
}

const STOP = new Set(
  'the a an of in on at to for and or but with by from as is was were be been has have had it its this that their his her after over into said says'.split(
    ' ',
  ),
);

export function contentWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/**
 * A title's words that say what happened: its content words without those of its actors' names
 * (ids carry the name's words: "law:resolution-1244"). Shared names are counted as shared actors;
 * as title words they made "Its status governed by Resolution 1244" one event with "The
 * declaration breaches Resolution 1244".
 */
export function predicateWords(title: string, actors: readonly string[]): Set<string> {
  const words = contentWords(title);
  for (const id of actors) for (const w of id.slice(id.indexOf(':') + 1).split('-')) words.delete(w);
  return words;
}

/** Shared words over the smaller set's size. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** Crude stem of a trigger word, so "signed" and "signing" compare equal. */
const stem = (word: string): string => word.toLowerCase().replace(/(?:ing|ed|es|s)$/, '');

/**
 * How strongly the predicates agree, 0 to 1: the same trigger word in every report (stemmed), or
 * else the least title-word overlap of any report with the first.
 */
function predicateSimilarity(members: readonly Member[]): number {
  const triggers = members.map((m) => m.source.trigger?.text);
  if (triggers.every((t): t is string => !!t)) {
    return new Set(triggers.map(stem)).size === 1 ? 1 : 0;
  }
  const first = predicateWords(members[0]!.title, members[0]!.actors);
  return Math.min(...members.slice(1).map((m) => overlap(first, predicateWords(m.title, m.actors))));
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The evidence that these reports are one event; null for a single report. Reasons: `same-date`
 * (one interval), `same-type`, `shared-actors:<n>` (n actors named by more than one report) and
 * `similar-predicate` (same trigger word, or titles sharing a third of their words), `named-again`
 * (a later sentence of the article names the event by a noun: mentioned-again.ts),
 * `dated-by-another` (a report that gave only a month or year, or no date, took another's day:
 * refine.ts). The score
 * weighs them 0.4, 0.2, 0.25 (times the share of all actors named by more than one report) and
 * 0.15 (times the predicate similarity).
 */
export function mergeEvidence(members: readonly Member[]): EventRecord['merge'] {
  if (members.length < 2) return null;
  const first = members[0]!;
  const reasons: string[] = [];
  const sameDate = members.every(
    (m) =>
      m.interval.start === first.interval.start &&
      m.interval.end === first.interval.end &&
      m.interval.precision === first.interval.precision,
  );
  if (sameDate) reasons.push('same-date');
  const sameType = members.every((m) => m.type === first.type);
  if (sameType) reasons.push('same-type');
  const named = new Map<string, number>();
  for (const m of members) for (const a of new Set(m.actors)) named.set(a, (named.get(a) ?? 0) + 1);
  const shared = [...named.values()].filter((n) => n > 1).length;
  if (shared > 0) reasons.push(`shared-actors:${shared}`);
  const similarity = predicateSimilarity(members);
  if (similarity >= 1 / 3) reasons.push('similar-predicate');
  if (members.some((m) => m.sameAs)) reasons.push('named-again');
  if (members.some((m) => m.datedBy)) reasons.push('dated-by-another');
  const actorShare = named.size === 0 ? 0 : shared / named.size;
  const score =
    (sameDate ? 0.4 : 0) +
    (sameType ? 0.2 : 0) +
    0.25 * actorShare +
    0.15 * Math.min(1, similarity);
  return { score: round2(score), reasons };
}
