/**
 * Conversions between TIMEX3 values (what the tagger emits), day intervals and EDTF (what the
 * dataset stores), plus the human wording of a date at its precision.
 */
import {
  addDays,
  centuryInterval,
  dayInterval,
  decadeInterval,
  isValidDay,
  isoWeekInterval,
  isoWeekOf,
  monthInterval,
  quarterInterval,
  seasonInterval,
  yearInterval,
  type DayInterval,
  type Season,
} from './dates.ts';

/** EDTF season codes (ISO 8601-2 sub-year groupings). */
const EDTF_SEASON: Record<Season, number> = { SP: 21, SU: 22, FA: 23, WI: 24 };
const EDTF_QUARTER_BASE = 32; // 33 = Q1 … 36 = Q4

/**
 * The interval a TIMEX3 DATE value denotes, or null when it is not a calendar date
 * (PRESENT_REF, durations, sets, unknown years such as XXXX-05-01).
 */
export function timexToInterval(value: string): DayInterval | null {
  let m: RegExpExecArray | null;
  const v = value.replace(/T.*$/, ''); // times of day date the day they fall on
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return isValidDay(v) ? dayInterval(v) : null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthInterval(Number(m[1]), month) : null;
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) return weekInterval(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(v))) {
    const week = weekInterval(Number(m[1]), Number(m[2]));
    return week && { start: addDays(week.start, 5), end: week.end, precision: 'day' };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return seasonInterval(Number(m[1]), m[2] as Season);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return quarterInterval(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const year = Number(m[1]);
    const half = Number(m[2]);
    return {
      start: monthInterval(year, half === 1 ? 1 : 7).start,
      end: monthInterval(year, half === 1 ? 6 : 12).end,
      precision: 'quarter',
    };
  }
  if ((m = /^(\d{4})$/.exec(v))) return yearInterval(Number(m[1]));
  if ((m = /^(\d{3})$/.exec(v))) return decadeInterval(Number(m[1]) * 10);
  if ((m = /^(\d{2})$/.exec(v))) return centuryInterval(Number(m[1]));
  return null;
}

/** ISO week `week` of `year`, or null when the year has no such week (W53 exists in some years only). */
function weekInterval(year: number, week: number): DayInterval | null {
  if (week < 1 || week > 53) return null;
  const interval = isoWeekInterval(year, week);
  return isoWeekOf(interval.start).year === year ? interval : null;
}

/** EDTF for an interval produced by timexToInterval or spanning two of them. */
export function intervalToEdtf(interval: DayInterval): string {
  const { start, end, precision } = interval;
  const year = start.slice(0, 4);
  switch (precision) {
    case 'day':
      return start === end ? start : `${start}/${end}`;
    case 'month':
      return start.slice(0, 7);
    case 'year':
      return year;
    case 'decade':
      return `${year.slice(0, 3)}X`;
    case 'century':
      return `${year.slice(0, 2)}XX`;
    case 'season': {
      const season: Season = ({ 3: 'SP', 6: 'SU', 9: 'FA' } as const)[Number(start.slice(5, 7))] ?? 'WI';
      return `${year}-${EDTF_SEASON[season]}`;
    }
    case 'quarter': {
      const month = Number(start.slice(5, 7));
      const endMonth = Number(end.slice(5, 7));
      if (endMonth - month === 5) return `${year}-${month === 1 ? 40 : 41}`; // halves: 40, 41
      return `${year}-${EDTF_QUARTER_BASE + 1 + Math.floor((month - 1) / 3)}`;
    }
    case 'week':
      return `${start}/${end}`;
  }
}

/** English month names, January first (dates as written, axis labels). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as a person writes it at its precision: "21 September 2022", "February 2008", "summer 2022". */
export function describeInterval(interval: DayInterval): string {
  const { start, end, precision } = interval;
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const day = Number(start.slice(8, 10));
  switch (precision) {
    case 'day': {
      const first = `${day} ${MONTH_NAMES[month - 1]} ${year}`;
      if (start === end) return first;
      return `${first} – ${describeInterval({ start: end, end, precision: 'day' })}`;
    }
    case 'week':
      return `week of ${day} ${MONTH_NAMES[month - 1]} ${year}`;
    case 'month':
      return `${MONTH_NAMES[month - 1]} ${year}`;
    case 'season': {
      const name = month === 3 ? 'spring' : month === 6 ? 'summer' : month === 9 ? 'autumn' : 'winter';
      return name === 'winter' ? `winter ${year}/${String(year + 1).slice(2)}` : `${name} ${year}`;
    }
    case 'quarter': {
      const endMonth = Number(end.slice(5, 7));
      if (endMonth - month === 5) return `${month === 1 ? 'first' : 'second'} half of ${year}`;
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    }
    case 'year':
      return String(year);
    case 'decade':
      return `the ${year}s`;
    case 'century':
      return `the ${year}s`;
  }
}
