import { describe, expect, it } from 'vitest';
import type { EventRecord } from './dataset.ts';
import { countByActor, countByType, filterEvents, hasFilters, NO_FILTERS } from './filter.ts';
import { indexById, resolveEventId } from './lookup.ts';

function ev(
  id: string,
  start: string,
  end: string,
  actors: string[],
  type: EventRecord['type'] = 'other',
): EventRecord {
  return {
    id,
    date: start,
    start,
    end,
    precision: 'day',
    title: `Title ${id}`,
    type,
    actors,
    future: false,
    sources: [
      {
        article: 'a',
        sentence: `Sentence about Zvečan ${id}`,
        start: 0,
        end: 1,
        timex: null,
        mentions: [],
      },
    ],
  };
}

const EVENTS = [
  ev('e1', '2008-02-17', '2008-02-17', ['k', 's'], 'statement'),
  ev('e2', '2008-02-01', '2008-02-29', ['k'], 'legal'),
  ev('e3', '2010-07-22', '2010-07-22', ['s', 'n'], 'statement'),
];
const ids = (events: EventRecord[]): string[] => events.map((e) => e.id);

describe('filterEvents', () => {
  it('passes everything without filters', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(ids(filterEvents(EVENTS, NO_FILTERS))).toEqual(['e1', 'e2', 'e3']);
  });

  it('matches actors with any or all', () => {
    expect(ids(filterEvents(EVENTS, { ...NO_FILTERS, actors: ['k', 'n'] }))).toEqual([
      'e1',
      'e2',
      'e3',
    ]);
    expect(ids(filterEvents(EVENTS, { ...NO_FILTERS, actors: ['k', 's'], match: 'all' }))).toEqual([
      'e1',
    ]);
  });

  it('filters by type, text (folded, word by word) and overlapping date window', () => {
    expect(ids(filterEvents(EVENTS, { ...NO_FILTERS, types: ['legal'] }))).toEqual(['e2']);
    expect(ids(filterEvents(EVENTS, { ...NO_FILTERS, query: 'ZVECAN e3' }))).toEqual(['e3']);
    expect(
      ids(filterEvents(EVENTS, { ...NO_FILTERS, from: '2008-02-20', to: '2009-01-01' })),
    ).toEqual(['e2']);
  });
});

describe('facet counts', () => {
  it('counts actors ignoring the actor selection with any, respecting it with all', () => {
    const any = countByActor(EVENTS, { ...NO_FILTERS, actors: ['n'] });
    expect(Object.fromEntries(any)).toEqual({ k: 2, s: 2, n: 1 });
    const all = countByActor(EVENTS, { ...NO_FILTERS, actors: ['s'], match: 'all' });
    expect(Object.fromEntries(all)).toEqual({ k: 1, s: 2, n: 1 });
  });

  it('counts types ignoring the type selection', () => {
    expect(
      Object.fromEntries(countByType(EVENTS, { ...NO_FILTERS, types: ['legal'], actors: ['s'] })),
    ).toEqual({
      statement: 2,
    });
  });
});

describe('resolveEventId', () => {
  const byId = indexById(EVENTS);
  it('finds events directly and through redirect chains', () => {
    expect(resolveEventId('e1', byId, {})?.id).toBe('e1');
    expect(resolveEventId('old', byId, { old: 'older', older: 'e3' })?.id).toBe('e3');
  });
  it('returns null for unknown ids, cycles and prototype names', () => {
    expect(resolveEventId('nope', byId, {})).toBeNull();
    expect(resolveEventId('a', byId, { a: 'b', b: 'a' })).toBeNull();
    expect(resolveEventId('constructor', byId, {})).toBeNull();
  });
});
