/**
 * Sources per event, capped (#13 item 2). Merging puts every report of an event on it: a record
 * that repeats one sentence thousands of times, or a feed of near-copies, would give one event
 * hundreds of thousands of sources, megabytes in one chunk and in the details panel. Beyond the
 * cap the rest are cut, after merging (so the event's date basis, modality, actors and merge
 * reasons still come from every report) and the build report names each event cut. Applied on
 * both build paths, the in-memory one (build.ts) and the incremental one (months.ts), which stay
 * byte-identical.
 */
import type { EventRecord } from '../../model/dataset.ts';

export const MAX_SOURCES_PER_EVENT = 1_000;

/** An event whose sources were cut: its id, title, how many sources it had and how many it kept. */
export interface SourcesCut {
  event: string;
  title: string;
  sources: number;
  kept: number;
}

/**
 * Keep the first `max` sources of each event (sources are sorted by publication, then article:
 * the earliest reports stay), in place; returns the events cut, in the order given.
 */
export function capSources(events: EventRecord[], max = MAX_SOURCES_PER_EVENT): SourcesCut[] {
  const cut: SourcesCut[] = [];
  for (const e of events) {
    if (e.sources.length <= max) continue;
    cut.push({ event: e.id, title: e.title, sources: e.sources.length, kept: max });
    e.sources = e.sources.slice(0, max);
  }
  return cut;
}

/** Events cut in several months, in one list for the build report (by event id: stable). */
export function sortCuts(cuts: SourcesCut[]): SourcesCut[] {
  return cuts.sort((a, b) => (a.event < b.event ? -1 : a.event > b.event ? 1 : 0));
}
