import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryWords } from '../lib/text.ts';
import { affiliationCredits } from './affiliations.ts';
import {
  DATE_BASES,
  EVENT_TYPES,
  type ActorRecord,
  type DateBasis,
  type EventRecord,
} from './dataset.ts';
import {
  ActorNumbering,
  countByActor,
  countByType,
  EventColumns,
  filterAndCount,
  filterAndCountColumns,
  FilterIndex,
  filterEvents,
  hasFilters,
  NO_FILTERS,
  type EventFilters,
} from './filter.ts';
import { addDays } from './dates.ts';
import { indexById, resolveEventId } from './lookup.ts';
import { indexTexts, JoinedTextIndex } from './text-index.ts';

function ev(
  id: string,
  start: string,
  end: string,
  actors: string[],
  type: EventRecord['type'] = 'other',
  dateBasis: DateBasis = 'explicit',
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
    dateBasis,
    modality: 'asserted',
    merge: null,
    sources: [
      {
        article: 'a',
        sentence: `Sentence about Zvečan ${id}`,
        start: 0,
        end: 1,
        timex: null,
        trigger: null,
        mentions: [],
      },
    ],
  };
}

function actor(id: string, memberOf: string[]): ActorRecord {
  return {
    id,
    name: id,
    kind: 'person',
    aliases: [],
    affiliations: memberOf.map((a) => ({ actor: a, role: null })),
    eventCount: 0,
  };
}

const EVENTS = [
  ev('e1', '2008-02-17', '2008-02-17', ['k', 's'], 'statement'),
  ev('e2', '2008-02-01', '2008-02-29', ['k'], 'coerce', 'publication'),
  ev('e3', '2010-07-22', '2010-07-22', ['s', 'n'], 'statement', 'narrative'),
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

  it('filters by type and text (folded, word by word)', () => {
    expect(ids(filterEvents(EVENTS, { ...NO_FILTERS, types: ['coerce'] }))).toEqual(['e2']);
    expect(ids(filterEvents(EVENTS, { ...NO_FILTERS, query: 'ZVECAN e3' }))).toEqual(['e3']);
  });

  it('hides events dated only by publication, and only those', () => {
    const f = { ...NO_FILTERS, hidePublicationDated: true };
    expect(hasFilters(f)).toBe(true);
    // e2 is publication-dated; e3's narrative date still comes from the text.
    expect(ids(filterEvents(EVENTS, f))).toEqual(['e1', 'e3']);
    expect(ids(filterEvents(EVENTS, { ...f, types: ['coerce'] }))).toEqual([]);
  });

  it('keeps only key events when asked, on every filtering path', () => {
    const events = [
      { ...ev('k1', '2008-01-01', '2008-01-01', ['s']), importance: 70 },
      { ...ev('m1', '2008-01-02', '2008-01-02', ['s']), importance: 20 },
      // No stored importance (an older dataset): computed, an assault with three actors is key.
      ev('k2', '2008-01-03', '2008-01-03', ['s', 'k', 'n'], 'assault'),
      ev('m2', '2008-01-04', '2008-01-04', ['s'], 'statement'),
    ];
    const f = { ...NO_FILTERS, keyOnly: true };
    expect(hasFilters(f)).toBe(true);
    expect(ids(filterEvents(events, f))).toEqual(['k1', 'k2']);
    expect(ids(filterAndCount(events, f).events)).toEqual(['k1', 'k2']);
    expect(ids(filterAndCountColumns(events, new EventColumns(events), f).events)).toEqual([
      'k1',
      'k2',
    ]);
    expect(ids(new FilterIndex(events, new EventColumns(events)).run(f).events)).toEqual([
      'k1',
      'k2',
    ]);
    expect(Object.fromEntries(countByType(events, f))).toEqual({ other: 1, assault: 1 });
  });

  it('with affiliated, matches the members of a selected actor too', () => {
    // n (a minister) belongs to s (a country), which belongs to u (a union).
    const creditsOf = affiliationCredits([actor('n', ['s']), actor('s', ['u']), actor('k', [])]);
    const onS = { ...NO_FILTERS, actors: ['u'] };
    expect(ids(filterEvents(EVENTS, onS, { creditsOf }))).toEqual([]);
    expect(ids(filterEvents(EVENTS, { ...onS, affiliated: true }, { creditsOf }))).toEqual([
      'e1',
      'e3',
    ]);
    const counts = countByActor(EVENTS, { ...NO_FILTERS, affiliated: true }, { creditsOf });
    expect(Object.fromEntries(counts)).toEqual({ k: 2, s: 2, u: 2, n: 1 });
  });
});

