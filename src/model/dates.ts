/**
 * Calendar-day interval math shared by the pipeline and the app.
 *
 * Days are ISO strings (YYYY-MM-DD) or integer day numbers since 1970-01-01 (`dayNum`), always UTC,
 * so no local time zone can shift a date. An interval covers whole days, `end` inclusive.
 */
import type { Precision } from './dataset.ts';

export interface DayInterval {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, inclusive, YYYY-MM-DD. */
  end: string;
  precision: Precision;
}

export const MS_PER_DAY = 86_400_000;
const DAY_RE = /^(-?\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch at 00:00 UTC of year/month(1-12)/day; handles years 0-99. */
export function utcMs(year: number, month: number, day: number): number {
  // Date.UTC reads years 0-99 as 1900-1999; from 100 on it is the same, and much faster.
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

export function formatDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** True when `s` is YYYY-MM-DD and names a real calendar day (no 2022-02-30). */
export function isValidDay(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return formatDay(utcMs(y, mo, d)) === s;
}

/** The number written by the ASCII digits s[from, to), or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Milliseconds at 00:00 UTC of an ISO day; throws on malformed input (callers validate first). */
export function dayToMs(day: string): number {
  // The common case, YYYY-MM-DD with a year from 1000 on, without a regex (a million events
  // are read in the browser).
  if (day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45) {
    const year = digits(day, 0, 4);
    const month = digits(day, 5, 7);
    const date = digits(day, 8, 10);
    if (year >= 1000 && month >= 0 && date >= 0) return Date.UTC(year, month - 1, date);
  }
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return utcMs(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function addDays(day: string, n: number): string {
  return formatDay(dayToMs(day) + n * MS_PER_DAY);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToMs(b) - dayToMs(a)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayToMs(day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** The month `n` months after year/month (n may be negative). */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

export function dayInterval(day: string): DayInterval {
  return { start: day, end: day, precision: 'day' };
}

export function monthInterval(year: number, month: number): DayInterval {
  return {
    start: formatDay(utcMs(year, month, 1)),
    end: formatDay(utcMs(year, month, daysInMonth(year, month))),
    precision: 'month',
  };
}

export function yearInterval(year: number): DayInterval {
  return {
    start: formatDay(utcMs(year, 1, 1)),
    end: formatDay(utcMs(year, 12, 31)),
    precision: 'year',
  };
}

/** ISO 8601 week: Monday-based, week 1 contains the year's first Thursday. */
export function isoWeekOf(day: string): { year: number; week: number } {
  const ms = dayToMs(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(ms + (3 - weekday) * MS_PER_DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - utcMs(year, 1, 1)) / (7 * MS_PER_DAY));
  return { year, week };
}

export function isoWeekInterval(year: number, week: number): DayInterval {
  const jan4 = utcMs(year, 1, 4);
  const monday =
    jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * MS_PER_DAY + (week - 1) * 7 * MS_PER_DAY;
  return { start: formatDay(monday), end: formatDay(monday + 6 * MS_PER_DAY), precision: 'week' };
}

export const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const;
export type Season = (typeof SEASONS)[number];

/** Meteorological seasons (northern hemisphere); winter YYYY runs from December YYYY to February. */
export function seasonInterval(year: number, season: Season): DayInterval {
  const firstMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
  const last = addMonths(year, firstMonth, 2);
  return {
    start: formatDay(utcMs(year, firstMonth, 1)),
    end: formatDay(utcMs(last.year, last.month, daysInMonth(last.year, last.month))),
    precision: 'season',
  };
}

export function quarterInterval(year: number, quarter: number): DayInterval {
  const first = (quarter - 1) * 3 + 1;
  return {
    start: formatDay(utcMs(year, first, 1)),
    end: monthInterval(year, first + 2).end,
    precision: 'quarter',
  };
}

export function decadeInterval(decadeStart: number): DayInterval {
  return {
    start: yearInterval(decadeStart).start,
    end: yearInterval(decadeStart + 9).end,
    precision: 'decade',
  };
}

/** Century by its first two digits as TIMEX writes it: 19 = the 1900s (1900-1999). */
export function centuryInterval(hundreds: number): DayInterval {
  const first = hundreds * 100;
  return {
    start: yearInterval(first).start,
    end: yearInterval(first + 99).end,
    precision: 'century',
  };
}
