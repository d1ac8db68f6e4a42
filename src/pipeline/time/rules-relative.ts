/**
 * Rules for dates relative to the publication date or to a date mentioned earlier in the text:
 * today/yesterday, weekdays, last/this/next week, "earlier this month", "two days later".
 */
import { addDays } from '../../model/dates.ts';
import { resolveWeekday, shiftedValue, type Modifier, type Unit } from './calendar.ts';
import { NUMBER_RE, UNIT_RE, VAGUE_RE, WEEKDAY_RE, parseNumber, unitOf, weekdayOfWord } from './lexicon.ts';
import { capitalised, type Rule } from './rule.ts';

const PART_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

export const RELATIVE_RULES: Rule[] = [
  {
    name: 'named-day', // today · yesterday · tomorrow · the day before yesterday
    type: 'DATE',
    priority: 2,
    re: /\b(?:the\s+day\s+(?<dir>before|after)\s+)?(?<w>today|yesterday|tomorrow)\b(?!'s\s+(?:world|society|youth|generation))/giu,
    build: (g) => {
      const w = g.w!.toLowerCase();
      const base = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const extra = g.dir ? (g.dir.toLowerCase() === 'before' ? -1 : 1) : 0;
      return (ctx) => addDays(ctx.dct, base + extra);
    },
  },
  {
    name: 'part-of-day', // this morning · tonight · last night · yesterday afternoon
    type: 'TIME',
    priority: 3,
    re: /\b(?:(?<rel>this|last|yesterday|tomorrow)\s+(?<part>morning|afternoon|evening|night)|(?<tonight>tonight))\b/giu,
    build: (g) => {
      const rel = (g.rel ?? '').toLowerCase();
      const part = g.tonight ? 'NI' : (PART_OF_DAY[g.part!.toLowerCase()] ?? 'MO');
      const shift = rel === 'last' || rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0;
      return (ctx) => `${addDays(ctx.dct, shift)}T${part}`;
    },
  },
  {
    name: 'weekday', // on Wednesday · last Friday · next Monday · Tuesday night
    type: 'DATE',
    priority: 2,
    re: new RegExp(
      `\\b(?:(?<rel>last|next|this|coming|past)\\s+)?(?<wd>${WEEKDAY_RE})(?:'s)?(?:\\s+(?<part>morning|afternoon|evening|night))?\\b(?!\\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune)\\b)`,
      'giu',
    ),
    typeOf: () => 'DATE',
    build: (g) => {
      if (!capitalised(g.wd)) return null;
      const weekday = weekdayOfWord(g.wd!);
      const raw = g.rel?.toLowerCase();
      const modifier: Modifier = raw === 'last' || raw === 'past' ? 'last' : raw === 'next' || raw === 'coming' ? 'next' : raw === 'this' ? 'this' : null;
      const part = g.part ? PART_OF_DAY[g.part.toLowerCase()] : undefined;
      return (ctx) => {
        const day = resolveWeekday(weekday, ctx, modifier);
        // TimeML mostly dates "Friday night" by its day; mornings, afternoons, evenings keep the part.
        return part && part !== 'NI' ? `${day}T${part}` : day;
      };
    },
  },
  {
    name: 'weekend', // the weekend · last weekend · this weekend
    type: 'DATE',
    priority: 2,
    re: /\b(?:(?<rel>last|next|this|the\s+past|the\s+coming|the)\s+)weekend\b/giu,
    build: (g) => {
      const rel = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
      return (ctx) => {
        const saturday = resolveWeekday(6, ctx, rel.includes('next') || rel.includes('coming') ? 'next' : rel.includes('last') || rel.includes('past') ? 'last' : null);
        const week = shiftedValue(saturday, 'W', 0);
        return `${week}-WE`;
      };
    },
  },
  {
    name: 'relative-unit', // last week · this month · next year · earlier this month · late last year
    type: 'DATE',
    priority: 2,
    re: new RegExp(
      `\\b(?<x>(?:(?<mod>earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|end\\s+of)[\\s-]+(?:in\\s+)?)?(?<rel>last|this|next|the\\s+current|current|the\\s+same|that|the\\s+previous|the\\s+following|the\\s+next|the\\s+preceding|the\\s+prior)\\s+(?<unit>week|month|year|decade|century|quarter|fortnight|day))\\b(?!\\s+(?:of|to|or|and)\\s)`,
      'giu',
    ),
    build: (g) => {
      const rel = g.rel!.toLowerCase().replace(/\s+/g, ' ');
      const unit = unitOf(g.unit!) as Unit;
      // "the previous/following/next day" count from the last date in the text; "last/next" from the DCT.
      const anchored = /^(?:the previous|the following|the next|the preceding|the prior|the same|that)$/.test(rel);
      if (unit === 'D' && !anchored) return null; // "this day" etc. are idioms
      const n = /previous|preceding|prior|last/.test(rel) ? -1 : /next|following/.test(rel) ? 1 : 0;
      return (ctx) => shiftedValue(anchored ? ctx.anchorDay : ctx.dct, unit, n);
    },
  },
  {
    name: 'ago-later', // two days ago · three weeks later · a year earlier · 10 years from now
    type: 'DATE',
    priority: 3,
    re: new RegExp(
      `\\b(?<x>(?:(?:about|some|nearly|almost|around|roughly|more\\s+than|less\\s+than|just|only|over)\\s+)?(?<n>${NUMBER_RE}|${VAGUE_RE})[\\s-]+(?<unit>${UNIT_RE})\\s+(?<dir>ago|earlier|later|before|after|from\\s+now|previously|hence|prior))\\b`,
      'giu',
    ),
    build: (g, at) => {
      const dir = g.dir!.toLowerCase();
      const afterMatch = at.text.slice(at.end, at.end + 3);
      // "two days after the vote" is relative to an event, not a date: leave it to the duration rule.
      if ((dir === 'before' || dir === 'after' || dir === 'prior') && /^\s*\w/.test(afterMatch)) return null;
      const n = parseNumber(g.n!);
      const unit = unitOf(g.unit!) as Unit;
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'prior' ? -1 : 1;
      const fromDct = dir === 'ago' || dir === 'from now' || dir === 'hence';
      return (ctx) => {
        if (n === undefined) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
        // Results news compares periods: "a year ago" after "the third quarter" is that quarter a
        // year before; "a year earlier" keeps the granularity of the date it counts from.
        if (unit === 'Y' && Number.isInteger(n) && ctx.lastValue) {
          const pattern = fromDct ? /^(\d{4})(-(?:Q[1-4]|H[12]))$/ : /^(\d{4})(-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))$/;
          const m = pattern.exec(ctx.lastValue);
          if (m) return `${Number(m[1]) + sign * n}${m[2]}`;
        }
        const ref = fromDct ? ctx.dct : ctx.anchorDay;
        return shiftedValue(ref, unit, sign * n);
      };
    },
  },
  {
    name: 'the-day-week', // for the day · on the day · during the week
    type: 'DATE',
    priority: 1,
    re: /(?<=\b(?:for|on|during|in|over|of|throughout|later\s+in|earlier\s+in|late\s+in|early\s+in)\s+)the\s+(?<unit>day|week)\b(?!\s+(?:of|before|after|when|that|on|in|he|she|they|it|we|I)\b|['’])/giu,
    build: (g) => {
      const unit = g.unit!.toLowerCase() === 'day' ? 'D' : 'W';
      // In running news "the day"/"the week" is the one being reported: the publication's.
      return (ctx) => shiftedValue(ctx.dct, unit, 0);
    },
  },
  {
    name: 'period', // the year-earlier period · the latest period · the same period a year ago
    type: 'DATE',
    priority: 1,
    re: /\b(?:(?:the\s+)(?<mod>latest|year-earlier|year-ago|same|comparable|prior-year|previous-year|year-before)\s+(?:period|quarter)|(?<adj>year-earlier|year-ago)(?!\s+(?:period|quarter)))\b/giu,
    build: (g) => {
      const mod = (g.mod ?? g.adj)!.toLowerCase();
      const back = mod !== 'latest' && mod !== 'same';
      return (ctx) => {
        // "The latest period" of results news is the quarter just ended.
        if (mod === 'latest') return shiftedValue(ctx.dct, 'Q', -1);
        const m = ctx.lastValue && /^(\d{4})(-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?$/.exec(ctx.lastValue);
        if (!m) return null;
        return `${Number(m[1]) - (back ? 1 : 0)}${m[2] ?? ''}`;
      };
    },
  },
];
