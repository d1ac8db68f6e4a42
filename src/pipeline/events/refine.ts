/**
 * Reports that date one event more or less precisely: "Apple … launched the iTunes Music Store in
 * 2003" (one article) and "Apple … launched the iTunes Music Store … on April 28, 2003" (another);
 * "Kosovo declared independence from Serbia in 2008" in thirty background sentences and "on 17
 * February 2008" in the story of the day. Before merging, a report dated by its text to a week,
 * month, season, quarter or year takes the day of the reports of other articles that tell the same
 * event within that time, so they merge (merge.ts) and the event keeps the day. Only on the
 * evidence merging asks for, and more: the same event word (or one of a kind: "unveiled" /
 * "introduced"; not a light verb, "held the post" / "held elections", nor a verb of saying), every
 * actor of the coarser report named by the finer one (not the type, which the clause's other
 * words sway: "announced" a statement, "unveiled" at a conference a meeting), no quantities that differ,
 * and exactly one such day: two launches in 2003 leave "launched in 2003" as it was. Ids do not
 * change (ids.ts: they hash where a report was read, not its date).
 *
 * It works on small records (RefineRecord), so that a build that keeps its candidates on disk by
 * month (state/) can refine without reading them: each article's records travel in its light
 * outcome (map/outcome.ts), written as one short line each (encodeRefine).
 */
import type { DayInterval } from '../../model/dates.ts';
import { intervalToEdtf } from '../../model/edtf.ts';
import type { CandidateEvent } from './candidate.ts';
import { OBJECT_REPORTING, REPORTING } from './clause-grammar.ts';
import { predicateStem } from './merge.ts';

/**
 * What refining needs of a candidate: `[id, role, first day, last day, event word stem, actors,
 * numbers of its title, article id]`; role `f` (fine: dated to a day, may lend it), `c` (coarse:
 * may take one within its days) or `u` (`datedElsewhere`: may take one up to its publication,
 * its one day, or within its days where a coarse date is its own, "its launch in 2003"; dropped
 * otherwise).
 */
export type RefineRecord = [id: string, role: 'f' | 'c' | 'u', start: string, end: string, stem: string, actors: string[], numbers: string[], article: string];

/**
 * A record as one short line for an article's light outcome, the article id left out (the outcome
 * says it): `id role start end stem actor,actor number;number`. Ids, days, stems and actor ids
 * hold no space; numbers may hold commas ("1,059.04").
 */
export function encodeRefine(r: RefineRecord): string {
  return [r[0], r[1], r[2], r[3], r[4], r[5].join(','), r[6].join(';')].join(' ');
}

/** The event word stem of an encoded record (its fifth field), without decoding the rest. */
export function stemOfLine(line: string): string {
  let at = 0;
  for (let field = 0; field < 4; field++) at = line.indexOf(' ', at) + 1;
  const end = line.indexOf(' ', at);
  return line.slice(at, end < 0 ? line.length : end);
}

export function decodeRefine(line: string, article: string): RefineRecord {
  const [id, role, start, end, stem, actors, numbers] = line.split(' ') as [string, RefineRecord[1], string, string, string, string, string];
  return [id, role, start, end, stem, actors ? actors.split(',') : [], numbers ? numbers.split(';') : [], article];
}

/** Verbs that tell one happening in other words: showing a new product for the first time. */
const SAME_HAPPENING: Record<string, string> = Object.fromEntries(
  ['unveil', 'introduc', 'announc', 'present', 'debut', 'showcas'].map((stem) => [stem, 'unveil']),
);

/**
 * Verbs whose happening is their object's ("held the post", "held elections"; "took office", "took
 * effect") and verbs of saying: two reports with one of these tell two things as often as one.
 */
const LIGHT = new Set('be have hold make take give get do keep put set remain become go come continue start begin end'.split(' '));
const tellsLittle = (lemma: string): boolean => LIGHT.has(lemma) || (REPORTING.has(lemma) && !OBJECT_REPORTING.has(lemma));

const COARSE = new Set(['week', 'month', 'season', 'quarter', 'year']);

/**
 * The report's event word by stem, one name for words of one happening. Its own word, not every
 * event word of its clause: "expects many more countries to recognise it by the end of the year"
 * tells an expectation, not a recognition.
 */
function stemOf(lemma: string): string {
  const stem = predicateStem(lemma).replace(/e$/, '');
  return SAME_HAPPENING[stem] ?? stem;
}

/** The refining record of a candidate, or null when it can neither lend nor take a day. */
export function refineRecord(c: CandidateEvent): RefineRecord | null {
  const textDated = c.dateBasis === 'explicit' || c.dateBasis === 'relative';
  if (!(textDated || c.datedElsewhere) || c.modality !== 'asserted' || c.sameAs || c.actors.length === 0 || tellsLittle(c.eventLemma)) return null;
  const role = c.datedElsewhere ? 'u' : c.interval.precision === 'day' ? 'f' : COARSE.has(c.interval.precision) ? 'c' : null;
  if (!role) return null;
  return [c.id, role, c.interval.start, c.interval.end, stemOf(c.eventLemma), c.actors, c.title.match(/\d+(?:[.,]\d+)*/g) ?? [], c.source.article];
}

