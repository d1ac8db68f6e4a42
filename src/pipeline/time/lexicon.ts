/** Words the temporal rules are made of, and regex fragments built from them. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0,
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
};

export const SEASON_CODES: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a couple of': 2, 'couple of': 2, couple: 2,
  dozen: 12, 'a dozen': 12, half: 0.5, 'a half': 0.5,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty first': 21,
};

/** Vague quantities: TIMEX writes an unknown count as X ("several years" = PXY). */
const VAGUE_WORDS = ['several', 'a few', 'few', 'many', 'some', 'the past few', 'a number of'];

/** A number written in digits or words ("3", "three", "twenty-five"); undefined if vague or unknown. */
export function parseNumber(text: string): number | undefined {
  const t = text.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t];
  const parts = t.split(/[-\s]/);
  if (parts.length === 2 && parts[0] && parts[1]) {
    const tens = NUMBER_WORDS[parts[0]];
    const ones = NUMBER_WORDS[parts[1]];
    if (tens && ones && tens >= 20 && ones < 10) return tens + ones;
  }
  return undefined;
}

const alternation = (words: string[]): string =>
  words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const MONTH_FULL_NAMES = Object.keys(MONTHS).filter((w) => !MONTH_ABBREVIATIONS.includes(w));
const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** Month names, full or abbreviated with an optional dot ("Sept.", "Feb"); rules check capitals. */
// Only an abbreviation takes the dot: in "… in November." the dot ends the sentence.
export const MONTH_RE = `(?:(?:${alternation(MONTH_FULL_NAMES)})\\b|(?:${alternation(MONTH_ABBREVIATIONS)})\\b\\.?)`;
/** The same, capitalised only, for rules that are otherwise case-sensitive. */
export const MONTH_CAP_RE = `(?:(?:${alternation(MONTH_FULL_NAMES.map(capitalise))})\\b|(?:${alternation(MONTH_ABBREVIATIONS.map(capitalise))})\\b\\.?)`;
/** Full weekday names plus dotted abbreviations ("Wed."); bare "sat"/"sun" are too often words. */
export const WEEKDAY_RE = `(?:${alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')))}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri)\\.)`;
export const SEASON_RE = `(?:${alternation(Object.keys(SEASON_CODES))})`;
const NUMBER_WORD_LIST = [
  ...Object.keys(NUMBER_WORDS),
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b',
];
export const NUMBER_RE = `(?:\\d+(?:\\.\\d+)?|${alternation(NUMBER_WORD_LIST)})`;
export const VAGUE_RE = `(?:${alternation(VAGUE_WORDS)})`;
export const ORDINAL_RE = `(?:${alternation(Object.keys(ORDINAL_WORDS))}|\\d{1,2}(?:st|nd|rd|th))`;
/** Day of month, optionally ordinal: 4, 04, 4th, 22nd. */
export const DAY_RE = `(?:[0-3]?\\d(?:st|nd|rd|th)?)`;
export const YEAR_RE = `(?:1[6-9]\\d\\d|20\\d\\d)`;

export const UNITS: Record<string, 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE' | 'H' | 'MI' | 'Q'> = {
  day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE', hour: 'H', minute: 'MI',
  quarter: 'Q', fortnight: 'W', weekend: 'D',
};
export const UNIT_RE = '(?:day|week|fortnight|month|year|decade|centur(?:y|ie)|hour|minute|quarter)s?';

export function unitOf(word: string): (typeof UNITS)[string] {
  const w = word.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  return UNITS[w] ?? 'D';
}

export function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export function weekdayOfWord(word: string): number {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export function dayOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower in ORDINAL_WORDS) return ORDINAL_WORDS[lower] ?? 0;
  return parseInt(lower, 10);
}
