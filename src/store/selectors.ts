/**
 * Derived data, memoised on the identity of its inputs. Each selector returns the same object
 * until the dataset or the relevant state changes, so it can be used directly with useDateline
 * (and by the timeline bridge, which compares results by reference).
 */
import { memoizeLast } from '../lib/memoize-last.ts';
import { readingOrder } from '../model/reading-order.ts';
import { affiliationCredits, SELF_ONLY, type CreditsOf } from '../model/affiliations.ts';
import {
  EVENT_TYPES,
  type ActorRecord,
  type ArticleRecord,
  type Dataset,
  type EventRecord,
  type EventType,
} from '../model/dataset.ts';
import {
  ActorNumbering,
  EventColumns,
  eventSearchText,
  FilterIndex,
  type EventFilters,
  type FilterResult,
  type MatchContext,
  type SearchTextOf,
} from '../model/filter.ts';
import { queryWords } from '../lib/text.ts';
import { JoinedTextIndex, TextIndexBuilder, type TextIndex, type TextMatcher } from '../model/text-index.ts';
import { Vocabulary } from '../model/vocabulary.ts';
import { indexById, resolveEventId } from '../model/lookup.ts';
import { indexOfArticles, partsOf } from './parts.ts';
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
import { dayToMs } from '../model/dates.ts';
import type { Overview } from '../model/manifest.ts';
import type { Catalog, DatelineState } from './store.ts';

const NO_EVENTS: EventRecord[] = [];
const NO_ACTORS: ActorRecord[] = [];
const NO_INDEX = new Map<string, never>();
const NO_COUNTS = new Map<never, number>();

export function selectDataset(state: DatelineState): Dataset | null {
  return state.load.status === 'ready' ? state.load.dataset : null;
}

export function selectCatalog(state: DatelineState): Catalog | null {
  return state.load.status === 'ready' ? state.load.catalog : null;
}

/** Whether every event is loaded (always with dataset.json; with chunks, once all are in). */
export function selectComplete(state: DatelineState): boolean {
  return selectCatalog(state)?.complete ?? true;
}

/** Events in the whole dataset, loaded or not. */
export function selectTotalEvents(state: DatelineState): number {
  return selectCatalog(state)?.events ?? 0;
}

/** The loaded events (all of them unless a chunked build is loaded in part). */
export function selectAllEvents(state: DatelineState): EventRecord[] {
  return selectDataset(state)?.events ?? NO_EVENTS;
}

export function selectActors(state: DatelineState): ActorRecord[] {
  return selectDataset(state)?.actors ?? NO_ACTORS;
}

const actorIndex = memoizeLast((actors: ActorRecord[]) => indexById(actors));
const articleIndex = memoizeLast(
  (articles: ArticleRecord[]) => indexOfArticles(articles) ?? indexById(articles),
);
const eventIndex = memoizeLast((events: EventRecord[]) => indexById(events));

export function selectActorsById(state: DatelineState): ReadonlyMap<string, ActorRecord> {
  const d = selectDataset(state);
  return d ? actorIndex(d.actors) : NO_INDEX;
}

const publishedRange = memoizeLast((articles: ArticleRecord[]) => {
  if (articles.length === 0) return null;
  let first = articles[0]!.published;
  let last = first;
  for (const a of articles) {
    if (a.published < first) first = a.published;
    if (a.published > last) last = a.published;
  }
  return { first, last };
});

/** The first and the last publication day of the articles (null without articles). */
export function selectPublishedRange(state: DatelineState): { first: string; last: string } | null {
  const d = selectDataset(state);
  return d ? publishedRange(d.articles) : null;
}

export function selectArticlesById(state: DatelineState): ReadonlyMap<string, ArticleRecord> {
  const d = selectDataset(state);
  return d ? articleIndex(d.articles) : NO_INDEX;
}

/**
 * Folding every sentence on each keystroke adds up, so an event's search text is kept with it
 * (it depends on nothing else): loaded chunks joined again keep theirs.
 */
const searchTextCache = new WeakMap<EventRecord, string>();
const searchText: SearchTextOf = (e) => {
  let text = searchTextCache.get(e);
  if (text === undefined) searchTextCache.set(e, (text = eventSearchText(e)));
  return text;
};

const matchContext = memoizeLast(
  (events: EventRecord[], actors: ActorRecord[], articles: ArticleRecord[]): MatchContext => {
    const articlesById = articleIndex(articles);
    return {
      searchTextOf: searchText,
      creditsOf: affiliationCredits(actors),
      // Sources are sorted by publication: the first one's article was published first.
      firstPublished: (e) => articlesById.get(e.sources[0]?.article ?? '')?.published ?? '',
    };
  },
);

