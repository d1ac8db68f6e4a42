import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { createDatelineStore } from '../store/store.ts';
import {
  startUrlSync,
  TYPING_URL_DELAY_MS,
  type HistoryHost,
  type WriteScheduler,
} from './sync.ts';

/** A minimal in-memory browser history (each entry's search and state). */
function fakeHost(search: string): HistoryHost & {
  entries: string[];
  index: number;
  back(): void;
} {
  const listeners = new Set<() => void>();
  const states: unknown[] = [null];
  const go = (by: number): void => {
    if (host.index + by < 0 || host.index + by >= host.entries.length) return;
    host.index += by;
    host.location.search = host.entries[host.index] ?? '';
    for (const l of listeners) l();
  };
  const host = {
    entries: [search],
    index: 0,
    location: { pathname: '/', search, hash: '' },
    history: {
      get state(): unknown {
        return states[host.index];
      },
      pushState: (state: unknown, __: string, url?: string | URL | null) => {
        host.entries.splice(host.index + 1, Infinity, searchOf(url));
        states.splice(host.index + 1, Infinity, state);
        host.index++;
        host.location.search = searchOf(url);
      },
      replaceState: (state: unknown, __: string, url?: string | URL | null) => {
        host.entries[host.index] = searchOf(url);
        states[host.index] = state;
        host.location.search = searchOf(url);
      },
      forward: () => go(1),
    },
    addEventListener: (_: 'popstate', l: () => void) => void listeners.add(l),
    removeEventListener: (_: 'popstate', l: () => void) => void listeners.delete(l),
    back: () => go(-1),
  };
  return host;
}

/** A browser whose frames are painted at once: each write is made as the change comes. */
const atOnce: WriteScheduler = (write) => {
  write();
  return () => {};
};

/** Frames painted when the test says: `paint()` runs the writes waiting for it. */
function frames(): { schedule: WriteScheduler; paint(): void; waiting(): number } {
  let queue: (() => void)[] = [];
  return {
    schedule: (write) => {
      queue.push(write);
      return () => void (queue = queue.filter((w) => w !== write));
    },
    paint: () => {
      const due = queue;
      queue = [];
      for (const write of due) write();
    },
    waiting: () => queue.length,
  };
}

/** A store synced with an in-memory history at `search`, its writes waiting for `frame.paint()`. */
function startWithFrames(search: string) {
  const store = createDatelineStore();
  const host = fakeHost(search);
  const frame = frames();
  const stop = startUrlSync(store, host, frame.schedule);
  return { store, host, frame, stop };
}

function searchOf(url: string | URL | null | undefined): string {
  const s = String(url ?? '');
  const i = s.indexOf('?');
  return i < 0 ? '' : s.slice(i);
}

const DATASET: Dataset = {
  version: 4,
  generator: 'test',
  articles: [],
  actors: [],
  events: [],
  redirects: { old: 'new' },
};

afterEach(() => {
  vi.useRealTimers();
});

