/**
 * Stepping through the events with the keyboard (J/K on the timeline): selectStep goes from the
 * selected event to its neighbour in reading order, and starts from what is in view.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, EventRecord } from '../model/dataset.ts';
import { VALID_DATASET } from '../model/valid-dataset.fixture.ts';
import { selectStep } from './selectors.ts';
import { createDatelineStore } from './store.ts';

const base = VALID_DATASET.events[0]!;
function event(
  id: string,
  date: string,
  start: string,
  end: string,
  precision: EventRecord['precision'],
  title = id,
): EventRecord {
  return { ...base, id, date, start, end, precision, title };
}

// Reading order: the 2008 year after the days dated inside it; March 2010 far to the right.
const dataset: Dataset = {
  ...VALID_DATASET,
  events: [
    event('y2008', '2008', '2008-01-01', '2008-12-31', 'year'),
    event('feb17', '2008-02-17', '2008-02-17', '2008-02-17', 'day'),
    event('jun15', '2008-06-15', '2008-06-15', '2008-06-15', 'day'),
    event('mar2010', '2010-03-01', '2010-03-01', '2010-03-01', 'day'),
  ],
  redirects: {},
};

function storeWith(
  selected: string | null,
  view = { from: null as string | null, to: null as string | null },
) {
  const store = createDatelineStore();
  store.getState().datasetLoaded(dataset);
  store.getState().setView(view);
  store.getState().selectEvent(selected);
  return store.getState();
}

const stepId = (s: ReturnType<typeof storeWith>, d: 1 | -1) => selectStep(s, d)?.event.id ?? null;

describe('selectStep', () => {
  it('goes to the neighbours of the selected event in reading order, with its place among them', () => {
    const s = storeWith('jun15');
    expect(selectStep(s, 1)).toMatchObject({ event: { id: 'y2008' }, position: 3, total: 4 });
    expect(selectStep(s, -1)).toMatchObject({ event: { id: 'feb17' }, position: 1, total: 4 });
  });

  it('stops at either end', () => {
    expect(stepId(storeWith('feb17'), -1)).toBeNull();
    expect(stepId(storeWith('mar2010'), 1)).toBeNull();
  });

  it('without a selection, starts from the first (or last) event in view, not of the dataset', () => {
    const view = { from: '2008-03-01', to: '2008-12-31' };
    expect(selectStep(storeWith(null, view), 1)).toMatchObject({
      event: { id: 'jun15' },
      position: 2,
      total: 4,
    });
    expect(stepId(storeWith(null, view), -1)).toBe('y2008');
    expect(stepId(storeWith(null), 1)).toBe('feb17');
  });

  it('starts from the view when the selected event is hidden by the filters', () => {
    const store = createDatelineStore();
    store.getState().datasetLoaded(dataset);
    store.getState().selectEvent('mar2010');
    store.getState().setQuery('feb17');
    expect(stepId(store.getState(), 1)).toBe('feb17');
    expect(stepId(store.getState(), -1)).toBe('feb17');
  });
});
