// Relative rules (rules-relative.ts): the year/month being reported, the day being reported,
// weekdays counted from another day, comparisons with the same period a year before, and the
// generic "today". Weekdays checked with `date -d`: 1989-10-30 Monday · 1989-10-27 Friday ·
// 1989-10-20 Friday · 2009-02-24 Tuesday · 2009-02-23 Monday · 2013-12-10 Tuesday.
import { describe, expect, it } from 'vitest';
import { pairs, triples, value } from './testing.ts';

describe('the year, the month', () => {
  it('"for the year", "the full year", "the end of the year" are the year being reported', () => {
    expect(triples('For the year, pet food volume was flat.', '1989-11-02')).toEqual([['the year', 'DATE', '1989']]);
    expect(value('It forecast an earnings increase for the full year.', '1989-10-30')).toBe('1989');
    expect(pairs('It cut $400 million by the end of the year.', '1989-10-30')).toEqual([['the end of the year', '1989']]);
    expect(pairs('GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.', '2006-01-27')).toEqual([
      ['the fourth quarter of 2005', '2005-Q4'],
      ['the entire year', '2005'],
    ]);
    expect(pairs('Troops should be there by the end of the month.', '1990-08-13')).toEqual([['the end of the month', '1990-08']]);
  });

  it('"the year ended Aug. 31" is a fiscal year: a duration, the span stops before "ended"', () => {
    expect(triples('Net income for the year ended Aug. 31 was C$2.7 million.', '1989-10-30')).toEqual([
      ['the year', 'DURATION', 'P1Y'],
      ['Aug. 31', 'DATE', '1989-08-31'],
    ]);
  });

  it('titles are not dates', () => {
    expect(pairs('He was named player of the year.', '1989-10-30')).toEqual([]);
  });

  it('year-end', () => {
    expect(pairs('It expects to complete the deal by year-end.', '1989-11-02')).toEqual([['year-end', '1989-12-31']]);
  });

  it('"last week", "next year" followed by "to …" are still dates', () => {
    expect(value('GM sought clearance last week to buy shares.', '1989-10-27')).toBe('1989-W42');
    expect(value('He cut his estimate for next year to $2 a share.', '1989-10-30')).toBe('1990');
  });
});

describe('the day being reported, weekdays counted from another day', () => {
  it('"to end the day" is the last day named', () => {
    expect(pairs('On Monday the Dow fell 3.41% to end the day at 7,114.', '2009-02-24')).toEqual([
      ['Monday', '2009-02-23'],
      ['the day', '2009-02-23'],
    ]);
  });

  it('"the day before" on its own is the day before the one reported', () => {
    expect(pairs('The deal was signed on Monday. Talks had ended the day before.', '2009-02-24')).toEqual([
      ['Monday', '2009-02-23'],
      ['the day before', '2009-02-22'],
    ]);
    expect(pairs('They met the day before the vote.', '2009-02-24')).toEqual([]);
  });

  it('"the previous Friday" is the Friday before the one reported', () => {
    expect(pairs('The index closed Friday, down 4.5% from the previous Friday.', '1989-10-30')).toEqual([
      ['Friday', '1989-10-27'],
      ['the previous Friday', '1989-10-20'],
    ]);
  });
});

describe('comparisons with the same period a year before', () => {
  it('"the same month a year ago", "the corresponding period last year", "the quarter a year ago"', () => {
    expect(pairs('Sales fell 35% in January, compared to the same month a year ago.', '2009-02-03')).toEqual([
      ['January', '2009-01'],
      ['the same month a year ago', '2008-01'],
    ]);
    expect(pairs('Profit rose in the third quarter from the corresponding period last year.', '1989-11-01')).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the corresponding period last year', '1988-Q3'],
    ]);
    expect(pairs('It lost money in the third quarter. For the quarter a year ago, it earned $16 million.', '1989-10-26')).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the quarter a year ago', '1988-Q3'],
    ]);
  });

  it('a comparison does not become the period the next comparison counts from', () => {
    expect(pairs('Net rose in the third quarter from a year earlier. Sales rose 5% from a year earlier.', '1989-10-26')).toEqual([
      ['the third quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
      ['a year earlier', '1988-Q3'],
    ]);
  });
});

describe('today', () => {
  it('"earlier today" is one expression', () => {
    expect(pairs('The index recovered from earlier today.', '2008-09-17')).toEqual([['earlier today', '2008-09-17']]);
  });

  // TimeML: "today's" in a generic sense is the present, not the day; TimeBank leaves
  // "today's world/youth" untagged.
  it('generic "today\'s"', () => {
    expect(pairs('This is an exciting time at today\'s GM.', '2013-12-10')).toEqual([['today', 'PRESENT_REF']]);
    expect(pairs('The case is for today\'s youth what the blockade was.', '2013-12-10')).toEqual([]);
    expect(pairs('Today\'s vote was close.', '2013-12-10')).toEqual([['Today', '2013-12-10']]);
  });
});

describe('"later than planned"', () => {
  it('compares with a plan: after a date and its comma it is that date, elsewhere a duration', () => {
    expect(triples('The ship docks on June 4, two days later than originally planned.', '2005-06-01')).toEqual([
      ['June 4', 'DATE', '2005-06-04'],
      ['two days later', 'DATE', '2005-06-04'],
    ]);
    expect(triples('The ship docked two days later than planned.', '2005-06-01')).toEqual([['two days', 'DURATION', 'P2D']]);
    // ("three days later" alone still counts from the day before it.)
    expect(pairs('The plane landed on November 11. Three days later it left.', '2005-11-20')).toEqual([
      ['November 11', '2005-11-11'],
      ['Three days later', '2005-11-14'],
    ]);
  });
});
