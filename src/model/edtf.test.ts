import { describe, expect, it } from 'vitest';
import type { DayInterval } from './dates.ts';
import { describeInterval, intervalToEdtf, timexToInterval } from './edtf.ts';

const iv = (start: string, end: string, precision: DayInterval['precision']): DayInterval => ({
  start,
  end,
  precision,
});

describe('timexToInterval', () => {
  it('day', () => {
    expect(timexToInterval('2022-09-21')).toEqual(iv('2022-09-21', '2022-09-21', 'day'));
    expect(timexToInterval('2024-02-29')).toEqual(iv('2024-02-29', '2024-02-29', 'day'));
  });

  it('rejects impossible days and months', () => {
    expect(timexToInterval('2022-02-30')).toBeNull();
    expect(timexToInterval('2022-13')).toBeNull();
    expect(timexToInterval('2022-00')).toBeNull();
    expect(timexToInterval('2022-W54')).toBeNull();
    expect(timexToInterval('2022-W00')).toBeNull();
    // 2022 has 52 ISO weeks (it starts on a Saturday and is not a leap year): no week 53.
    expect(timexToInterval('2022-W53')).toBeNull();
    expect(timexToInterval('2022-W53-WE')).toBeNull();
  });

  it('month', () => {
    expect(timexToInterval('2008-02')).toEqual(iv('2008-02-01', '2008-02-29', 'month'));
    expect(timexToInterval('2022-09')).toEqual(iv('2022-09-01', '2022-09-30', 'month'));
  });

  it('ISO week, including a week 53 over the year end', () => {
    expect(timexToInterval('2022-W38')).toEqual(iv('2022-09-19', '2022-09-25', 'week'));
    expect(timexToInterval('2020-W53')).toEqual(iv('2020-12-28', '2021-01-03', 'week'));
  });

  it('weekend of an ISO week is its Saturday and Sunday', () => {
    // 2022-09-24 is a Saturday, 2022-09-25 a Sunday.
    expect(timexToInterval('2022-W38-WE')).toEqual(iv('2022-09-24', '2022-09-25', 'day'));
  });

  it('seasons, winter spanning the year end', () => {
    expect(timexToInterval('2022-SP')).toEqual(iv('2022-03-01', '2022-05-31', 'season'));
    expect(timexToInterval('2022-SU')).toEqual(iv('2022-06-01', '2022-08-31', 'season'));
    expect(timexToInterval('2022-FA')).toEqual(iv('2022-09-01', '2022-11-30', 'season'));
    expect(timexToInterval('2022-WI')).toEqual(iv('2022-12-01', '2023-02-28', 'season'));
  });

  it('quarters and halves', () => {
    expect(timexToInterval('2022-Q1')).toEqual(iv('2022-01-01', '2022-03-31', 'quarter'));
    expect(timexToInterval('2022-Q3')).toEqual(iv('2022-07-01', '2022-09-30', 'quarter'));
    expect(timexToInterval('2022-Q4')).toEqual(iv('2022-10-01', '2022-12-31', 'quarter'));
    expect(timexToInterval('2022-H1')).toEqual(iv('2022-01-01', '2022-06-30', 'quarter'));
    expect(timexToInterval('2022-H2')).toEqual(iv('2022-07-01', '2022-12-31', 'quarter'));
  });

  it('year, decade (3 digits) and century (2 digits)', () => {
    expect(timexToInterval('2022')).toEqual(iv('2022-01-01', '2022-12-31', 'year'));
    expect(timexToInterval('199')).toEqual(iv('1990-01-01', '1999-12-31', 'decade'));
    expect(timexToInterval('200')).toEqual(iv('2000-01-01', '2009-12-31', 'decade'));
    expect(timexToInterval('19')).toEqual(iv('1900-01-01', '1999-12-31', 'century'));
  });

  it('times of day date the day they fall on', () => {
    expect(timexToInterval('2022-09-21TMO')).toEqual(iv('2022-09-21', '2022-09-21', 'day'));
    expect(timexToInterval('2022-09-21TNI')).toEqual(iv('2022-09-21', '2022-09-21', 'day'));
    expect(timexToInterval('2022-09-21T10:30')).toEqual(iv('2022-09-21', '2022-09-21', 'day'));
  });

  it('non-calendar values have no interval', () => {
    for (const v of [
      'PRESENT_REF',
      'PAST_REF',
      'FUTURE_REF',
      'P6W',
      'P1Y',
      'PT3H',
      'XXXX-05-01',
      'XXXX-WXX-1',
      '',
    ]) {
      expect(timexToInterval(v), v).toBeNull();
    }
  });
});

