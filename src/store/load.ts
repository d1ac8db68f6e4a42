/**
 * Fetching the data into the store: a chunked build (`data/chunks/manifest.json`, loaded by time
 * window: chunk-loader.ts) when there is one, else `data/dataset.json` whole.
 */
import type { Dataset } from '../model/dataset.ts';
import { checkActors, checkManifest, checkRedirects } from '../model/check-chunks.ts';
import { checkDataset } from '../model/check-dataset.ts';
import { CHUNKS_DIR, MANIFEST_FILE } from '../model/manifest.ts';
import { upgradeFormat } from '../model/migrate.ts';
import { ChunkError, ChunkLoader, type ChunkLoaderOptions } from './chunk-loader.ts';
import type { DatelineStore } from './store.ts';

/** A dataset that cannot be used; the message is written for the person running the app. */
class DatasetError extends ChunkError {}

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

/**
 * Fetch and check the dataset, then record the outcome in the store (ready, or error with a
 * message saying what is wrong). Never rejects.
 */
export async function loadDataset(store: DatelineStore, url: string): Promise<void> {
  const { datasetLoaded, datasetFailed } = store.getState();
  try {
    // Asking for JSON keeps a dev server from answering a missing file with index.html.
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
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
    datasetLoaded(acceptDataset(json));
  } catch (error) {
    datasetFailed(
      error instanceof DatasetError
        ? error.message
        : `The dataset could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

const ACCEPT_JSON = { headers: { Accept: 'application/json' } };

/** Fetch a data file as text; a 404 is `null`. Throws a DatasetError for anything else. */
async function fetchText(url: string, name: string): Promise<string | null> {
  const response = await fetch(url, ACCEPT_JSON);
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

/**
 * Load the data under `base` (the app's base URL): the chunked build when `data/chunks/manifest.json`
 * exists, else `data/dataset.json`. Records the outcome in the store; never rejects. Returns the
 * chunk loader when there is one (to stop it).
 */
export async function loadData(
  store: DatelineStore,
  base: string,
  options: Partial<ChunkLoaderOptions> = {},
): Promise<ChunkLoader | null> {
  const dir = `${base}data/${CHUNKS_DIR}/`;
  const name = (file: string): string => `data/${CHUNKS_DIR}/${file}`;
  try {
    const text = await fetchText(dir + MANIFEST_FILE, name(MANIFEST_FILE));
    if (text === null) {
      await loadDataset(store, `${base}data/dataset.json`);
      return null;
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
      const body = await fetchText(dir + file, name(file));
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
    const chunkBytes = async (file: string): Promise<ArrayBuffer> => {
      const response = await fetch(dir + file, ACCEPT_JSON);
      if (response.status === 404)
        throw new DatasetError(`The dataset (${name(file)}) was not found.`);
      if (!response.ok)
        throw new DatasetError(
          `The dataset could not be loaded (${name(file)}: HTTP ${response.status}).`,
        );
      return response.arrayBuffer();
    };
    const loader = new ChunkLoader(
      store,
      {
        manifest: manifest.value,
        actors: actors.value,
        redirects: redirects.value,
        fetchBytes: chunkBytes,
      },
      options,
    );
    loader.start();
    return loader;
  } catch (error) {
    store
      .getState()
      .datasetFailed(
        error instanceof DatasetError
          ? error.message
          : `The dataset could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
      );
    return null;
  }
}
