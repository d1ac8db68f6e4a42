/**
 * Fetching the data of one generation (generation.ts) into the store: a chunked build
 * (`chunks/manifest.json`, loaded by time window: chunk-loader.ts) when there is one, else
 * `dataset.json` whole. live-data.ts decides which generation and when; loadData here is the
 * one-shot form (the generation published now, or an out folder from before generations;
 * `folders`: the server has the generation folders, generation.ts).
 */
import type { Dataset } from '../model/dataset.ts';
import { checkActors, checkManifest, checkRedirects } from '../model/check-chunks.ts';
import { checkDataset } from '../model/check-dataset.ts';
import { CHUNKS_DIR, MANIFEST_FILE, type ChunkRef, type EventChunk } from '../model/manifest.ts';
import { upgradeFormat } from '../model/migrate.ts';
import {
  ChunkLoader,
  type ChunkLoaderOptions,
  type ChunkSource,
  type LoaderHooks,
} from './chunk-loader.ts';
import { ChunkError } from './chunk-read.ts';
import { chunkThread, workersAvailable } from './chunk-thread.ts';
import { locateGeneration, publishedGenerationId, type DataLocation } from './generation.ts';
import { completeCatalog, type DatelineStore } from './store.ts';

/** A dataset that cannot be used; the message is written for the person running the app. */
export class DatasetError extends ChunkError {}

const ACCEPT_JSON = { Accept: 'application/json' };