describe('intervalToEdtf', () => {
  it('day and day range', () => {
    expect(intervalToEdtf(iv('2022-09-21', '2022-09-21', 'day'))).toBe('2022-09-21');
    expect(intervalToEdtf(iv('2022-09-24', '2022-09-25', 'day'))).toBe('2022-09-24/2022-09-25');
  });

  it('month, year, decade, century', () => {
    expect(intervalToEdtf(iv('2008-02-01', '2008-02-29', 'month'))).toBe('2008-02');
    expect(intervalToEdtf(iv('2022-01-01', '2022-12-31', 'year'))).toBe('2022');
    expect(intervalToEdtf(iv('1990-01-01', '1999-12-31', 'decade'))).toBe('199X');
    expect(intervalToEdtf(iv('1900-01-01', '1999-12-31', 'century'))).toBe('19XX');
  });

  it('seasons as ISO 8601-2 codes 21–24', () => {
    expect(intervalToEdtf(timexToInterval('2022-SP')!)).toBe('2022-21');
    expect(intervalToEdtf(timexToInterval('2022-SU')!)).toBe('2022-22');
    expect(intervalToEdtf(timexToInterval('2022-FA')!)).toBe('2022-23');
    expect(intervalToEdtf(timexToInterval('2022-WI')!)).toBe('2022-24');
  });

  it('quarters as 33–36, halves as 40–41', () => {
    expect(intervalToEdtf(timexToInterval('2022-Q1')!)).toBe('2022-33');
    expect(intervalToEdtf(timexToInterval('2022-Q2')!)).toBe('2022-34');
    expect(intervalToEdtf(timexToInterval('2022-Q3')!)).toBe('2022-35');
    expect(intervalToEdtf(timexToInterval('2022-Q4')!)).toBe('2022-36');
    expect(intervalToEdtf(timexToInterval('2022-H1')!)).toBe('2022-40');
    expect(intervalToEdtf(timexToInterval('2022-H2')!)).toBe('2022-41');
  });

  it('week as its day range', () => {
    expect(intervalToEdtf(timexToInterval('2022-W38')!)).toBe('2022-09-19/2022-09-25');
  });
});

describe('describeInterval', () => {
  it('words each precision', () => {
    expect(describeInterval(timexToInterval('2022-09-21')!)).toBe('21 September 2022');
    expect(describeInterval(timexToInterval('2022-W38-WE')!)).toBe(
      '24 September 2022 – 25 September 2022',
    );
    expect(describeInterval(timexToInterval('2022-W38')!)).toBe('week of 19 September 2022');
    expect(describeInterval(timexToInterval('2008-02')!)).toBe('February 2008');
    expect(describeInterval(timexToInterval('2022-SU')!)).toBe('summer 2022');
    expect(describeInterval(timexToInterval('2022-SP')!)).toBe('spring 2022');
    expect(describeInterval(timexToInterval('2022-FA')!)).toBe('autumn 2022');
    expect(describeInterval(timexToInterval('2022-WI')!)).toBe('winter 2022/23');
    expect(describeInterval(timexToInterval('2022-Q3')!)).toBe('Q3 2022');
    expect(describeInterval(timexToInterval('2022-H1')!)).toBe('first half of 2022');
    expect(describeInterval(timexToInterval('2022-H2')!)).toBe('second half of 2022');
    expect(describeInterval(timexToInterval('2022')!)).toBe('2022');
    expect(describeInterval(timexToInterval('199')!)).toBe('the 1990s');
    expect(describeInterval(timexToInterval('19')!)).toBe('the 1900s');
  });

  it('winter at a century turn keeps two digits', () => {
    expect(describeInterval(timexToInterval('1999-WI')!)).toBe('winter 1999/00');
  });
});
