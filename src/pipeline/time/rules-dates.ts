/**
 * Rules for calendar dates: explicit days, months, years, decades, centuries, seasons, quarters.
 * Each rule is a regex (case-insensitive; month and weekday names must still be capitalised) and a
 * builder that returns a resolver, or null to reject the match. A named group `x` narrows the span.
 */
import { addMonths } from '../../model/dates.ts';
import { dayValue, inferYear, monthValue, shiftedValue } from './calendar.ts';
import {
  DAY_RE,
  MONTH_CAP_RE,
  MONTH_RE,
  ORDINAL_RE,
  SEASON_CODES,
  SEASON_RE,
  WEEKDAY_RE,
  YEAR_RE,
  dayOf,
  monthOf,
} from './lexicon.ts';
import type { Rule } from './rule.ts';
import { capitalised } from './rule.ts';
import type { ResolveContext } from './types.ts';

const MOD_RE = '(?:early|mid|late|the\\s+(?:end|beginning|start|middle)\\s+of|end\\s+of|(?:beginning|start|middle)\\s+of)';
const SEASON_LOOKUP = (word: string): 'SP' | 'SU' | 'FA' | 'WI' => SEASON_CODES[word.toLowerCase()] ?? 'SU';

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day + month (+ year); without a year, the year comes from the publication date and tense. */
function dayMonth(month: number, day: number, year: number | null, yearWords?: string): ((ctx: ResolveContext) => string | null) | null {
  if (month < 1 || day < 1 || day > 31) return null;
  return (ctx) => {
    const y = year ?? (yearWords ? namedYear(yearWords, ctx) : inferYear(month, day, ctx));
    return validDay(y, month, day) ? dayValue(y, month, day) : null;
  };
}

/** After a month: "last year", "next year", "this year" by the publication date; "that year", "the same year" by the year last written. */
const NAMED_YEAR = '(?:last|this|next|that|the\\s+same)\\s+year';

function namedYear(words: string, ctx: ResolveContext): number {
  const first = words.toLowerCase().split(/\s+/)[0];
  const dctYear = Number(ctx.dct.slice(0, 4));
  return first === 'last' ? dctYear - 1 : first === 'next' ? dctYear + 1 : first === 'this' ? dctYear : ctx.anchorYear;
}

const yearOf = (s: string | undefined): number | null => (s ? Number(s) : null);

/** "in|last" → "[iI]n|[lL]ast": lower case, or capitalised at the start of a sentence. */
const eitherCase = (words: string): string =>
  words
    .split('|')
    .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
    .join('|');

