// Rules for non-anchors and clock times (rules-other.ts): durations, sets, vague references
// (PRESENT_REF / PAST_REF / FUTURE_REF) and times of day. Weekdays checked with `date -d`:
// 2022-09-22 Thursday · 2009-06-01 Monday · 2009-06-04 Thursday · 2000-04-05 Wednesday.
import { describe, expect, it } from 'vitest';
import { only, pairs, triples, value } from './testing.ts';

const THU = '2022-09-22';

describe('PRESENT_REF, PAST_REF, FUTURE_REF', () => {
  it('vague references are DATEs without an interval', () => {
    for (const [text, v] of [
      ['The north is now calm.', 'PRESENT_REF'],
      ['The north is currently calm.', 'PRESENT_REF'],
      ['The north was recently calm.', 'PAST_REF'],
      ['The north may be calm in the future.', 'FUTURE_REF'],
    ] as const) {
      const t = only(text, THU);
      expect(t.value, text).toBe(v);
      expect(t.type).toBe('DATE');
      expect(t.interval).toBeNull();
      expect(t.anchor).toBe(false);
    }
  });
});

describe('times of day', () => {
  it('clock times on the publication day', () => {
    const t = only('The vote closed at 10:30 a.m. local time.', THU);
    expect(t).toMatchObject({ type: 'TIME', value: '2022-09-22T10:30', anchor: true });
    expect(value('The vote closed at 3 p.m.', THU)).toBe('2022-09-22T15:00');
  });

  it('a clock time and its day are one expression, on that day', () => {
    // 2020-02-01 is a Saturday; "Friday" is 2020-01-31.
    expect(only('The UK left the EU at 11 p.m. on Friday.', '2020-02-01')).toMatchObject({
      text: '11 p.m. on Friday',
      type: 'TIME',
      value: '2020-01-31T23:00',
      interval: { start: '2020-01-31', end: '2020-01-31', precision: 'day' },
    });
    expect(pairs('The UK left the EU on Friday at 11 p.m.', '2020-02-01')).toEqual([
      ['Friday at 11 p.m.', '2020-01-31T23:00'],
    ]);
    expect(
      pairs('Talks opened on March 3, 2011. They ended at 3 p.m. the following day.', THU),
    ).toEqual([
      ['March 3, 2011', '2011-03-03'],
      ['3 p.m. the following day', '2011-03-04T15:00'],
    ]);
  });

  it('parts of the day', () => {
    expect(only('Sirens sounded this morning.', THU)).toMatchObject({
      text: 'this morning',
      type: 'TIME',
      value: '2022-09-22TMO',
    });
    expect(value('Sirens sounded last night.', THU)).toBe('2022-09-21TNI');
    expect(value('Sirens will sound tonight.', THU)).toBe('2022-09-22TNI');
  });
});

describe('durations', () => {
  it('are DURATIONs and never anchors', () => {
    for (const [text, v] of [
      ['The border was closed for six weeks.', 'P6W'],
      ['The talks lasted three years.', 'P3Y'],
      ['The strike lasted 48 hours.', 'PT48H'],
      ['The dispute has run for two decades.', 'P20Y'],
      ['Negotiations took several months.', 'PXM'],
    ] as const) {
      const t = only(text, THU);
      expect(t.type, text).toBe('DURATION');
      expect(t.value, text).toBe(v);
      expect(t.anchor, text).toBe(false);
      expect(t.interval).toBeNull();
    }
  });

  it('"for six weeks" spans the quantity only', () => {
    expect(only('The border was closed for six weeks.', THU).text).toBe('six weeks');
  });
});

describe('sets', () => {
  it('are SETs and never anchors', () => {
    for (const [text, v] of [
      ['The summit is held every year.', 'P1Y'],
      ['Ministers meet every Monday.', 'XXXX-WXX-1'],
      ['The report is published weekly.', 'P1W'],
      ['The council meets twice a year.', 'P1Y'],
    ] as const) {
      const t = only(text, THU);
      expect(t.type, text).toBe('SET');
      expect(t.value, text).toBe(v);
      expect(t.anchor, text).toBe(false);
    }
  });
});

