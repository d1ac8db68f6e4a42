import { describe, expect, it } from 'vitest';
import { makeDoc, type Token } from '../text/doc.ts';
import { tagTimexes } from '../time/tagger.ts';
import type { Timex } from '../time/types.ts';
import type { Clause } from './clauses.ts';
import {
  basisOf,
  datableByPublication,
  modifiesNoun,
  narrativeCue,
  ownDate,
  publicationDate,
} from './dating.ts';

const DCT = '2021-03-10'; // a Wednesday

function anchors(text: string, dct = DCT): Timex[] {
  return tagTimexes(text, { dct }).filter((t) => t.anchor);
}

function timex(text: string, surface: string, dct = DCT): Timex {
  const t = anchors(text, dct).find((x) => x.text === surface);
  expect(t, `${surface} in ${text}`).toBeDefined();
  return t!;
}

/** Offset → index of the token containing it or the next one. */
function tokenFinder(tokens: Token[]): (offset: number) => number {
  return (offset) => {
    const i = tokens.findIndex((t) => t.end > offset);
    return i < 0 ? tokens.length : i;
  };
}

function modifies(text: string, surface: string): boolean {
  const doc = makeDoc(text);
  return modifiesNoun(doc, timex(text, surface), tokenFinder(doc.tokens));
}

function clause(over: Partial<Clause>): Clause {
  return {
    from: 0,
    to: 1,
    head: 0,
    group: [0, 0],
    subject: null,
    link: 'first',
    tense: 'past',
    modality: 'asserted',
    negated: false,
    passive: false,
    reporting: false,
    stative: false,
    quoted: false,
    background: false,
    ...over,
  };
}

describe('basisOf', () => {
  it.each([
    ['Siemens was founded in 1847.', '1847'],
    ['It happened in March 2020.', 'March 2020'],
    ['The deal was signed on March 3.', 'March 3'],
    ['The deal was signed on 3 March.', '3 March'],
    ['The deal was signed on Sept. 14.', 'Sept. 14'],
    ['The report was published on 2020-05-04.', '2020-05-04'],
  ])('%s: "%s" names its date outright → explicit', (text, surface) => {
    expect(basisOf(timex(text, surface))).toBe('explicit');
  });

  it.each([
    ['It happened on Monday.', 'Monday'],
    ['It happened yesterday.', 'yesterday'],
    ['It happened last year.', 'last year'],
    ['The deal closed last week.', 'last week'],
    ['The index fell two days ago.', 'two days ago'],
  ])('%s: "%s" depends on the publication date → relative', (text, surface) => {
    expect(basisOf(timex(text, surface))).toBe('relative');
  });
});

describe('modifiesNoun', () => {
  it('a date between a determiner or possessive and a noun modifies that noun', () => {
    expect(modifies('The 2019 law was repealed by parliament.', '2019')).toBe(true);
    expect(modifies("Serbia's 2008 budget was cut.", '2008')).toBe(true);
    expect(modifies('The company cut its 2021 forecast.', '2021')).toBe(true);
  });

  it('a date that is an adjunct of the clause does not', () => {
    expect(modifies('In 2019 the law was repealed.', '2019')).toBe(false);
    expect(modifies('The law was repealed in 2019.', '2019')).toBe(false);
    expect(modifies('The law was repealed on Monday by parliament.', 'Monday')).toBe(false);
  });

  it('a dated occasion the clause happens at is not a modifier ("at a June 3 news conference")', () => {
    expect(modifies('Siemens announced the deal at a March 3 news conference.', 'March 3')).toBe(
      false,
    );
  });
});

