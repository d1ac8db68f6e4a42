/**
 * Dating a coarse report by another article's report of the day (refine.ts): candidates built by
 * hand, as the per-article stage makes them.
 */
import { describe, expect, it } from 'vitest';
import { dayInterval, monthInterval, yearInterval, type DayInterval } from '../../model/dates.ts';
import type { EventType } from '../../model/dataset.ts';
import type { CandidateEvent } from './candidate.ts';
import { testCandidate } from './testing.ts';
import { mergeCandidates } from './merge.ts';
import { decodeRefine, encodeRefine, refineDates, refineRecord } from './refine.ts';

interface Spec {
  id: string;
  interval: DayInterval;
  lemma?: string;
  actors?: string[];
  type?: EventType;
  title?: string;
  article?: string;
  basis?: CandidateEvent['dateBasis'];
}

function candidate({ id, interval, lemma = 'declare', actors = ['country:kosovo', 'country:serbia'], type = 'other', title = 'Kosovo declares independence from Serbia', article = id, basis = 'explicit' }: Spec): CandidateEvent {
  return testCandidate({ id, interval, title, type, actors, lemma, published: '2020-01-01', article, path: `${article}.txt`, sentence: title, basis });
}

const dates = (cs: CandidateEvent[]): string[] => cs.map((c) => c.date);
const day = dayInterval('2008-02-17');

