/**
 * Which events a view shows: the filter criteria and the pure functions that apply them. Shared by
 * the list of events and the canvas timeline; the store only memoises these. The time window is
 * not a filter: it is where the view looks (see window.ts).
 */
import { foldText, includesAllWords, queryWords } from '../lib/text.ts';
import { SELF_ONLY, type CreditsOf } from './affiliations.ts';
import type { EventRecord, EventType } from './dataset.ts';

/** How several selected actors combine: an event must involve any one of them, or all of them. */
export type ActorMatch = 'any' | 'all';

export interface EventFilters {
  /** Actor ids; empty means no actor filter. */
  actors: string[];
  match: ActorMatch;
  /**
   * Also match the actors affiliated with a selected one (a country's officials and institutions,
   * an organisation's missions): an event counts for an actor and for everything it belongs to.
   */
  affiliated: boolean;
  /** Event types; empty means every type. */
  types: EventType[];
  /** Free text as typed; matched word by word, ignoring case and diacritics. */
  query: string;
}

export const NO_FILTERS: EventFilters = {
  actors: [],
  match: 'any',
  affiliated: false,
  types: [],
  query: '',
};

/** True when any criterion narrows the events (`match` and `affiliated` alone do not). */
export function hasFilters(f: EventFilters): boolean {
  return f.actors.length > 0 || f.types.length > 0 || f.query.trim() !== '';
}

/** The folded text a query is matched against: title and every source sentence. */
export function eventSearchText(event: EventRecord): string {
  return foldText([event.title, ...event.sources.map((s) => s.sentence)].join('\n'));
}

/** Looks up (and may cache) an event's search text; see eventSearchText. */
export type SearchTextOf = (event: EventRecord) => string;

/** How matching looks things up; the store passes cached versions. */
export interface MatchContext {
  searchTextOf?: SearchTextOf;
  /** Used when `affiliated` is on; without it every actor counts only as itself. */
  creditsOf?: CreditsOf;
}

/** The actor ids an event counts for: its actors, plus with `affiliated` what they belong to. */
export function creditedActors(
  event: EventRecord,
  f: EventFilters,
  creditsOf: CreditsOf = SELF_ONLY,
): readonly string[] {
  if (!f.affiliated) return event.actors;
  const ids = new Set<string>();
  for (const id of event.actors) for (const credited of creditsOf(id)) ids.add(credited);
  return [...ids];
}

/**
 * A predicate for the filters. `ignore` leaves one criterion out, which is how facet counts are
 * computed ("how many events would this actor add, given everything else").
 */
export function eventMatcher(
  f: EventFilters,
  context: MatchContext = {},
  ignore?: 'actors' | 'types',
): (event: EventRecord) => boolean {
  const { searchTextOf = eventSearchText, creditsOf } = context;
  const words = queryWords(f.query);
  const actors = ignore === 'actors' ? [] : f.actors;
  const types = ignore === 'types' ? [] : f.types;
  return (e) => {
    if (types.length > 0 && !types.includes(e.type)) return false;
    if (actors.length > 0) {
      const credited = creditedActors(e, f, creditsOf);
      const involved = (id: string): boolean => credited.includes(id);
      if (f.match === 'all' ? !actors.every(involved) : !actors.some(involved)) return false;
    }
    return words.length === 0 || includesAllWords(searchTextOf(e), words);
  };
}

export function filterEvents(
  events: readonly EventRecord[],
  f: EventFilters,
  context?: MatchContext,
): EventRecord[] {
  return events.filter(eventMatcher(f, context));
}

/**
 * Per actor, how many events it appears in under the current filters. With `any`, selecting one
 * more actor widens the view, so the actor selection is ignored and each count says what ticking
 * that actor contributes; with `all`, selecting narrows, so counts respect the selection.
 */
export function countByActor(
  events: readonly EventRecord[],
  f: EventFilters,
  context: MatchContext = {},
): Map<string, number> {
  const matches = eventMatcher(f, context, f.match === 'any' ? 'actors' : undefined);
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!matches(e)) continue;
    for (const id of creditedActors(e, f, context.creditsOf)) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/** Per event type, how many events match every other filter (types combine with "any"). */
export function countByType(
  events: readonly EventRecord[],
  f: EventFilters,
  context?: MatchContext,
): Map<EventType, number> {
  const matches = eventMatcher(f, context, 'types');
  const counts = new Map<EventType, number>();
  for (const e of events) if (matches(e)) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return counts;
}
