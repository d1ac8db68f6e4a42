/**
 * The browser's loading of a chunked build, end to end without a browser: a generated dataset,
 * chunked by the pipeline's writer, loaded into the store by the app's chunk loader (fetches from
 * memory), with small budgets so that a few hundred events behave like a million.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../scripts/bench/generate-dataset.ts';
import { checkChunk, checkManifest } from '../src/model/check-chunks.ts';
import { LEGACY_EVENT_TYPES, type Dataset, type EventRecord } from '../src/model/dataset.ts';
import type { ChunkRef, Manifest } from '../src/model/manifest.ts';
import { validateManifest } from '../src/model/validate-manifest.ts';
import { eventWindow, overlaps, type TimeWindow } from '../src/model/window.ts';
import { chunkDataset } from '../src/pipeline/write/chunks.ts';
import { ChunkLoader, type ChunkLoaderOptions, type ChunkSource } from '../src/store/chunk-loader.ts';
import { loadData } from '../src/store/load.ts';
import { EventColumns } from '../src/model/filter.ts';
import {
  selectColumns,
  selectFilteredEvents,
  selectSelection,
  selectTotalEvents,
  selectTypeCounts,
  selectViewLoaded,
} from '../src/store/selectors.ts';
import { createDatelineStore, type DatelineStore } from '../src/store/store.ts';
import { EMPTY_URL_STATE } from '../src/url/codec.ts';
import { channelReader } from './helpers/chunk-reader.ts';

const loaders: ChunkLoader[] = [];
const readers: { close(): void }[] = [];
afterEach(() => {
  for (const l of loaders.splice(0)) l.stop();
  for (const r of readers.splice(0)) r.close();
  vi.unstubAllGlobals();
});

/**
 * How the loader's tests read chunks: on the page (fetchBytes, parsed by the loader), or through
 * the chunk reader (source.open: fetched, parsed and checked behind a channel, taken in slices).
 */
let reading: 'page' | 'reader' = 'page';

/** A generated dataset in chunks of at most `perChunk` events, as files in memory. */
function build(events: number, perChunk: number) {
  const dataset = generateDataset(events, 7);
  const { manifest, chunks } = chunkDataset(dataset, perChunk);
  const files = new Map<string, string>(chunks.map((c) => [c.file, JSON.stringify(c.chunk)]));
  const fetched: string[] = [];
  return { dataset, manifest, files, fetched };
}

function start(
  b: ReturnType<typeof build>,
  options: Partial<ChunkLoaderOptions>,
  store: DatelineStore = createDatelineStore(),
): DatelineStore {
  const fetchBytes = async (file: string): Promise<string> => {
    b.fetched.push(file);
    const text = b.files.get(file);
    if (text === undefined) throw new Error(`no ${file}`);
    return text;
  };
  let read: ChunkSource['read'];
  if (reading === 'reader') {
    const reader = channelReader(async (file) => ({ ok: true, status: 200, text: () => fetchBytes(file) }));
    readers.push(reader);
    read = async (file: string, ref: ChunkRef) => {
      const got = await reader.thread.read(file, {}, ref);
      if (got.kind !== 'chunk') throw new Error(`HTTP ${got.status}`);
      return got.chunk;
    };
  }
  const loader = new ChunkLoader(
    store,
    {
      manifest: b.manifest,
      actors: b.dataset.actors,
      redirects: b.dataset.redirects,
      fetchBytes,
      ...(read ? { read } : {}),
    },
    { commitEveryMs: 0, ...options },
  );
  loaders.push(loader);
  loader.start();
  return store;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check(), what).toBe(true);
}

const loaded = (s: DatelineStore): EventRecord[] => {
  const load = s.getState().load;
  return load.status === 'ready' ? load.dataset.events : [];
};
const catalogOf = (s: DatelineStore) => {
  const load = s.getState().load;
  if (load.status !== 'ready') throw new Error('not ready');
  return load.catalog;
};
/** Look at [from, to) as the timeline would, until its events are loaded. */
async function visit(store: DatelineStore, from: string, to: string): Promise<void> {
  const win = windowOf(from, to);
  store.getState().setView({ from, to: new Date(win.endMs - 864e5).toISOString().slice(0, 10) });
  store.getState().viewMoving(win);
  await until(
    () => selectViewLoaded(store.getState()) && !catalogOf(store).loading,
    `view ${from}`,
  );
}

const ids = (events: EventRecord[]): string[] => events.map((e) => e.id).sort();
const windowOf = (from: string, to: string): TimeWindow => ({
  startMs: Date.parse(`${from}T00:00Z`),
  endMs: Date.parse(`${to}T00:00Z`),
});

