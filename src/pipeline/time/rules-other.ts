/**
 * Rules for expressions that are not calendar anchors — durations, sets, vague references — and
 * for clock times. Durations and sets are tagged (they are TIMEX3) but never date an event.
 */
import { MONTH_CAP_RE, NUMBER_RE, SEASON_CODES, SEASON_RE, UNIT_RE, VAGUE_RE, WEEKDAY_RE, monthOf, parseNumber, unitOf, weekdayOfWord } from './lexicon.ts';
import type { Rule } from './rule.ts';

const DURATION_MOD_RE = '(?:past|last|next|previous|first|coming|following|final|full|entire|whole|less\\s+than|at\\s+least|nearly|almost|over|up\\s+to)';

/** A half unit in the next smaller one, as ISO 8601 wants whole numbers: P2Y6M, P1DT12H, PT5H30M, PT1M30S. */
function halfValue(whole: number, unit: string): string | null {
  const w = (designator: string): string => (whole ? `${whole}${designator}` : '');
  if (unit === 'Y') return `P${w('Y')}6M`;
  if (unit === 'D') return `P${w('D')}T12H`;
  if (unit === 'H') return `PT${w('H')}30M`;
  if (unit === 'MI') return `PT${w('M')}30S`;
  return null;
}

/** TIMEX duration value: P6W, P2Y, PT3H, P10Y for a decade; X for an unknown count. */
function durationValue(n: number | undefined, unitWord: string): string {
  const unit = unitOf(unitWord);
  if (n !== undefined && !Number.isInteger(n)) {
    const half = Number.isInteger(n * 2) ? halfValue(Math.floor(n), unit) : null;
    if (half) return half;
  }
  const count = n === undefined ? 'X' : String(n);
  switch (unit) {
    case 'H':
      return `PT${count}H`;
    case 'MI':
      return `PT${count}M`;
    case 'DE':
      return n === undefined ? 'PXDE' : `P${n * 10}Y`;
    case 'CE':
      return n === undefined ? 'PXCE' : `P${n * 100}Y`;
    case 'Q':
      return `P${count}Q`;
    default:
      return `P${count}${unit}`;
  }
}

const REFS: Record<string, string> = {
  now: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'just now': 'PAST_REF',
  currently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  presently: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  'at this time': 'PRESENT_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'the long term': 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF',
  'very soon': 'FUTURE_REF',
  'the time being': 'PRESENT_REF',
  'a later date': 'FUTURE_REF',
  'a later time': 'FUTURE_REF',
  'a later stage': 'FUTURE_REF',
  'the past': 'PAST_REF',
};