describe('durations: spans and values as TimeML writes them', () => {
  it('half units go to the next smaller unit (ISO 8601 wants whole numbers)', () => {
    expect(value('Refugees lived in the camps for 2 1/2 years.', THU)).toBe('P2Y6M');
    expect(value('She spent 5 1/2 hours in Nairobi.', THU)).toBe('PT5H30M');
    expect(value('But a minute and a half later, a pilot called in.', THU)).toBe('PT1M30S');
    expect(value('The release is two and a half years behind schedule.', THU)).toBe('P2Y6M');
  });

  it('numbers written as two words', () => {
    expect(pairs('In the last twenty four hours the market fell.', THU)).toEqual([
      ['the last twenty four hours', 'PT24H'],
    ]);
  });

  it('approximators and the article of an adjectival duration stay outside the span', () => {
    expect(only('Albright spent about five hours in Tanzania.', THU).text).toBe('five hours');
    expect(only('She arrived after a 16-hour flight.', THU).text).toBe('16-hour');
    expect(only('The firm had been in charge for only six months.', THU).text).toBe('six months');
    expect(only('It has been shipping for more than a week.', THU).text).toBe('a week');
    expect(only('Stocks posted a four-week long winning streak.', THU).text).toBe('four-week');
    // "nearly", "over", "the past" are part of the expression.
    expect(only('He was held for nearly two years.', THU).text).toBe('nearly two years');
    expect(only('Prices fell over the past two months.', THU).text).toBe('the past two months');
  });

  it('-long and single-day adjectives, a couple of years', () => {
    expect(triples('They settled a decades-long dispute.', THU)).toEqual([['decades-long', 'DURATION', 'PXDE']]);
    expect(value('It was their third day-long meeting.', THU)).toBe('P1D');
    expect(value('It was the worst single-day decline.', THU)).toBe('P1D');
    expect(value('Over the next couple of years sales will grow.', THU)).toBe('P2Y');
  });

  it('bare plural units after a preposition, and "the weeks before" as a vague time', () => {
    expect(triples('The industry has been troubled for years.', THU)).toEqual([['years', 'DURATION', 'PXY']]);
    expect(triples('It was the first gain in years.', THU)).toEqual([['years', 'DURATION', 'PXY']]);
    expect(triples('His car was seen in the weeks before the shooting.', THU)).toEqual([
      ['the weeks', 'DATE', 'PAST_REF'],
    ]);
    expect(pairs('The blasts happened just minutes apart.', THU)).toEqual([]);
  });

  it('titles are not durations or times', () => {
    expect(pairs('He said on CBS\'s "60 Minutes" that he would stay.', THU)).toEqual([]);
    expect(pairs('The poster showed Gary Cooper from the film "High Noon".', THU)).toEqual([]);
  });

  it('fractions are not quarters of a year', () => {
    expect(pairs('It will close about a quarter of its 3,200 dealers.', THU)).toEqual([]);
    expect(pairs('Iraq imports about three-quarters of its food.', THU)).toEqual([]);
  });

  it('rates ("a year" after an amount) are sets, not durations', () => {
    expect(triples('The cuts save $500 million a year.', THU)).toEqual([['a year', 'SET', 'P1Y']]);
    expect(triples('We do hundreds of interviews a day.', THU)).toEqual([['a day', 'SET', 'P1D']]);
    expect(triples('Sales rose from $4 million a year ago.', THU)).toEqual([['a year ago', 'DATE', '2021']]);
  });
});