describe.each(['page', 'reader'] as const)('chunk loader, chunks read on the %s', (how) => {
  beforeEach(() => {
    reading = how;
  });

  it('loads a small build whole: every event, in order, once all chunks are in', async () => {
    const b = build(600, 100);
    expect(b.manifest.chunks.length).toBeGreaterThan(3);
    const store = start(b, {});
    expect(catalogOf(store).complete).toBe(false);
    expect(catalogOf(store).loading).toBe(true);
    await until(() => catalogOf(store).complete, 'complete');
    expect(loaded(store).map((e) => e.id)).toEqual(b.dataset.events.map((e) => e.id));
    expect(catalogOf(store).loading).toBe(false);
    expect(catalogOf(store).unloaded).toEqual([]);
    expect(selectTotalEvents(store.getState())).toBe(600);
    store.getState().setQuery('talks');
    expect(selectFilteredEvents(store.getState()).length).toBeGreaterThan(0);
  });

  it('loads by time window: the chunks the view needs, with every event overlapping it', async () => {
    const b = build(800, 60);
    const store = start(b, { eagerMaxEvents: 0, viewBudget: 400, cacheBudget: 400 });
    expect(loaded(store)).toEqual([]);
    // Not loaded yet: the months not loaded add up to every event.
    const unloaded = catalogOf(store).unloaded.reduce(
      (n, m) => n + m.counts.reduce((a, c) => a + c, 0),
      0,
    );
    expect(unloaded).toBe(800);

    const win = windowOf('2015-01-01', '2016-01-01');
    store.getState().viewMoving(win);
    await until(() => !catalogOf(store).loading && loaded(store).length > 0, 'chunks for the view');
    const have = new Set(loaded(store).map((e) => e.id));
    const needed = b.dataset.events.filter((e) => overlaps(eventWindow(e), win));
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.filter((e) => !have.has(e.id))).toEqual([]);
    expect(catalogOf(store).complete).toBe(false);
    // Loaded plus not loaded is still every event, month by month.
    const left = catalogOf(store).unloaded.reduce(
      (n, m) => n + m.counts.reduce((a, c) => a + c, 0),
      0,
    );
    expect(left + loaded(store).length).toBe(800);
    // Far fewer fetched than the whole build.
    expect(b.fetched.length).toBeLessThan(b.manifest.chunks.length);
    // The columns, joined from each chunk's (store/parts.ts), are those of the loaded events.
    const columns = selectColumns(store.getState());
    const fresh = new EventColumns(loaded(store));
    // (The chunks share one numbering of actors, so the numbers differ: the actors they name do not.)
    const actorsOf = (c: EventColumns): string[] => Array.from(c.actors, (a) => c.actorIds[a]!);
    expect(actorsOf(columns)).toEqual(actorsOf(fresh));
    for (const key of ['offsets', 'types', 'startMs'] as const) expect(columns[key]).toEqual(fresh[key]);
  });

  it('counts types from the manifest only while no other filter applies', async () => {
    const b = build(800, 60);
    const store = start(b, { eagerMaxEvents: 0, viewBudget: 400, cacheBudget: 400 });
    await visit(store, '2015-01-01', '2016-01-01');
    const total = (m: ReadonlyMap<unknown, number>): number =>
      [...m.values()].reduce((a, n) => a + n, 0);
    // Nothing filtered: the whole build's counts, from the manifest.
    expect(total(selectTypeCounts(store.getState()))).toBe(800);
    // The manifest knows nothing of date bases: the counts are the loaded events' then.
    store.getState().setHidePublicationDated(true);
    const loadedShown = loaded(store).filter((e) => e.dateBasis !== 'publication').length;
    expect(loadedShown).toBeLessThan(loaded(store).length);
    expect(total(selectTypeCounts(store.getState()))).toBe(loadedShown);
  });

  it('says whether the displayed window is loaded, and drops the least recently used chunks', async () => {
    const b = build(800, 60);
    // A cache of one event: only what the current view needs stays.
    const store = start(b, { eagerMaxEvents: 0, viewBudget: 300, cacheBudget: 1 });
    store.getState().setView({ from: '2019-01-01', to: '2019-12-31' });
    expect(selectViewLoaded(store.getState())).toBe(false);
    store.getState().viewMoving(windowOf('2019-01-01', '2020-01-01'));
    await until(
      () => selectViewLoaded(store.getState()) && !catalogOf(store).loading,
      'view loaded',
    );
    for (const year of [2010, 2013, 2016, 2021, 2024])
      await visit(store, `${year}-01-01`, `${year}-06-01`);
    // Back to where it started: no longer loaded.
    store.getState().setView({ from: '2019-01-01', to: '2019-12-31' });
    const last = windowOf('2024-01-01', '2024-06-01');
    const span = last.endMs - last.startMs;
    const margin = { startMs: last.startMs - span / 2, endMs: last.endMs + span / 2 };
    const needed = b.manifest.chunks.filter(
      (c) =>
        Date.parse(`${c.start}T00:00Z`) < margin.endMs &&
        Date.parse(`${c.maxEnd}T00:00Z`) + 864e5 > margin.startMs,
    );
    expect(loaded(store).length).toBe(needed.reduce((n, c) => n + c.events, 0));
    expect(selectViewLoaded(store.getState())).toBe(false);
  });

  it('shows counts only for a view that needs more than the budget', async () => {
    const b = build(800, 60);
    const store = start(b, { eagerMaxEvents: 0, viewBudget: 100, cacheBudget: 100 });
    store.getState().viewMoving(windowOf('1900-01-01', '2030-01-01'));
    await new Promise((r) => setTimeout(r, 300));
    expect(b.fetched).toEqual([]);
    expect(catalogOf(store).loading).toBe(false);
  });

  it('finds a linked event in a chunk far from the view, and keeps it while selected', async () => {
    const b = build(800, 60);
    const store = createDatelineStore();
    const target = b.dataset.events[5]!; // early: far from any recent view
    store
      .getState()
      .applyLink(
        {
          ...EMPTY_URL_STATE,
          event: target.id,
          filters: store.getState().filters,
          view: { from: '2024-01-01', to: '2024-12-31' },
        },
        [],
      );
    start(b, { eagerMaxEvents: 0, viewBudget: 200, cacheBudget: 200 }, store);
    expect(selectSelection(store.getState()).kind).toBe('pending');
    await until(() => selectSelection(store.getState()).kind === 'event', 'found');
    const sel = selectSelection(store.getState());
    expect(sel.kind === 'event' && sel.event.id).toBe(target.id);
    // Moving elsewhere does not drop it.
    for (const year of [2018, 2020, 2022, 2024])
      await visit(store, `${year}-01-01`, `${year}-12-31`);
    expect(selectSelection(store.getState()).kind).toBe('event');
  });

  it('says an id no chunk has does not exist, and follows redirects at once', async () => {
    const b = build(300, 60);
    const redirected = b.dataset.events[2]!.id;
    b.dataset.redirects = { 'old-id': redirected };
    const store = createDatelineStore();
    store
      .getState()
      .applyLink(
        { ...EMPTY_URL_STATE, event: 'no-such-event', filters: store.getState().filters },
        [],
      );
    start(b, { eagerMaxEvents: 0 }, store);
    await until(() => selectSelection(store.getState()).kind === 'missing', 'missing');

    const other = createDatelineStore();
    other
      .getState()
      .applyLink({ ...EMPTY_URL_STATE, event: 'old-id', filters: other.getState().filters }, []);
    start(b, { eagerMaxEvents: 0 }, other);
    expect(other.getState().selectedEventId).toBe(redirected);
    await until(() => selectSelection(other.getState()).kind === 'event', 'redirected event');
  });
});

