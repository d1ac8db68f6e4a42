/**
 * Which events a view shows: the filter criteria and the pure functions that apply them. Shared by
 * the list view and (later) the canvas timeline; the store only memoises these.
 */
import { foldText, includesAllWords, queryWords } from '../lib/text.ts';
import type { EventRecord, EventType } from './dataset.ts';

/** How several selected actors combine: an event must involve any one of them, or all of them. */
export type ActorMatch = 'any' | 'all';

export interface EventFilters {
  /** Actor ids; empty means no actor filter. */
  actors: string[];
  match: ActorMatch;
  /** Event types; empty means every type. */
  types: EventType[];
  /** Free text as typed; matched word by word, ignoring case and diacritics. */
  query: string;
  /** Date window, YYYY-MM-DD, inclusive; null leaves that side open. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: EventFilters = {
  actors: [],
  match: 'any',
  types: [],
  query: '',
  from: null,
  to: null,
};

/** True when any criterion narrows the events (`match` alone does not). */
export function hasFilters(f: EventFilters): boolean {
  return (
    f.actors.length > 0 ||
    f.types.length > 0 ||
    f.query.trim() !== '' ||
    f.from !== null ||
    f.to !== null
  );
}

/** The folded text a query is matched against: title and every source sentence. */
export function eventSearchText(event: EventRecord): string {
  return foldText([event.title, ...event.sources.map((s) => s.sentence)].join('\n'));
}

/** Looks up (and may cache) an event's search text; see eventSearchText. */
export type SearchTextOf = (event: EventRecord) => string;

/**
 * A predicate for the filters. `ignore` leaves one criterion out, which is how facet counts are
 * computed ("how many events would this actor add, given everything else").
 */
export function eventMatcher(
  f: EventFilters,
  searchTextOf: SearchTextOf = eventSearchText,
  ignore?: 'actors' | 'types',
): (event: EventRecord) => boolean {
  const words = queryWords(f.query);
  const actors = ignore === 'actors' ? [] : f.actors;
  const types = ignore === 'types' ? [] : f.types;
  return (e) => {
    if (types.length > 0 && !types.includes(e.type)) return false;
    // Intervals overlap the window: the event may have happened inside it.
    if (f.from !== null && e.end < f.from) return false;
    if (f.to !== null && e.start > f.to) return false;
    if (actors.length > 0) {
      const involved = (id: string): boolean => e.actors.includes(id);
      if (f.match === 'all' ? !actors.every(involved) : !actors.some(involved)) return false;
    }
    return words.length === 0 || includesAllWords(searchTextOf(e), words);
  };
}

export function filterEvents(
  events: readonly EventRecord[],
  f: EventFilters,
  searchTextOf?: SearchTextOf,
): EventRecord[] {
  return events.filter(eventMatcher(f, searchTextOf));
}

/**
 * Per actor, how many events it appears in under the current filters. With `any`, selecting one
 * more actor widens the view, so the actor selection is ignored and each count says what ticking
 * that actor contributes; with `all`, selecting narrows, so counts respect the selection.
 */
export function countByActor(
  events: readonly EventRecord[],
  f: EventFilters,
  searchTextOf?: SearchTextOf,
): Map<string, number> {
  const matches = eventMatcher(f, searchTextOf, f.match === 'any' ? 'actors' : undefined);
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!matches(e)) continue;
    for (const id of e.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Per event type, how many events match every other filter (types combine with "any"). */
export function countByType(
  events: readonly EventRecord[],
  f: EventFilters,
  searchTextOf?: SearchTextOf,
): Map<EventType, number> {
  const matches = eventMatcher(f, searchTextOf, 'types');
  const counts = new Map<EventType, number>();
  for (const e of events) if (matches(e)) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return counts;
}