describe('vague references', () => {
  it('"recent" and "current" as adjectives', () => {
    expect(triples('Investors worried about recent declines in prices.', THU)).toEqual([['recent', 'DATE', 'PAST_REF']]);
    expect(triples('It was delayed by current market conditions.', THU)).toEqual([['current', 'DATE', 'PRESENT_REF']]);
    expect(pairs('Holders may buy shares at the then current price.', THU)).toEqual([['then current', 'PAST_REF']]);
    expect(pairs('The current account deficit widened.', THU)).toEqual([]);
    expect(pairs('Its most recent model sold well.', THU)).toEqual([]);
  });

  it('plural periods without a number are references, not durations', () => {
    expect(triples('Growth in recent years was strong.', THU)).toEqual([['recent years', 'DATE', 'PAST_REF']]);
    expect(triples('The economy will slow in coming months.', THU)).toEqual([['coming months', 'DATE', 'FUTURE_REF']]);
  });

  it('terms, the time being, the past, a later date', () => {
    expect(pairs('Prospects in the near term appear good.', THU)).toEqual([['the near term', 'FUTURE_REF']]);
    expect(pairs('The plant is safe for the long term.', THU)).toEqual([['the long term', 'FUTURE_REF']]);
    expect(pairs('The downturn will continue for the time being.', THU)).toEqual([['the time being', 'PRESENT_REF']]);
    expect(pairs('In the past, Russia made such claims.', THU)).toEqual([['the past', 'PAST_REF']]);
    expect(pairs('It will raise money at a later date.', THU)).toEqual([['a later date', 'FUTURE_REF']]);
    expect(pairs('Details will follow very soon.', THU)).toEqual([['very soon', 'FUTURE_REF']]);
  });
});

describe('more sets', () => {
  it('plural weekdays and "Tuesday nights" are every such day; an average daily figure is no set', () => {
    expect(triples('The shop is closed on Sundays.', THU)).toEqual([['Sundays', 'SET', 'XXXX-WXX-7']]);
    expect(pairs('Flights leave on Tuesday nights.', THU)).toEqual([['Tuesday nights', 'XXXX-WXX-2TNI']]);
    expect(pairs('The average daily volume was 133 million shares.', THU)).toEqual([]);
  });

  it('each July, every summer', () => {
    expect(triples('Orangemen march each July.', THU)).toEqual([['each July', 'SET', 'XXXX-07']]);
    expect(triples('The fair is held every summer.', THU)).toEqual([['every summer', 'SET', 'XXXX-SU']]);
  });
});

describe('more times of day', () => {
  it('midday and "4 in the morning"', () => {
    expect(value('He appears before the judge at midday.', THU)).toBe('2022-09-22T12:00');
    expect(pairs('The father will leave at 4 in the morning.', THU)).toEqual([['4 in the morning', '2022-09-22T04:00']]);
    expect(value('The rally starts at 6 in the evening.', THU)).toBe('2022-09-22T18:00');
  });

  it('a clock time takes its day from a day named right after it, or from the last day named', () => {
    // 2009-06-04 is a Thursday; June 1 is the Monday before.
    expect(pairs('At a press conference at 16:15 UTC, June 1st, he spoke.', '2009-06-04')).toEqual([
      ['16:15 UTC', '2009-06-01T16:15Z'],
      ['June 1st', '2009-06-01'],
    ]);
    expect(pairs('The plane flew on Tuesday in Everett. It landed at 18:00 UTC.', '2009-06-04')).toEqual([
      ['Tuesday', '2009-06-02'],
      ['18:00 UTC', '2009-06-02T18:00Z'],
    ]);
  });

  it('parts of the day in running text are those of the day reported', () => {
    expect(triples('Shares rose on Tuesday in morning trading.', '2009-06-04')).toEqual([
      ['Tuesday', 'DATE', '2009-06-02'],
      ['morning', 'TIME', '2009-06-02TMO'],
    ]);
    expect(pairs('Shares were up at mid-afternoon yesterday.', '2009-06-04')).toEqual([
      ['mid-afternoon yesterday', '2009-06-03TAF'],
    ]);
  });
});
