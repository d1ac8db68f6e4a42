/**
 * The app following the published generation (store/live-data.ts, store/generation.ts) against a
 * server in memory: one generation per session of fetches, newer ones swapped in without losing
 * the reader's view, never a mix of two builds, and a broken newer build leaves the shown one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../scripts/bench/generate-dataset.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { NO_FILTERS } from '../src/model/filter.ts';
import { chunkDataset } from '../src/pipeline/write/chunks.ts';
import { LiveData } from '../src/store/live-data.ts';
import { selectSelection } from '../src/store/selectors.ts';
import { createDatelineStore, type DatelineStore } from '../src/store/store.ts';
import { EMPTY_URL_STATE } from '../src/url/codec.ts';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';

/** A generation's files (path under the generation → body) for a dataset, chunked by 40 events. */
function filesOf(dataset: Dataset): Map<string, string> {
  const { manifest, chunks } = chunkDataset(dataset, 40);
  const files = new Map<string, string>([
    ['chunks/manifest.json', JSON.stringify(manifest)],
    ['chunks/actors.json', JSON.stringify(dataset.actors)],
    ['chunks/redirects.json', JSON.stringify(dataset.redirects)],
  ]);
  for (const c of chunks) files.set(`chunks/${c.file}`, JSON.stringify(c.chunk));
  return files;
}

const datasetA = generateDataset(200, 7);
/** B: A's first event removed, its second merged into its third. */
const datasetB: Dataset = {
  ...datasetA,
  events: datasetA.events.slice(2),
  redirects: { ...datasetA.redirects, [datasetA.events[1]!.id]: datasetA.events[2]!.id },
};

/**
 * `fetch` for a published out folder: `data/generation.json` names the current generation; with
 * `folders`, each generation is also served under `data/generations/<id>/` (the dev server),
 * without, only the current one under `data/` (a static deploy).
 */
function serve(folders: boolean) {
  const generations = new Map<string, Map<string, string>>();
  const server = {
    current: A,
    fetched: [] as string[],
    /** Called with each URL before it is answered. */
    onFetch: (_url: string): void => {},
    publish(id: string, files: Map<string, string>) {
      generations.set(id, files);
      server.current = id;
    },
  };
  vi.stubGlobal('fetch', async (url: string) => {
    server.onFetch(url);
    server.fetched.push(url);
    let body: string | undefined;
    if (url === '/data/generation.json')
      body = JSON.stringify({ version: 1, id: server.current, files: {} });
    else if (url.startsWith('/data/generations/')) {
      const [id, ...rest] = url.slice('/data/generations/'.length).split('/');
      const files = folders ? generations.get(id!) : undefined;
      body =
        rest.join('/') === 'generation.json' && files
          ? JSON.stringify({ id })
          : files?.get(rest.join('/'));
    } else body = generations.get(server.current)?.get(url.slice('/data/'.length));
    return body === undefined
      ? new Response('', { status: 404 })
      : new Response(body, { status: 200 });
  });
  return server;
}

const sessions: LiveData[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
function session(store: DatelineStore, folders: boolean, pollMs = 60_000): LiveData {
  const live = new LiveData(store, '/', { pollMs, folders, loader: { commitEveryMs: 0 } });
  sessions.push(live);
  return live;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check(), what).toBe(true);
}
const shownIds = (store: DatelineStore): string[] => {
  const load = store.getState().load;
  return load.status === 'ready' ? load.dataset.events.map((e) => e.id).sort() : [];
};
const idsOf = (d: Dataset): string[] => d.events.map((e) => e.id).sort();
const shows = (store: DatelineStore, d: Dataset): boolean =>
  JSON.stringify(shownIds(store)) === JSON.stringify(idsOf(d));

/** Every dataset the store was given, to check that none mixes two builds. */
function recordDatasets(store: DatelineStore): string[][] {
  const seen: string[][] = [];
  store.subscribe((s, before) => {
    if (s.load !== before.load && s.load.status === 'ready')
      seen.push(s.load.dataset.events.map((e) => e.id));
  });
  return seen;
}
const fromOne = (ids: string[]): boolean =>
  [datasetA, datasetB].some((d) => ids.every((id) => d.events.some((e) => e.id === id)));

