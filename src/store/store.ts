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
import { indexById, resolveEventId } from '../model/lookup.ts';
import { NO_BOUNDS, type ViewBounds } from '../model/window.ts';

export type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; dataset: Dataset };

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

  datasetLoaded(dataset: Dataset): void;
  datasetFailed(message: string): void;
  selectEvent(id: string | null): void;
  toggleActor(id: string): void;
  /** Replace the actor filter with this one actor. */
  showOnlyActor(id: string): void;
  setMatch(match: ActorMatch): void;
  setAffiliated(affiliated: boolean): void;
  toggleType(type: EventType): void;
  setQuery(query: string): void;
  clearFilters(): void;
  /** Look at this window (from the timeline when a gesture settles). */
  setView(view: ViewBounds): void;
  /** Back to the default view: all the matching events. */
  resetView(): void;
  dismissLinkProblems(): void;
  /** Replace selection, filters and view at once (from the URL, on start and on back/forward). */
  applyLink(
    selectedEventId: string | null,
    filters: EventFilters,
    view: ViewBounds,
    problems: LinkProblem[],
  ): void;
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export type DatelineStore = StoreApi<DatelineState>;

export function createDatelineStore(): DatelineStore {
  return createStore<DatelineState>()((set) => {
    const setFilters = (change: (f: EventFilters) => Partial<EventFilters>): void =>
      set((s) => ({ filters: { ...s.filters, ...change(s.filters) } }));

    return {
      load: { status: 'loading' },
      selectedEventId: null,
      filters: NO_FILTERS,
      view: NO_BOUNDS,
      linkProblems: [],

      datasetLoaded: (dataset) =>
        set((s) => {
          // A former id (from an old link) becomes the id of the event it was merged into.
          const id = s.selectedEventId;
          const resolved =
            id === null ? null : resolveEventId(id, indexById(dataset.events), dataset.redirects);
          return { load: { status: 'ready', dataset }, selectedEventId: resolved?.id ?? id };
        }),
      datasetFailed: (message) => set({ load: { status: 'error', message } }),
      selectEvent: (id) => set({ selectedEventId: id }),
      toggleActor: (id) => setFilters((f) => ({ actors: toggled(f.actors, id) })),
      showOnlyActor: (id) => setFilters(() => ({ actors: [id] })),
      setMatch: (match) => setFilters(() => ({ match })),
      setAffiliated: (affiliated) => setFilters(() => ({ affiliated })),
      toggleType: (type) => setFilters((f) => ({ types: toggled(f.types, type) })),
      setQuery: (query) => setFilters(() => ({ query })),
      clearFilters: () => set({ filters: NO_FILTERS }),
      setView: (view) =>
        set((s) => (s.view.from === view.from && s.view.to === view.to ? s : { view })),
      resetView: () => set({ view: NO_BOUNDS }),
      dismissLinkProblems: () => set({ linkProblems: [] }),
      applyLink: (selectedEventId, filters, view, problems) =>
        set({ selectedEventId, filters, view, linkProblems: problems }),
    };
  });
}

/** The app's store instance. Tests create their own with createDatelineStore(). */
export const datelineStore = createDatelineStore();

/** React hook: a slice of the app store; the selector must return stable references. */
export function useDateline<T>(selector: (state: DatelineState) => T): T {
  return useStore(datelineStore, selector);
}
