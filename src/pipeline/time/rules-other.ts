/**
 * Rules for expressions that are not calendar anchors — durations, sets, vague references — and
 * for clock times. Durations and sets are tagged (they are TIMEX3) but never date an event.
 */
import { NUMBER_RE, UNIT_RE, VAGUE_RE, WEEKDAY_RE, parseNumber, unitOf, weekdayOfWord } from './lexicon.ts';
import type { Rule } from './rule.ts';

/** TIMEX duration value: P6W, P2Y, PT3H, P10Y for a decade; X for an unknown count. */
function durationValue(n: number | undefined, unitWord: string): string {
  const unit = unitOf(unitWord);
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
      return n === undefined ? 'PXQ' : `P${n * 3}M`;
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
  'in the past': 'PAST_REF',
};

export const OTHER_RULES: Rule[] = [
  {
    name: 'set', // every year · each Monday · annually · twice a year
    type: 'SET',
    priority: 3,
    re: new RegExp(
      `\\b(?:(?:every|each)\\s+(?:(?<n>${NUMBER_RE})\\s+)?(?:(?<unit>${UNIT_RE})|(?<wd>${WEEKDAY_RE}))|(?<adv>daily|weekly|monthly|nightly)|(?<=\\b(?:once|twice|times)\\s+)(?:a|per|each)\\s+(?<per>day|week|month|year))\\b`,
      'giu',
    ),
    build: (g) => {
      if (g.wd) return () => `XXXX-WXX-${weekdayOfWord(g.wd!) || 7}`;
      const adv = g.adv?.toLowerCase();
      if (adv) {
        const unit = { daily: 'D', nightly: 'D', weekly: 'W', monthly: 'M', annually: 'Y', yearly: 'Y', quarterly: 'Q', hourly: 'TH' }[adv];
        return () => (unit === 'TH' ? 'PT1H' : unit === 'Q' ? 'P3M' : `P1${unit}`);
      }
      const n = g.n ? parseNumber(g.n) : 1;
      return () => durationValue(n, g.unit ?? g.per ?? 'year');
    },
  },
  {
    name: 'duration', // for six weeks · three years · the past two decades · 48 hours · a five-year plan
    type: 'DURATION',
    priority: 1,
    re: new RegExp(
      `\\b(?:(?:the|a|an)\\s+)?(?:(?:past|last|next|previous|first|coming|following|final|full|entire|whole|more\\s+than|less\\s+than|at\\s+least|nearly|almost|about|around|some|over|up\\s+to|roughly|just|only)\\s+)*(?<n>${NUMBER_RE}|${VAGUE_RE}|a|an)(?:\\s+(?:and\\s+a\\s+half|more|additional|straight|consecutive))?[\\s-]+(?<unit>${UNIT_RE})(?:[\\s-]+(?:long|old))?\\b`,
      'giu',
    ),
    build: (g, at) => {
      // Ages ("a 6-year-old", "52 years old") are not temporal expressions in TimeML.
      if (/[\s-]old\b/i.test(at.text.slice(at.start, at.end + 5))) return null;
      const n = g.n && /^(?:a|an)$/i.test(g.n) ? 1 : parseNumber(g.n ?? '');
      return () => durationValue(n, g.unit!);
    },
  },
  {
    name: 'unit-alone-duration', // the past year · the last decade · the coming months
    type: 'DURATION',
    priority: 0,
    re: /\b(?:the\s+)?(?:past|coming|recent)\s+(?<unit>(?:day|week|month|year|decade)s?)\b/giu,
    build: (g) => () => (g.unit!.toLowerCase().endsWith('s') ? durationValue(undefined, g.unit!) : durationValue(1, g.unit!)),
  },
  {
    name: 'bare-units', // for weeks · in years · over decades
    type: 'DURATION',
    priority: 0,
    re: /(?<=\b(?:for|over|within|than|take|takes|took|lasted)\s+)(?<unit>minutes|hours|days|weeks|months|years|decades)\b/giu,
    build: (g) => () => durationValue(undefined, g.unit!),
  },
  {
    name: 'reference', // now · currently · recently · the future
    type: 'DATE',
    priority: 1,
    re: new RegExp(`\\b(?:${Object.keys(REFS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b`, 'giu'),
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
    name: 'clock', // 10:30 a.m. · 3 p.m. · noon · midnight
    type: 'TIME',
    priority: 3,
    re: /\b(?:(?<h>[01]?\d|2[0-3])(?::(?<mi>[0-5]\d))?\s*(?<ap>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?<zone>local\s+time|GMT|UTC|EST|EDT|CET|CEST))?|(?<h24>[01]\d|2[0-3]):?(?<mi24>[0-5]\d)\s+(?<zone24>GMT|UTC|CET|CEST|local\s+time)|(?<noon>noon|midnight))/giu,
    build: (g) => {
      let hour: number;
      let minute = 0;
      if (g.noon) hour = g.noon.toLowerCase() === 'noon' ? 12 : 24;
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
      return (ctx) => `${ctx.dct}T${hh}:${mm}${z}`;
    },
  },
];
