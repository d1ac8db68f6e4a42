import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, LEGACY_EVENT_TYPES, V1_EVENT_TYPES } from '../model/dataset.ts';
import { NO_FILTERS } from '../model/filter.ts';
import { NO_BOUNDS, windowToBounds } from '../model/window.ts';
import { EMPTY_URL_STATE, formatUrlState, parseUrlState, type UrlState } from './codec.ts';

const FULL: UrlState = {
  actor: 'country:kosovo',
  event: 'ev-2008-02-17-independence',
  filters: {
    actors: ['country:kosovo', 'person:hashim-thaci'],
    match: 'all',
    affiliated: true,
    types: ['statement', 'cooperate'],
    query: 'Thaçi & co, 100% "sure"+more',
    hidePublicationDated: true,
    keyOnly: true,
    asOf: '2008-03-01',
  },
  view: { from: '2008-01-01', to: '2008-12-31' },
  embed: true,
  lanes: true,
};

const pageAmongFilters = (s: UrlState): boolean =>
  s.actor === null || s.filters.actors.includes(s.actor);

/** Parse and keep only the names of the parameters that were left out. */
function parse(search: string): { state: UrlState; ignored: string[] } {
  const { state, problems } = parseUrlState(search);
  return { state, ignored: problems.map((p) => p.param) };
}