describe('refineDates', () => {
  it('gives a report of the year or month the day one other article tells', () => {
    const out = refineDates([
      candidate({ id: 'eY', interval: yearInterval(2008) }),
      candidate({ id: 'eM', interval: monthInterval(2008, 2) }),
      candidate({ id: 'eD', interval: day }),
    ]);
    expect(dates(out)).toEqual(['2008-02-17', '2008-02-17', '2008-02-17']);
    expect(out[0]!.interval).toEqual(day);
  });

  it('words of one happening count as one: "introduced" and "unveiled"', () => {
    const out = refineDates([
      candidate({ id: 'eY', interval: yearInterval(2010), lemma: 'introduce', actors: ['product:iphone-4'], title: 'iPhone 4 introduced' }),
      candidate({ id: 'eD', interval: dayInterval('2010-06-07'), lemma: 'unveil', actors: ['person:steve-jobs', 'product:iphone-4'], title: 'Jobs unveils iPhone 4' }),
    ]);
    expect(dates(out)).toEqual(['2010-06-07', '2010-06-07']);
  });

  it('the report re-dated merges with the one that gave the day, whatever its other words', () => {
    const out = refineDates([
      candidate({ id: 'eY', interval: yearInterval(2010), lemma: 'introduce', actors: ['product:iphone-4'], title: 'iPhone 4 introduced at the company\'s 2010 conference' }),
      candidate({ id: 'eD', interval: dayInterval('2010-06-07'), lemma: 'unveil', actors: ['person:steve-jobs', 'product:iphone-4'], title: 'Jobs unveils iPhone 4 along with iOS 4' }),
    ]);
    expect(out[0]!.datedBy).toBe('eD');
    const { events } = mergeCandidates(out);
    expect(events).toHaveLength(1);
    expect(events[0]!.merge!.reasons).toContain('dated-by-another');
  });

  it('a report told without a date takes the day of a report before its publication, or is left out', () => {
    const undated = (): CandidateEvent => ({
      ...candidate({ id: 'eU', interval: dayInterval('2010-06-16'), lemma: 'announce', actors: ['product:iphone-4'], title: 'iPhone 4 announced', basis: 'publication' }),
      datedElsewhere: true,
    });
    const unveiled = (day: string): CandidateEvent => candidate({ id: 'eD', interval: dayInterval(day), lemma: 'unveil', actors: ['person:steve-jobs', 'product:iphone-4'], title: 'Jobs unveils iPhone 4' });
    expect(dates(refineDates([undated(), unveiled('2010-06-07')]))).toEqual(['2010-06-07', '2010-06-07']);
    expect(dates(refineDates([undated()]))).toEqual([]);
    expect(dates(refineDates([undated(), unveiled('2010-06-20')]))).toEqual(['2010-06-20']);
  });

  it('a report told without a date but with a coarse date of its own ("since its launch in 2003") takes a day within it only', () => {
    const named = (): CandidateEvent => ({
      ...candidate({ id: 'eN', interval: yearInterval(2003), lemma: 'launch', actors: ['product:itunes-store'], title: 'iTunes Store launch' }),
      datedElsewhere: true,
    });
    const launched = (date: string): CandidateEvent => candidate({ id: 'eD', interval: dayInterval(date), lemma: 'launch', actors: ['organization:apple', 'product:itunes-store'], title: 'Apple launches the iTunes Music Store' });
    expect(dates(refineDates([named(), launched('2003-04-28')]))).toEqual(['2003-04-28', '2003-04-28']);
    expect(dates(refineDates([named(), launched('2001-04-28')]))).toEqual(['2001-04-28']);
    expect(dates(refineDates([named()]))).toEqual([]);
  });

  it('leaves it when two days fit, or the day is outside its time', () => {
    const two = refineDates([
      candidate({ id: 'eY', interval: yearInterval(2008) }),
      candidate({ id: 'eD', interval: day }),
      candidate({ id: 'eE', interval: dayInterval('2008-03-01') }),
    ]);
    expect(two[0]!.date).toBe('2008');
    expect(refineDates([candidate({ id: 'eM', interval: monthInterval(2008, 3) }), candidate({ id: 'eD', interval: day })])[0]!.date).toBe('2008-03');
  });

  it('only on the evidence: another article, its own word, every actor, the same quantities', () => {
    const year = (spec: Partial<Spec> = {}): CandidateEvent => candidate({ id: 'eY', interval: yearInterval(2008), ...spec });
    const fine = (spec: Partial<Spec> = {}): CandidateEvent => candidate({ id: 'eD', interval: day, ...spec });
    const refinedTo = (a: CandidateEvent, b: CandidateEvent): string => refineDates([a, b])[0]!.date;
    expect(refinedTo(year(), fine())).toBe('2008-02-17');
    expect(refinedTo(year({ article: 'same' }), fine({ article: 'same' }))).toBe('2008');
    expect(refinedTo(year({ lemma: 'recognise' }), fine())).toBe('2008');
    expect(refinedTo(year({ actors: ['country:kosovo', 'country:russia'] }), fine())).toBe('2008');
    // The type may differ: the same word, other words around it.
    expect(refinedTo(year({ type: 'statement', actors: ['country:kosovo'] }), fine())).toBe('2008-02-17');
    expect(refinedTo(year({ title: 'Kosovo raises tariffs to 100 percent' }), fine({ title: 'Kosovo raises tariffs to 10 percent' }))).toBe('2008');
    // Dated by publication, not by its text: no day to lend.
    expect(refinedTo(year(), fine({ basis: 'publication' }))).toBe('2008');
  });

  it('many reports of the one day count as one; many others that could be it leave the date as it was', () => {
    const day = (id: string, title = 'Kosovo declares independence from Serbia'): CandidateEvent => candidate({ id, interval: dayInterval('2008-02-17'), title });
    const sameDay = Array.from({ length: 300 }, (_, i) => day(`eD${String(i).padStart(3, '0')}`));
    expect(refineDates([candidate({ id: 'eY', interval: yearInterval(2008) }), ...sameDay])[0]!.datedBy).toBe('eD000');
    // 300 reports of the year's other days with other quantities, compared first: too many to be evidence.
    const others = Array.from({ length: 300 }, (_, i) => candidate({ id: `eO${String(i).padStart(3, '0')}`, interval: dayInterval('2008-01-05'), title: `Kosovo declares ${i + 1000} independent` }));
    expect(refineDates([candidate({ id: 'eY', interval: yearInterval(2008), title: 'Kosovo declares 7 independent' }), ...others, day('eD')])[0]!.date).toBe('2008');
  });

  it('a record travels as one short line and comes back whole, numbers with commas too', () => {
    const record = refineRecord(candidate({ id: 'eY', interval: yearInterval(2008), title: 'Kosovo pays $1,059.04 and 3.5 percent' }))!;
    const line = encodeRefine(record);
    expect(line).toBe('eY c 2008-01-01 2008-12-31 declar country:kosovo,country:serbia 1,059.04;3.5');
    expect(decodeRefine(line, 'eY')).toEqual(record);
  });

  it('a light verb or a verb of saying tells too little to date by: "held the post until 2014"', () => {
    expect(refineRecord(candidate({ id: 'eY', interval: yearInterval(2014), lemma: 'hold' }))).toBeNull();
    expect(refineRecord(candidate({ id: 'eY', interval: yearInterval(2014), lemma: 'say' }))).toBeNull();
    // "announced the iPhone" is a showing, not only a saying.
    expect(refineRecord(candidate({ id: 'eY', interval: yearInterval(2014), lemma: 'announce' }))).not.toBeNull();
    expect(refineRecord(candidate({ id: 'eY', interval: yearInterval(2014), actors: [] }))).toBeNull();
  });
});
