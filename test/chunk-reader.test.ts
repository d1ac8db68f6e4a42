/**
 * The chunk reader: chunks fetched, parsed and checked by a worker and handed to the page in
 * slices (src/store/chunk-jobs.ts, chunk-thread.ts), here with the worker's side behind a real
 * MessageChannel (test/helpers/chunk-reader.ts); then the app's loading through it, with a
 * stand-in `Worker` global, as a browser runs it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../scripts/bench/generate-dataset.ts';
import { chunkDataset } from '../src/pipeline/write/chunks.ts';
import { SLICE_EVENTS } from '../src/store/chunk-messages.ts';
import { ChunkError } from '../src/store/chunk-read.ts';
import type { ChunkLoader } from '../src/store/chunk-loader.ts';
import { loadData } from '../src/store/load.ts';
import { createDatelineStore, type DatelineStore } from '../src/store/store.ts';
import { channelReader, channelWorker, type ChannelWorker } from './helpers/chunk-reader.ts';

const open: { close(): void }[] = [];
const loaders: ChunkLoader[] = [];
afterEach(() => {
  for (const l of loaders.splice(0)) l.stop();
  for (const r of open.splice(0)) r.close();
  vi.unstubAllGlobals();
});

/** The biggest chunk the pipeline writes of 12,000 generated events in chunks of at most 4,000. */
function bigChunk() {
  const dataset = generateDataset(12_000, 11);
  const { manifest, chunks } = chunkDataset(dataset, 4000);
  const k = chunks.reduce((best, c, i) => (c.chunk.events.length > chunks[best]!.chunk.events.length ? i : best), 0);
  return { ref: manifest.chunks[k]!, text: JSON.stringify(chunks[k]!.chunk), chunk: chunks[k]!.chunk };
}

const answer = (status: number, body = '') =>
  Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) });

function reader(fetcher: Parameters<typeof channelReader>[0]): ReturnType<typeof channelReader> {
  const r = channelReader(fetcher);
  open.push(r);
  return r;
}

describe('chunk reader', () => {
  it('reads a chunk off the page and sends its events in slices, then its articles', async () => {
    const { ref, text, chunk } = bigChunk();
    const n = chunk.events.length;
    expect(n).toBeGreaterThan(2 * SLICE_EVENTS);
    const r = reader(() => answer(200, text));
    const got = await r.thread.read('http://data.test/chunks/x.json', {}, ref);
    expect(got).toEqual({ kind: 'chunk', chunk });
    const sizes = r.answered.map((m) => (m.kind === 'slice' ? m.events.length : m.kind));
    expect(sizes).toHaveLength(Math.ceil(n / SLICE_EVENTS) + 1);
    expect(sizes.slice(0, -2).every((size) => size === SLICE_EVENTS)).toBe(true);
    expect(sizes.at(-1)).toBe('done');
  });

  it('passes the server’s status on, and says what is wrong with a chunk it cannot use', async () => {
    const { ref, text, chunk } = bigChunk();
    expect(await reader(() => answer(404)).thread.read('u', {}, ref)).toEqual({ kind: 'http', status: 404 });
    const broken = reader(() => answer(200, text.slice(0, -10))).thread.read('u', {}, ref);
    await expect(broken).rejects.toThrow(ChunkError);
    await expect(broken).rejects.toThrow(`data/chunks/${ref.file} is not valid JSON.`);
    const wrong = JSON.stringify({ ...JSON.parse(text), events: [] });
    await expect(reader(() => answer(200, wrong)).thread.read('u', {}, ref)).rejects.toThrow(
      `is not a valid chunk: events: 0 events, the manifest says ${chunk.events.length}`,
    );
    const offline = reader(() => Promise.reject(new TypeError('Failed to fetch')));
    const failed = offline.thread.read('u', {}, ref);
    await expect(failed).rejects.toThrow('Failed to fetch');
    await expect(failed).rejects.not.toThrow(ChunkError);
  });

  it('keeps the jobs apart: two chunks read at once each get their own events', async () => {
    const dataset = generateDataset(3000, 4);
    const { manifest, chunks } = chunkDataset(dataset, 1200);
    const texts = new Map(chunks.map((c) => [c.file, JSON.stringify(c.chunk)]));
    const r = reader((url) => answer(200, texts.get(url)!));
    const [a, b] = manifest.chunks.slice(-2);
    const got = await Promise.all([r.thread.read(a!.file, {}, a!), r.thread.read(b!.file, {}, b!)]);
    expect(got.map((g) => (g.kind === 'chunk' ? g.chunk.events.length : -1))).toEqual([a!.events, b!.events]);
  });

  it('fails every waiting read, and later ones, when the worker dies', async () => {
    const { ref } = bigChunk();
    const r = reader(() => new Promise(() => {}));
    const waiting = r.thread.read('u', {}, ref);
    r.port.onerror?.({ message: 'boom' });
    await expect(waiting).rejects.toThrow('the chunk reader stopped (boom)');
    await expect(r.thread.read('u', {}, ref)).rejects.toThrow('the chunk reader stopped (boom)');
  });
});