function contextOf(d: Dataset): MatchContext {
  return matchContext(d.events, d.actors, d.articles);
}

/**
 * Words a vocabulary may number before the next chunk's index starts a new one. Words are never
 * removed, and a long session at a million events loads and drops many chunks, or a live dataset
 * is read again and again: this bounds what the words of chunks gone keep. An index keeps its own
 * vocabulary, so indexes of two vocabularies joined still answer right.
 */
const MAX_VOCABULARY_WORDS = 500_000;
/** The words of the chunks' events, numbered once for all the chunks' text indexes (vocabulary.ts). */
let vocabulary = new Vocabulary();
/** A chunk's text index, made once while the chunk stays loaded. */
const partTextIndexes = new WeakMap<readonly EventRecord[], TextIndex>();
/** Chunks' text indexes on their way, a slice of events at a time (warmFilters). */
const building = new WeakMap<readonly EventRecord[], TextIndexBuilder>();

function builderOf(part: readonly EventRecord[]): TextIndexBuilder {
  let builder = building.get(part);
  if (!builder) {
    if (vocabulary.size > MAX_VOCABULARY_WORDS) vocabulary = new Vocabulary();
    building.set(part, (builder = new TextIndexBuilder(part, searchText, vocabulary)));
  }
  return builder;
}

function partTextIndex(part: readonly EventRecord[]): TextIndex {
  let index = partTextIndexes.get(part);
  if (!index) {
    partTextIndexes.set(part, (index = builderOf(part).index()));
    building.delete(part);
  }
  return index;
}

/**
 * The text of every event in one index, made at the first search of a dataset: for the chunks of
 * a chunked build, each chunk's joined (parts.ts).
 */
const textIndex = memoizeLast((events: EventRecord[]): TextMatcher => {
  const parts = partsOf(events);
  return parts && parts.length > 1
    ? new JoinedTextIndex(parts.map(partTextIndex))
    : partTextIndex(events);
});

/** Which events contain the query's words (per event, aligned with the dataset's events). */
const textMatches = memoizeLast((events: EventRecord[], query: string): Uint8Array | undefined => {
  const words = queryWords(query);
  return words.length === 0 ? undefined : textIndex(events).matching(words);
});

/** Events folded and indexed between two looks at the clock: a millisecond or so. */
const WARM_SLICE = 250;

/**
 * Prepare the search and the filters for the loaded events ahead of the first keystroke, a slice
 * at a time while `hasTime()` (call it from idle callbacks until it returns true). A chunked
 * build is prepared chunk by chunk, and a chunk once: a chunk that arrives later leaves the
 * others' texts and indexes as they are. A chunk's text index is read in slices too (a chunk of
 * 20,000 events at a million took about 40 ms at once).
 */
export function warmFilters(state: DatelineState, hasTime: () => boolean): boolean {
  const d = selectDataset(state);
  if (!d) return true;
  const parts = partsOf(d.events) ?? [d.events];
  for (const part of parts) {
    if (partTextIndexes.has(part)) continue;
    const builder = builderOf(part);
    while (!builder.done && hasTime()) builder.add(WARM_SLICE);
    if (!builder.done || !hasTime()) return false;
    partTextIndex(part);
  }
  if (!hasTime()) return false;
  textIndex(d.events);
  vocabulary.seal();
  filterIndex(d.events);
  return true;
}

/** Each loaded chunk's columns, made when it arrives and kept while it stays. */
const chunkColumns = new WeakMap<readonly EventRecord[], EventColumns>();
/**
 * One numbering of actors for every chunk: joining the loaded chunks' columns at each arrival is
 * then a copy (at a million events, renumbering every chunk's actors was about half of the join).
 */
const chunkActors = new ActorNumbering();
function columnsOfChunk(events: EventRecord[]): EventColumns {
  let c = chunkColumns.get(events);
  if (!c) chunkColumns.set(events, (c = new EventColumns(events, undefined, chunkActors)));
  return c;
}

/**
 * Actors and types of the events as typed arrays, once per dataset: for the chunks of a chunked
 * build, each chunk's joined (parts.ts), so a chunk's arrival reads only its own events.
 */
const columns = memoizeLast((events: EventRecord[]) => {
  const parts = partsOf(events);
  return parts && parts.length > 1
    ? EventColumns.concat(parts.map(columnsOfChunk))
    : new EventColumns(events);
});

/** The events of each actor, once per dataset. */
const filterIndex = memoizeLast(
  (events: EventRecord[]) => new FilterIndex(events, columns(events)),
);