describe('affiliationCredits', () => {
  it('follows affiliations upwards without repeats, surviving cycles', () => {
    const creditsOf = affiliationCredits([actor('a', ['b']), actor('b', ['a', 'c'])]);
    expect(creditsOf('a')).toEqual(['a', 'b', 'c']);
    expect(creditsOf('unknown')).toEqual(['unknown']);
  });
});

describe('asOf', () => {
  const published: Record<string, string> = {
    e1: '2008-02-17',
    e2: '2008-02-20',
    e3: '2008-03-01',
  };
  const context = { firstPublished: (e: EventRecord) => published[e.id]! };

  it('keeps the events first reported on or before the day', () => {
    expect(ids(filterEvents(EVENTS, { ...NO_FILTERS, asOf: '2008-02-16' }, context))).toEqual([]);
    expect(ids(filterEvents(EVENTS, { ...NO_FILTERS, asOf: '2008-02-17' }, context))).toEqual([
      'e1',
    ]);
    expect(ids(filterEvents(EVENTS, { ...NO_FILTERS, asOf: '2008-02-29' }, context))).toEqual([
      'e1',
      'e2',
    ]);
    expect(hasFilters({ ...NO_FILTERS, asOf: '2008-02-29' })).toBe(true);
  });

  it('counts facets within what was known then', () => {
    const f = { ...NO_FILTERS, asOf: '2008-02-17' };
    expect(Object.fromEntries(countByActor(EVENTS, f, context))).toEqual(
      Object.fromEntries(countByActor([EVENTS[0]!], NO_FILTERS)),
    );
  });
});

describe('facet counts', () => {
  it('counts actors ignoring the actor selection with any, respecting it with all', () => {
    const any = countByActor(EVENTS, { ...NO_FILTERS, actors: ['n'] });
    expect(Object.fromEntries(any)).toEqual({ k: 2, s: 2, n: 1 });
    const all = countByActor(EVENTS, { ...NO_FILTERS, actors: ['s'], match: 'all' });
    expect(Object.fromEntries(all)).toEqual({ k: 1, s: 2, n: 1 });
  });

  it('counts actors and types without the events the date basis hides', () => {
    const f = { ...NO_FILTERS, hidePublicationDated: true };
    expect(Object.fromEntries(countByType(EVENTS, f))).toEqual({ statement: 2 });
    expect(Object.fromEntries(countByActor(EVENTS, f))).toEqual({ k: 1, s: 2, n: 1 });
  });

  it('counts types ignoring the type selection', () => {
    expect(
      Object.fromEntries(countByType(EVENTS, { ...NO_FILTERS, types: ['coerce'], actors: ['s'] })),
    ).toEqual({
      statement: 2,
    });
  });
});