describe('loadData', () => {
  /** `fetch` answering from `files` (path → body), 404 for anything else. */
  function serve(files: Record<string, string>): void {
    vi.stubGlobal('fetch', async (url: string) => {
      const body = files[url];
      return body === undefined
        ? new Response('', { status: 404 })
        : new Response(body, { status: 200 });
    });
  }

  function chunked(
    b: ReturnType<typeof build>,
    manifest: unknown = b.manifest,
  ): Record<string, string> {
    const files: Record<string, string> = {
      '/data/chunks/manifest.json': JSON.stringify(manifest),
      '/data/chunks/actors.json': JSON.stringify(b.dataset.actors),
      '/data/chunks/redirects.json': JSON.stringify(b.dataset.redirects),
    };
    for (const [file, text] of b.files) files[`/data/chunks/${file}`] = text;
    return files;
  }

  it('reads the chunked build when there is one', async () => {
    const b = build(200, 50);
    serve(chunked(b));
    const store = createDatelineStore();
    const loader = await loadData(store, '/');
    if (loader) loaders.push(loader);
    await until(
      () => store.getState().load.status === 'ready' && catalogOf(store).complete,
      'loaded',
    );
    expect(ids(loaded(store))).toEqual(ids(b.dataset.events));
  });

  it('reads a chunked build written in format version 1, converting it', async () => {
    const b = build(200, 50);
    // What version 1 wrote: old type names in the overview and the events, none of the new fields.
    const toV1 = Object.fromEntries(
      Object.entries(LEGACY_EVENT_TYPES).map(([old, now]) => [now, old]),
    ) as Record<string, string>;
    const v1Type = (t: string): string => toV1[t] ?? 'other';
    const v1Types = [...new Set(b.manifest.overview.types.map(v1Type))];
    const manifest = {
      ...b.manifest,
      version: 1,
      overview: {
        types: v1Types,
        bins: b.manifest.overview.bins.map((bin) => ({
          ...bin,
          types: v1Types.map((old) =>
            bin.types.reduce(
              (n, c, i) => n + (v1Type(b.manifest.overview.types[i]!) === old ? c : 0),
              0,
            ),
          ),
        })),
      },
    };
    for (const [file, text] of b.files) {
      const chunk = JSON.parse(text);
      chunk.version = 1;
      for (const e of chunk.events) {
        e.type = v1Type(e.type);
        delete e.dateBasis;
        delete e.modality;
        delete e.merge;
        for (const source of e.sources) delete source.trigger;
      }
      b.files.set(file, JSON.stringify(chunk));
    }
    serve(chunked(b, manifest));
    const store = createDatelineStore();
    const loader = await loadData(store, '/');
    if (loader) loaders.push(loader);
    await until(
      () => store.getState().load.status === 'ready' && catalogOf(store).complete,
      'loaded',
    );
    expect(ids(loaded(store))).toEqual(ids(b.dataset.events));
    expect(loaded(store).every((e) => e.dateBasis === 'explicit' && e.merge === null)).toBe(true);
    // The overview's counts survive the regrouping of the types.
    const total = catalogOf(store).overview!.bins.reduce((n, bin) => n + bin.events, 0);
    expect(total).toBe(200);
  });

  it('falls back to dataset.json without a manifest', async () => {
    const dataset: Dataset = generateDataset(50, 3);
    serve({ '/data/dataset.json': JSON.stringify(dataset) });
    const store = createDatelineStore();
    expect(await loadData(store, '/')).toBeNull();
    expect(catalogOf(store).loadedBy).toBe('file');
    expect(loaded(store).length).toBe(50);
  });

  it.each([
    [
      'a newer version',
      (m: Manifest) => ({ ...m, version: 5 }),
      /manifest\.json has format version 5, but this app reads version 4 \(and converts versions 1 to 3\)\. Rebuild it with npm run build:data/,
    ],
    [
      'a broken manifest',
      (m: Manifest) => ({ ...m, chunks: 'x' }),
      /not a valid manifest: chunks: expected array/,
    ],
    [
      'counts that do not add up',
      (m: Manifest) => ({ ...m, events: m.events + 1 }),
      /not a valid manifest: chunks: hold/,
    ],
  ])('reports %s', async (_what, change, message) => {
    const b = build(100, 50);
    serve(chunked(b, change(b.manifest)));
    const store = createDatelineStore();
    await loadData(store, '/');
    const load = store.getState().load;
    expect(load.status === 'error' && load.message).toMatch(message);
  });

  it('reports a chunk that is not what the manifest says', async () => {
    const b = build(100, 50);
    const files = chunked(b);
    const first = `/data/chunks/${b.manifest.chunks[0]!.file}`;
    files[first] = JSON.stringify({ ...JSON.parse(files[first]!), events: [] });
    serve(files);
    const store = createDatelineStore();
    const loader = await loadData(store, '/');
    if (loader) loaders.push(loader);
    await until(() => store.getState().load.status === 'error', 'error');
    const load = store.getState().load;
    expect(load.status === 'error' && load.message).toMatch(
      /is not a valid chunk: events: 0 events, the manifest says/,
    );
  });
});

describe('check-chunks agrees with validate-manifest', () => {
  it('accepts what the pipeline writes, and what the pipeline rejects it rejects too', () => {
    const b = build(300, 40);
    expect(checkManifest(b.manifest).ok).toBe(true);
    expect(validateManifest(b.manifest).ok).toBe(true);
    for (const ref of b.manifest.chunks)
      expect(checkChunk(JSON.parse(b.files.get(ref.file)!), ref).ok).toBe(true);
    const broken = [
      { ...b.manifest, version: 5 },
      { ...b.manifest, events: -1 },
      { ...b.manifest, chunks: [{ ...b.manifest.chunks[0]!, file: '../x.json' }] },
      {
        ...b.manifest,
        overview: { ...b.manifest.overview, bins: [{ month: '2020-1', events: 1, types: [] }] },
      },
    ];
    for (const m of broken) {
      expect(validateManifest(m).ok).toBe(false);
      expect(checkManifest(m).ok).toBe(false);
    }
  });
});
