/** Search and filters prepared in idle time, chunk by chunk, give what a search made cold gives. */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generate-dataset.ts';
import { foldText } from '../lib/text.ts';
import { joinEvents } from './parts.ts';
import { selectFilteredEvents, warmFilters } from './selectors.ts';
import { createDatelineStore } from './store.ts';

/** A clock that allows `n` looks with time left, then none. */
const looks = (n: number) => () => n-- > 0;

describe('warmFilters', () => {
  const dataset = generateDataset(900, 3);
  const word = foldText(dataset.events[17]!.title.split(' ')[0]!);
  const expected = dataset.events.filter((e) =>
    foldText([e.title, ...e.sources.map((s) => s.sentence)].join('\n')).includes(word),
  );

  it('searches for a word some events have and others not', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(dataset.events.length);
  });

  it('works a slice at a time, says when it is done, and the search then finds what it should', () => {
    const parts = [
      dataset.events.slice(0, 400),
      dataset.events.slice(400, 700),
      dataset.events.slice(700),
    ];
    const store = createDatelineStore();
    store.getState().datasetLoaded({ ...dataset, events: joinEvents(parts) });
    let calls = 0;
    while (!warmFilters(store.getState(), looks(2))) calls++;
    // 900 events, 250 folded per look, two looks per call: several calls, not one.
    expect(calls).toBeGreaterThan(2);
    expect(warmFilters(store.getState(), looks(0))).toBe(false); // no time: not claimed done
    expect(warmFilters(store.getState(), looks(5))).toBe(true);
    store.getState().setQuery(word);
    expect(selectFilteredEvents(store.getState()).map((e) => e.id)).toEqual(
      expected.map((e) => e.id),
    );

    // Another chunk joins the ones prepared: only it is left to do.
    const more = generateDataset(200, 4).events;
    store.getState().datasetLoaded({ ...dataset, events: joinEvents([...parts, more]) });
    let again = 0;
    while (!warmFilters(store.getState(), looks(2))) again++;
    expect(again).toBeLessThan(calls);
  });
});