export const DATE_RULES: Rule[] = [
  {
    name: 'day-alone', // on the 15th · by the 3rd (of the month being reported)
    type: 'DATE',
    priority: 1,
    // The lookahead first: the lookbehind then reads back over white space only where "the" follows
    // (once per run), not at every position of a run; its \s{1,20} bounds that read (as in every rule).
    re: /(?=the\s)(?<=\b(?:on|by|until|till|since|before|after|from|through)\s{1,20})the\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s+(?:and|at|when|or|to|but)\b|\s*$)/gi,
    build: (g) => {
      const day = Number(g.day);
      return (ctx) => {
        let [y, m] = [Number(ctx.anchorDay.slice(0, 4)), Number(ctx.anchorDay.slice(5, 7))];
        // Counted from the publication date: the 15th already past in a past clause, still to come in a future one.
        if (ctx.anchorDay === ctx.dct) {
          const today = Number(ctx.dct.slice(8, 10));
          const shift = ctx.past && day > today ? -1 : ctx.future && day < today ? 1 : 0;
          const t = addMonths(y, m, shift);
          [y, m] = [t.year, t.month];
        }
        return validDay(y, m, day) ? dayValue(y, m, day) : null;
      };
    },
  },
  {
    name: 'month-day-year', // September 1 · Sept. 4, 2020 · Wednesday, Feb. 17, 2008
    type: 'DATE',
    priority: 3,
    re: new RegExp(
      `\\b(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?<mon>${MONTH_RE})\\s+(?<day>${DAY_RE})(?!\\d|:\\d)(?:(?:,\\s*|\\s+)(?<year>${YEAR_RE})\\b|,?\\s+(?:of\\s+)?(?<yr>${NAMED_YEAR})\\b)?(?!\\s*(?:%|percent|per cent))`,
      'gi',
    ),
    // ("on March 18 the same year", "on June 2 last year": the year as the words name it.)
    build: (g) => (capitalised(g.mon) ? dayMonth(monthOf(g.mon!), dayOf(g.day!), yearOf(g.year), g.yr) : null),
  },
  {
    name: 'day-month-year', // 22nd September, 2022 · 4 September 2020 · the 17th of February
    type: 'DATE',
    priority: 3,
    re: new RegExp(
      `\\b(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(?<day>${DAY_RE}|${ORDINAL_RE})\\s+(?:of\\s+)?(?<mon>${MONTH_RE})(?:(?:,\\s*|\\s+)(?<year>${YEAR_RE})\\b|,?\\s+(?:of\\s+)?(?<yr>${NAMED_YEAR})\\b)?`,
      'gi',
    ),
    build: (g) => (capitalised(g.mon) ? dayMonth(monthOf(g.mon!), dayOf(g.day!), yearOf(g.year), g.yr) : null),
  },
  {
    name: 'week-of', // the week of March 6 → that ISO week
    type: 'DATE',
    priority: 4,
    re: new RegExp(`\\bthe\\s+week\\s+of\\s+(?<mon>${MONTH_RE})\\s+(?<day>${DAY_RE})(?!\\d|:\\d)(?:,?\\s+(?<year>${YEAR_RE})\\b)?`, 'gi'),
    build: (g) => {
      const day = capitalised(g.mon) ? dayMonth(monthOf(g.mon!), dayOf(g.day!), yearOf(g.year)) : null;
      if (!day) return null;
      return (ctx) => {
        const d = day(ctx);
        return d ? shiftedValue(d, 'W', 0) : null;
      };
    },
  },
  {
    name: 'iso-day', // 2022-09-22
    type: 'DATE',
    priority: 4,
    re: /\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b(?!-)/g,
    build: (g) => {
      const [y, m, d] = [Number(g.y), Number(g.m), Number(g.d)];
      return validDay(y, m, d) ? () => dayValue(y, m, d) : null;
    },
  },
  {
    name: 'numeric-day', // 9/22/2022 (US order) or 22/9/2022 when the first number cannot be a month
    type: 'DATE',
    priority: 2,
    re: /\b(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<y>\d{4}|\d{2})\b(?!\/)/g,
    build: (g) => {
      let [m, d] = [Number(g.a), Number(g.b)];
      if (m > 12) [m, d] = [d, m];
      const y = g.y!.length === 2 ? 2000 + Number(g.y) - (Number(g.y) > 50 ? 100 : 0) : Number(g.y);
      return validDay(y, m, d) ? () => dayValue(y, m, d) : null;
    },
  },
  {
    name: 'month-year', // February 2008 · early March 2011 · the end of June 2012
    type: 'DATE',
    priority: 2,
    re: new RegExp(`\\b(?:${MOD_RE}[\\s-]+)?(?<mon>${MONTH_RE})(?:\\s+of)?,?\\s+(?<year>${YEAR_RE})\\b`, 'gi'),
    build: (g) => {
      const [m, y] = [monthOf(g.mon!), Number(g.year)];
      return capitalised(g.mon) && m ? () => monthValue(y, m) : null;
    },
  },
  {
    name: 'month-alone', // in March · last November · by June · mid-June · in April of that year · the October vote
    type: 'DATE',
    priority: 1,
    re: new RegExp(
      // Case-sensitive (a capitalised word must not follow), so the month list is the capitalised one
      // and the words before it may start a sentence ("In March", "Last November").
      `(?:\\b(?:${eitherCase('in|since|until|till|by|during|before|after|from|through|to|of|and|or|between|for|around|into|throughout|late\\s+in|early\\s+in')})\\s+|\\b(?:${eitherCase('the|a|an|his|her|its|their|our|whose')})\\s+(?=${MONTH_CAP_RE}\\s+[a-z])|(?=\\b(?:${eitherCase('last|next|this|early|late|mid')})\\b))(?<x>(?:(?<rel>${eitherCase('last|next|this|coming|past')})\\s+|${MOD_RE}[\\s-]+)?(?<mon>${MONTH_CAP_RE})(?:\\s+(?:of\\s+)?(?<yr>(?:last|this|next|that|the\\s+same)\\s+year))?)(?![\\s-]*(?:\\d|[A-Z])|\\.\\s*\\d)`,
      'g',
    ),
    build: (g) => {
      const m = monthOf(g.mon!);
      if (!capitalised(g.mon) || !m) return null;
      const rel = g.rel?.toLowerCase();
      const yr = g.yr; // "April of that year", "September last year"
      return (ctx) => {
        const dctYear = Number(ctx.dct.slice(0, 4));
        const dctMonth = Number(ctx.dct.slice(5, 7));
        if (yr) return monthValue(namedYear(yr, ctx), m);
        if (rel === 'last' || rel === 'past') return monthValue(m < dctMonth ? dctYear : dctYear - 1, m);
        if (rel === 'next' || rel === 'coming') return monthValue(m > dctMonth ? dctYear : dctYear + 1, m);
        if (rel === 'this') return monthValue(dctYear, m);
        return monthValue(inferYear(m, null, ctx), m);
      };
    },
  },
  {
    name: 'year', // in 2008 · early 2008 · 2008
    type: 'DATE',
    priority: 0,
    // \b before the lookbehind (both look at the same place): the cheap test first.
    re: new RegExp(
      `\\b(?<![$€£#/.,:\\d-]|\\b(?:No|no|number|Resolution|resolution|Flight|flight|Route|route|Article|article|Section|section|Room|room|Highway|Chapter|Rule|rule|Protocol|Law|law|Directive|Decree|decree|Paragraph|paragraph|item|Item|page|Page)\\.?\\s)(?<x>(?:${MOD_RE}[\\s-]+)?(?<year>${YEAR_RE}))\\b(?![.,]\\d|[-/]\\d|\\s*(?:%|percent|per cent|people|persons|troops|soldiers|votes|members|km|kilomet|met(?:er|re)s|tonnes|tons|miles|euros?|dollars|points|feet|barrels|units|cars|vehicles|delegates|seats|deaths|cases|[a-z]+-)|\\s+(?:Index|index|million|billion|trillion|thousand)\\b|\\s+[A-Z][a-z]+\\s+(?:Street|Road|Avenue))`,
      'g',
    ),
    build: (g) => {
      const y = Number(g.year);
      return () => String(y);
    },
  },
  {
    name: 'decade', // the 1990s · the early 2000s · the '90s · the 1800s (a century)
    type: 'DATE',
    priority: 2,
    // No \b before the apostrophe of "'90s" (there is no word boundary between a space and ').
    // A lookahead before the lookbehind: its \s+ runs only where a decade follows (see day-alone).
    re: /(?:\b(?:early|mid|late)[\s-]+)?(?:\b(?<full>1[5-9]\d0|20\d0)s|(?<![A-Za-z0-9'’])['’](?<short>\d)0s|(?=[2-9]0s)(?<=\bthe\s{1,20}(?:early\s{1,20}|late\s{1,20}|mid-)?|\d0s\s{1,20}(?:and|or|to|through)\s{1,20})(?<short2>[2-9])0s)\b/gi,
    build: (g) => {
      // "the 1800s" is a century; "the 2000s" is usually the decade.
      if (g.full) return () => (/^1\d00$/.test(g.full!) ? g.full!.slice(0, 2) : g.full!.slice(0, 3));
      if (g.short2) g.short = g.short2; // "the 70s" without the apostrophe
      const d = Number(g.short);
      return (ctx) => {
        const dctDecade = Math.floor(Number(ctx.dct.slice(0, 4)) / 10) % 10;
        const century = Math.floor(Number(ctx.dct.slice(0, 4)) / 100) - (d > dctDecade ? 1 : 0);
        return `${century}${d}`;
      };
    },
  },
  {
    name: 'century', // the 20th century · the nineteenth century
    type: 'DATE',
    priority: 2,
    re: new RegExp(`\\b(?:(?:early|mid|late)[\\s-]+)?(?<ord>${ORDINAL_RE})[\\s-]+century\\b`, 'gi'),
    build: (g) => {
      const n = dayOf(g.ord!);
      return n > 0 && n < 30 ? () => String(n - 1).padStart(2, '0') : null;
    },
  },
  {
    name: 'season', // summer 2022 · the spring of 2011 · last summer · a summer of tensions
    type: 'DATE',
    priority: 1,
    re: new RegExp(
      `\\b(?:(?<rel>last|next|this|coming|past|early|late|mid)[\\s-]+)?(?<s>${SEASON_RE})\\b(?:\\s+(?:of\\s+)?(?<year>${YEAR_RE})\\b)?(?![\\s-]+(?:time|school|camp|games|olympics|session|break|holiday|house|palace|solstice|wheat)\\b)`,
      'gi',
    ),
    build: (g, at) => {
      const season = SEASON_LOOKUP(g.s!);
      const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
      // "Fall" in a name, "Spring" as a place; but "their Autumn meetings", "in Spring," are seasons.
      const before = at.text.slice(Math.max(0, at.start - 8), at.start);
      const after = at.text.slice(at.end, at.end + 2);
      if (/^[A-Z]/.test(g.s!) && !g.year && !g.rel && !(/\b(?:the|their|its|his|her|our|in|this|last|next|of)\s+$/.test(before) && /^(?:\s[a-z]|[,.;])/.test(after))) return null;
      // "fall" is far more often a verb or noun ("stocks fall", "a sharp fall") than autumn.
      if (/^fall$/i.test(g.s!) && !g.year && !g.rel && !/\b(?:the|in|this|that|by|until|since)\s+$/i.test(at.text.slice(Math.max(0, at.start - 8), at.start))) return null;
      if (/^fall$/i.test(g.s!) && /^\s+(?:in|of|by|from)\s+(?:the\s+)?(?:price|value|share|stock|dollar|rate|index|sales|profit|demand)/i.test(at.text.slice(at.end, at.end + 30))) return null;
      return (ctx) => {
        if (g.year) return `${g.year}-${season}`;
        const y = Number(ctx.dct.slice(0, 4));
        const m = Number(ctx.dct.slice(5, 7));
        // The season containing the reference day, then step by year as the modifier says.
        const current = m >= first && m < first + 3 ? y : season === 'WI' && m < 3 ? y - 1 : null;
        const rel = g.rel?.toLowerCase();
        const lastOne = current ?? (m >= first ? y : y - 1);
        const nextOne = current ?? (m < first ? y : y + 1);
        if (rel === 'last' || rel === 'past') return `${current !== null ? current - 1 : lastOne}-${season}`;
        if (rel === 'next' || rel === 'coming') return `${current !== null ? current + 1 : nextOne}-${season}`;
        if (rel === 'this') return `${current ?? y}-${season}`;
        return `${ctx.future ? nextOne : lastOne}-${season}`;
      };
    },
  },
  {
    name: 'quarter', // the third quarter of 2010 · Q3 2010 · 2009 H1 · the first half of 2009
    type: 'DATE',
    priority: 2,
    comparison: (g) => !!g.ago,
    re: new RegExp(
      `\\b(?:(?:the\\s+)?(?:(?<yrel>this|last|next)\\s+year's\\s+|(?<py>${YEAR_RE})\\s+|(?<ago>year-ago|year-earlier|prior-year|year-before)\\s+)?(?:fiscal\\s+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th|last(?=\\s+half))[\\s-]+(?<unit>quarter|half)(?:\\s+of\\s+(?:the\\s+year\\s+)?(?<year>${YEAR_RE}|this\\s+year|last\\s+year|next\\s+year))?|(?<qh>[QH])(?<q>[1-4])\\s+(?<qy>${YEAR_RE})|(?<qy2>${YEAR_RE})\\s+(?<qh2>[QH])(?<q2>[1-4]))\\b`,
      'gi',
    ),
    build: (g) => {
      const ordinal = (g.ord ?? '').toLowerCase();
      const q = g.q ?? g.q2;
      const half = g.unit?.toLowerCase() === 'half' || (g.qh ?? g.qh2)?.toUpperCase() === 'H';
      const n = q ? Number(q) : ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: half ? 2 : 4 } as Record<string, number>)[ordinal] ?? 0;
      if (!n || (half && n > 2)) return null;
      return (ctx) => {
        const dctYear = Number(ctx.dct.slice(0, 4));
        const yearText = (g.qy ?? g.qy2 ?? g.year ?? g.py ?? (g.yrel ? `${g.yrel} year` : '')).toLowerCase();
        let y = /^\d/.test(yearText) ? Number(yearText) : yearText.startsWith('last') ? dctYear - 1 : yearText.startsWith('next') ? dctYear + 1 : dctYear;
        // Without a year: a quarter that starts more than half a year after the publication date, in
        // a clause not about the future, is last year's ("profits for the fourth quarter" in
        // January); "the year-ago quarter" is last year's too.
        const firstMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
        if (!yearText && !ctx.future && firstMonth - Number(ctx.dct.slice(5, 7)) >= 6) y -= 1;
        if (g.ago) y -= 1;
        return half ? `${y}-H${n === 4 ? 2 : n}` : `${y}-Q${n}`;
      };
    },
  },
  {
    name: 'quarter-relative', // the quarter · the latest quarter · the year-earlier quarter · this quarter
    type: 'DATE',
    priority: 1,
    comparison: (g) => /^year-(?:earlier|ago)$/i.test(g.mod ?? ''),
    re: /\b(?:(?<the>the|this|last|next)\s+)(?:(?<mod>latest|last|past|previous|current|most\s+recent|recent|year-earlier|year-ago|same|fiscal|just-ended|just\s+ended|second|first)\s+)?quarter\b(?!\s+(?:of|century|mile|point|percent))/gi,
    build: (g) => {
      const the = g.the!.toLowerCase();
      const mod = (g.mod ?? '').toLowerCase().replace(/\s+/g, ' ');
      if (mod === 'first' || mod === 'second') return null; // handled by the ordinal rule
      const current = the === 'this' || mod === 'current';
      const yearEarlier = mod === 'year-earlier' || mod === 'year-ago';
      const shift = the === 'next' ? 1 : current ? 0 : -1; // earnings news: "the quarter" just ended
      return (ctx) => {
        const base = shiftedValue(ctx.dct, 'Q', shift);
        if (!yearEarlier) return base;
        return `${Number(base.slice(0, 4)) - 1}${base.slice(4)}`;
      };
    },
  },
  {
    name: 'fiscal-year', // fiscal 1989 · fiscal year 1990
    type: 'DATE',
    priority: 2,
    re: new RegExp(`\\bfiscal\\s+(?:year\\s+)?(?<year>${YEAR_RE})\\b`, 'gi'),
    build: (g) => () => g.year!,
  },
];