/** Matching events and facet counts, per change of the filters (see FilterIndex). */
const filtered = memoizeLast((d: Dataset, filters: DatelineState['filters']): FilterResult =>
  filterIndex(d.events).run(filters, contextOf(d), textMatches(d.events, filters.query)),
);

const NO_RESULT: FilterResult = {
  events: NO_EVENTS,
  indices: new Uint32Array(0),
  actorCounts: new Map(),
  typeCounts: new Map(),
};

const laneFilters = memoizeLast((filters: EventFilters): EventFilters => ({
  ...filters,
  actors: [],
}));

/**
 * The filters that pick the events: the state's, except that with actor lanes the selected
 * actors make lanes instead of narrowing (every event passing the rest is in a lane, or in
 * "Others").
 */
export function selectMatchFilters(state: DatelineState): EventFilters {
  return state.lanes && state.filters.actors.length > 0
    ? laneFilters(state.filters)
    : state.filters;
}

/** How an event's actors count under the filters (with affiliates, for what they belong to). */
export function selectCreditsOf(state: DatelineState): CreditsOf {
  const d = selectDataset(state);
  return d ? (contextOf(d).creditsOf ?? SELF_ONLY) : SELF_ONLY;
}

/** The matching events with their indexes in the loaded events, and the facet counts. */
export function selectFilterResult(state: DatelineState): FilterResult {
  const d = selectDataset(state);
  return d ? filtered(d, selectMatchFilters(state)) : NO_RESULT;
}

/** The loaded events' actors, types and windows as typed arrays (see EventColumns). */
export function selectColumns(state: DatelineState): EventColumns {
  return columns(selectAllEvents(state));
}

/** The events the current filters let through, in dataset order (by start date). */
export function selectFilteredEvents(state: DatelineState): EventRecord[] {
  const d = selectDataset(state);
  return d ? filtered(d, selectMatchFilters(state)).events : NO_EVENTS;
}

const globalActorCounts = memoizeLast(
  (actors: ActorRecord[]) => new Map(actors.map((a) => [a.id, a.eventCount])),
);

const globalTypeCounts = memoizeLast((overview: Overview) => {
  const counts = new Map<EventType, number>();
  for (const bin of overview.bins) {
    bin.types.forEach((n, i) => {
      const type = overview.types[i];
      if (type && n > 0) counts.set(type, (counts.get(type) ?? 0) + n);
    });
  }
  return counts;
});

/**
 * Not every event loaded, and nothing but `only` filtering: the whole dataset's counts apply.
 * (Neither the manifest nor the actors count events by date basis or text.)
 */
function wholeCounts(state: DatelineState, only: 'types' | 'actors'): boolean {
  const catalog = selectCatalog(state);
  const f = selectMatchFilters(state);
  if (
    !catalog ||
    catalog.complete ||
    queryWords(f.query).length > 0 ||
    f.hidePublicationDated ||
    f.keyOnly ||
    f.asOf !== null
  )
    return false;
  return only === 'types'
    ? f.actors.length === 0
    : f.types.length === 0 && f.match === 'any' && !f.affiliated;
}

/**
 * Events per actor id within the current filters (see countByActor for the `any` rule). While not
 * every event is loaded, the actors' own counts when they are exact (no other filter), else
 * counts of the loaded events.
 */
export function selectActorCounts(state: DatelineState): ReadonlyMap<string, number> {
  const d = selectDataset(state);
  if (d && wholeCounts(state, 'actors')) return globalActorCounts(d.actors);
  return d ? filtered(d, selectMatchFilters(state)).actorCounts : NO_COUNTS;
}

/** Events per type under the other filters (from the manifest's overview when that is exact). */
export function selectTypeCounts(state: DatelineState): ReadonlyMap<EventType, number> {
  const d = selectDataset(state);
  const overview = selectCatalog(state)?.overview;
  if (d && overview && wholeCounts(state, 'types')) return globalTypeCounts(overview);
  return d ? filtered(d, selectMatchFilters(state)).typeCounts : NO_COUNTS;
}

const limits = memoizeLast((extent: TimeWindow | null) => viewLimits(extent));

/** The span of the whole dataset (null when it has no events). */
export function selectDataExtent(state: DatelineState): TimeWindow | null {
  return selectCatalog(state)?.extent ?? null;
}

/** How far the timeline may zoom and pan: set by the whole dataset, so filters never move it. */
export function selectViewLimits(state: DatelineState): ViewLimits {
  return limits(selectDataExtent(state));
}

