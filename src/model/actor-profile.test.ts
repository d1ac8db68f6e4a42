import { describe, expect, it } from 'vitest';
import { actorProfile, EMPTY_PROFILE, MAX_BINS } from './actor-profile.ts';
import type { EventRecord } from './dataset.ts';

/** An event from `start` to `end` involving `actors`, reported by one sentence of each article. */
function event(
  id: string,
  start: string,
  actors: string[],
  articles = ['a1'],
  end = start,
): EventRecord {
  return {
    id,
    date: start,
    start,
    end,
    precision: 'day',
    title: id,
    type: 'other',
    actors,
    future: false,
    dateBasis: 'explicit',
    modality: 'asserted',
    merge: null,
    sources: articles.map((article) => ({
      article,
      sentence: id,
      start: 0,
      end: id.length,
      timex: null,
      trigger: null,
      mentions: [],
    })),
  };
}

const SERBIA = 'country:serbia';
const KOSOVO = 'country:kosovo';
const EU = 'organization:eu';

describe('actorProfile', () => {
  const events = [
    event('e1', '2008-02-17', [KOSOVO, SERBIA], ['a1', 'a2']),
    event('e2', '2008-06-01', [SERBIA, EU], ['a2']),
    event('e3', '2010-07-22', [KOSOVO, SERBIA, EU], ['a3']),
    event('e4', '2011-01-01', [KOSOVO], ['a4']),
    event('e5', '2013-04-19', [SERBIA, KOSOVO], ['a5'], '2013-04-20'),
  ];

  it('counts the events involving the actor directly and the articles reporting them', () => {
    const p = actorProfile(events, SERBIA);
    expect(p.events).toBe(4);
    expect(p.articles).toBe(4); // a1, a2, a3, a5: a2 reports two of them and counts once
  });

  it('names the first and the last appearance', () => {
    const p = actorProfile(events, SERBIA);
    expect(p.first?.id).toBe('e1');
    expect(p.last?.id).toBe('e5');
  });

  it('counts events per year, empty years included, from the first to the last', () => {
    const p = actorProfile(events, SERBIA);
    expect([p.firstYear, p.lastYear]).toEqual([2008, 2013]);
    expect(p.binYears).toBe(1);
    expect(p.bins).toEqual([
      { startYear: 2008, count: 2 },
      { startYear: 2009, count: 0 },
      { startYear: 2010, count: 1 },
      { startYear: 2011, count: 0 },
      { startYear: 2012, count: 0 },
      { startYear: 2013, count: 1 },
    ]);
  });

  it('lists the co-occurring actors, most shared events first', () => {
    expect(actorProfile(events, SERBIA).coActors).toEqual([
      { id: KOSOVO, count: 3 },
      { id: EU, count: 2 },
    ]);
    // A tie is broken by id, so the order never depends on the order of the events.
    expect(actorProfile([...events].reverse(), EU).coActors).toEqual([
      { id: SERBIA, count: 2 },
      { id: KOSOVO, count: 1 },
    ]);
  });

  it('bins by decade, century or millennium when years would be too many bars', () => {
    const long = [event('old', '1389-06-15', [SERBIA]), event('new', '2008-02-17', [SERBIA])];
    const p = actorProfile(long, SERBIA);
    expect(p.binYears).toBe(100);
    expect(p.bins[0]).toEqual({ startYear: 1300, count: 1 });
    expect(p.bins.at(-1)).toEqual({ startYear: 2000, count: 1 });
    expect(p.bins).toHaveLength(8);
    const decades = actorProfile(
      [event('a', '1940-01-01', [EU]), event('b', '2008-01-01', [EU])],
      EU,
    );
    expect(decades.binYears).toBe(10);
    expect(decades.bins.map((b) => b.startYear)).toEqual([
      1940, 1950, 1960, 1970, 1980, 1990, 2000,
    ]);
    const ancient = actorProfile(
      [event('c', '-0490-09-12', [EU]), event('d', '2008-01-01', [EU])],
      EU,
    );
    expect(ancient.binYears).toBe(100);
    expect(ancient.bins.length).toBeLessThanOrEqual(MAX_BINS);
    // Floor division: the (astronomical) year -490 falls in the century starting at -500, not -400.
    expect(ancient.bins[0]).toEqual({ startYear: -500, count: 1 });
  });

  it('orders days as instants, not as strings (years before 0)', () => {
    const p = actorProfile(
      [event('later', '0100-01-01', [EU]), event('earlier', '-0050-01-01', [EU])],
      EU,
    );
    expect(p.first?.id).toBe('earlier');
    expect(p.last?.id).toBe('later');
  });

  it('is empty for an actor without events', () => {
    expect(actorProfile(events, 'person:nobody')).toBe(EMPTY_PROFILE);
    expect(actorProfile([], SERBIA)).toBe(EMPTY_PROFILE);
  });
});
