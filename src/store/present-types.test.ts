/** The event types the dataset uses: those of the loaded events, and those the overview counts. */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generate-dataset.ts';
import { EVENT_TYPES, type EventType } from '../model/dataset.ts';
import { selectPresentTypes } from './selectors.ts';
import { completeCatalog, createDatelineStore } from './store.ts';

describe('selectPresentTypes', () => {
  it('is the types of the loaded events, plus those the overview counts', () => {
    const dataset = generateDataset(300, 2);
    const used: EventType[] = ['statement', 'assault'];
    const events = dataset.events.map((e, i) => ({ ...e, type: used[i % 2]! }));
    const store = createDatelineStore();
    store.getState().datasetLoaded({ ...dataset, events });
    expect([...selectPresentTypes(store.getState())].sort()).toEqual([...used].sort());
    // A chunked build's overview also counts what is not loaded.
    const overview = { types: ['agree', 'assault'] as EventType[], bins: [{ month: '2020-01', events: 3, types: [3, 0] }] };
    store.getState().chunksLoaded({ ...dataset, events }, { ...completeCatalog(dataset), overview, complete: false });
    expect([...selectPresentTypes(store.getState())].sort()).toEqual(['agree', 'assault', 'statement']);
    expect(EVENT_TYPES).toEqual(expect.arrayContaining(['agree', 'assault', 'statement']));
  });
});
