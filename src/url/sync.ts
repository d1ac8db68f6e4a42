/**
 * Keeps the address bar and the store in step:
 * - on start, the URL's view is applied to the store and the URL rewritten in canonical form;
 * - a change of selection or filters pushes a history entry, except typing in the search box
 *   (and changes made while the dataset loads, such as following a redirect), which replace it;
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
  return { event: state.selectedEventId, filters: state.filters };
}

/** True when the two states differ in the text query and nothing else. */
function onlyQueryChanged(a: DatelineState, b: DatelineState): boolean {
  const fa = a.filters;
  const fb = b.filters;
  return (
    a.selectedEventId === b.selectedEventId &&
    fa.query !== fb.query &&
    formatUrlState({ event: null, filters: { ...fa, query: '' } }) ===
      formatUrlState({ event: null, filters: { ...fb, query: '' } })
  );
}

/** Start syncing; returns a function that stops it. */
export function startUrlSync(store: DatelineStore, host: HistoryHost = window): () => void {
  const urlFor = (search: string): string =>
    `${host.location.pathname}${search}${host.location.hash}`;

  const applyLocation = (): void => {
    const { state, ignored } = parseUrlState(host.location.search);
    if (ignored.length > 0)
      console.warn(`Dateline: ignored malformed URL parameters: ${ignored.join(', ')}`);
    store.getState().applyView(state.event, state.filters);
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
    if (next.selectedEventId === prev.selectedEventId && next.filters === prev.filters) return;
    const search = formatUrlState(urlStateOf(next));
    if (search === host.location.search) return;
    const replace = next.load !== prev.load || onlyQueryChanged(prev, next);
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