describe('LiveData', () => {
  it('pins the generation: every data file of the session comes from its own folder', async () => {
    const server = serve(true);
    server.publish(A, filesOf(datasetA));
    const store = createDatelineStore();
    await session(store, true).start();
    await until(() => shows(store, datasetA), 'A loaded');
    const data = server.fetched.filter((u) => u !== '/data/generation.json');
    expect(data.length).toBeGreaterThan(3);
    for (const url of data) expect(url.startsWith(`/data/generations/${A}/`), url).toBe(true);
  });

  it('swaps to a newer build keeping filters, view and selection; a merged event is followed, a removed one reported missing', async () => {
    const server = serve(true);
    server.publish(A, filesOf(datasetA));
    const store = createDatelineStore();
    const filters = { ...NO_FILTERS, query: 'a' };
    const view = { from: '2000-01-01', to: '2030-01-01' };
    store
      .getState()
      .applyLink({ ...EMPTY_URL_STATE, event: datasetA.events[1]!.id, filters, view }, []);
    const seen = recordDatasets(store);
    const live = session(store, true);
    await live.start();
    await until(() => shows(store, datasetA), 'A loaded');

    server.publish(B, filesOf(datasetB));
    await live.refresh();
    await until(() => shows(store, datasetB), 'B swapped in');
    expect(store.getState().filters).toBe(filters);
    expect(store.getState().view).toBe(view);
    expect(store.getState().selectedEventId).toBe(datasetA.events[2]!.id); // merged into it
    expect(seen.every(fromOne)).toBe(true);
    // The whole of A stayed on show until the whole of B was in (after the manifest's counts, on the first load).
    expect(seen.map((ids) => ids.length)).toEqual([
      0,
      datasetA.events.length,
      datasetB.events.length,
    ]);

    store.getState().selectEvent(datasetA.events[0]!.id);
    server.publish(A, filesOf(datasetA));
    await live.refresh();
    await until(() => shows(store, datasetA), 'A again');
    server.publish(C, filesOf(datasetB));
    await live.refresh();
    await until(() => shows(store, datasetB), 'B again');
    expect(selectSelection(store.getState())).toEqual({
      kind: 'missing',
      id: datasetA.events[0]!.id,
    });
  });

  it('in a static deploy, a build published between the manifest and a chunk is never mixed in: the newer one is loaded', async () => {
    const server = serve(false);
    server.publish(A, filesOf(datasetA));
    let switched = false;
    server.onFetch = (url) => {
      if (!switched && /\/data\/chunks\/events-/.test(url)) {
        switched = true;
        server.publish(B, filesOf(datasetB)); // lands while A's chunks are fetched
      }
    };
    const store = createDatelineStore();
    const seen = recordDatasets(store);
    await session(store, false).start();
    await until(() => shows(store, datasetB), 'B loaded');
    expect(switched).toBe(true);
    expect(seen.every(fromOne)).toBe(true);
    expect(server.fetched.filter((u) => u.startsWith('/data/generations/'))).toEqual([]);
  });

  it('keeps the build shown when a newer one cannot be loaded, and recovers from a first load that failed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const server = serve(true);
    server.publish(A, new Map([['chunks/manifest.json', '{"version": 2']]));
    const store = createDatelineStore();
    const live = session(store, true);
    await live.start();
    expect(store.getState().load.status).toBe('error');

    server.publish(B, filesOf(datasetB));
    await live.refresh();
    await until(() => shows(store, datasetB), 'B after the error');

    server.publish(C, new Map([['chunks/manifest.json', '{"version": 2']]));
    await live.refresh();
    expect(store.getState().load.status).toBe('ready');
    expect(shows(store, datasetB)).toBe(true);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/a newer build could not be loaded: .*not valid JSON/),
    );
  });

  it('notices a newer build by itself, polling', async () => {
    const server = serve(true);
    server.publish(A, filesOf(datasetA));
    const store = createDatelineStore();
    await session(store, true, 20).start();
    await until(() => shows(store, datasetA), 'A loaded');
    server.publish(B, filesOf(datasetB));
    await until(() => shows(store, datasetB), 'B by polling');
  });

  it('a build loaded by time window is replaced once the chunks of the view are in', async () => {
    const server = serve(true);
    server.publish(A, filesOf(datasetA));
    const store = createDatelineStore();
    const first = chunkDataset(datasetA, 40).manifest.chunks[1]!;
    store
      .getState()
      .applyLink({ ...EMPTY_URL_STATE, view: { from: first.start, to: first.end } }, []);
    const live = new LiveData(store, '/', {
      pollMs: 60_000,
      folders: true,
      loader: { commitEveryMs: 0, eagerMaxEvents: 10, viewBudget: 100, cacheBudget: 200 },
    });
    sessions.push(live);
    await live.start();
    await until(
      () => store.getState().load.status === 'ready' && shownIds(store).length > 0,
      'A in part',
    );
    const catalogs: { events: number; loading: boolean; loaded: number }[] = [];
    store.subscribe((s) => {
      if (s.load.status === 'ready')
        catalogs.push({
          events: s.load.catalog.events,
          loading: s.load.catalog.loading,
          loaded: s.load.dataset.events.length,
        });
    });
    server.publish(B, filesOf(datasetB));
    await live.refresh();
    await until(() => catalogs.some((c) => c.events === datasetB.events.length), 'B in');
    const swapped = catalogs.find((c) => c.events === datasetB.events.length)!;
    expect(swapped.loading).toBe(false);
    expect(swapped.loaded).toBeGreaterThan(0);
    expect(swapped.loaded).toBeLessThan(datasetB.events.length);
  });
});
