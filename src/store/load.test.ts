import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { loadDataset } from './load.ts';
import { completeCatalog, createDatelineStore } from './store.ts';

const VALID: Dataset = {
  version: 1,
  generator: 'test',
  articles: [],
  actors: [],
  events: [],
  redirects: {},
};

/** Load with `fetch` answering `body` (a string is sent as is) with `status`. */
async function loadWith(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  );
  const store = createDatelineStore();
  await loadDataset(store, '/data/dataset.json');
  return store.getState().load;
}

describe('loadDataset', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stores a valid dataset', async () => {
    expect(await loadWith(VALID)).toEqual({
      status: 'ready',
      dataset: VALID,
      catalog: completeCatalog(VALID),
    });
  });

  it.each([
    ['a missing file', 'Not found', 404, /not found/],
    ['a server error', 'oops', 500, /HTTP 500/],
    ['HTML instead of JSON', '<!doctype html>', 200, /not valid JSON/],
    [
      'another format version',
      { ...VALID, version: 2 },
      200,
      /format version 2, but this app reads version 1/,
    ],
    [
      'a broken dataset',
      { ...VALID, events: [{ id: 'x' }] },
      200,
      /not a valid dataset: events\.0/,
    ],
  ])('reports %s', async (_what, body, status, message) => {
    const load = await loadWith(body, status);
    expect(load.status).toBe('error');
    expect(load.status === 'error' && load.message).toMatch(message);
  });

  it('reports a network failure', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const store = createDatelineStore();
    await loadDataset(store, '/data/dataset.json');
    expect(store.getState().load).toEqual({
      status: 'error',
      message: 'The dataset could not be loaded (Failed to fetch).',
    });
  });
});
