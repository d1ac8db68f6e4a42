/**
 * The app's single source of truth: the loaded dataset, the selected event, the filters and where
 * the timeline looks. Only state that cannot be derived lives here; everything computed from it is
 * in selectors.ts. The timeline's window while a gesture runs lives in the canvas engine; the view
 * here is what it settles on (and what the link says).
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset, EventType } from '../model/dataset.ts';
import { NO_FILTERS, type ActorMatch, type EventFilters } from '../model/filter.ts';
import { followRedirects, indexById, resolveEventId } from '../model/lookup.ts';
import type { Overview } from '../model/manifest.ts';
import { extentOf, NO_BOUNDS, type TimeWindow, type ViewBounds } from '../model/window.ts';

/** An event chunk of a chunked build (model/manifest.ts) and whether its events are loaded. */
export interface ChunkState {
  /** First instant of its period, and the end (exclusive) of its last day. */
  startMs: number;
  endMs: number;
  /** End (exclusive) of the latest day its events reach. */
  maxEndMs: number;
  events: number;
  loaded: boolean;
}

/** Events not loaded that start in one month, per type (in the order of EVENT_TYPES). */
export interface UnloadedMonth {
  startMs: number;
  endMs: number;
  counts: number[];
}

/**
 * What is known of the whole dataset, loaded or not. With `dataset.json` everything is loaded at
 * once; a chunked build loads the chunks around the view (all of them when it is small enough),
 * and `dataset` in the store then holds only the events of the loaded chunks.
 */
export interface Catalog {
  /** Events in the whole dataset. */
  events: number;
  articles: number;
  /** From the first event's first day to the end of the last one's; null when there are none. */
  extent: TimeWindow | null;
  /** Counts per month and type of every event (chunked builds); null for dataset.json. */
  overview: Overview | null;
  /** Every event is loaded: filters, counts and lists cover the whole dataset. */
  complete: boolean;
  /** How the events are loaded: all from dataset.json, all chunks of a small chunked build, or by time window. */
  loadedBy: 'file' | 'all chunks' | 'time window';
  /** The chunks of a chunked build, in time order; empty for dataset.json. */
  chunks: readonly ChunkState[];
  /** Counts of the events not loaded, by start month (from the manifest's overview). */
  unloaded: readonly UnloadedMonth[];
  /** Stretches of time some not-loaded event overlaps (sorted, disjoint). */
  unknown: readonly TimeWindow[];
  /** Chunks the current view needs are on their way. */
  loading: boolean;
}

export type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; dataset: Dataset; catalog: Catalog };

/** The catalog of a dataset that is loaded whole. */
export function completeCatalog(dataset: Dataset): Catalog {
  return {
    events: dataset.events.length,
    articles: dataset.articles.length,
    extent: extentOf(dataset.events),
    overview: null,
    complete: true,
    loadedBy: 'file',
    chunks: [],
    unloaded: [],
    unknown: [],
    loading: false,
  };
}

/** A parameter of a link that could not be used (and was left out), with its value as written. */
export interface LinkProblem {
  param: string;
  value: string;
}

export interface DatelineState {
  load: LoadState;
  /** As requested (URL or click); may name an event that does not exist (see selectSelection). */
  selectedEventId: string | null;
  filters: EventFilters;
  /** The timeline's window as the link writes it; a null side follows the matching events. */
  view: ViewBounds;
  /** What the last link applied could not use; shown until dismissed or the next link. */
  linkProblems: LinkProblem[];
  /** An event id looked for in every chunk of a chunked build, and not found. */
  notFoundId: string | null;
  /** The link asked for the embedded view (`embed=1`): the timeline alone, for an `<iframe>`. */
  embed: boolean;
  /**
   * The actor whose page is open (`actor=`): its profile above the timeline, which shows its
   * events. Always one of `filters.actors` (the filter changes that drop it close the page).
   */
  actorPage: string | null;
  /**
   * One lane per selected actor (`lanes=1`), and one for the other events: the actor filter then
   * picks the lanes instead of narrowing the events (selectMatchFilters).
   */
  lanes: boolean;

