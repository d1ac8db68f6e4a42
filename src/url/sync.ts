/**
 * Keeps the address bar and the store in step:
 * - on start, the URL's view is applied to the store and the URL rewritten in canonical form;
 * - a change of selection or filters pushes a history entry, so back and forward walk through
 *   them; typing in the search box, moving the timeline (the view, which the timeline reports
 *   only once a gesture settles) and changes made as the dataset loads replace the entry instead;
 * - while typing, the entry is replaced once typing pauses (TYPING_URL_DELAY_MS), not at every
 *   keystroke: each write costs the keystroke's repaint a few milliseconds, and Safari refuses
 *   more than 100 history writes in 30 seconds; anything else writes the pending text first;
 * - no write delays the frame a change asks for: Chrome spends 5-15 ms in a same-document
 *   navigation (pushState), a fifth of a filter's repaint at 100,000 events. A new entry is written
 *   right after that frame (before the list and the counts follow it, so back a moment later finds
 *   it); replacing the entry (a view moved, typing paused) waits for idle time, at most
 *   WRITE_WITHIN_MS. Writes keep their order, so each change still makes its entry;
 * - back/forward (popstate) applies the URL's view to the store. Each entry's state holds its place
 *   in the tab's history: back from a change not yet written (no entry of its own) lands one entry
 *   too far, and goes forward again to the entry shown before that change.
 */
import { afterNextPaint, whenIdle } from './after-paint.ts';
import type { DatelineState, DatelineStore } from '../store/store.ts';
import { formatUrlState, parseUrlState, type UrlState } from './codec.ts';

/** How long typing must pause before the address bar follows the search box. */
export const TYPING_URL_DELAY_MS = 400;

/** How long a replacing write may wait for the browser to be idle (and any write for a frame, in a hidden tab). */
const WRITE_WITHIN_MS = 300;

/** Runs the writes waiting (`entry`: one of them makes a new entry); returns a function that cancels. */
export type WriteScheduler = (write: () => void, entry: boolean) => () => void;

const scheduleWrites: WriteScheduler = (write, entry) =>
  entry ? afterNextPaint(write, WRITE_WITHIN_MS) : whenIdle(write, WRITE_WITHIN_MS);

/** The parts of `window` used here, so tests can pass a fake. */
export interface HistoryHost {
  location: { pathname: string; search: string; hash: string };
  history: Pick<History, 'pushState' | 'replaceState' | 'forward' | 'state'>;
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

/** What this app keeps in `history.state`: the entry's place in the tab's history (0: the first it saw). */
interface EntryState {
  datelineEntry: number;
}

const entryOf = (state: unknown): number => {
  const n = (state as Partial<EntryState> | null)?.datelineEntry;
  return typeof n === 'number' ? n : 0;
};

interface Write {
  search: string;
  /** Replace the entry (a view moved, typing) instead of pushing a new one. */
  replace: boolean;
}

/**
 * Start syncing; returns a function that stops it (writing what waits). `schedule` runs the
 * history writes (after the paint, or at idle; tests pass their own).
 */
export function startUrlSync(
  store: DatelineStore,
  host: HistoryHost = window,
  schedule: WriteScheduler = scheduleWrites,
): () => void {
  const urlFor = (search: string): string =>
    `${host.location.pathname}${search}${host.location.hash}`;

  // The entry shown: its place in the history, as written in its state.
  let current = entryOf(host.history.state);
  const entry = (): EntryState => ({ datelineEntry: current });
  // Writes waiting for the paint or idle time, in the order the changes came.
  let queued: Write[] = [];
  let cancelWrites: (() => void) | null = null;
  // Whether the pass scheduled is the prompt one (a new entry waits).
  let scheduledEntry = false;
  const unschedule = (): void => {
    cancelWrites?.();
    cancelWrites = null;
    scheduledEntry = false;
  };
  const writeQueued = (): void => {
    unschedule();
    const writes = queued;
    queued = [];
    for (const { search, replace } of writes) {
      if (search === host.location.search) continue;
      if (replace) host.history.replaceState(entry(), '', urlFor(search));
      else {
        current++;
        host.history.pushState(entry(), '', urlFor(search));
      }
    }
  };
  const enqueue = (write: Write): void => {
    queued.push(write);
    const entry = !write.replace;
    if (cancelWrites && (scheduledEntry || !entry)) return; // (a pass soon enough is scheduled)
    unschedule();
    const cancel = schedule(writeQueued, entry);
    // (A scheduler that ran the writes at once left nothing to cancel.)
    if (queued.length > 0) {
      cancelWrites = cancel;
      scheduledEntry = entry;
    }
  };

  const applyLocation = (): void => {
    const { state, problems } = parseUrlState(host.location.search);
    store.getState().applyLink(state, problems);
    // Show the canonical URL (malformed and unknown parameters dropped) without a new entry.
    const canonical = formatUrlState(urlStateOf(store.getState()));
    if (canonical !== host.location.search)
      host.history.replaceState(entry(), '', urlFor(canonical));
  };

  // The link while typing, written once typing pauses (or before any other change of the URL).
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending !== null) enqueue({ search: pending, replace: true });
    pending = null;
  };

  let applying = false;
  const onPopState = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
    unschedule();
    const unwritten = queued.some((w) => !w.replace);
    queued = [];
    const target = entryOf(host.history.state);
    if (unwritten && target < current) {
      // Back right after a change whose entry was not written yet: the person undoes that change,
      // which the entry just left shows. Forward to it; its popstate applies it.
      host.history.forward();
      return;
    }
    current = target;
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
    enqueue({ search, replace });
  });

  onPopState();
  host.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    flush();
    writeQueued();
    host.removeEventListener('popstate', onPopState);
  };
}