describe('loading a chunked build through the reader', () => {
  /** `fetch` answering from `files` (path → body), 404 for anything else. */
  function serve(files: Record<string, string>): void {
    vi.stubGlobal('fetch', async (url: string) => {
      const body = files[url];
      return body === undefined ? new Response('', { status: 404 }) : new Response(body, { status: 200 });
    });
  }

  /** A build of `events` events in chunks of at most `perChunk`, served under /data/chunks/. */
  function serveBuild(events: number, perChunk: number, change: (files: Record<string, string>, first: string) => void = () => {}) {
    const dataset = generateDataset(events, 5);
    const { manifest, chunks } = chunkDataset(dataset, perChunk);
    const files: Record<string, string> = {
      '/data/chunks/manifest.json': JSON.stringify(manifest),
      '/data/chunks/actors.json': JSON.stringify(dataset.actors),
      '/data/chunks/redirects.json': JSON.stringify(dataset.redirects),
    };
    for (const c of chunks) files[`/data/chunks/${c.file}`] = JSON.stringify(c.chunk);
    change(files, `/data/chunks/${manifest.chunks[0]!.file}`);
    serve(files);
    return { dataset, manifest };
  }

  /** A `Worker` global whose workers are channelWorkers (the first made is the page's reader, kept for the file). */
  const made: { url: string; options: unknown; worker: ChannelWorker }[] = [];
  function stubWorker(): void {
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: URL, options: unknown) {
          const worker = channelWorker();
          made.push({ url: url.href, options, worker });
          return worker.port;
        }
      },
    );
  }

  /** Load what is served; `whole`: as a build small enough to load whole (else by time window). */
  async function loadBuild(whole = false): Promise<DatelineStore> {
    stubWorker();
    const store = createDatelineStore();
    const loader = await loadData(store, '/', whole ? {} : { eagerMaxEvents: 0 });
    if (loader) loaders.push(loader);
    await vi.waitUntil(
      () => {
        const load = store.getState().load;
        return load.status === 'error' || (load.status === 'ready' && load.catalog.complete);
      },
      { timeout: 5000 },
    );
    return store;
  }

  it('reads a build loaded whole on the page, without starting the worker', async () => {
    const { dataset } = serveBuild(600, 300);
    const load = (await loadBuild(true)).getState().load;
    expect(load.status === 'ready' && load.dataset.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect(made).toEqual([]);
  });

  it('reads every chunk of a build loaded by time window in the worker, never on the page', async () => {
    const { dataset, manifest } = serveBuild(6000, 3000);
    const load = (await loadBuild()).getState().load;
    expect(load.status === 'ready' && load.dataset.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect(made).toHaveLength(1);
    expect(made[0]!.url).toMatch(/chunk-worker\.ts$/);
    expect(made[0]!.options).toEqual({ type: 'module' });
    const { asked, answered } = made[0]!.worker;
    expect(asked.map((m) => m.ref.file)).toEqual(manifest.chunks.map((c) => c.file));
    // A slice per SLICE_EVENTS events of each chunk.
    const slices = manifest.chunks.reduce((n, c) => n + Math.ceil(c.events / SLICE_EVENTS), 0);
    expect(slices).toBeGreaterThan(manifest.chunks.length);
    expect(answered.filter((m) => m.kind === 'slice')).toHaveLength(slices);
  });

  it('says what is wrong with a chunk, and that a missing one was not found, as the page would', async () => {
    serveBuild(200, 100, (files, first) => {
      files[first] = JSON.stringify({ ...JSON.parse(files[first]!), events: [] });
    });
    let load = (await loadBuild()).getState().load;
    expect(load.status === 'error' && load.message).toMatch(/is not a valid chunk: events: 0 events, the manifest says/);
    const { manifest } = serveBuild(200, 100, (files, first) => delete files[first]);
    load = (await loadBuild()).getState().load;
    expect(load.status === 'error' && load.message).toBe(`The dataset (data/chunks/${manifest.chunks[0]!.file}) was not found.`);
  });

  // Last: the page's worker stays dead for the rest of the file.
  it('reads on the page when the worker has died', async () => {
    const { dataset } = serveBuild(2000, 1000);
    made[0]!.worker.port.onerror?.({ message: 'gone' });
    const asked = made[0]!.worker.asked.length;
    const load = (await loadBuild()).getState().load;
    expect(load.status === 'ready' && load.dataset.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect(made[0]!.worker.asked.length).toBe(asked);
  });
});
