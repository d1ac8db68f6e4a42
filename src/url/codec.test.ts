import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../model/filter.ts';
import { EMPTY_URL_STATE, formatUrlState, parseUrlState, type UrlState } from './codec.ts';

const FULL: UrlState = {
  event: 'ev-2008-02-17-independence',
  filters: {
    actors: ['country:kosovo', 'person:hashim-thaci'],
    match: 'all',
    types: ['statement', 'diplomacy'],
    query: 'Thaçi & co, 100% "sure"+more',
    from: '2008-01-01',
    to: '2008-12-31',
  },
};

describe('formatUrlState / parseUrlState round trip', () => {
  it('formats the default view as an empty string', () => {
    expect(formatUrlState(EMPTY_URL_STATE)).toBe('');
    expect(parseUrlState('')).toEqual({ state: EMPTY_URL_STATE, ignored: [] });
  });

  it('round-trips a full state', () => {
    const search = formatUrlState(FULL);
    expect(parseUrlState(search)).toEqual({ state: FULL, ignored: [] });
  });

  it('writes a readable canonical query string', () => {
    expect(formatUrlState(FULL)).toBe(
      '?event=ev-2008-02-17-independence&actors=country:kosovo,person:hashim-thaci&match=all' +
        '&types=statement,diplomacy&q=Tha%C3%A7i%20%26%20co%2C%20100%25%20%22sure%22%2Bmore' +
        '&from=2008-01-01&to=2008-12-31',
    );
  });

  it('round-trips single fields', () => {
    const states: UrlState[] = [
      { event: 'abc123', filters: NO_FILTERS },
      { event: null, filters: { ...NO_FILTERS, actors: ['organization:nato'] } },
      { event: null, filters: { ...NO_FILTERS, types: ['other'] } },
      { event: null, filters: { ...NO_FILTERS, query: '  spaces kept while typing ' } },
      { event: null, filters: { ...NO_FILTERS, from: '2020-02-29' } },
      { event: null, filters: { ...NO_FILTERS, to: '1999-06-30' } },
      { event: null, filters: { ...NO_FILTERS, match: 'all' } },
    ];
    for (const state of states) {
      expect(parseUrlState(formatUrlState(state))).toEqual({ state, ignored: [] });
    }
  });

  it('is stable: format(parse(format(s))) equals format(s)', () => {
    const once = formatUrlState(FULL);
    expect(formatUrlState(parseUrlState(once).state)).toBe(once);
  });

  it('accepts percent-encoded separators written by other tools', () => {
    const { state } = parseUrlState('?actors=country%3Akosovo%2Ccountry%3Aserbia&q=a+b');
    expect(state.filters.actors).toEqual(['country:kosovo', 'country:serbia']);
    expect(state.filters.query).toBe('a b');
  });
});

describe('parseUrlState with malformed input', () => {
  it('drops only the malformed parameter and reports it', () => {
    const { state, ignored } = parseUrlState(
      '?event=ok-id&types=statement,nonsense&from=2022-02-30&q=kosovo',
    );
    expect(ignored).toEqual(['types', 'from']);
    expect(state).toEqual({ event: 'ok-id', filters: { ...NO_FILTERS, query: 'kosovo' } });
  });

  it.each([
    ['match=some', 'match'],
    ['match=ALL', 'match'],
    ['from=2022-1-01', 'from'],
    ['to=yesterday', 'to'],
    ['to=2023-13-01', 'to'],
    ['actors=country:kosovo,,country:serbia', 'actors'],
    ['actors=has%20space', 'actors'],
    ['event=a%20b', 'event'],
    ['event=' + 'x'.repeat(201), 'event'],
    ['q=' + 'x'.repeat(501), 'q'],
    ['types=Statement', 'types'],
    ['event=a&event=b', 'event'],
  ])('ignores %s', (search, name) => {
    const { state, ignored } = parseUrlState(`?${search}`);
    expect(ignored).toEqual([name]);
    expect(state).toEqual(EMPTY_URL_STATE);
  });

  it('ignores unknown parameters silently', () => {
    expect(parseUrlState('?utm_source=x&zoom=3&event=e1')).toEqual({
      state: { event: 'e1', filters: NO_FILTERS },
      ignored: [],
    });
  });

  it('treats empty values as unset, not malformed', () => {
    expect(parseUrlState('?event=&actors=&q=&from=')).toEqual({
      state: EMPTY_URL_STATE,
      ignored: [],
    });
  });

  it('deduplicates list items', () => {
    expect(parseUrlState('?types=legal,legal&actors=a:b,a:b').state.filters).toMatchObject({
      types: ['legal'],
      actors: ['a:b'],
    });
  });

  it('drops the end of an inverted date window', () => {
    const { state, ignored } = parseUrlState('?from=2010-01-01&to=2009-12-31');
    expect(ignored).toEqual(['to']);
    expect(state.filters).toMatchObject({ from: '2010-01-01', to: null });
  });

  it('survives garbage', () => {
    for (const search of ['?%', '?&&&', '?=x', '??event=x', '?event=%E0%A4%A', '#event=x']) {
      expect(() => parseUrlState(search)).not.toThrow();
    }
  });
});