  datasetLoaded(dataset: Dataset): void;
  /** A chunked build's data: its first part, or more (or fewer) loaded chunks. */
  chunksLoaded(dataset: Dataset, catalog: Catalog): void;
  /**
   * A newer build replaces the data shown (store/live-data.ts): selection, filters and view stay;
   * a selected event merged into another follows it, one that is gone is reported missing.
   */
  dataReplaced(dataset: Dataset, catalog: Catalog): void;
  /** Every chunk was searched for this id in vain. */
  eventNotFound(id: string): void;
  /** The timeline now shows this window (every frame of a gesture): chunks around it may be loaded. */
  viewMoving(win: TimeWindow): void;
  /** Who listens to viewMoving (the chunk loader). */
  onViewMoving(listener: ((win: TimeWindow) => void) | null): void;
  datasetFailed(message: string): void;
  selectEvent(id: string | null): void;
  toggleActor(id: string): void;
  setMatch(match: ActorMatch): void;
  setAffiliated(affiliated: boolean): void;
  toggleType(type: EventType): void;
  /** Hide (or show again) the events dated only by their article's publication date. */
  setHidePublicationDated(hide: boolean): void;
  /** Show only key events (model/importance.ts), or every event again. */
  setKeyOnly(keyOnly: boolean): void;
  /** Show what had been reported by this day (YYYY-MM-DD), or everything (null). */
  setAsOf(day: string | null): void;
  setQuery(query: string): void;
  /** Every filter off (on an actor's page, every filter but that actor). */
  clearFilters(): void;
  /**
   * Open an actor's page: its events alone (no other filter), the window fitted to them, no
   * event selected, as the plain link `?actor=<id>` opens it.
   */
  openActor(id: string): void;
  /** Close the actor's page: its actor leaves the filter; the window stays. */
  closeActor(): void;
  /** Split the timeline into actor lanes, or join them again. */
  setLanes(on: boolean): void;
  /** Look at this window (from the timeline when a gesture settles). */
  setView(view: ViewBounds): void;
  /** Back to the default view: all the matching events. */
  resetView(): void;
  dismissLinkProblems(): void;
  /** Replace selection, filters, view and page at once (from the URL, on start and on back/forward). */
  applyLink(link: LinkView, problems: LinkProblem[]): void;
}

