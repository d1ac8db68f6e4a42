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

/** What follows a generic "today's": people, society, markets, technology … */
const GENERIC_TODAY = /^['’]s\s+(?:(?:[a-z]+\s+)?(?:world|society|youth|young|generation|children|kids|teenagers|parents|women|men|families|people|economy|markets?|business|standards|technology|computers|consumers|culture|politics|media|environment|realities|life|lifestyle)\b)/;

/** Modifiers that compare with the same period a year before. */
const PERIOD_BACK = /^(?:year-earlier|year-ago|prior-year|previous-year|year-before)$/i;

export const RELATIVE_RULES: Rule[] = [
  {
    name: 'named-day', // today · yesterday · tomorrow · the day before yesterday · earlier today · today's world · the day before
    type: 'DATE',
    priority: 2,
    re: /\b(?:(?:the\s+day\s+(?<dir>before|after)\s+|(?:earlier|later|early|late)\s+)?(?<w>today|yesterday|tomorrow)|the\s+day\s+(?<alone>before|after)(?=\s*[,.;:)]|\s+(?:and|when|but|as)\b))\b/gi,
    build: (g, at) => {
      // "the day before" on its own: the day before the one being reported.
      if (g.alone) {
        const shift = g.alone.toLowerCase() === 'before' ? -1 : 1;
        return (ctx) => addDays(ctx.lastDay, shift);
      }
      const w = g.w!.toLowerCase();
      const base = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const extra = g.dir ? (g.dir.toLowerCase() === 'before' ? -1 : 1) : 0;
      // "today's world" (generic, left untagged as in TimeBank); "today's GM": the present state
      // of something, PRESENT_REF; "today's vote" is the day.
      if (w === 'today' && !g.dir) {
        const after = at.text.slice(at.end, at.end + 40);
        if (GENERIC_TODAY.test(after)) return null;
        if (/^['’]s\s+\p{Lu}/u.test(after)) return () => 'PRESENT_REF';
      }
      return (ctx) => addDays(ctx.dct, base + extra);
    },
  },
  {
    name: 'part-of-day', // this morning · tonight · last night · yesterday afternoon · mid-afternoon yesterday · in the morning
    type: 'TIME',
    priority: 3,
    re: /\b(?:(?<rel>this|last|yesterday|tomorrow|today)\s+(?<part>morning|afternoon|evening|night)|(?<tonight>tonight)|(?:(?:early|late|mid)[\s-]*)?(?<part2>morning|afternoon|evening)\s+(?<rel2>yesterday|today|tomorrow)|(?<=\b(?:in|during|by|until|since|at)\s{1,20})(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?(?<part3>morning|afternoon|evening)(?=\s+(?:trading|trade|session|hours)\b|\s*[,.;]|\s+(?:and|when|before|after|as|but|to)\b))\b/gi,
    build: (g) => {
      const rel = (g.rel ?? g.rel2 ?? '').toLowerCase();
      const part = g.tonight ? 'NI' : (PART_OF_DAY[(g.part ?? g.part2 ?? g.part3)!.toLowerCase()] ?? 'MO');
      const shift = rel === 'last' || rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0;
      // "in the morning" is the morning of the day being reported.
      return (ctx) => `${g.part3 ? ctx.lastDay : addDays(ctx.dct, shift)}T${part}`;
    },
  },
  {
    name: 'weekday', // on Wednesday · last Friday · next Monday · Tuesday night · the following Monday
    type: 'DATE',
    priority: 2,
    re: new RegExp(
      `\\b(?:(?<rel>last|next|this|coming|past)\\s+|the\\s+(?<anchored>previous|preceding|following|next)\\s+)?(?<wd>${WEEKDAY_RE})(?:\\s+(?<part>morning|afternoon|evening|night))?\\b(?!\\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune)\\b)`,
      'gi',
    ),
    typeOf: () => 'DATE',
    build: (g) => {
      if (!capitalised(g.wd)) return null;
      const weekday = weekdayOfWord(g.wd!);
      const raw = (g.rel ?? g.anchored)?.toLowerCase();
      const modifier: Modifier = raw === 'last' || raw === 'past' || raw === 'previous' || raw === 'preceding' ? 'last' : raw === 'next' || raw === 'coming' || raw === 'following' ? 'next' : raw === 'this' ? 'this' : null;
      const part = g.part ? PART_OF_DAY[g.part.toLowerCase()] : undefined;
      return (ctx) => {
        // "the previous Friday", "the following Monday" count from the day being reported.
        const day = resolveWeekday(weekday, ctx, modifier, g.anchored ? ctx.lastDay : ctx.dct);
        // TimeML mostly dates "Friday night" by its day; mornings, afternoons, evenings keep the part.
        return part && part !== 'NI' ? `${day}T${part}` : day;
      };
    },
  },
  {
    name: 'weekend', // the weekend · last weekend · this weekend
    type: 'DATE',
    priority: 2,
    re: /\b(?:(?<rel>last|next|this|the\s+past|the\s+coming|the)\s+)weekend\b/gi,
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
      `\\b(?<x>(?:(?<mod>earlier|later|early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|end\\s+of)[\\s-]+(?:in\\s+)?)?(?<rel>last|this|next|the\\s+current|current|the\\s+same|that|the\\s+previous|the\\s+following|the\\s+next|the\\s+preceding|the\\s+prior)\\s+(?<unit>week|month|year|decade|century|quarter|fortnight|day))\\b(?!\\s+of\\s)`,
      'gi',
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
    comparison: () => true,
    re: new RegExp(
      `\\b(?<x>(?:(?:about|some|nearly|almost|around|roughly|more\\s+than|less\\s+than|just|only|over)\\s+)?(?<n>${NUMBER_RE}|${VAGUE_RE})[\\s-]+(?<unit>${UNIT_RE})\\s+(?<dir>ago|earlier|later|before|after|from\\s+now|previously|hence|prior))\\b`,
      'gi',
    ),
    build: (g, at) => {
      const dir = g.dir!.toLowerCase();
      const afterMatch = at.text.slice(at.end, at.end + 3);
      // "two days after the vote" is relative to an event, not a date: leave it to the duration rule.
      if ((dir === 'before' || dir === 'after' || dir === 'prior') && /^\s*\w/.test(afterMatch)) return null;
      // "two days later than planned" compares with a plan: set after a date and its comma ("docks on
      // June 4, two days later than originally planned") it is that date again, as news annotators
      // give it; elsewhere a duration.
      if ((dir === 'earlier' || dir === 'later') && /^\s+than\b/i.test(at.text.slice(at.end, at.end + 8))) {
        if (!/\d\s*,\s*$/.test(at.text.slice(Math.max(0, at.start - 8), at.start))) return null;
        return (ctx) => ctx.lastValue ?? null;
      }
      const n = parseNumber(g.n!);
      const unit = unitOf(g.unit!) as Unit;
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'prior' ? -1 : 1;
      const fromDct = dir === 'ago' || dir === 'from now' || dir === 'hence';
      return (ctx) => {
        if (n === undefined) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
        // Results news compares periods: "a year ago" after "the third quarter" is that quarter a
        // year before; "a year earlier" keeps the granularity of the date it counts from.
        if (unit === 'Y' && Number.isInteger(n) && ctx.lastValue) {
          // "In 1984 … One year later": a bare year counts from that year, not from an older day.
          const pattern = fromDct ? /^(\d{4})(-(?:Q[1-4]|H[12]))$/ : /^(\d{4})((?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?)$/;
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
    // Lookahead before lookbehind: linear on whitespace runs (see day-alone in rules-dates.ts).
    re: /(?=the\s)(?<=\b(?:for|on|during|in|over|of|throughout|later\s{1,20}in|earlier\s{1,20}in|late\s{1,20}in|early\s{1,20}in|(?:end|finish|clos|start|open)(?:s|ed|ing|e)?)\s{1,20})the\s+(?<unit>day|week)\b(?!\s+(?:of|before|after|when|that|on|in|he|she|they|it|we|I)\b|['’])/gi,
    build: (g) => {
      const day = g.unit!.toLowerCase() === 'day';
      // In running news "the day" is the one being reported (the last day named, else the
      // publication day: "stocks ended the day higher"); "the week" is the publication's.
      return (ctx) => (day ? ctx.lastDay : shiftedValue(ctx.dct, 'W', 0));
    },
  },
  {
    name: 'the-year', // for the year · the full year · the first nine months of the year · the end of the month
    type: 'DATE',
    priority: 1,
    re: /(?<!\b(?:man|woman|person|player|coach|car|album|song|book|word|story|team|deal|event|play|rookie|executive|company|product)\s{1,20}of\s{1,20})(?<x>\b(?:(?:the\s+)?(?:beginning|start|end|middle|rest|remainder)\s+of\s+)?the\s+(?<adj>(?:(?:full|fiscal|current|entire|whole|calendar)\s+){0,4})(?<unit>year|month)\b)(?!\s*(?:-|'s?\b|two\b|\d|earlier|ago|before|after|previous|in\s+which|when|that\b))(?<ended>\s+end(?:ed|ing)\b)?/gi,
    typeOf: (g) => (g.ended && g.unit!.toLowerCase() === 'year' ? 'DURATION' : 'DATE'),
    build: (g, at) => {
      const year = g.unit!.toLowerCase() === 'year';
      // "the year ended Sept. 30" is a fiscal year: a duration (its end is the date that follows).
      if (g.ended) return year ? () => 'P1Y' : null;
      const current = /current/i.test(g.adj ?? '');
      if (!year && !/\b(?:beginning|start|end|middle|rest|remainder)\s+of\s/i.test(at.text.slice(at.start, at.end))) return null;
      // The year being reported: the last year mentioned (else the publication's); ahead of us
      // ("until the end of the year") it is the publication's.
      return (ctx) => (year ? String(current || ctx.future ? Number(ctx.dct.slice(0, 4)) : ctx.anchorYear) : ctx.dct.slice(0, 7));
    },
  },
  {
    name: 'year-end', // by year-end · since year end · by year's end
    type: 'DATE',
    priority: 1,
    re: /\byear(?:-|\s+|'s\s+)end\b(?!\s+(?:results|net|figures|bonus|report))/gi,
    build: () => (ctx) => `${Number(ctx.dct.slice(0, 4)) - (ctx.past ? 1 : 0)}-12-31`,
  },
  {
    name: 'period', // the year-earlier period · the latest period · the same month a year ago · last year's quarter
    type: 'DATE',
    priority: 1,
    comparison: (g) => !!(g.tail || g.ago || g.prev || PERIOD_BACK.test(g.mod ?? g.adj ?? '')),
    re: /\b(?:the\s+(?<mod>latest|year-earlier|year-ago|same|comparable|corresponding|prior-year|previous-year|year-before)\s+(?<unit>period|quarter|month|week)(?<tail>\s+(?:(?:a\s+)?year\s+(?:ago|earlier|before)|last\s+year|(?:of|in)\s+(?:the\s+)?(?:last|previous|prior)\s+year))?|the\s+(?<unit2>quarter|period|month)\s+(?<ago>a\s+year\s+(?:ago|earlier))|(?<prev>last|the\s+previous|the\s+prior)\s+year's\s+(?<unit3>quarter|period)|(?<adj>year-earlier|year-ago)(?!\s+(?:period|quarter)))\b/gi,
    build: (g) => {
      const mod = (g.mod ?? g.adj ?? '').toLowerCase();
      const back = !!(g.tail || g.ago || g.prev) || PERIOD_BACK.test(mod);
      const unit = (g.unit ?? g.unit2 ?? g.unit3 ?? 'period').toLowerCase();
      return (ctx) => {
        // "The latest period" of results news is the quarter just ended.
        if (mod === 'latest') return shiftedValue(ctx.dct, 'Q', -1);
        const m = ctx.lastValue && /^(\d{4})(-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?$/.exec(ctx.lastValue);
        if (!m) return back && (g.tail || g.prev) ? String(Number(ctx.dct.slice(0, 4)) - 1) : null;
        let rest = m[2] ?? '';
        // "the same month" keeps the month of a day; "the quarter a year ago" the quarter of a month.
        if (unit === 'month' && /^-\d{2}-\d{2}$/.test(rest)) rest = rest.slice(0, 3);
        if (unit === 'quarter' && /^-\d{2}/.test(rest)) rest = `-Q${Math.floor((Number(rest.slice(1, 3)) - 1) / 3) + 1}`;
        return `${Number(m[1]) - (back ? 1 : 0)}${rest}`;
      };
    },
  },
];
