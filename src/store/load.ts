/** Fetching dataset.json into the store. */
import { DATASET_VERSION, type Dataset } from '../model/dataset.ts';
import { checkDataset } from '../model/check-dataset.ts';
import type { DatelineStore } from './store.ts';

/** A dataset that cannot be used; the message is written for the person running the app. */
class DatasetError extends Error {}

/** Check what was fetched; the version gets its own message since it is the likely mismatch. */
function acceptDataset(json: unknown): Dataset {
  const version =
    typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (version !== DATASET_VERSION) {
    throw new DatasetError(
      `data/dataset.json has format version ${JSON.stringify(version) ?? 'none'}, but this app reads version ${DATASET_VERSION}.`,
    );
  }
  const result = checkDataset(json);
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