/** What a link says (url/codec.ts reads and writes it). */
export interface LinkView {
  /** The actor whose page is open; kept only when it is among `filters.actors`. */
  actor: string | null;
  /** Selected event id, as written in the link (it may not exist in the dataset). */
  event: string | null;
  filters: EventFilters;
  /** The timeline's window; see model/window.ts for the two spellings of a bound. */
  view: ViewBounds;
  /** Shown inside another page (an `<iframe>`): the timeline alone, with a link to the full app. */
  embed: boolean;
  /** One lane per selected actor. */
  lanes: boolean;
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export type DatelineStore = StoreApi<DatelineState>;

export function createDatelineStore(): DatelineStore {
  // Not state: nothing renders from it, and it is called every frame of a gesture.
  let viewListener: ((win: TimeWindow) => void) | null = null;
  return createStore<DatelineState>()((set) => {
    const setFilters = (change: (f: EventFilters) => Partial<EventFilters>): void =>
      set((s) => {
        const filters = { ...s.filters, ...change(s.filters) };
        // Leaving the page's actor out of the filter leaves the page.
        const keep = s.actorPage !== null && filters.actors.includes(s.actorPage);
        return { filters, actorPage: keep ? s.actorPage : null };
      });

    return {
      load: { status: 'loading' },
      selectedEventId: null,
      filters: NO_FILTERS,
      view: NO_BOUNDS,
      linkProblems: [],
      notFoundId: null,
      embed: false,
      actorPage: null,
      lanes: false,

      datasetLoaded: (dataset) =>
        set((s) => {
          // A former id (from an old link) becomes the id of the event it was merged into.
          const id = s.selectedEventId;
          const resolved =
            id === null ? null : resolveEventId(id, indexById(dataset.events), dataset.redirects);
          return {
            load: { status: 'ready', dataset, catalog: completeCatalog(dataset) },
            selectedEventId: resolved?.id ?? id,
          };
        }),
      chunksLoaded: (dataset, catalog) =>
        set((s) => {
          const load: LoadState = { status: 'ready', dataset, catalog };
          if (s.load.status === 'ready') return { load };
          // First part: the redirects are all there, so an old id can be followed at once.
          const id = s.selectedEventId;
          return {
            load,
            selectedEventId: id === null ? null : followRedirects(id, dataset.redirects),
          };
        }),
      dataReplaced: (dataset, catalog) =>
        set((s) => {
          const id = s.selectedEventId;
          const followed =
            id === null
              ? null
              : (resolveEventId(id, indexById(dataset.events), dataset.redirects)?.id ??
                followRedirects(id, dataset.redirects));
          // What was searched for in vain is searched for again in the new build.
          return {
            load: { status: 'ready', dataset, catalog },
            selectedEventId: followed,
            notFoundId: null,
          };
        }),
      eventNotFound: (id) => set({ notFoundId: id }),
      viewMoving: (win) => viewListener?.(win),
      onViewMoving: (listener) => {
        viewListener = listener;
      },
      datasetFailed: (message) => set({ load: { status: 'error', message } }),
      selectEvent: (id) => set({ selectedEventId: id }),
      toggleActor: (id) => setFilters((f) => ({ actors: toggled(f.actors, id) })),
      setMatch: (match) => setFilters(() => ({ match })),
      setAffiliated: (affiliated) => setFilters(() => ({ affiliated })),
      toggleType: (type) => setFilters((f) => ({ types: toggled(f.types, type) })),
      setHidePublicationDated: (hide) => setFilters(() => ({ hidePublicationDated: hide })),
      setKeyOnly: (keyOnly) => setFilters(() => ({ keyOnly })),
      setAsOf: (asOf) => setFilters(() => ({ asOf })),
      setQuery: (query) => setFilters(() => ({ query })),
      clearFilters: () =>
        set((s) => ({
          filters: s.actorPage === null ? NO_FILTERS : { ...NO_FILTERS, actors: [s.actorPage] },
        })),
      openActor: (id) =>
        set({
          actorPage: id,
          filters: { ...NO_FILTERS, actors: [id] },
          view: NO_BOUNDS,
          selectedEventId: null,
        }),
      closeActor: () =>
        set((s) => ({
          actorPage: null,
          filters: { ...s.filters, actors: s.filters.actors.filter((a) => a !== s.actorPage) },
        })),
      setView: (view) =>
        set((s) => (s.view.from === view.from && s.view.to === view.to ? s : { view })),
      resetView: () => set({ view: NO_BOUNDS }),
      dismissLinkProblems: () => set({ linkProblems: [] }),
      setLanes: (lanes) => set({ lanes }),
      applyLink: (link, problems) =>
        set({
          selectedEventId: link.event,
          filters: link.filters,
          view: link.view,
          linkProblems: problems,
          embed: link.embed,
          lanes: link.lanes,
          // As the link codec does: a page's actor is among the actor filters, or no page.
          actorPage:
            link.actor !== null && link.filters.actors.includes(link.actor) ? link.actor : null,
        }),
    };
  });
}

/** The app's store instance. Tests create their own with createDatelineStore(). */
export const datelineStore = createDatelineStore();

/** React hook: a slice of the app store; the selector must return stable references. */
export function useDateline<T>(selector: (state: DatelineState) => T): T {
  return useStore(datelineStore, selector);
}
