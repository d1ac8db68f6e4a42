/**
 * What an actor's page says about it, from the events that involve it directly (as
 * ActorRecord.eventCount counts them): how many, reported by how many articles, its first and
 * last appearance, how many events per year (per decade or century over long spans, so that the
 * histogram keeps a readable number of bars) and the actors it appears with most.
 */
import { bin, range } from 'd3-array';
import type { EventRecord } from './dataset.ts';
import { dayToMs } from './dates.ts';

/** One bar of the histogram: the events starting in [startYear, startYear + years). */
export interface YearBin {
  startYear: number;
  count: number;
}

export interface CoActor {
  id: string;
  /** Events involving both actors. */
  count: number;
}

export interface ActorProfile {
  /** Events involving the actor directly. */
  events: number;
  /** Distinct articles among their sources. */
  articles: number;
  /** The earliest of them (by start, then end, then id), and the one that ends last. */
  first: EventRecord | null;
  last: EventRecord | null;
  /** The years its first and its last event start in (astronomical: 0 is 1 BC). */
  firstYear: number;
  lastYear: number;
  /** Years per bar: 1, 10, 100 or 1000, the smallest that needs at most MAX_BINS bars. */
  binYears: number;
  /** Every bar from the first event's to the last one's, empty ones included (gaps show). */
  bins: YearBin[];
  /** The other actors of its events, most events first (then by id). */
  coActors: CoActor[];
}

/** More bars than this would be slivers a few pixels wide on a phone. */
export const MAX_BINS = 60;
const BIN_SIZES = [1, 10, 100, 1000];

export const EMPTY_PROFILE: ActorProfile = {
  events: 0,
  articles: 0,
  first: null,
  last: null,
  firstYear: 0,
  lastYear: 0,
  binYears: 1,
  bins: [],
  coActors: [],
};

const yearOf = (day: string): number => new Date(dayToMs(day)).getUTCFullYear();

export function actorProfile(events: readonly EventRecord[], actorId: string): ActorProfile {
  const mine = events.filter((e) => e.actors.includes(actorId));
  if (mine.length === 0) return EMPTY_PROFILE;

  const articles = new Set<string>();
  const coCounts = new Map<string, number>();
  const years: number[] = [];
  let first = mine[0]!;
  let last = mine[0]!;
  for (const e of mine) {
    for (const s of e.sources) articles.add(s.article);
    for (const id of e.actors) if (id !== actorId) coCounts.set(id, (coCounts.get(id) ?? 0) + 1);
    years.push(yearOf(e.start));
    if (compareBy(e, first, 'start', 'end') < 0) first = e;
    if (compareBy(e, last, 'end', 'start') > 0) last = e;
  }

  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const binYears =
    BIN_SIZES.find((size) => binIndex(maxYear, size) - binIndex(minYear, size) < MAX_BINS) ??
    BIN_SIZES[BIN_SIZES.length - 1]!;
  // d3's histogram, with a threshold at each bar's first year (whole decades, centuries …).
  const from = binIndex(minYear, binYears) * binYears;
  const to = (binIndex(maxYear, binYears) + 1) * binYears;
  const histogram = bin()
    .domain([from, to])
    .thresholds(range(from + binYears, to, binYears))(years);

  return {
    events: mine.length,
    articles: articles.size,
    first,
    last,
    firstYear: minYear,
    lastYear: maxYear,
    binYears,
    bins: histogram.map((b) => ({ startYear: b.x0!, count: b.length })),
    coActors: [...coCounts]
      .map(([id, count]) => ({ id, count }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
  };
}

/** Floor division, so that the years before year 0 fall into their own decade and century. */
const binIndex = (year: number, size: number): number => Math.floor(year / size);

/** Days compare as instants: as strings, "-0500" and five-digit years would sort wrongly. */
function compareBy(
  a: EventRecord,
  b: EventRecord,
  key: 'start' | 'end',
  then: 'start' | 'end',
): number {
  return (
    dayToMs(a[key]) - dayToMs(b[key]) ||
    dayToMs(a[then]) - dayToMs(b[then]) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
