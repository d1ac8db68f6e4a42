import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { loadDataset } from './load.ts';
import { completeCatalog, createDatelineStore } from './store.ts';

const VALID: Dataset = {
  version: 4,
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
      'a newer format version',
      { ...VALID, version: 5 },
      200,
      /^data\/dataset\.json has format version 5, but this app reads version 4 .*npm run build:data/,
    ],
    ['no format version', { ...VALID, version: undefined }, 200, /has no format version/],
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

  it('reads a version-1 dataset by converting it', async () => {
    const v1 = {
      ...VALID,
      version: 1,
      actors: [],
      articles: [
        {
          id: 'a1',
          path: 'a.txt',
          title: 'A',
          published: '2022-09-22',
          outlet: null,
          place: null,
          url: null,
        },
      ],
      events: [
        {
          id: 'e1',
          date: '2022-09-21',
          start: '2022-09-21',
          end: '2022-09-21',
          precision: 'day',
          title: 'Talks',
          type: 'meeting',
          actors: [],
          future: false,
          sources: [
            { article: 'a1', sentence: 'Talks.', start: 0, end: 6, timex: null, mentions: [] },
          ],
        },
      ],
    };
    const load = await loadWith(v1);
    expect(load.status).toBe('ready');
    const event = load.status === 'ready' ? load.dataset.events[0] : null;
    expect(event).toMatchObject({
      type: 'consult',
      dateBasis: 'explicit',
      modality: 'asserted',
      merge: null,
    });
    expect(load.status === 'ready' && load.dataset.version).toBe(4);
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
