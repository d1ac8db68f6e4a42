/**
 * Keeps the address bar and the store in step:
 * - on start, the URL's view is applied to the store and the URL rewritten in canonical form;
 * - a change of selection or filters pushes a history entry, so back and forward walk through
 *   them; typing in the search box, moving the timeline (the view, which the timeline reports
 *   only once a gesture settles) and changes made as the dataset loads replace the entry instead;
 * - while typing, the entry is replaced once typing pauses (TYPING_URL_DELAY_MS), not at every
 *   keystroke: each write costs the keystroke's repaint a few milliseconds, and Safari refuses
 *   more than 100 history writes in 30 seconds; anything else writes the pending text first;
 * - back/forward (popstate) applies the URL's view to the store.
 */
import type { DatelineState, DatelineStore } from '../store/store.ts';
import { formatUrlState, parseUrlState, type UrlState } from './codec.ts';

/** How long typing must pause before the address bar follows the search box. */
export const TYPING_URL_DELAY_MS = 400;

/** The parts of `window` used here, so tests can pass a fake. */
export interface HistoryHost {
  location: { pathname: string; search: string; hash: string };
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export function urlStateOf(state: DatelineState): UrlState {
  return {
    actor: state.actorPage,
    event: state.selectedEventId,
    filters: state.filters,
    view: state.view,
    embed: state.embed,
    lanes: state.lanes,
  };
}

/** The link without its view and text query: what, if changed, deserves a history entry. */
function entryKey(s: DatelineState): string {
  return formatUrlState({
    actor: s.actorPage,
    event: s.selectedEventId,
    filters: { ...s.filters, query: '' },
    view: { from: null, to: null },
    embed: s.embed,
    lanes: s.lanes,
  });
}

/** Start syncing; returns a function that stops it. */
export function startUrlSync(store: DatelineStore, host: HistoryHost = window): () => void {
  const urlFor = (search: string): string =>
    `${host.location.pathname}${search}${host.location.hash}`;

  const applyLocation = (): void => {
    const { state, problems } = parseUrlState(host.location.search);
    store.getState().applyLink(state, problems);
    // Show the canonical URL (malformed and unknown parameters dropped) without a new entry.
    const canonical = formatUrlState(urlStateOf(store.getState()));
    if (canonical !== host.location.search) host.history.replaceState(null, '', urlFor(canonical));
  };

  // The link while typing, written once typing pauses (or before any other change of the URL).
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending !== null && pending !== host.location.search)
      host.history.replaceState(null, '', urlFor(pending));
    pending = null;
  };

  let applying = false;
  const onPopState = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
    applying = true;
    try {
      applyLocation();
    } finally {
      applying = false;
    }
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (applying) return;
    if (
      next.selectedEventId === prev.selectedEventId &&
      next.actorPage === prev.actorPage &&
      next.lanes === prev.lanes &&
      next.filters === prev.filters &&
      next.view === prev.view
    ) {
      return;
    }
    const search = formatUrlState(urlStateOf(next));
    const replace = next.load !== prev.load || entryKey(next) === entryKey(prev);
    if (replace && next.filters.query !== prev.filters.query) {
      pending = search;
      timer ??= setTimeout(flush, TYPING_URL_DELAY_MS);
      return;
    }
    flush();
    if (search === host.location.search) return;
    if (replace) host.history.replaceState(null, '', urlFor(search));
    else host.history.pushState(null, '', urlFor(search));
  });

  onPopState();
  host.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    flush();
    host.removeEventListener('popstate', onPopState);
  };
}
