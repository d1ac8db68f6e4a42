import { describe, expect, it } from 'vitest';
import { parsePublicationDate } from './published.ts';

const day = (value: unknown, order?: 'dmy' | 'mdy' | 'ymd'): string | undefined => {
  const r = parsePublicationDate(value, order);
  return 'day' in r ? r.day : undefined;
};
const error = (value: unknown, order?: 'dmy' | 'mdy'): string | undefined => {
  const r = parsePublicationDate(value, order);
  return 'error' in r ? r.error : undefined;
};

describe('parsePublicationDate', () => {
  it('ISO 8601 with or without time and zone keeps the day written', () => {
    expect(day('2023-05-07')).toBe('2023-05-07');
    expect(day('2023-05-07T23:30:00-05:00')).toBe('2023-05-07');
    expect(day('2023-05-07T10:00:00.123Z')).toBe('2023-05-07');
    expect(day('2023-05-07 10:00')).toBe('2023-05-07');
    expect(day('2023-05-07T10:00:00+0200')).toBe('2023-05-07');
  });

  it('RFC 2822 and written dates, through the time tagger', () => {
    expect(day('Sun, 07 May 2023 10:00:00 +0000')).toBe('2023-05-07');
    expect(day('Sat, 09 Mar 2024 12:00:00 GMT')).toBe('2024-03-09');
    expect(day('7 May 2023')).toBe('2023-05-07');
    expect(day('May 7, 2023')).toBe('2023-05-07');
    expect(day('7th May 2023')).toBe('2023-05-07');
    expect(day('Sunday, May 7, 2023 at 10:00 AM EDT')).toBe('2023-05-07');
    expect(day('Published: 7 May 2023')).toBe('2023-05-07');
    expect(day(new Date(Date.UTC(2023, 4, 7)))).toBe('2023-05-07');
  });

  it('all-number dates: year first is plain; day and month need the order, else they are ambiguous', () => {
    expect(day('2023/05/07')).toBe('2023-05-07');
    expect(error('07/05/2023')).toBe('publication date "07/05/2023" is ambiguous (day/month or month/day?): give --date-order dmy or mdy');
    expect(error('22/09/2022')).toMatch(/is ambiguous/);
    expect(day('07/05/2023', 'dmy')).toBe('2023-05-07');
    expect(day('07/05/2023', 'mdy')).toBe('2023-07-05');
    expect(day('07.05.2023 10:00', 'dmy')).toBe('2023-05-07');
    expect(error('13/13/2023', 'dmy')).toMatch(/does not exist in the calendar/);
    expect(error('07/05/23', 'dmy')).toMatch(/no four-digit year/);
  });

  it('rejects what is not one whole, real, dated day', () => {
    expect(error('')).toBe('missing publication date');
    expect(error(undefined)).toBe('missing publication date');
    expect(error('2023-02-30')).toMatch(/does not exist in the calendar/);
    expect(error('31 February 2023')).toMatch(/is not a date/);
    expect(error('7 May')).toMatch(/has no year/);
    expect(error('May 2023')).toMatch(/is not a date/);
    expect(error('yesterday')).toMatch(/is not a date/);
    expect(error('The talks on 7 May 2023 failed')).toMatch(/is not a date/);
    expect(error('1450-05-09')).toMatch(/outside 1700–2199/);
    expect(error('9 May 1450')).toMatch(/is not a date/);
    expect(error('x'.repeat(500))).toMatch(/too long to be a date/);
  });
});