/** The smallest window covering the matching events, from the typed columns. */
function matchingExtent(result: FilterResult, cols: EventColumns): TimeWindow | null {
  const indices = result.indices;
  if (!indices) return extentOf(result.events);
  if (indices.length === 0) return null;
  let endMs = -Infinity;
  for (let k = 0; k < indices.length; k++) endMs = Math.max(endMs, cols.endMs[indices[k]!]!);
  // Sorted by start: the first starts first.
  return { startMs: cols.startMs[indices[0]!]!, endMs };
}

/**
 * The same window object while the window is the same: derived windows are compared by identity
 * downstream (the timeline moves when the displayed window changes), and new events arriving
 * (a chunk) must not look like a new default view.
 */
function stableWindow<Args extends unknown[]>(
  compute: (...args: Args) => TimeWindow,
): (...args: Args) => TimeWindow {
  let last: TimeWindow | null = null;
  return memoizeLast((...args: Args) => {
    const next = compute(...args);
    if (!last || last.startMs !== next.startMs || last.endMs !== next.endMs) last = next;
    return last;
  });
}

const fitted = stableWindow(
  (result: FilterResult, cols: EventColumns, extent: TimeWindow | null, complete: boolean) =>
    fitWindow((complete ? matchingExtent(result, cols) : null) ?? extent),
);

/**
 * The default view: every matching event (every event when nothing matches, or when not every
 * event is loaded: where the matching ones lie is then not known).
 */
export function selectFittedWindow(state: DatelineState): TimeWindow {
  return fitted(
    selectFilterResult(state),
    selectColumns(state),
    selectDataExtent(state),
    selectComplete(state),
  );
}

const display = stableWindow(
  (view: DatelineState['view'], fit: TimeWindow, viewLimits: ViewLimits) =>
    resolveWindow(view, fit, viewLimits),
);

/** The window the timeline shows once it settles: the link's bounds over the default view. */
export function selectDisplayWindow(state: DatelineState): TimeWindow {
  return display(state.view, selectFittedWindow(state), selectViewLimits(state));
}

const inView = memoizeLast((result: FilterResult, cols: EventColumns, win: TimeWindow) => {
  const { events, indices } = result;
  if (!indices) return events.filter((e) => overlaps(eventWindow(e), win));
  const out: EventRecord[] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    if (cols.startMs[i]! < win.endMs && cols.endMs[i]! > win.startMs) out.push(events[k]!);
  }
  // Every one of them (the whole extent in view): the same array, so nothing downstream changes.
  return out.length === events.length ? events : out;
});

/**
 * A person chose the window (a zoom, a pan, a selected span, a link's from/to); otherwise the
 * view fits every matching event.
 */
export function selectWindowChosen(state: DatelineState): boolean {
  return state.view.from !== null || state.view.to !== null;
}

/** The matching events that overlap the displayed window, by start date. */
export function selectEventsInView(state: DatelineState): EventRecord[] {
  return inView(selectFilterResult(state), selectColumns(state), selectDisplayWindow(state));
}

/** A sort into reading order remembering its last list (one per use, so uses do not evict each other). */
function readingOrderMemo(): (events: EventRecord[]) => EventRecord[] {
  return memoizeLast((events: EventRecord[]) => readingOrder(events));
}

/**
 * Events (those in view) as the list reads them: a year or a month after what is dated inside it
 * (model/reading-order.ts). Memoised on the array given, for the list alone: it sorts the events in
 * view once the timeline has repainted (a sort of 100,000 events takes about 20 ms), from what it
 * last showed, which may be a frame older than the store's (selectEventsInReadingOrder).
 */
export const inReadingOrder = readingOrderMemo();

const listed = readingOrderMemo();

/** The events in view as the list reads them: a year or a month after what is dated inside it. */
export function selectEventsInReadingOrder(state: DatelineState): EventRecord[] {
  return listed(selectEventsInView(state));
}

/** What the selected id amounts to once the dataset is known. */
export type Selection =
  | { kind: 'none' }
  | { kind: 'event'; event: EventRecord }
  /** Not loaded yet: the chunks of a chunked build are being searched for it. */
  | { kind: 'pending'; id: string }
  /** The id is not in the dataset (nor redirected); the view says so. */
  | { kind: 'missing'; id: string };

const NONE: Selection = { kind: 'none' };

const selection = memoizeLast(
  (
    id: string | null,
    dataset: Dataset | null,
    complete: boolean,
    notFound: string | null,
  ): Selection => {
    if (id === null || dataset === null) return NONE;
    const event = resolveEventId(id, eventIndex(dataset.events), dataset.redirects);
    if (event) return { kind: 'event', event };
    return complete || notFound === id ? { kind: 'missing', id } : { kind: 'pending', id };
  },
);

