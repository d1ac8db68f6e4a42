/** Fetching dataset.json into the store. */
import { checkDataset, DatasetError } from '../model/dataset-check.ts';
import type { DatelineStore } from './store.ts';

/**
 * Fetch and check the dataset, then record the outcome in the store (ready or error with a
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
    datasetLoaded(checkDataset(json));
  } catch (error) {
    datasetFailed(
      error instanceof DatasetError
        ? error.message
        : `The dataset could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}