export const OTHER_RULES: Rule[] = [
  {
    name: 'set', // every year · each Monday · on Mondays · Tuesday nights · each July · every summer · twice a year
    type: 'SET',
    priority: 3,
    re: new RegExp(
      `\\b(?:(?:every|each)\\s+(?:(?<n>${NUMBER_RE})\\s+)?(?:(?<unit>${UNIT_RE})|(?<wd>${WEEKDAY_RE})|(?<mon>${MONTH_CAP_RE})|(?<season>${SEASON_RE}))|(?<wds>(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)(?:s|\\s+(?<partp>mornings|afternoons|evenings|nights))|(?<!\\baverage\\s)(?<adv>daily|weekly|monthly|nightly)|(?<=\\b(?:once|twice|times)\\s{1,20})(?:a|per|each)\\s+(?<per>day|week|month|year))\\b`,
      'gi',
    ),
    build: (g) => {
      if (g.wd) return () => `XXXX-WXX-${weekdayOfWord(g.wd!) || 7}`;
      // "on Mondays", "Tuesday nights": every such day (capitalised: "sundays" is not a day).
      if (g.wds) {
        if (!/^[A-Z]/.test(g.wds)) return null;
        const part = g.partp ? `T${{ mornings: 'MO', afternoons: 'AF', evenings: 'EV', nights: 'NI' }[g.partp.toLowerCase()] ?? 'NI'}` : '';
        return () => `XXXX-WXX-${weekdayOfWord(g.wds!) || 7}${part}`;
      }
      if (g.mon) return () => `XXXX-${String(monthOf(g.mon!)).padStart(2, '0')}`;
      if (g.season) return () => `XXXX-${SEASON_CODES[g.season!.toLowerCase()] ?? 'SU'}`;
      const adv = g.adv?.toLowerCase();
      if (adv) {
        const unit = { daily: 'D', nightly: 'D', weekly: 'W', monthly: 'M', annually: 'Y', yearly: 'Y', quarterly: 'Q', hourly: 'TH' }[adv];
        return () => (unit === 'TH' ? 'PT1H' : unit === 'Q' ? 'P1Q' : `P1${unit}`);
      }
      const n = g.n ? parseNumber(g.n) : 1;
      return () => durationValue(n, g.unit ?? g.per ?? 'year');
    },
  },
  {
    name: 'duration', // for six weeks · three years · the past two decades · 48 hours · a five-year plan · 2 1/2 years
    type: 'DURATION',
    priority: 1,
    // TimeML leaves approximators ("about", "only", "more than") and the article of an adjectival
    // duration ("a 16-hour flight") outside the span; "nearly", "over", "the past" stay inside.
    // Repeated words are bounded ({0,4}): unbounded, "a a a …" or "last last …" made every start
    // try every longer run of them (quadratic); news never strings more of them together.
    re: new RegExp(
      `\\b(?:(?:a|an|the|about|just|only|some|roughly|around|approximately|more\\s+than)\\s+){0,4}?(?<x>(?:the\\s+(?=${DURATION_MOD_RE}\\s))?(?:${DURATION_MOD_RE}\\s+){0,4}(?<n>${NUMBER_RE}(?<half>\\s+1\\/2|\\s+and\\s+a\\s+half)?|${VAGUE_RE}|a|an)(?:\\s+(?:more|additional|straight|consecutive|trading|business|working|calendar)){0,3}[\\s-]+(?<unit>${UNIT_RE})(?<half2>\\s+and\\s+a\\s+half)?)\\b(?![\\s-]+old\\b)`,
      'gi',
    ),
    build: (g, at) => {
      // Ages ("a 6-year-old", "52 years old") are not temporal expressions in TimeML; a capitalised
      // unit is a title ("60 Minutes", "Seven Days").
      if (/[\s-]old\b/i.test(at.text.slice(at.start, at.end + 5)) || /^[A-Z]/.test(g.unit!)) return null;
      // "a quarter of the market", "three-quarters of its food" are fractions.
      if (/^quarters?$/i.test(g.unit!) && /^(?:a|an|one|three)$/i.test(g.n!) && /^\s+of\b/i.test(at.text.slice(at.end, at.end + 4))) return null;
      const count = (g.half ? g.n!.slice(0, g.n!.length - g.half.length) : g.n ?? '').trim();
      const whole = /^(?:a|an)$/i.test(count) ? 1 : parseNumber(count);
      const n = whole !== undefined && (g.half || g.half2) ? whole + 0.5 : whole;
      return () => durationValue(n, g.unit!);
    },
  },
  {
    name: 'rate', // $2 million a year · four flights a week · interviews a day
    type: 'SET',
    priority: 3,
    // The lookahead first: a cheap test where a match can start, before the lookbehinds.
    re: /(?=(?:a|per)\s)(?<=(?:\d|\b(?:million|billion|percent|[a-z]{2,30}s))\s{1,20})(?<!\b(?:is|was|has|does|says|gets|takes|makes|this|its|his|hers|as|thus|plus|less|unless|across|perhaps|always|yes|whereas)\s{1,20})(?:a|per)\s+(?<unit>day|week|month|year|quarter)\b(?!\s+(?:ago|earlier|later|before|after|from|or)\b)/gi,
    build: (g) => () => durationValue(1, g.unit!),
  },
  {
    name: 'unit-alone-duration', // the past year · the last decade · the coming months
    type: 'DURATION',
    priority: 0,
    re: /\b(?:the\s+)?(?:past|coming|recent)\s+(?<unit>(?:day|week|month|year|decade)s?)\b/gi,
    build: (g) => () => (g.unit!.toLowerCase().endsWith('s') ? durationValue(undefined, g.unit!) : durationValue(1, g.unit!)),
  },
  {
    name: 'bare-units', // for weeks · in years · over the years · the days before · decades-long · single-day
    type: 'DURATION',
    priority: 0,
    // Lookahead before lookbehind: linear on whitespace runs (see day-alone in rules-dates.ts).
    re: /(?:(?=the\s|minutes|hours|days|weeks|months|years|decades|centuries)(?<=\b(?:for|over|within|than|take|takes|took|lasted|in|just|only)\s{1,20})(?<x>(?:the\s+)?(?<unit>minutes|hours|days|weeks|months|years|decades|centuries))\b(?!\s+apart\b)(?<around>\s+(?:before|after|following|preceding|leading\s+up\s+to)\b)?|\b(?<long>(?:minute|hour|day|week|month|year|decade)s?)-long\b|\b(?<single>single|one)-day\b)/gi,
    // "in the weeks before the shooting" is a (vague) time, not a length of time.
    typeOf: (g) => (g.around ? 'DATE' : 'DURATION'),
    build: (g) => {
      if (g.single) return () => 'P1D';
      if (g.long) return () => durationValue(/s$/i.test(g.long!) ? undefined : 1, g.long!);
      if (g.around) return (ctx) => (ctx.future ? 'FUTURE_REF' : 'PAST_REF');
      return () => durationValue(undefined, g.unit!);
    },
  },
  {
    name: 'reference', // now · currently · recently · the future
    type: 'DATE',
    priority: 1,
    // "now-cancelled" is part of an adjective.
    re: new RegExp(`\\b(?:${Object.keys(REFS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b(?!-)`, 'gi'),
    build: (_g, at) => {
      const word = at.text.slice(at.start, at.end).toLowerCase().replace(/\s+/g, ' ');
      const value = REFS[word];
      if (!value) return null;
      // "once" is a reference only in "once the …"/"was once": skip the conjunction and numeral uses.
      // "now" as a discourse marker after a verb of saying is still PRESENT_REF; "until now" too.
      return () => value;
    },
  },
  {
    name: 'vague-period', // recent years · in recent days · coming months · past years
    type: 'DATE',
    priority: 1,
    re: /\b(?:(?<rel>recent|coming|past)\s+(?:years|months|weeks|days|decades|quarters)(?:\s+and\s+(?:years|months|weeks|days))?)\b/gi,
    build: (g) => {
      const value = g.rel!.toLowerCase() === 'coming' ? 'FUTURE_REF' : 'PAST_REF';
      return () => value;
    },
  },
  {
    name: 'vague-adjective', // the recent sale · current market conditions · the then current price
    type: 'DATE',
    priority: 0,
    re: /(?<!\bmost\s)\b(?:(?<then>then[\s-]+)?(?<w>recent|current))\b(?![\s-]+(?:account|accounts|assets|liabilities|affairs|events)\b|-)(?=\s+[a-z])/gi,
    build: (g) => {
      const value = g.then || g.w!.toLowerCase() === 'recent' ? 'PAST_REF' : 'PRESENT_REF';
      return () => value;
    },
  },
  {
    name: 'clock', // 10:30 a.m. · 3 p.m. · noon · midnight
    type: 'TIME',
    priority: 3,
    re: /\b(?:(?<h>[01]?\d|2[0-3])(?::(?<mi>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?<zone>local\s+time|GMT|UTC|EST|EDT|CET|CEST))?|(?<h24>[01]\d|2[0-3]):?(?<mi24>[0-5]\d)\s+(?<zone24>GMT|UTC|CET|CEST|local\s+time)|(?<h2>[01]?\d)(?::(?<mi2>[0-5]\d))?\s+(?:o'clock\s+)?in\s+the\s+(?<part>morning|afternoon|evening|night)|(?<!\bhigh\s)(?<noon>noon|midnight|midday))/gi,
    build: (g) => {
      let hour: number;
      let minute = 0;
      if (g.noon) hour = g.noon.toLowerCase() === 'midnight' ? 24 : 12;
      else if (g.h2) {
        hour = (Number(g.h2) % 12) + (/^(?:afternoon|evening)$/i.test(g.part!) || (/^night$/i.test(g.part!) && Number(g.h2) >= 6) ? 12 : 0);
        minute = g.mi2 ? Number(g.mi2) : 0;
      }
      else if (g.h24) {
        hour = Number(g.h24);
        minute = Number(g.mi24);
      } else {
        hour = Number(g.h) % 12 + (g.ap!.toLowerCase().startsWith('p') ? 12 : 0);
        minute = g.mi ? Number(g.mi) : 0;
      }
      const hh = String(hour).padStart(2, '0');
      const mm = String(minute).padStart(2, '0');
      const zone = (g.zone ?? g.zone24 ?? '').toUpperCase();
      const z = zone === 'UTC' || zone === 'GMT' ? 'Z' : '';
      // The day is the last one named before the time (or the publication day).
      return (ctx) => `${ctx.lastDay}T${hh}:${mm}${z}`;
    },
  },
];
