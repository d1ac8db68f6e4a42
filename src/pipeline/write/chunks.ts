/**
 * The chunked dataset (src/model/manifest.ts): events partitioned by start day into the largest
 * calendar period (century, decade, year, month, day) holding at most CHUNK_MAX_EVENTS, an
 * overview of counts per month and type, and the manifest listing it all. Pure functions here;
 * writing is in write.ts.
 */
import { EVENT_TYPES, type Dataset, type EventRecord } from '../../model/dataset.ts';
import { centuryInterval, decadeInterval, monthInterval, yearInterval } from '../../model/dates.ts';
import {
  ACTORS_FILE,
  CHUNK_MAX_EVENTS,
  MANIFEST_VERSION,
  REDIRECTS_FILE,
  type ChunkRef,
  type EventChunk,
  type Manifest,
  type Overview,
} from '../../model/manifest.ts';

const LEVELS = ['century', 'decade', 'year', 'month', 'day'] as const;
type Level = (typeof LEVELS)[number];

interface Period {
  label: string;
  start: string;
  end: string;
}

const yearOf = (day: string): number => Number(day.slice(0, -6));
const monthOf = (day: string): number => Number(day.slice(-5, -3));
const floorTo = (n: number, unit: number): number => Math.floor(n / unit) * unit;

/** The period of `level` that contains `day`, with a file-name label. */
export function periodOf(day: string, level: Level): Period {
  const y = yearOf(day);
  const span = (iv: { start: string; end: string }, label: string): Period => ({ label, start: iv.start, end: iv.end });
  switch (level) {
    case 'century': {
      const iv = centuryInterval(floorTo(y, 100) / 100);
      return span(iv, `${iv.start.slice(0, -6)}-${iv.end.slice(0, -6)}`);
    }
    case 'decade': {
      const iv = decadeInterval(floorTo(y, 10));
      return span(iv, `${iv.start.slice(0, -6)}-${iv.end.slice(0, -6)}`);
    }
    case 'year': {
      const iv = yearInterval(y);
      return span(iv, iv.start.slice(0, -6));
    }
    case 'month':
      return span(monthInterval(y, monthOf(day)), day.slice(0, -3));
    case 'day':
      return { label: day, start: day, end: day };
  }
}

/** A chunk as a range of events (indexes into the events sorted by start). */
export interface Part {
  file: string;
  start: string;
  end: string;
  /** First event index, inclusive, and last, exclusive. */
  from: number;
  to: number;
}

/** Number of events starting on each day, days ascending (YYYY-MM-DD, years 0000–9999). */
export type DayCounts = [day: string, events: number][];

export function dayCounts(events: { start: string }[]): DayCounts {
  const out: DayCounts = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (last && last[0] === e.start) last[1]++;
    else out.push([e.start, 1]);
  }
  return out;
}

/** Split events, given as day counts, into chunks; every event lands in exactly one, in order. */
export function partitionDays(days: DayCounts, maxEvents = CHUNK_MAX_EVENTS): Part[] {
  const offsets = [0];
  for (const [, n] of days) offsets.push(offsets[offsets.length - 1]! + n);
  const parts: Part[] = [];
  const split = (first: number, last: number, depth: number): void => {
    const level = LEVELS[depth]!;
    for (let i = first; i < last; ) {
      const period = periodOf(days[i]![0], level);
      let j = i;
      while (j < last && days[j]![0] <= period.end) j++;
      const [from, to] = [offsets[i]!, offsets[j]!];
      if (to - from <= maxEvents) parts.push({ file: `events-${period.label}.json`, start: period.start, end: period.end, from, to });
      else if (level !== 'day') split(i, j, depth + 1);
      else
        for (let k = 0; from + k * maxEvents < to; k++) {
          const range = { from: from + k * maxEvents, to: Math.min(to, from + (k + 1) * maxEvents) };
          parts.push({ file: `events-${period.label}-p${k + 1}.json`, start: period.start, end: period.end, ...range });
        }
      i = j;
    }
  };
  split(0, days.length, 0);
  return parts;
}

/** Events per month (by start day) and type. */
export function overviewOf(events: EventRecord[]): Overview {
  const typeIndex = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
  const bins: Overview['bins'] = [];
  for (const e of events) {
    const month = e.start.slice(0, -3);
    let bin = bins[bins.length - 1];
    if (!bin || bin.month !== month) bins.push((bin = { month, events: 0, types: EVENT_TYPES.map(() => 0) }));
    bin.events++;
    bin.types[typeIndex.get(e.type)!]!++;
  }
  return { types: [...EVENT_TYPES], bins };
}

const maxDay = (events: { end: string }[], from: string): string => events.reduce((d, e) => (e.end > d ? e.end : d), from);

/** The manifest's entry for a chunk of events. */
export function chunkRef(part: Part, events: { end: string }[]): ChunkRef {
  return { file: part.file, start: part.start, end: part.end, maxEnd: maxDay(events, part.start), events: part.to - part.from };
}

/** The chunk files' contents and the manifest for a dataset (events sorted as Dataset.events). */
export function chunkDataset(dataset: Dataset, maxEvents = CHUNK_MAX_EVENTS): { manifest: Manifest; chunks: { file: string; chunk: EventChunk }[] } {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const parts = partitionDays(dayCounts(dataset.events), maxEvents).map((p) => ({ ...p, events: dataset.events.slice(p.from, p.to) }));
  const refs: ChunkRef[] = parts.map((p) => chunkRef(p, p.events));
  const chunks = parts.map((p) => {
    const ids = [...new Set(p.events.flatMap((e) => e.sources.map((s) => s.article)))].sort();
    const chunk: EventChunk = { version: MANIFEST_VERSION, start: p.start, end: p.end, events: p.events, articles: ids.map((id) => articles.get(id)!) };
    return { file: p.file, chunk };
  });
  const firstDay = dataset.events[0]?.start ?? null;
  return { manifest: manifestFor(dataset.generator, dataset.articles.length, firstDay, refs, overviewOf(dataset.events)), chunks };
}

/** The manifest, given the first event's start day, the chunks' entries (in order) and the overview. */
export function manifestFor(generator: string, articles: number, firstDay: string | null, chunks: ChunkRef[], overview: Overview): Manifest {
  const events = chunks.reduce((n, c) => n + c.events, 0);
  return {
    version: MANIFEST_VERSION,
    generator,
    extent: firstDay === null ? null : { start: firstDay, end: chunks.reduce((d, c) => (c.maxEnd > d ? c.maxEnd : d), firstDay) },
    events,
    articles,
    chunks,
    actors: ACTORS_FILE,
    redirects: REDIRECTS_FILE,
    overview,
  };
}
