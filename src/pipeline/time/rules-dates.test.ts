// Calendar-date rules (rules-dates.ts) on forms met in real news. Weekdays checked with `date -d`:
// 1998-10-25 Sunday · 1998-10-26 Monday · 1999-04-19 Monday · 2009-03-12 Thursday.
import { describe, expect, it } from 'vitest';
import { only, pairs, value } from './testing.ts';

describe('explicit dates in running text', () => {
  it('a colon after the day does not hide the date (only "10:30" is a clock)', () => {
    expect(pairs('The Times said in an editorial on Monday, Oct. 26: The murder', '1998-10-25')).toEqual([
      ['Monday, Oct. 26', '1998-10-26'],
    ]);
  });

  it('a day with "the same year", "that year" or "last year" after it is in the year those words name', () => {
    expect(pairs('The deal was accepted on 27 February 2023 and its annex agreed on March 18 the same year.', '2024-12-20')).toEqual([
      ['27 February 2023', '2023-02-27'],
      ['March 18 the same year', '2023-03-18'],
    ]);
    expect(pairs('He resigned on 4 June last year.', '2024-12-20')).toEqual([['4 June last year', '2023-06-04']]);
  });

  it('"last Oct. 23" is the day, not "last Oct"', () => {
    expect(pairs('He was shot to death last Oct. 23 at his home.', '1999-04-19')).toEqual([['Oct. 23', '1998-10-23']]);
  });

  it('"the week of March 6" is that week', () => {
    // 2000-03-06 is a Monday, ISO week 10.
    expect(pairs('It may be resolved in a hearing the week of March 6, a lawyer said.', '2000-02-24')).toEqual([
      ['the week of March 6', '2000-W10'],
    ]);
  });

  it('a day of the month alone is in the month being reported', () => {
    expect(value('The vote is due on the 15th.', '2009-03-12')).toBe('2009-03-15');
    expect(value('He said the deal was signed on the 20th.', '2009-03-12')).toBe('2009-02-20');
    expect(pairs('In February talks broke down; on the 3rd, rebels attacked.', '2009-03-12')).toEqual([
      ['February', '2009-02'],
      ['the 3rd', '2009-02-03'],
    ]);
    expect(pairs('He lives on the 15th floor.', '2009-03-12')).toEqual([]);
  });
});

describe('months', () => {
  it('a month before a noun ("the October slaying", "their January sales")', () => {
    expect(pairs('They have evidence in the October slaying of the doctor.', '1999-04-19')).toEqual([['October', '1998-10']]);
    expect(pairs('Carmakers reported their January sales.', '2009-02-03')).toEqual([['January', '2009-01']]);
    expect(pairs('The March accession will follow.', '1999-02-10')).toEqual([['March', '1999-03']]);
  });

  it('after "for", "around", "into"', () => {
    expect(value('Dealers placed orders to start the first trading day for November transactions.', '1989-10-30')).toBe('1989-11');
  });
});

describe('quarters and halves', () => {
  it('H1 / Q3 before or after the year, and "the last half of"', () => {
    expect(pairs('Sales rose in H1 2009 and in 2009 Q3.', '2010-01-10')).toEqual([
      ['H1 2009', '2009-H1'],
      ['2009 Q3', '2009-Q3'],
    ]);
    expect(value('Earnings will be lower for the last half of 1989.', '1989-10-26')).toBe('1989-H2');
  });

  it('a quarter that starts more than half a year after the publication date is last year\'s', () => {
    expect(value('AT&T announced a drop in profits for the fourth quarter.', '1998-01-26')).toBe('1997-Q4');
    // In August the fourth quarter is still this year's.
    expect(value('Plants will close during the fourth quarter.', '2006-08-19')).toBe('2006-Q4');
  });

  it('"the year-ago third quarter" is last year\'s', () => {
    expect(pairs('In the year-ago third quarter, it earned $22.5 million.', '1989-10-30')).toEqual([
      ['the year-ago third quarter', '1988-Q3'],
    ]);
  });
});

describe('decades, seasons, years', () => {
  it('"the 70s and 80s": the second decade without "the"', () => {
    expect(pairs('It rid Detroit of the boxy cars of the 70s and 80s.', '2007-02-09')).toEqual([
      ['70s', '197'],
      ['80s', '198'],
    ]);
  });

  it('a capitalised season after a determiner is still a season', () => {
    expect(pairs('The IMF and the World Bank held their Autumn meetings.', '2008-10-13')).toEqual([['Autumn', '2008-FA']]);
    expect(pairs('Fall Out Boy played.', '2008-10-13')).toEqual([]);
  });

  it('index names and amounts are not years', () => {
    expect(pairs('The Russell 2000 Index of smaller companies fell.', '2009-02-24')).toEqual([]);
    expect(pairs('Volume was 2010 million shares.', '2009-02-24')).toEqual([]);
  });

  it('"the 1800s" is a century, "the 2000s" a decade', () => {
    expect(pairs('Mills were built in the late 1800s and closed in the 2000s.', '2013-03-22')).toEqual([
      ['late 1800s', '18'],
      ['2000s', '200'],
    ]);
  });

  it('"mid-2011" is the year', () => {
    expect(only('The system will be released in mid-2011.', '2010-10-23').value).toBe('2011');
  });
});
