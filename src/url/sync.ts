/**
 * Keeps the address bar and the store in step:
 * - on start, the URL's view is applied to the store and the URL rewritten in canonical form;
 * - a change of selection or filters pushes a history entry, so back and forward walk through
 *   them; typing in the search box, moving the timeline (the view, which the timeline reports
 *   only once a gesture settles) and changes made as the dataset loads replace the entry instead;
 * - back/forward (popstate) applies the URL's view to the store.
 */
import type { DatelineState, DatelineStore } from '../store/store.ts';
import { formatUrlState, parseUrlState, type UrlState } from './codec.ts';

/** The parts of `window` used here, so tests can pass a fake. */
export interface HistoryHost {
  location: { pathname: string; search: string; hash: string };
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export function urlStateOf(state: DatelineState): UrlState {
  return { event: state.selectedEventId, filters: state.filters, view: state.view };
}

/** The link without its view and text query: what, if changed, deserves a history entry. */
function entryKey(s: DatelineState): string {
  return formatUrlState({
    event: s.selectedEventId,
    filters: { ...s.filters, query: '' },
    view: { from: null, to: null },
  });
}

/** Start syncing; returns a function that stops it. */
export function startUrlSync(store: DatelineStore, host: HistoryHost = window): () => void {
  const urlFor = (search: string): string =>
    `${host.location.pathname}${search}${host.location.hash}`;

  const applyLocation = (): void => {
    const { state, problems } = parseUrlState(host.location.search);
    store.getState().applyLink(state.event, state.filters, state.view, problems);
    // Show the canonical URL (malformed and unknown parameters dropped) without a new entry.
    const canonical = formatUrlState(urlStateOf(store.getState()));
    if (canonical !== host.location.search) host.history.replaceState(null, '', urlFor(canonical));
  };

  let applying = false;
  const onPopState = (): void => {
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
      next.filters === prev.filters &&
      next.view === prev.view
    ) {
      return;
    }
    const search = formatUrlState(urlStateOf(next));
    if (search === host.location.search) return;
    const replace = next.load !== prev.load || entryKey(next) === entryKey(prev);
    if (replace) host.history.replaceState(null, '', urlFor(search));
    else host.history.pushState(null, '', urlFor(search));
  });

  onPopState();
  host.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    host.removeEventListener('popstate', onPopState);
  };
}