describe('ownDate', () => {
  it('no expression, no date', () => {
    expect(ownDate('Siemens cut jobs.', [])).toBeNull();
  });

  it('one expression dates the clause with its own interval and basis', () => {
    const text = 'Siemens bought the unit in 2008.';
    const d = ownDate(text, anchors(text))!;
    expect(d.interval).toEqual({ start: '2008-01-01', end: '2008-12-31', precision: 'year' });
    expect(d.basis).toBe('explicit');
    expect(d.timexes.map((t) => t.text)).toEqual(['2008']);
    const rel = 'Siemens bought the unit on Monday.';
    expect(ownDate(rel, anchors(rel))).toMatchObject({
      interval: { start: '2021-03-08', end: '2021-03-08', precision: 'day' },
      basis: 'relative',
    });
  });

  it('"from … to …" is one interval over both expressions', () => {
    const text = 'Talks ran from June 11 to June 13.';
    const d = ownDate(text, anchors(text))!;
    expect(d.interval).toEqual({ start: '2020-06-11', end: '2020-06-13', precision: 'day' });
    expect(d.timexes.map((t) => t.text)).toEqual(['June 11', 'June 13']);
    expect(d.basis).toBe('explicit');
  });

  it('"between … and …" is one interval, at the coarser precision', () => {
    const text = 'The plant ran between 2009 and 2011.';
    expect(ownDate(text, anchors(text))).toMatchObject({
      interval: { start: '2009-01-01', end: '2011-12-31', precision: 'year' },
      timexes: [{ text: '2009' }, { text: '2011' }],
    });
    const mixed = 'The plant ran between March 2009 and 2011.';
    expect(ownDate(mixed, anchors(mixed))!.interval).toEqual({
      start: '2009-03-01',
      end: '2011-12-31',
      precision: 'year',
    });
  });

  it('a backwards "range" is not a range', () => {
    const text = 'Prices rose from 2009 until 2005.';
    const d = ownDate(text, anchors(text))!;
    expect(d.timexes).toHaveLength(1);
    expect(d.interval.start).toBe('2009-01-01');
  });

  it('two expressions for one date ("last week, on March 3"): the more precise one', () => {
    const text = 'The deal closed last week, on March 3.';
    const d = ownDate(text, anchors(text))!;
    expect(d.interval).toEqual({ start: '2021-03-03', end: '2021-03-03', precision: 'day' });
    expect(d.timexes.map((t) => t.text)).toEqual(['March 3']);
    expect(d.basis).toBe('explicit');
  });

  it('two separate dates: the first', () => {
    const text = 'Siemens bought the unit in 2008 and again in 2016.';
    expect(ownDate(text, anchors(text))).toMatchObject({
      interval: { start: '2008-01-01', end: '2008-12-31' },
      timexes: [{ text: '2008' }],
    });
  });
});

describe('datableByPublication', () => {
  it('what is reported as having happened, or as being said now, can be placed at publication', () => {
    expect(datableByPublication(clause({ tense: 'past' }))).toBe(true);
    expect(datableByPublication(clause({ tense: 'present', reporting: true }))).toBe(true);
    // A state or habit in the present holds over a time the text does not give.
    expect(datableByPublication(clause({ tense: 'present' }))).toBe(false);
    expect(datableByPublication(clause({ tense: 'perfect' }))).toBe(true);
    expect(datableByPublication(clause({ tense: 'past', passive: true, reporting: true }))).toBe(
      true,
    );
  });

  it('plans, hypotheses, negations and past perfects cannot', () => {
    expect(datableByPublication(clause({ tense: 'future', modality: 'future' }))).toBe(false);
    expect(datableByPublication(clause({ tense: 'present', modality: 'hypothetical' }))).toBe(
      false,
    );
    expect(datableByPublication(clause({ tense: 'past', negated: true }))).toBe(false);
    expect(datableByPublication(clause({ tense: 'pastPerfect' }))).toBe(false);
  });
});

describe('narrativeCue', () => {
  it.each([
    'Then the company expanded into Asia.',
    'Later, the board approved the deal.',
    'Afterwards the talks resumed.',
    'At the time, the bank denied it.',
    'Subsequently the firm was sold.',
    'Soon after, prices fell.',
    'Shortly afterwards the minister resigned.',
    '"Then we rebuilt the plant," he said.',
    '  After that, shares rose.',
  ])('"%s" continues the story', (text) => {
    expect(narrativeCue(text)).toBe(true);
  });

  it.each([
    'The company then expanded into Asia.',
    'Lately the firm has struggled.',
    'Thereafter the board met.',
    'Siemens later sold the unit.',
    'Now the talks resume.',
  ])('"%s" does not open with a cue', (text) => {
    expect(narrativeCue(text)).toBe(false);
  });
});

describe('publicationDate', () => {
  it('the publication day, basis publication, no expression', () => {
    expect(publicationDate('2021-03-10')).toEqual({
      interval: { start: '2021-03-10', end: '2021-03-10', precision: 'day' },
      basis: 'publication',
      timexes: [],
    });
  });
});