describe('startUrlSync', () => {
  it('keeps an embedded view embedded as the reader moves around, and back out of it', () => {
    const store = createDatelineStore();
    const host = fakeHost('?embed=1&from=2008-01-01&to=2008-12-31');
    const stop = startUrlSync(store, host, atOnce);
    expect(store.getState().embed).toBe(true);
    store.getState().selectEvent('e1');
    expect(host.location.search).toBe('?event=e1&from=2008-01-01&to=2008-12-31&embed=1');
    store.getState().setView({ from: '2008-02-01', to: '2008-02-29' });
    expect(host.location.search).toBe('?event=e1&from=2008-02-01&to=2008-02-29&embed=1');
    host.back();
    expect(store.getState().embed).toBe(true);
    expect(host.location.search).toBe('?from=2008-01-01&to=2008-12-31&embed=1');
    stop();
  });

  it('applies the URL on start, keeps what it could not use, and rewrites it canonically', () => {
    const store = createDatelineStore();
    // An old type name (dataset format version 1) is applied as its new type, and rewritten.
    const host = fakeHost('?utm=1&types=meeting&match=maybe&from=2008-01-01');
    startUrlSync(store, host, atOnce);
    expect(store.getState().filters.types).toEqual(['consult']);
    expect(store.getState().view).toEqual({ from: '2008-01-01', to: null });
    expect(store.getState().linkProblems).toEqual([{ param: 'match', value: 'maybe' }]);
    expect(host.entries).toEqual(['?types=consult&from=2008-01-01']);
  });

  it('replaces the entry when the view moves, and restores it on back', () => {
    const store = createDatelineStore();
    const host = fakeHost('');
    startUrlSync(store, host, atOnce);
    store.getState().setView({ from: '2008-01-01', to: '2010-12-31' });
    store.getState().selectEvent('e1');
    store.getState().setView({ from: '2009-01-01', to: '2009-12-31' });
    expect(host.entries).toEqual([
      '?from=2008-01-01&to=2010-12-31',
      '?event=e1&from=2009-01-01&to=2009-12-31',
    ]);
    host.back();
    expect(store.getState().view).toEqual({ from: '2008-01-01', to: '2010-12-31' });
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('pushes for selection and filters, replaces once typing pauses, and restores on back', () => {
    vi.useFakeTimers();
    const store = createDatelineStore();
    const host = fakeHost('');
    startUrlSync(store, host, atOnce);
    store.getState().selectEvent('e1');
    store.getState().toggleActor('country:kosovo');
    store.getState().setQuery('k');
    store.getState().setQuery('ko');
    expect(host.entries).toEqual(['', '?event=e1', '?event=e1&actors=country:kosovo']);
    vi.advanceTimersByTime(TYPING_URL_DELAY_MS);
    expect(host.entries).toEqual(['', '?event=e1', '?event=e1&actors=country:kosovo&q=ko']);

    host.back();
    expect(store.getState().selectedEventId).toBe('e1');
    expect(store.getState().filters.actors).toEqual([]);
    expect(store.getState().filters.query).toBe('');
    expect(host.entries).toHaveLength(3); // applying popstate must not push
  });

  it('pushes an entry for hiding publication-dated events, and restores on back', () => {
    const store = createDatelineStore();
    const host = fakeHost('?types=consult');
    startUrlSync(store, host, atOnce);
    store.getState().setHidePublicationDated(true);
    expect(host.entries).toEqual(['?types=consult', '?types=consult&dated=text']);
    host.back();
    expect(store.getState().filters).toMatchObject({
      hidePublicationDated: false,
      types: ['consult'],
    });
    expect(host.entries).toHaveLength(2);
  });

  it('writes what was typed before any other change, and drops it on back', () => {
    vi.useFakeTimers();
    const store = createDatelineStore();
    const host = fakeHost('');
    startUrlSync(store, host, atOnce);
    store.getState().selectEvent('e1');
    store.getState().setQuery('kos');
    store.getState().toggleActor('country:kosovo'); // a push: the typed text lands first
    expect(host.entries).toEqual(['', '?event=e1&q=kos', '?event=e1&actors=country:kosovo&q=kos']);
    store.getState().setQuery('kosovo');
    host.back(); // before the pause: the pending text is dropped, the older entry applies
    vi.advanceTimersByTime(TYPING_URL_DELAY_MS);
    expect(host.entries).toEqual(['', '?event=e1&q=kos', '?event=e1&actors=country:kosovo&q=kos']);
    expect(store.getState().filters.query).toBe('kos');
    expect(store.getState().filters.actors).toEqual([]);
  });

  it('pushes an entry for an actor page, and back leaves it as it was', () => {
    const store = createDatelineStore();
    const host = fakeHost('?event=e1&types=consult&from=2008-01-01&to=2008-12-31');
    startUrlSync(store, host, atOnce);
    // The page shows the actor's events: no other filter, the window fitted, no event open.
    store.getState().openActor('country:serbia');
    expect(host.entries).toEqual([
      '?event=e1&types=consult&from=2008-01-01&to=2008-12-31',
      '?actor=country:serbia',
    ]);
    // Narrowing the page adds to the link; so does another actor (both written, as a list).
    store.getState().setKeyOnly(true);
    store.getState().toggleActor('country:kosovo');
    expect(host.location.search).toBe(
      '?actor=country:serbia&actors=country:serbia,country:kosovo&key=1',
    );
    host.back();
    host.back();
    expect(store.getState().actorPage).toBe('country:serbia');
    expect(store.getState().filters).toMatchObject({ actors: ['country:serbia'], keyOnly: false });
    host.back();
    expect(store.getState().actorPage).toBeNull();
    expect(store.getState().selectedEventId).toBe('e1');
    expect(store.getState().filters).toMatchObject({ actors: [], types: ['consult'] });
  });

  it('closes the page when its actor leaves the filter; clearing filters keeps it', () => {
    const store = createDatelineStore();
    const host = fakeHost('?actor=country:serbia&types=consult');
    startUrlSync(store, host, atOnce);
    expect(store.getState().actorPage).toBe('country:serbia');
    store.getState().clearFilters();
    expect(host.location.search).toBe('?actor=country:serbia');
    store.getState().toggleActor('country:serbia');
    expect(store.getState().actorPage).toBeNull();
    expect(host.location.search).toBe('');
    store.getState().openActor('country:kosovo');
    store.getState().setView({ from: '2008-01-01', to: '2008-12-31' });
    store.getState().closeActor();
    // Closing keeps where the timeline looks.
    expect(host.location.search).toBe('?from=2008-01-01&to=2008-12-31');
  });

  it('replaces when loading the dataset redirects the selected id', () => {
    const store = createDatelineStore();
    const host = fakeHost('?event=old');
    startUrlSync(store, host, atOnce);
    store.getState().datasetLoaded({
      ...DATASET,
      events: [
        {
          id: 'new',
          date: '2020',
          start: '2020-01-01',
          end: '2020-12-31',
          precision: 'year',
          title: 'New',
          type: 'other',
          actors: [],
          dateBasis: 'explicit',
          modality: 'asserted',
          merge: null,
          future: false,
          sources: [],
        },
      ],
    });
    expect(host.entries).toEqual(['?event=new']);
  });

  it('stops when asked', () => {
    const store = createDatelineStore();
    const host = fakeHost('');
    const stop = startUrlSync(store, host, atOnce);
    stop();
    store.getState().selectEvent('e1');
    expect(host.entries).toEqual(['']);
  });

  it('writes nothing until the frame is painted, then each change as its own entry', () => {
    const { store, host, frame } = startWithFrames('?types=consult');
    store.getState().toggleActor('country:kosovo');
    store.getState().selectEvent('e1');
    expect(host.entries).toEqual(['?types=consult']);
    expect(frame.waiting()).toBe(1); // one write pass for both changes
    frame.paint();
    expect(host.entries).toEqual([
      '?types=consult',
      '?actors=country:kosovo&types=consult',
      '?event=e1&actors=country:kosovo&types=consult',
    ]);
    host.back();
    expect(store.getState().selectedEventId).toBeNull();
    expect(store.getState().filters.actors).toEqual(['country:kosovo']);
  });

  it('writes the typed text before the change after it, in one pass after the paint', () => {
    const { store, host, frame } = startWithFrames('');
    store.getState().setQuery('kos');
    store.getState().toggleActor('country:kosovo');
    expect(host.entries).toEqual(['']);
    frame.paint();
    expect(host.entries).toEqual(['?q=kos', '?actors=country:kosovo&q=kos']);
  });

  it('back right after a change not yet written undoes that change, not the one before', () => {
    const { store, host, frame } = startWithFrames('');
    store.getState().selectEvent('e1');
    frame.paint();
    store.getState().toggleActor('country:kosovo');
    host.back(); // lands on '' (the tick made no entry yet), and goes forward to the event again
    expect(frame.waiting()).toBe(0);
    frame.paint();
    expect(host.entries).toEqual(['', '?event=e1']);
    expect(host.location.search).toBe('?event=e1');
    expect(store.getState().selectedEventId).toBe('e1');
    expect(store.getState().filters.actors).toEqual([]);
    // A replace not yet written is only dropped: back goes where it says.
    store.getState().setView({ from: '2008-01-01', to: '2008-12-31' });
    host.back();
    frame.paint();
    expect(host.location.search).toBe('');
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('writes a new entry right after the paint, a replaced one at idle: a push hurries both', () => {
    const store = createDatelineStore();
    const host = fakeHost('');
    const passes: { entry: boolean; write: () => void; cancelled: boolean }[] = [];
    startUrlSync(store, host, (write, entry) => {
      const pass = { entry, write, cancelled: false };
      passes.push(pass);
      return () => void (pass.cancelled = true);
    });
    store.getState().setView({ from: '2008-01-01', to: '2008-12-31' });
    expect(passes.map((p) => p.entry)).toEqual([false]); // a replace: at idle
    store.getState().selectEvent('e1');
    // The idle pass gives way to a prompt one, which writes both, in order.
    expect(passes.map((p) => [p.entry, p.cancelled])).toEqual([
      [false, true],
      [true, false],
    ]);
    passes[1]!.write();
    expect(host.entries).toEqual([
      '?from=2008-01-01&to=2008-12-31',
      '?event=e1&from=2008-01-01&to=2008-12-31',
    ]);
    store.getState().setView({ from: '2008-02-01', to: '2008-02-29' });
    store.getState().toggleActor('country:kosovo');
    store.getState().setView({ from: '2008-03-01', to: '2008-03-31' });
    // A pass at idle, then a prompt one for the push; the replace after it rides along.
    expect(passes.slice(2).map((p) => [p.entry, p.cancelled])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('writes what waits when stopped', () => {
    const { store, host, frame, stop } = startWithFrames('');
    store.getState().selectEvent('e1');
    stop();
    expect(host.entries).toEqual(['', '?event=e1']);
    expect(frame.waiting()).toBe(0);
  });
});