describe('formatUrlState / parseUrlState round trip', () => {
  it('formats the default view as an empty string', () => {
    expect(formatUrlState(EMPTY_URL_STATE)).toBe('');
    expect(parse('')).toEqual({ state: EMPTY_URL_STATE, ignored: [] });
  });

  it('round-trips a full state', () => {
    const search = formatUrlState(FULL);
    expect(parse(search)).toEqual({ state: FULL, ignored: [] });
  });

  it('writes a readable canonical query string', () => {
    expect(formatUrlState(FULL)).toBe(
      '?actor=country:kosovo&event=ev-2008-02-17-independence&actors=country:kosovo,person:hashim-thaci&match=all' +
        '&affiliated=1&lanes=1&types=statement,cooperate&dated=text&key=1&asof=2008-03-01' +
        '&q=Tha%C3%A7i%20%26%20co%2C%20100%25%20%22sure%22%2Bmore' +
        '&from=2008-01-01&to=2008-12-31&embed=1',
    );
  });

  it('round-trips single fields', () => {
    const none = { ...EMPTY_URL_STATE };
    const states: UrlState[] = [
      { ...none, event: 'abc123' },
      { ...none, filters: { ...NO_FILTERS, keyOnly: true } },
      { ...none, filters: { ...NO_FILTERS, asOf: '2022-09-22' } },
      // A day before year 1 is a day too (ISO 8601's year 0 and before).
      { ...none, filters: { ...NO_FILTERS, asOf: '-0044-03-15' } },
      { ...none, filters: { ...NO_FILTERS, actors: ['organization:nato'] } },
      // Every entity kind is named <kind>:<slug> (dataset format versions 3 and 4).
      {
        ...none,
        filters: {
          ...NO_FILTERS,
          actors: [
            'agreement:brussels-agreement',
            'law:resolution-1244',
            'operation:operation-allied-force',
            'index:s-p-500',
            'currency:serbian-dinar',
            'commodity:brent-crude',
            'event:2014-world-cup',
            'facility:jarinje-crossing',
          ],
        },
      },
      {
        ...none,
        actor: 'facility:zaporizhzhia-nuclear-power-plant',
        filters: { ...NO_FILTERS, actors: ['facility:zaporizhzhia-nuclear-power-plant'] },
      },
      { ...none, filters: { ...NO_FILTERS, types: ['other'] } },
      { ...none, filters: { ...NO_FILTERS, query: '  spaces kept while typing ' } },
      { ...none, filters: { ...NO_FILTERS, match: 'all' } },
      { ...none, filters: { ...NO_FILTERS, affiliated: true } },
      { ...none, filters: { ...NO_FILTERS, hidePublicationDated: true } },
      { ...none, view: { from: '2020-02-29', to: null } },
      { ...none, view: { from: null, to: '1999-06-30' } },
      { ...none, view: { from: '2022-09-20T06:30Z', to: '2022-09-27T18:05Z' } },
      { ...none, embed: true },
      {
        ...none,
        lanes: true,
        filters: { ...NO_FILTERS, actors: ['country:kosovo', 'country:serbia'] },
      },
      {
        ...none,
        actor: 'person:albin-kurti',
        filters: { ...NO_FILTERS, actors: ['person:albin-kurti'] },
      },
      {
        ...none,
        actor: 'country:serbia',
        filters: { ...NO_FILTERS, actors: ['country:kosovo', 'country:serbia'], match: 'all' },
      },
    ];
    for (const state of states) {
      expect(parse(formatUrlState(state))).toEqual({ state, ignored: [] });
    }
  });

  it('writes minute bounds with a readable colon', () => {
    const search = formatUrlState({
      ...EMPTY_URL_STATE,
      view: { from: '2022-09-20T06:30Z', to: '2022-09-27T18:05Z' },
    });
    expect(search).toBe('?from=2022-09-20T06:30Z&to=2022-09-27T18:05Z');
  });

  it('is stable: format(parse(format(s))) equals format(s)', () => {
    const once = formatUrlState(FULL);
    expect(formatUrlState(parseUrlState(once).state)).toBe(once);
  });

  it('round-trips any state the app can produce (property)', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9:_.~%-]{1,40}$/);
    const window = fc
      .tuple(
        fc.double({ min: -3e12, max: 4e12, noNaN: true }),
        fc.double({ min: 6.048e8, max: 3e13, noNaN: true }),
      )
      .map(([startMs, spanMs]) => windowToBounds({ startMs, endMs: startMs + spanMs }));
    const state: fc.Arbitrary<UrlState> = fc.record({
      actor: fc.option(id, { nil: null }),
      event: fc.option(id, { nil: null }),
      filters: fc.record({
        actors: fc.uniqueArray(id, { maxLength: 4 }),
        match: fc.constantFrom('any' as const, 'all' as const),
        affiliated: fc.boolean(),
        types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 4 }),
        query: fc.string({ maxLength: 40 }),
        hidePublicationDated: fc.boolean(),
        keyOnly: fc.boolean(),
        asOf: fc.option(
          fc
            .date({ min: new Date('1800-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          { nil: null },
        ),
      }),
      view: fc.oneof(fc.constant(NO_BOUNDS), window),
      embed: fc.boolean(),
      lanes: fc.boolean(),
    });
    fc.assert(
      // The app keeps an open page's actor among the actor filters (store.ts), so links do too.
      fc.property(state.filter(pageAmongFilters), (s) => {
        expect(parse(formatUrlState(s))).toEqual({ state: s, ignored: [] });
      }),
    );
  });

  it('writes an actor page without the actor filter it implies, and reads it back', () => {
    const page: UrlState = {
      ...EMPTY_URL_STATE,
      actor: 'country:serbia',
      filters: { ...NO_FILTERS, actors: ['country:serbia'] },
    };
    expect(formatUrlState(page)).toBe('?actor=country:serbia');
    expect(parse('?actor=country:serbia')).toEqual({ state: page, ignored: [] });
    // With other actors in the filter, the list is written whole.
    const withOthers = {
      ...page,
      filters: { ...NO_FILTERS, actors: ['country:serbia', 'country:kosovo'] },
    };
    expect(formatUrlState(withOthers)).toBe(
      '?actor=country:serbia&actors=country:serbia,country:kosovo',
    );
  });

  it('adds the page actor to a link whose actor filter leaves it out', () => {
    expect(parse('?actor=country:serbia&actors=country:kosovo&match=all').state.filters).toEqual({
      ...NO_FILTERS,
      actors: ['country:serbia', 'country:kosovo'],
      match: 'all',
    });
  });

  it('accepts percent-encoded separators written by other tools', () => {
    const { state } = parse(
      '?actors=country%3Akosovo%2Ccountry%3Aserbia&q=a+b&from=2022-09-20T06%3A30Z',
    );
    expect(state.filters.actors).toEqual(['country:kosovo', 'country:serbia']);
    expect(state.filters.query).toBe('a b');
    expect(state.view.from).toBe('2022-09-20T06:30Z');
  });

  it('reads a bound without its Z as UTC too, and affiliated=0 as off', () => {
    const { state, ignored } = parse('?from=2022-09-20T06:30&affiliated=0');
    expect(ignored).toEqual([]);
    expect(state.view.from).toBe('2022-09-20T06:30');
    expect(state.filters.affiliated).toBe(false);
  });
});

