/**
 * The timeline's items, derived from the store once per change and shared by the canvas bridge
 * (TimelineView) and the page elements over it (LaneHeaders): the loaded events' items, the
 * matching ones, and with actor lanes (`lanes=1`) the items of each lane.
 */
import { memoizeLast } from '../lib/memoize-last.ts';
import type { CreditsOf } from '../model/affiliations.ts';
import type { EventRecord } from '../model/dataset.ts';
import { creditedActors, type EventFilters, type FilterResult } from '../model/filter.ts';
import { partsOf } from '../store/parts.ts';
import { selectAllEvents, selectCreditsOf, selectFilterResult } from '../store/selectors.ts';
import type { DatelineState } from '../store/store.ts';
import { timelineItems, type TimelineItem } from '../timeline/items.ts';

/** Each chunk's items, kept while its events are (a chunk's events are one array, store/parts.ts). */
const partItems = new WeakMap<readonly EventRecord[], TimelineItem[]>();

/**
 * Items of the loaded events, made once per set of loaded events. Events joined from chunks
 * (store/parts.ts) join their chunks' items: a chunk loaded or dropped costs a copy of the others'
 * items, not a look-up of every loaded event's (10 ms a commit with 200,000 events loaded).
 */
export const loadedItems = memoizeLast((events: EventRecord[]): TimelineItem[] => {
  const parts = partsOf(events);
  if (!parts) return timelineItems(events);
  const items: TimelineItem[][] = [];
  for (const part of parts) {
    let made = partItems.get(part);
    if (!made) partItems.set(part, (made = timelineItems(part)));
    items.push(made);
  }
  return ([] as TimelineItem[]).concat(...items);
});

/** Items of the matching events: picked from the loaded events' items by index. */
export const matchingItems = memoizeLast(
  (result: FilterResult, all: readonly TimelineItem[]): readonly TimelineItem[] => {
    const { indices } = result;
    if (!indices) return timelineItems(result.events);
    // Every loaded event matches: the same array, so the engine reuses what it built for it.
    if (indices.length === all.length) return all;
    const out = new Array<TimelineItem>(indices.length);
    for (let k = 0; k < indices.length; k++) out[k] = all[indices[k]!]!;
    return out;
  },
);

export function selectMatchingItems(state: DatelineState): readonly TimelineItem[] {
  return matchingItems(selectFilterResult(state), loadedItems(selectAllEvents(state)));
}

/** More lanes than this would each be too thin to read; the actors after them go to "Others". */
export const MAX_LANES = 8;

/** One lane: an actor's matching events, or (actor null) the matching events of none of them. */
export interface Lane {
  actor: string | null;
  items: readonly TimelineItem[];
}

/**
 * Each actor's lane (in the order selected, at most MAX_LANES), then "Others" when any event is
 * in no lane. An event of two lane actors is in both. An event counts for an actor as the actor
 * filter counts it: its own actors, and with `affiliated` what they belong to.
 */
export function splitIntoLanes(
  events: readonly EventRecord[],
  items: readonly TimelineItem[],
  actors: readonly string[],
  credited: (event: EventRecord) => readonly string[],
): Lane[] {
  const laneActors = [...new Set(actors)].slice(0, MAX_LANES);
  const lanes = laneActors.map((actor) => ({ actor, items: [] as TimelineItem[] }));
  const others: TimelineItem[] = [];
  for (let k = 0; k < events.length; k++) {
    const counted = credited(events[k]!);
    let placed = false;
    for (const lane of lanes) {
      if (!counted.includes(lane.actor)) continue;
      lane.items.push(items[k]!);
      placed = true;
    }
    if (!placed) others.push(items[k]!);
  }
  return others.length > 0 ? [...lanes, { actor: null, items: others }] : lanes;
}

const lanesOf = memoizeLast(
  (
    result: FilterResult,
    items: readonly TimelineItem[],
    filters: EventFilters,
    creditsOf: CreditsOf,
  ): Lane[] =>
    splitIntoLanes(result.events, items, filters.actors, (e) =>
      creditedActors(e, filters, creditsOf),
    ),
);

/** The lanes to draw, or null for one set of rows (lanes off, or no actor selected). */
export function selectLanes(state: DatelineState): Lane[] | null {
  if (!state.lanes || state.filters.actors.length === 0) return null;
  return lanesOf(
    selectFilterResult(state),
    selectMatchingItems(state),
    state.filters,
    selectCreditsOf(state),
  );
}