/** The message for the store of any failure to load. */
export function failureMessage(error: unknown): string {
  return error instanceof ChunkError
    ? error.message
    : `The dataset could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
}

/**
 * Check what was fetched, once converted from an earlier format version; the version gets its own
 * message since it is the likely mismatch.
 */
function acceptDataset(json: unknown): Dataset {
  const upgraded = upgradeFormat(json, 'dataset', 'data/dataset.json');
  if (!upgraded.ok) throw new DatasetError(upgraded.error);
  const result = checkDataset(upgraded.value);
  if (!result.ok) {
    throw new DatasetError(
      `data/dataset.json is not a valid dataset: ${result.errors.join('; ')}.`,
    );
  }
  return result.dataset;
}

/** Fetch and check `dataset.json` at `url`; throws a DatasetError saying what is wrong. */
async function fetchDataset(url: string, init: RequestInit): Promise<Dataset> {
  // Asking for JSON keeps a dev server from answering a missing file with index.html.
  const response = await fetch(url, init);
  if (!response.ok) {
    throw new DatasetError(
      response.status === 404
        ? 'The dataset (data/dataset.json) was not found.'
        : `The dataset could not be loaded (HTTP ${response.status}).`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError('data/dataset.json is missing or is not valid JSON.');
  }
  return acceptDataset(json);
}

/**
 * Fetch and check the dataset, then record the outcome in the store (ready, or error with a
 * message saying what is wrong). Never rejects.
 */
export async function loadDataset(store: DatelineStore, url: string): Promise<void> {
  try {
    store.getState().datasetLoaded(await fetchDataset(url, { headers: ACCEPT_JSON }));
  } catch (error) {
    store.getState().datasetFailed(failureMessage(error));
  }
}

/** Fetch a data file as text; a 404 is `null`. Throws a DatasetError for anything else. */
async function fetchText(url: string, name: string, init: RequestInit): Promise<string | null> {
  const response = await fetch(url, init);
  if (response.status === 404) return null;
  if (!response.ok)
    throw new DatasetError(`The dataset could not be loaded (${name}: HTTP ${response.status}).`);
  // A server answering every path with the app's page (a single-page-app fallback) has no file.
  if (/text\/html/.test(response.headers.get('Content-Type') ?? '')) return null;
  return response.text();
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DatasetError(`${name} is not valid JSON.`);
  }
}

/** What a generation holds, fetched and checked, ready for the store. */
export type Fetched =
  { kind: 'dataset'; dataset: Dataset } | { kind: 'chunks'; source: ChunkSource };

/**
 * Fetch the data at `at`: the manifest, actors and redirects of a chunked build (its chunks are
 * fetched by the loader, through `source.fetchBytes`), else dataset.json. Throws a DatasetError
 * (or what `at.check` throws when the generation changed under a fetch from `data/`).
 */
export async function fetchGeneration(at: DataLocation): Promise<Fetched> {
  // A generation's own folder never changes; `data/` does, so it is asked again every time.
  const init: RequestInit = { headers: ACCEPT_JSON, ...(at.pinned ? {} : { cache: 'no-cache' }) };
  const dir = `${at.dir}${CHUNKS_DIR}/`;
  const name = (file: string): string => `data/${CHUNKS_DIR}/${file}`;
  const text = await fetchText(dir + MANIFEST_FILE, name(MANIFEST_FILE), init);
  if (text === null) {
    const dataset = await fetchDataset(`${at.dir}dataset.json`, init);
    await at.check();
    return { kind: 'dataset', dataset };
  }
  const upgraded = upgradeFormat(
    parseJson(text, name(MANIFEST_FILE)),
    'manifest',
    name(MANIFEST_FILE),
  );
  if (!upgraded.ok) throw new DatasetError(upgraded.error);
  const manifest = checkManifest(upgraded.value);
  if (!manifest.ok)
    throw new DatasetError(
      `${name(MANIFEST_FILE)} is not a valid manifest: ${manifest.errors.join('; ')}.`,
    );
  const required = async (file: string): Promise<unknown> => {
    const body = await fetchText(dir + file, name(file), init);
    if (body === null) throw new DatasetError(`The dataset (${name(file)}) was not found.`);
    return parseJson(body, name(file));
  };
  const [actorsJson, redirectsJson] = await Promise.all([
    required(manifest.value.actors),
    required(manifest.value.redirects),
  ]);
  const actors = checkActors(actorsJson);
  if (!actors.ok)
    throw new DatasetError(
      `${name(manifest.value.actors)} is not a valid actor list: ${actors.errors.join('; ')}.`,
    );
  const redirects = checkRedirects(redirectsJson);
  if (!redirects.ok)
    throw new DatasetError(
      `${name(manifest.value.redirects)} is not valid: ${redirects.errors.join('; ')}.`,
    );
  // Not checked here: the check with each chunk sees a generation published since the first.
  const refused = async (file: string, status: number): Promise<never> => {
    if (status === 404) {
      await at.check(true); // a generation removed by later builds: say so rather than "not found"
      throw new DatasetError(`The dataset (${name(file)}) was not found.`);
    }
    throw new DatasetError(`The dataset could not be loaded (${name(file)}: HTTP ${status}).`);
  };
  const fetchBytes = async (file: string): Promise<ArrayBuffer> => {
    const response = await fetch(dir + file, init);
    if (!response.ok) return refused(file, response.status);
    // The server has opened the file once it answers: checking meanwhile (not after the body)
    // still proves the chunk is of this generation, and costs no extra wait.
    const [bytes] = await Promise.all([response.arrayBuffer(), at.check()]);
    return bytes;
  };
  // In a browser the chunk reader's worker fetches, parses and checks the chunks the loader reads
  // by time window (chunk-thread.ts); it is started with the first such chunk.
  // No worker (one could not be started: a site's policy may forbid them), or it died: null, and
  // the loader reads the chunk on the page as it reads any other.
  const read = workersAvailable()
    ? async (file: string, ref: ChunkRef): Promise<EventChunk | null> => {
        const thread = chunkThread();
        if (!thread || thread.stopped) return null;
        try {
          const [got] = await Promise.all([thread.read(dir + file, init, ref), at.check()]);
          return got.kind === 'chunk' ? got.chunk : await refused(file, got.status);
        } catch (error) {
          if (thread.stopped) return null;
          throw error;
        }
      }
    : undefined;
  return {
    kind: 'chunks',
    source: {
      manifest: manifest.value,
      actors: actors.value,
      redirects: redirects.value,
      fetchBytes,
      ...(read ? { read } : {}),
    },
  };
}

/**
 * Put fetched data in the store: a dataset at once, a chunked build through a started loader
 * (returned, to stop it). `hooks.replacing`: it replaces the data shown (dataReplaced).
 */
export function showGeneration(
  store: DatelineStore,
  fetched: Fetched,
  options: Partial<ChunkLoaderOptions> = {},
  hooks: LoaderHooks = {},
): ChunkLoader | null {
  if (fetched.kind === 'dataset') {
    const { dataset } = fetched;
    if (hooks.replacing) store.getState().dataReplaced(dataset, completeCatalog(dataset));
    else store.getState().datasetLoaded(dataset);
    return null;
  }
  const loader = new ChunkLoader(store, fetched.source, options, hooks);
  loader.start();
  return loader;
}

/**
 * Load the generation published under `base` (the app's base URL) once. Records the outcome in
 * the store; never rejects. Returns the chunk loader when there is one (to stop it).
 */
export async function loadData(
  store: DatelineStore,
  base: string,
  options: Partial<ChunkLoaderOptions> = {},
  folders = false,
): Promise<ChunkLoader | null> {
  try {
    const at = await locateGeneration(base, publishedGenerationId(base), folders);
    return showGeneration(store, await fetchGeneration(at), options);
  } catch (error) {
    store.getState().datasetFailed(failureMessage(error));
    return null;
  }
}