/**
 * The first day a record may take: its own first day, but for one told without a date (its one
 * day, publication, is where it is kept: any day up to it).
 */
function earliest(r: RefineRecord): string {
  return r[1] === 'u' && r[2] === r[3] ? '' : r[2];
}

/** Whether fine record `f` tells the event coarse record `c` tells, on a day within its time. */
function sameEvent(c: RefineRecord, f: RefineRecord): boolean {
  const [, , , end, , actors, numbers, article] = c;
  const [, , dayStart, dayEnd, , fineActors, fineNumbers, fineArticle] = f;
  if (fineArticle === article) return false;
  if (dayStart < earliest(c) || dayEnd > end) return false;
  if (!actors.every((a) => fineActors.includes(a))) return false;
  return numbers.length === 0 || fineNumbers.length === 0 || numbers.some((n) => fineNumbers.includes(n));
}

/** The day a coarse report takes, and the id of the report it takes it from (the first by id that gives it). */
export interface Refinement {
  interval: DayInterval;
  by: string;
}

/**
 * Most finer reports one coarse report is compared with: where more share its first actor and
 * event word within its time (a corpus made from templates, a year of daily market reports), none
 * of them is evidence of one day, and the work stays linear in the build.
 */
const MAX_COMPARED = 256;

/** Index of the first record in `list` (sorted by first day) whose first day is `day` or later (later only, with `after`). */
function firstFrom(list: readonly RefineRecord[], day: string, after = false): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![2] < day || (after && list[mid]![2] === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const keyOf = (actor: string, stem: string): string => `${actor}\u0000${stem}`;

/**
 * The keys (actor and event word) a record is compared under: a fine one under each of its
 * actors, a coarse one under its first. A coarse record's day depends only on the fine records
 * that share its key.
 */
export function refineKeys(r: RefineRecord): string[] {
  return r[1] === 'f' ? r[5].map((a) => keyOf(a, r[4])) : r[5].length ? [keyOf(r[5][0]!, r[4])] : [];
}

/** For each coarse record that one day fits, that day: coarse id → the fine report's interval and id. */
export function resolveRefinements(records: Iterable<RefineRecord>): Map<string, Refinement> {
  // Fine records by first actor and event word, by day: a coarse one looks only at those it could be.
  const fineBy = new Map<string, RefineRecord[]>();
  const coarse: RefineRecord[] = [];
  for (const r of records) {
    if (r[1] !== 'f') {
      coarse.push(r);
      continue;
    }
    for (const key of refineKeys(r)) {
      const list = fineBy.get(key);
      if (list) list.push(r);
      else fineBy.set(key, [r]);
    }
  }
  for (const list of fineBy.values()) list.sort((x, y) => (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : x[0] < y[0] ? -1 : 1));
  const out = new Map<string, Refinement>();
  for (const c of coarse) {
    const list = fineBy.get(refineKeys(c)[0] ?? '') ?? [];
    // (From the first day of its time; one told without a date, from the first.)
    const from = firstFrom(list, earliest(c));
    let day: Refinement | null = null;
    let ambiguous = false;
    let compared = 0;
    for (let k = from; k < list.length && list[k]![2] <= c[3]; k++) {
      if (++compared > MAX_COMPARED) {
        ambiguous = true;
        break;
      }
      const f = list[k]!;
      if (!sameEvent(c, f)) continue;
      if (day) {
        ambiguous = true; // another day fits as well
        break;
      }
      // The first that fits on its day has the smallest id of that day's (sorted by day, then id):
      // the rest of the day is passed over.
      day = { interval: { start: f[2], end: f[3], precision: 'day' }, by: f[0] };
      k = firstFrom(list, f[2], true) - 1;
    }
    if (day && !ambiguous) out.set(c[0], day);
  }
  return out;
}

/** A candidate at the day another report gives its event, to be merged with that report. */
export function refined(c: CandidateEvent, day: Refinement): CandidateEvent {
  return { ...c, interval: day.interval, date: intervalToEdtf(day.interval), datedBy: day.by };
}

/**
 * The candidates of a whole build, those dated coarsely by their text and told to the day by one
 * other report re-dated to that day; those told without a date left out unless so dated.
 */
export function refineDates(candidates: readonly CandidateEvent[]): CandidateEvent[] {
  const days = resolveRefinements(candidates.map(refineRecord).filter((r): r is RefineRecord => r !== null));
  return candidates.flatMap((c) => {
    const day = days.get(c.id);
    return day ? [refined(c, day)] : c.datedElsewhere ? [] : [c];
  });
}
