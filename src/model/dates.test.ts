// Calendar facts below were checked with `date -d <day> +%A` and `date -d <day> +%G-W%V`.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  centuryInterval,
  dayInterval,
  daysBetween,
  daysInMonth,
  decadeInterval,
  formatDay,
  isValidDay,
  isoWeekInterval,
  isoWeekOf,
  monthInterval,
  quarterInterval,
  seasonInterval,
  utcMs,
  weekdayOf,
  yearInterval,
} from './dates.ts';

describe('isValidDay', () => {
  it('accepts real calendar days', () => {
    expect(isValidDay('2022-09-21')).toBe(true);
    expect(isValidDay('2024-02-29')).toBe(true); // 2024 is a leap year
    expect(isValidDay('2000-02-29')).toBe(true); // divisible by 400
    expect(isValidDay('2022-12-31')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isValidDay('2022-02-30')).toBe(false);
    expect(isValidDay('2023-02-29')).toBe(false);
    expect(isValidDay('1900-02-29')).toBe(false); // divisible by 100, not by 400
    expect(isValidDay('2022-04-31')).toBe(false);
    expect(isValidDay('2022-13-01')).toBe(false);
    expect(isValidDay('2022-00-10')).toBe(false);
    expect(isValidDay('2022-09-00')).toBe(false);
  });

  it('rejects malformed strings', () => {
    expect(isValidDay('2022-9-1')).toBe(false);
    expect(isValidDay('22-09-2022')).toBe(false);
    expect(isValidDay('2022-09-21T10:00')).toBe(false);
    expect(isValidDay('')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('formats years below 100 without the 1900 shift of Date.UTC', () => {
    expect(formatDay(utcMs(50, 3, 1))).toBe('0050-03-01');
    expect(formatDay(utcMs(2022, 9, 21))).toBe('2022-09-21');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2022-09-22', -1)).toBe('2022-09-21');
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
  });

  it('counts days between two days', () => {
    expect(daysBetween('2022-09-01', '2022-10-31')).toBe(60);
    expect(daysBetween('2022-09-22', '2022-09-21')).toBe(-1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekdayOf('2022-09-21')).toBe(3); // Wednesday
    expect(weekdayOf('2022-09-22')).toBe(4); // Thursday
    expect(weekdayOf('2008-02-17')).toBe(0); // Sunday
    expect(weekdayOf('2022-01-01')).toBe(6); // Saturday
  });

  it('knows month lengths', () => {
    expect(daysInMonth(2022, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2022, 9)).toBe(30);
    expect(daysInMonth(2022, 12)).toBe(31);
  });

  it('shifts months across years both ways', () => {
    expect(addMonths(2022, 11, 3)).toEqual({ year: 2023, month: 2 });
    expect(addMonths(2022, 1, -1)).toEqual({ year: 2021, month: 12 });
    expect(addMonths(2022, 3, -15)).toEqual({ year: 2020, month: 12 });
    expect(addMonths(2022, 9, 0)).toEqual({ year: 2022, month: 9 });
  });
});

describe('ISO weeks', () => {
  it('gives the week of a day in mid-year', () => {
    expect(isoWeekOf('2022-09-21')).toEqual({ year: 2022, week: 38 });
    expect(isoWeekOf('2022-09-19')).toEqual({ year: 2022, week: 38 }); // Monday
    expect(isoWeekOf('2022-09-25')).toEqual({ year: 2022, week: 38 }); // Sunday
    expect(isoWeekOf('2008-02-17')).toEqual({ year: 2008, week: 7 });
  });

  it('puts early-January days in the previous ISO year when the week started in December', () => {
    expect(isoWeekOf('2021-01-01')).toEqual({ year: 2020, week: 53 }); // a Friday
    expect(isoWeekOf('2022-01-01')).toEqual({ year: 2021, week: 52 }); // a Saturday
    expect(isoWeekOf('2023-01-01')).toEqual({ year: 2022, week: 52 }); // a Sunday
    expect(isoWeekOf('2022-01-03')).toEqual({ year: 2022, week: 1 }); // first Monday
  });

  it('puts late-December days in the next ISO year when that week holds its first Thursday', () => {
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2015-12-31')).toEqual({ year: 2015, week: 53 });
  });

  it('gives the Monday–Sunday interval of a week', () => {
    expect(isoWeekInterval(2022, 38)).toEqual({
      start: '2022-09-19',
      end: '2022-09-25',
      precision: 'week',
    });
    expect(isoWeekInterval(2020, 53)).toEqual({
      start: '2020-12-28',
      end: '2021-01-03',
      precision: 'week',
    });
    expect(isoWeekInterval(2025, 1)).toEqual({
      start: '2024-12-30',
      end: '2025-01-05',
      precision: 'week',
    });
    expect(isoWeekInterval(2022, 1)).toEqual({
      start: '2022-01-03',
      end: '2022-01-09',
      precision: 'week',
    });
  });
});

describe('units as intervals', () => {
  it('day, month, year', () => {
    expect(dayInterval('2022-09-21')).toEqual({
      start: '2022-09-21',
      end: '2022-09-21',
      precision: 'day',
    });
    expect(monthInterval(2008, 2)).toEqual({
      start: '2008-02-01',
      end: '2008-02-29',
      precision: 'month',
    }); // leap
    expect(monthInterval(2022, 2)).toEqual({
      start: '2022-02-01',
      end: '2022-02-28',
      precision: 'month',
    });
    expect(yearInterval(2022)).toEqual({
      start: '2022-01-01',
      end: '2022-12-31',
      precision: 'year',
    });
  });

  it('meteorological seasons, winter running over the year end', () => {
    expect(seasonInterval(2022, 'SP')).toEqual({
      start: '2022-03-01',
      end: '2022-05-31',
      precision: 'season',
    });
    expect(seasonInterval(2022, 'SU')).toEqual({
      start: '2022-06-01',
      end: '2022-08-31',
      precision: 'season',
    });
    expect(seasonInterval(2022, 'FA')).toEqual({
      start: '2022-09-01',
      end: '2022-11-30',
      precision: 'season',
    });
    expect(seasonInterval(2022, 'WI')).toEqual({
      start: '2022-12-01',
      end: '2023-02-28',
      precision: 'season',
    });
    // Winter 2023 ends in February of the leap year 2024.
    expect(seasonInterval(2023, 'WI')).toEqual({
      start: '2023-12-01',
      end: '2024-02-29',
      precision: 'season',
    });
  });

  it('quarters', () => {
    expect(quarterInterval(2022, 1)).toEqual({
      start: '2022-01-01',
      end: '2022-03-31',
      precision: 'quarter',
    });
    expect(quarterInterval(2022, 2)).toEqual({
      start: '2022-04-01',
      end: '2022-06-30',
      precision: 'quarter',
    });
    expect(quarterInterval(2022, 3)).toEqual({
      start: '2022-07-01',
      end: '2022-09-30',
      precision: 'quarter',
    });
    expect(quarterInterval(2022, 4)).toEqual({
      start: '2022-10-01',
      end: '2022-12-31',
      precision: 'quarter',
    });
  });

  it('decades and centuries', () => {
    expect(decadeInterval(1990)).toEqual({
      start: '1990-01-01',
      end: '1999-12-31',
      precision: 'decade',
    });
    expect(decadeInterval(2000)).toEqual({
      start: '2000-01-01',
      end: '2009-12-31',
      precision: 'decade',
    });
    // TIMEX century "19" is the years 1900–1999.
    expect(centuryInterval(19)).toEqual({
      start: '1900-01-01',
      end: '1999-12-31',
      precision: 'century',
    });
    expect(centuryInterval(20)).toEqual({
      start: '2000-01-01',
      end: '2099-12-31',
      precision: 'century',
    });
  });
});