export function selectSelection(state: DatelineState): Selection {
  return selection(
    state.selectedEventId,
    selectDataset(state),
    selectComplete(state),
    state.notFoundId,
  );
}

function overlapsChunk(c: Catalog['chunks'][number], win: TimeWindow): boolean {
  return c.startMs < win.endMs && c.maxEndMs > win.startMs;
}

const viewLoaded = memoizeLast(
  (catalog: Catalog | null, win: TimeWindow) =>
    !catalog || catalog.complete || catalog.chunks.every((c) => c.loaded || !overlapsChunk(c, win)),
);

/** Every event that overlaps the displayed window is loaded (lists and counts there are exact). */
export function selectViewLoaded(state: DatelineState): boolean {
  return viewLoaded(selectCatalog(state), selectDisplayWindow(state));
}

const monthsMs = memoizeLast((overview: Overview | null) =>
  (overview?.bins ?? []).map((b) => {
    const startMs = dayToMs(`${b.month}-01`);
    const next = new Date(startMs);
    next.setUTCMonth(next.getUTCMonth() + 1);
    return { startMs, endMs: next.getTime(), events: b.events, types: b.types };
  }),
);

/** The manifest's monthly counts with their times (empty for dataset.json). */
export function selectOverviewMonths(
  state: DatelineState,
): { startMs: number; endMs: number; events: number; types: number[] }[] {
  return monthsMs(selectCatalog(state)?.overview ?? null);
}

const estimate = memoizeLast((months: ReturnType<typeof selectOverviewMonths>, win: TimeWindow) => {
  let n = 0;
  for (const m of months) {
    const overlap = Math.min(m.endMs, win.endMs) - Math.max(m.startMs, win.startMs);
    if (overlap > 0) n += (m.events * overlap) / (m.endMs - m.startMs);
  }
  return Math.round(n);
});

/** About how many events (before filters) start in the displayed window, from the manifest. */
export function selectEstimatedInView(state: DatelineState): number {
  return estimate(selectOverviewMonths(state), selectDisplayWindow(state));
}

/** The types the overview counts (the whole build's), once per catalog. */
const overviewTypes = memoizeLast((overview: Overview | null): ReadonlySet<EventType> => {
  const present = new Set<EventType>();
  for (const bin of overview?.bins ?? []) {
    bin.types.forEach((n, i) => {
      const type = overview!.types[i];
      if (n > 0 && type) present.add(type);
    });
  }
  return present;
});

/** From the loaded events' type column (no pass over their records) and the overview's. */
const presentTypes = memoizeLast((columns: EventColumns, overview: ReadonlySet<EventType>) => {
  const seen = new Uint8Array(EVENT_TYPES.length);
  for (let i = 0; i < columns.types.length; i++) seen[columns.types[i]!] = 1;
  const present = new Set<EventType>(EVENT_TYPES.filter((_, t) => seen[t] === 1));
  for (const type of overview) present.add(type);
  return present;
});

/** The event types the dataset uses (loaded or not). */
export function selectPresentTypes(state: DatelineState): ReadonlySet<EventType> {
  return presentTypes(selectColumns(state), overviewTypes(selectCatalog(state)?.overview ?? null));
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

const matchingInReadingOrder = readingOrderMemo();

/** The matching events before and after the selected one, in the order the list reads them. */
export function selectNeighbours(state: DatelineState): Neighbours {
  return neighbours(matchingInReadingOrder(selectFilteredEvents(state)), selectSelection(state));
}

/** Where a step through the events goes, and where it lands among the matching events. */
export interface Step {
  event: EventRecord;
  /** 1-based place among the matching events, in reading order. */
  position: number;
  total: number;
}

/**
 * The event one step later (1) or earlier (-1) than the selected one, in the order the list
 * reads them; with no selection (or one the filters hide), the first or last event in view, as
 * a reader starting from what is on screen expects. Null at either end.
 */
export function selectStep(state: DatelineState, direction: 1 | -1): Step | null {
  const ordered = matchingInReadingOrder(selectFilteredEvents(state));
  const sel = selectSelection(state);
  const at = sel.kind === 'event' ? ordered.indexOf(sel.event) : -1;
  const fromView = (): EventRecord | undefined => {
    const inView = selectEventsInReadingOrder(state);
    return direction > 0 ? inView[0] : inView.at(-1);
  };
  const event = at >= 0 ? ordered[at + direction] : fromView();
  if (!event) return null;
  return {
    event,
    position: (at >= 0 ? at + direction : ordered.indexOf(event)) + 1,
    total: ordered.length,
  };
}
