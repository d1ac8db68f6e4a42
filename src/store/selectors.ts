/**
 * Derived data, memoised on the identity of its inputs. Each selector returns the same object
 * until the dataset or the relevant state changes, so it can be used directly with useDateline
 * (and by the timeline bridge, which compares results by reference).
 */
import { memoizeLast } from '../lib/memoize-last.ts';
import { affiliationCredits } from '../model/affiliations.ts';
import type {
  ActorRecord,
  ArticleRecord,
  Dataset,
  EventRecord,
  EventType,
} from '../model/dataset.ts';
import {
  countByActor,
  countByType,
  eventSearchText,
  filterEvents,
  type MatchContext,
  type SearchTextOf,
} from '../model/filter.ts';
import { indexById, resolveEventId } from '../model/lookup.ts';
import {
  eventWindow,
  extentOf,
  fitWindow,
  overlaps,
  resolveWindow,
  viewLimits,
  type TimeWindow,
  type ViewLimits,
} from '../model/window.ts';
import type { DatelineState } from './store.ts';

const NO_EVENTS: EventRecord[] = [];
const NO_ACTORS: ActorRecord[] = [];
const NO_INDEX = new Map<string, never>();
const NO_COUNTS = new Map<never, number>();

export function selectDataset(state: DatelineState): Dataset | null {
  return state.load.status === 'ready' ? state.load.dataset : null;
}

export function selectAllEvents(state: DatelineState): EventRecord[] {
  return selectDataset(state)?.events ?? NO_EVENTS;
}

export function selectActors(state: DatelineState): ActorRecord[] {
  return selectDataset(state)?.actors ?? NO_ACTORS;
}

const actorIndex = memoizeLast((actors: ActorRecord[]) => indexById(actors));
const articleIndex = memoizeLast((articles: ArticleRecord[]) => indexById(articles));
const eventIndex = memoizeLast((events: EventRecord[]) => indexById(events));

export function selectActorsById(state: DatelineState): ReadonlyMap<string, ActorRecord> {
  const d = selectDataset(state);
  return d ? actorIndex(d.actors) : NO_INDEX;
}

export function selectArticlesById(state: DatelineState): ReadonlyMap<string, ArticleRecord> {
  const d = selectDataset(state);
  return d ? articleIndex(d.articles) : NO_INDEX;
}

/** Folding every sentence on each keystroke adds up, so search text is cached per dataset. */
const searchTexts = memoizeLast((_events: EventRecord[]): SearchTextOf => {
  const cache = new WeakMap<EventRecord, string>();
  return (e) => {
    let text = cache.get(e);
    if (text === undefined) cache.set(e, (text = eventSearchText(e)));
    return text;
  };
});

const matchContext = memoizeLast((events: EventRecord[], actors: ActorRecord[]): MatchContext => ({
  searchTextOf: searchTexts(events),
  creditsOf: affiliationCredits(actors),
}));

function contextOf(d: Dataset): MatchContext {
  return matchContext(d.events, d.actors);
}

const filtered = memoizeLast((d: Dataset, filters: DatelineState['filters']) =>
  filterEvents(d.events, filters, contextOf(d)),
);

/** The events the current filters let through, in dataset order (by start date). */
export function selectFilteredEvents(state: DatelineState): EventRecord[] {
  const d = selectDataset(state);
  return d ? filtered(d, state.filters) : NO_EVENTS;
}

const actorCounts = memoizeLast((d: Dataset, filters: DatelineState['filters']) =>
  countByActor(d.events, filters, contextOf(d)),
);

/** Events per actor id within the current filters (see countByActor for the `any` rule). */
export function selectActorCounts(state: DatelineState): ReadonlyMap<string, number> {
  const d = selectDataset(state);
  return d ? actorCounts(d, state.filters) : NO_COUNTS;
}

const typeCounts = memoizeLast((d: Dataset, filters: DatelineState['filters']) =>
  countByType(d.events, filters, contextOf(d)),
);

export function selectTypeCounts(state: DatelineState): ReadonlyMap<EventType, number> {
  const d = selectDataset(state);
  return d ? typeCounts(d, state.filters) : NO_COUNTS;
}

const dataExtent = memoizeLast((events: EventRecord[]) => extentOf(events));
const limits = memoizeLast((extent: TimeWindow | null) => viewLimits(extent));

/** The span of the whole dataset (null when it has no events). */
export function selectDataExtent(state: DatelineState): TimeWindow | null {
  return dataExtent(selectAllEvents(state));
}

/** How far the timeline may zoom and pan: set by the whole dataset, so filters never move it. */
export function selectViewLimits(state: DatelineState): ViewLimits {
  return limits(selectDataExtent(state));
}

const fitted = memoizeLast((matching: EventRecord[], all: EventRecord[]) =>
  fitWindow(extentOf(matching) ?? dataExtent(all)),
);

/** The default view: every matching event (every event when nothing matches). */
export function selectFittedWindow(state: DatelineState): TimeWindow {
  return fitted(selectFilteredEvents(state), selectAllEvents(state));
}

const display = memoizeLast(
  (view: DatelineState['view'], fit: TimeWindow, viewLimits: ViewLimits) =>
    resolveWindow(view, fit, viewLimits),
);

/** The window the timeline shows once it settles: the link's bounds over the default view. */
export function selectDisplayWindow(state: DatelineState): TimeWindow {
  return display(state.view, selectFittedWindow(state), selectViewLimits(state));
}

const windows = new WeakMap<EventRecord, TimeWindow>();
function windowOf(e: EventRecord): TimeWindow {
  let w = windows.get(e);
  if (!w) windows.set(e, (w = eventWindow(e)));
  return w;
}

const inView = memoizeLast((events: EventRecord[], win: TimeWindow) =>
  events.filter((e) => overlaps(windowOf(e), win)),
);

/** The matching events that overlap the displayed window, by start date. */
export function selectEventsInView(state: DatelineState): EventRecord[] {
  return inView(selectFilteredEvents(state), selectDisplayWindow(state));
}

/** What the selected id amounts to once the dataset is known. */
export type Selection =
  | { kind: 'none' }
  | { kind: 'event'; event: EventRecord }
  /** The id is not in the dataset (nor redirected); the view says so. */
  | { kind: 'missing'; id: string };

const NONE: Selection = { kind: 'none' };

const selection = memoizeLast((id: string | null, dataset: Dataset | null): Selection => {
  if (id === null || dataset === null) return NONE;
  const event = resolveEventId(id, eventIndex(dataset.events), dataset.redirects);
  return event ? { kind: 'event', event } : { kind: 'missing', id };
});

export function selectSelection(state: DatelineState): Selection {
  return selection(state.selectedEventId, selectDataset(state));
}

export interface Neighbours {
  previous: EventRecord | null;
  next: EventRecord | null;
}

const NO_NEIGHBOURS: Neighbours = { previous: null, next: null };

const neighbours = memoizeLast((events: EventRecord[], sel: Selection): Neighbours => {
  if (sel.kind !== 'event') return NO_NEIGHBOURS;
  const i = events.indexOf(sel.event);
  if (i < 0) return NO_NEIGHBOURS;
  return { previous: events[i - 1] ?? null, next: events[i + 1] ?? null };
});

/** The matching events before and after the selected one (in date order). */
export function selectNeighbours(state: DatelineState): Neighbours {
  return neighbours(selectFilteredEvents(state), selectSelection(state));
}
