/**
 * Rules for dates named in words: holidays ("Thanksgiving Day", "Christmas", "Easter week"),
 * years spelled out as broadcast transcripts write them ("nineteen ninety-six", "the year two
 * thousand") and decades in words ("the nineties").
 */
import { addDays, isoWeekOf, weekdayOf } from '../../model/dates.ts';
import { dayValue, inferYearOf } from './calendar.ts';
import { MONTH_CAP_RE, monthOf } from './lexicon.ts';
import { capitalised, type Rule } from './rule.ts';
import type { ResolveContext } from './types.ts';

/** The n-th (1-based; -1 = last) weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n < 0) {
    const last = dayValue(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = dayValue(year, month, 1);
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday (Gregorian computus, anonymous algorithm). */
function easter(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayValue(y, month, day);
}

/** Holidays and the day they fall on in a given year. US holidays are the ones US news names. */
const HOLIDAYS: [RegExp, (y: number) => string][] = [
  [/^christmas\s+eve$/i, (y) => dayValue(y, 12, 24)],
  [/^christmas(?:\s+day)?$/i, (y) => dayValue(y, 12, 25)],
  [/^boxing\s+day$/i, (y) => dayValue(y, 12, 26)],
  [/^new\s+year'?s\s+eve$/i, (y) => dayValue(y, 12, 31)],
  [/^new\s+year'?s(?:\s+day)?$/i, (y) => dayValue(y, 1, 1)],
  [/^(?:valentine'?s|st\.?\s+valentine'?s)\s+day$/i, (y) => dayValue(y, 2, 14)],
  [/^(?:st\.?\s+patrick'?s)\s+day$/i, (y) => dayValue(y, 3, 17)],
  [/^(?:independence\s+day|fourth\s+of\s+july|july\s+fourth)$/i, (y) => dayValue(y, 7, 4)],
  [/^halloween$/i, (y) => dayValue(y, 10, 31)],
  [/^(?:veterans|armistice)'?\s+day$/i, (y) => dayValue(y, 11, 11)],
  [/^thanksgiving(?:\s+day)?$/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^election\s+day$/i, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^labou?r\s+day$/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial\s+day$/i, (y) => nthWeekday(y, 5, 1, -1)],
  [/^(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)\s+day$/i, (y) => nthWeekday(y, 1, 1, 3)],
  [/^mother'?s\s+day$/i, (y) => nthWeekday(y, 5, 0, 2)],
  [/^father'?s\s+day$/i, (y) => nthWeekday(y, 6, 0, 3)],
  [/^good\s+friday$/i, (y) => addDays(easter(y), -2)],
  [/^easter\s+monday$/i, (y) => addDays(easter(y), 1)],
  [/^easter(?:\s+sunday|\s+day)?$/i, (y) => easter(y)],
];

const HOLIDAY_RE = String.raw`Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year'?s(?:\s+(?:Eve|Day))?|(?:St\.?\s+)?Valentine'?s\s+Day|St\.?\s+Patrick'?s\s+Day|Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|Halloween|(?:Veterans|Armistice)'?\s+Day|Thanksgiving(?:\s+Day)?|Election\s+Day|Labou?r\s+Day|Memorial\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day|Mother'?s\s+Day|Father'?s\s+Day|Good\s+Friday|Easter(?:\s+(?:Sunday|Monday|Day))?`;

function holidayDay(name: string): ((y: number) => string) | undefined {
  const key = name.replace(/\s+/g, ' ');
  return HOLIDAYS.find(([re]) => re.test(key))?.[1];
}

const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ONES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const words = (o: Record<string, number>): string => Object.keys(o).join('|');
/** The last two digits of a spoken year: "ninety-six", "twelve", "oh five". */
const TWO_DIGITS_RE = `(?:(?:${words(TENS)})(?:[\\s-](?:${words(ONES)}))?|${words(TEENS)}|(?:oh|o)[\\s-](?:${words(ONES)}))`;

function twoDigits(text: string): number {
  const parts = text.toLowerCase().split(/[\s-]+/);
  if (parts[0] === 'oh' || parts[0] === 'o') return ONES[parts[1] ?? ''] ?? 0;
  return (TEENS[parts[0]!] ?? TENS[parts[0]!] ?? 0) + (ONES[parts[1] ?? ''] ?? 0);
}

/** Decades in words, written after "the": the sixties → 196 (or 186 if that is still to come). */
const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

const holidayValue =
  (dayIn: (y: number) => string, rel: string) =>
  (ctx: ResolveContext): string => {
    const refYear = Number(ctx.dct.slice(0, 4));
    if (rel === 'last' || rel === 'next') {
      const years = [refYear - 1, refYear, refYear + 1].map(dayIn);
      const pick = rel === 'last' ? years.filter((d) => d < ctx.dct).pop() : years.find((d) => d > ctx.dct);
      return pick ?? dayIn(refYear);
    }
    if (rel === 'this') return dayIn(refYear);
    return dayIn(inferYearOf(dayIn, ctx));
  };

export const NAMED_RULES: Rule[] = [
  {
    name: 'holiday', // Thanksgiving Day · last Christmas · Easter week · Election Day
    type: 'DATE',
    priority: 2,
    re: new RegExp(`\\b(?:(?<rel>last|next|this)\\s+)?(?<name>${HOLIDAY_RE})(?<week>\\s+week(?!end))?\\b(?!\\s+(?:Island|Parade|Offensive|Accords?|Agreement|Uprising|Rising|Act)\\b)`, 'gi'),
    build: (g) => {
      if (!capitalised(g.name)) return null;
      const dayIn = holidayDay(g.name!);
      if (!dayIn) return null;
      const value = holidayValue(dayIn, (g.rel ?? '').toLowerCase());
      if (!g.week) return value;
      return (ctx) => {
        const { year, week } = isoWeekOf(value(ctx));
        return `${year}-W${String(week).padStart(2, '0')}`;
      };
    },
  },
  {
    name: 'spoken-year', // nineteen ninety-six · January nineteen ninety-seven · the year two thousand
    type: 'DATE',
    priority: 2,
    re: new RegExp(
      `\\b(?:(?<mon>${MONTH_CAP_RE})\\s+)?(?:(?<century>eighteen|nineteen|twenty)[\\s-](?<rest>${TWO_DIGITS_RE}|hundred)|the\\s+year\\s+(?<thousand>two\\s+thousand(?:\\s+and\\s+(?<ones>${words(ONES)}))?))\\b(?![\\s-]+(?:percent|per\\s+cent|people|dollars|miles|years|hundred|thousand)\\b)`,
      'gi',
    ),
    build: (g) => {
      let year: number;
      if (g.thousand) year = 2000 + (g.ones ? (ONES[g.ones.toLowerCase()] ?? 0) : 0);
      else {
        const century = TEENS[g.century!.toLowerCase()] ?? TENS[g.century!.toLowerCase()] ?? 0;
        year = century * 100 + (g.rest!.toLowerCase() === 'hundred' ? 0 : twoDigits(g.rest!));
      }
      if (year < 1700 || year > 2199) return null;
      const month = g.mon ? monthOf(g.mon) : 0;
      return () => (month ? `${year}-${String(month).padStart(2, '0')}` : String(year));
    },
  },
  {
    name: 'decade-word', // the nineties · the early seventies
    type: 'DATE',
    priority: 2,
    re: /\bthe\s+(?:(?:early|late|mid)[\s-]+)?(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    build: (g) => {
      const d = DECADE_WORDS[g.d!.toLowerCase()] ?? 9;
      return (ctx) => {
        const year = Number(ctx.dct.slice(0, 4));
        const century = Math.floor(year / 100) - (d > Math.floor(year / 10) % 10 ? 1 : 0);
        return `${century}${d}`;
      };
    },
  },
];
