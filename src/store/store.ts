/**
 * The app's single source of truth: the loaded dataset, the selected event and the filters.
 * Only state that cannot be derived lives here; everything computed from it is in selectors.ts.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset, EventType } from '../model/dataset.ts';
import { NO_FILTERS, type ActorMatch, type EventFilters } from '../model/filter.ts';
import { indexById, resolveEventId } from '../model/lookup.ts';

export type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; dataset: Dataset };

export interface DatelineState {
  load: LoadState;
  /** As requested (URL or click); may name an event that does not exist (see selectSelection). */
  selectedEventId: string | null;
  filters: EventFilters;

  datasetLoaded(dataset: Dataset): void;
  datasetFailed(message: string): void;
  selectEvent(id: string | null): void;
  toggleActor(id: string): void;
  /** Replace the actor filter with this one actor. */
  showOnlyActor(id: string): void;
  setMatch(match: ActorMatch): void;
  toggleType(type: EventType): void;
  setQuery(query: string): void;
  setDateWindow(from: string | null, to: string | null): void;
  clearFilters(): void;
  /** Replace selection and filters at once (from the URL, on start and on back/forward). */
  applyView(selectedEventId: string | null, filters: EventFilters): void;
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
      toggleType: (type) => setFilters((f) => ({ types: toggled(f.types, type) })),
      setQuery: (query) => setFilters(() => ({ query })),
      setDateWindow: (from, to) => setFilters(() => ({ from, to })),
      clearFilters: () => set({ filters: NO_FILTERS }),
      applyView: (selectedEventId, filters) => set({ selectedEventId, filters }),
    };
  });
}

/** The app's store instance. Tests create their own with createDatelineStore(). */
export const datelineStore = createDatelineStore();

/** React hook: a slice of the app store; the selector must return stable references. */
export function useDateline<T>(selector: (state: DatelineState) => T): T {
  return useStore(datelineStore, selector);
}