describe('parseUrlState with malformed input', () => {
  it('drops only the malformed parameter and reports it with its value', () => {
    const { state, problems } = parseUrlState(
      '?event=ok-id&types=statement,nonsense&from=2022-02-30&q=kosovo',
    );
    expect(problems).toEqual([
      { param: 'types', value: 'statement,nonsense' },
      { param: 'from', value: '2022-02-30' },
    ]);
    expect(state).toEqual({
      ...EMPTY_URL_STATE,
      event: 'ok-id',
      filters: { ...NO_FILTERS, query: 'kosovo' },
    });
  });

  it.each([
    ['match=some', 'match'],
    ['match=ALL', 'match'],
    ['affiliated=yes', 'affiliated'],
    ['from=2022-1-01', 'from'],
    ['from=2022-01-01T25:00Z', 'from'],
    ['from=2022-01-01T10:00%2B01:00', 'from'],
    ['to=yesterday', 'to'],
    ['to=2023-13-01', 'to'],
    ['actors=country:kosovo,,country:serbia', 'actors'],
    ['actors=has%20space', 'actors'],
    ['event=a%20b', 'event'],
    ['actor=a,b', 'actor'],
    ['actor=a%20b', 'actor'],
    ['actor=a&actor=b', 'actor'],
    ['event=' + 'x'.repeat(201), 'event'],
    ['q=' + 'x'.repeat(501), 'q'],
    ['types=Statement', 'types'],
    ['types=Meeting', 'types'],
    ['types=consult,constructor', 'types'],
    ['dated=publication', 'dated'],
    ['dated=TEXT', 'dated'],
    ['dated=1', 'dated'],
    ['dated=text&dated=all', 'dated'],
    ['event=a&event=b', 'event'],
    ['key=yes', 'key'],
    ['lanes=yes', 'lanes'],
    ['asof=2022-02-30', 'asof'],
    ['asof=2022-9-22', 'asof'],
    ['asof=yesterday', 'asof'],
    ['key=true', 'key'],
    ['key=1&key=0', 'key'],
    ['embed=yes', 'embed'],
    ['embed=true', 'embed'],
  ])('ignores %s', (search, name) => {
    const { state, ignored } = parse(`?${search}`);
    expect(ignored).toEqual([name]);
    expect(state).toEqual(EMPTY_URL_STATE);
  });

  it('ignores unknown parameters silently', () => {
    expect(parse('?utm_source=x&zoom=3&event=e1')).toEqual({
      state: { ...EMPTY_URL_STATE, event: 'e1' },
      ignored: [],
    });
  });

  it('treats empty values as unset, not malformed', () => {
    expect(parse('?event=&actors=&q=&from=&affiliated=')).toEqual({
      state: EMPTY_URL_STATE,
      ignored: [],
    });
  });

  it('reads dated=text, and dated=all as the default', () => {
    expect(parse('?dated=text').state.filters.hidePublicationDated).toBe(true);
    expect(parse('?dated=all')).toEqual({ state: EMPTY_URL_STATE, ignored: [] });
    expect(formatUrlState(parse('?dated=all').state)).toBe('');
  });

  it('drops only a malformed dated and keeps the rest', () => {
    const { state, problems } = parseUrlState('?types=consult&dated=maybe&q=kosovo');
    expect(problems).toEqual([{ param: 'dated', value: 'maybe' }]);
    expect(state.filters).toEqual({ ...NO_FILTERS, types: ['consult'], query: 'kosovo' });
  });

  it('deduplicates list items', () => {
    expect(parse('?types=coerce,coerce&actors=a:b,a:b').state.filters).toMatchObject({
      types: ['coerce'],
      actors: ['a:b'],
    });
  });

  it('drops the end of an inverted or empty window', () => {
    const { state, ignored } = parse('?from=2010-01-01&to=2009-12-31');
    expect(ignored).toEqual(['to']);
    expect(state.view).toEqual({ from: '2010-01-01', to: null });
    // A one-day window is fine (to includes its day); a zero-length minute window is not.
    expect(parse('?from=2010-01-01&to=2010-01-01').ignored).toEqual([]);
    expect(parse('?from=2010-01-01T10:00Z&to=2010-01-01T10:00Z').ignored).toEqual(['to']);
  });

  it('survives garbage', () => {
    for (const search of ['?%', '?&&&', '?=x', '??event=x', '?event=%E0%A4%A', '#event=x']) {
      expect(() => parseUrlState(search)).not.toThrow();
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (search) => {
        const { state } = parseUrlState(search);
        // Whatever comes in, what goes out parses back to itself.
        expect(parse(formatUrlState(state))).toEqual({ state, ignored: [] });
      }),
    );
  });
});

describe('links written before dataset format version 2', () => {
  it('read version-1 type names as their version-2 types', () => {
    expect(parse('?types=meeting')).toEqual({
      state: { ...EMPTY_URL_STATE, filters: { ...NO_FILTERS, types: ['consult'] } },
      ignored: [],
    });
    for (const old of V1_EVENT_TYPES)
      expect(parse(`?types=${old}`).state.filters.types).toEqual([LEGACY_EVENT_TYPES[old]]);
  });

  it('merge old names that became one type, and mix with new names', () => {
    // election, economy and legal are all `other` now.
    expect(parse('?types=election,economy,legal,other').state.filters.types).toEqual(['other']);
    expect(parse('?types=violence,assault,agree').state.filters.types).toEqual([
      'assault',
      'agree',
    ]);
  });

  it('are rewritten with the new names, which read back the same', () => {
    const old = parse('?types=meeting,agreement&q=brussels').state;
    const canonical = formatUrlState(old);
    expect(canonical).toBe('?types=consult,agree&q=brussels');
    expect(parse(canonical)).toEqual({ state: old, ignored: [] });
  });
});