describe('filterAndCount and TextIndex', () => {
  const ACTORS = ['k', 's', 'n', 'u'];
  const WORDS = ['zvečan', 'zvecan', 'e1', 'title', 'about', 'e', 'nothing', 'sentence e2'];
  // z is named only as what k belongs to: no event has it.
  const creditsOf = affiliationCredits([actor('n', ['s']), actor('s', ['u']), actor('k', ['z'])]);
  const many = Array.from({ length: 40 }, (_, i) =>
    ev(
      `e${i}`,
      '2008-01-01',
      '2008-01-01',
      ACTORS.filter((_, k) => (i >> k) & 1),
      EVENT_TYPES[i % EVENT_TYPES.length],
      DATE_BASES[(i >> 2) % DATE_BASES.length],
    ),
  );
  const filters = fc.record({
    actors: fc.subarray([...ACTORS, 'z', 'nobody']),
    match: fc.constantFrom('any' as const, 'all' as const),
    affiliated: fc.boolean(),
    types: fc.subarray([...EVENT_TYPES]),
    query: fc.constantFrom('', ...WORDS),
    hidePublicationDated: fc.boolean(),
    keyOnly: fc.boolean(),
    asOf: fc.constantFrom(null, '2008-01-09', '2008-01-20', '2008-02-01'),
  });
  // Event i was first reported i days after 1 January 2008 (so asOf keeps a prefix of them).
  const firstPublished = (e: EventRecord): string => addDays('2008-01-01', Number(e.id.slice(1)));

  it('joined from parts, are the columns of the joined events', () => {
    const whole = new EventColumns(many);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: many.length - 1 }), { maxLength: 5 }),
        (cuts) => {
          const at = [0, ...[...cuts].sort((x, y) => x - y), many.length];
          const slices = at.slice(1).map((end, k) => many.slice(at[k], end));
          // Each part numbering its actors afresh (renumbered when joined), or all one numbering
          // (as a build's chunks: copied).
          const numbering = new ActorNumbering();
          for (const parts of [
            slices.map((events) => new EventColumns(events)),
            slices.map((events) => new EventColumns(events, undefined, numbering)),
          ]) {
            const joined = EventColumns.concat(parts);
            expect(joined.actorIds).toEqual(whole.actorIds);
            expect([...joined.actorIndex]).toEqual([...whole.actorIndex]);
            for (const key of ['offsets', 'actors', 'types', 'hidden', 'startMs', 'endMs'] as const)
              expect(joined[key]).toEqual(whole[key]);
          }
          expect(
            EventColumns.concat(slices.map((e) => new EventColumns(e, undefined, numbering)))
              .numbering,
          ).toBe(numbering);
        },
      ),
    );
    expect(EventColumns.concat([]).offsets).toEqual(new Uint32Array(1));
  });

  it('agree with filterEvents, countByActor and countByType, with and without the index', () => {
    const index = indexTexts(many);
    const cols = new EventColumns(many);
    const filterIndex = new FilterIndex(many, cols);
    fc.assert(
      fc.property(filters, (f: EventFilters) => {
        const words = queryWords(f.query);
        const context = { creditsOf, firstPublished };
        const expected = {
          events: ids(filterEvents(many, f, context)),
          actorCounts: Object.fromEntries(countByActor(many, f, context)),
          typeCounts: Object.fromEntries(countByType(many, f, context)),
        };
        for (const hits of [undefined, words.length ? index.matching(words) : undefined]) {
          const a = filterAndCount(many, f, context, hits);
          const b = filterAndCountColumns(many, new EventColumns(many), f, context, hits);
          const c = filterIndex.run(f, context, hits);
          for (const r of [a, b, c])
            expect({
              events: ids(r.events),
              actorCounts: Object.fromEntries(r.actorCounts),
              typeCounts: Object.fromEntries(r.typeCounts),
            }).toEqual(expected);
        }
      }),
    );
  });

  it('without criteria gives the loaded events themselves, scanned once, also after a filtered run', () => {
    const filterIndex = new FilterIndex(many, new EventColumns(many));
    const all = filterIndex.run(NO_FILTERS);
    expect(all.events).toBe(many);
    expect([...all.indices!]).toEqual(many.map((_, i) => i));
    const one = filterIndex.run({ ...NO_FILTERS, actors: [many[3]!.actors[0]!] });
    expect(one.events.length).toBeLessThan(many.length);
    const again = filterIndex.run({ ...NO_FILTERS, match: 'all' });
    expect(again.events).toBe(many);
    expect(again.indices).toBe(all.indices);
    expect(Object.fromEntries(again.typeCounts)).toEqual(Object.fromEntries(countByType(many, NO_FILTERS)));
    // A switch or a word is a criterion: not the cached list.
    expect(filterIndex.run({ ...NO_FILTERS, keyOnly: true }).events).not.toBe(many);
  });

  it('finds words in any event, one hit per event, never across two', () => {
    const index = indexTexts(EVENTS);
    expect([...index.matching(['zvecan'])]).toEqual([1, 1, 1]);
    expect([...index.matching(['e3', 'title'])]).toEqual([0, 0, 1]);
    expect([...index.matching(['e1\ntitle'])]).toEqual([0, 0, 0]);
    expect([...index.matching(['e1 title'])]).toEqual([0, 0, 0]);
    expect([...indexTexts([]).matching(['x'])]).toEqual([]);
  });

  it('matches over chunks joined as over their events joined', () => {
    const whole = indexTexts(many);
    // Titles are "Title e0" … "Title e39": "e1" is in e1 and e10-e19, "9" in four, "talks" in none.
    expect(whole.matching(['e1']).reduce((n, h) => n + h, 0)).toBe(11);
    const words = fc.constantFrom('title', 'e1', 'e3', '9', 'e39', 'talks');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: many.length - 1 }), { maxLength: 6 }),
        fc.array(words, { minLength: 1, maxLength: 2 }),
        (cuts, query) => {
          const at = [0, ...cuts.sort((a, b) => a - b), many.length];
          const parts = at.slice(1).map((end, k) => indexTexts(many.slice(at[k], end)));
          const joined = new JoinedTextIndex(parts);
          const ws = queryWords(query.join(' '));
          expect(joined.size).toBe(many.length);
          expect(joined.matching(ws)).toEqual(whole.matching(ws));
        },
      ),
      { seed: 7 },
    );
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
