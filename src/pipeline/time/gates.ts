/**
 * A quick test per rule that every text the rule matches passes: words any match must contain
 * (or its lookbehind must see). A text that fails it is not scanned by the rule at all. Most
 * rules are rare and a rule's own scan tries a match at every position of the text (leading
 * lookbehinds, optional prefixes), while a gate is a plain literal search, many times faster.
 *
 * A gate may pass texts the rule does not match (it is only a filter); it must never fail a text
 * the rule matches: each comment says why every branch of the rule contains what the gate seeks.
 * Gates ignore case even where the rule does not: weaker, never wrong. gates.test.ts checks the
 * gate around every match of every rule in the sample articles and the tests' examples.
 */
const MONTH3 = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';

export const GATES: ReadonlyMap<string, RegExp> = new Map([
  // the <day>(st|nd|rd|th): a digit then an ordinal suffix.
  ['day-alone', /\d(?:st|nd|rd|th)/i],
  // <weekday>? <month> <day>: a month name (every form starts with its three letters), space, digit.
  // The letters after the three are bounded ({0,6}: "September"): unbounded, every "jan" inside one
  // long word would scan the rest of it (quadratic).
  ['month-day-year', new RegExp(`${MONTH3}[a-z]{0,6}\\.?\\s+\\d`, 'i')],
  // <day> (of)? <month>: every form of the day ends in a digit or st/nd/rd/th ("second", "fifth").
  ['day-month-year', new RegExp(`(?:\\d|st|nd|rd|th)\\s+(?:of\\s+)?${MONTH3}`, 'i')],
  ['week-of', /the\s+week\s+of/i],
  ['iso-day', /\d{4}-\d{2}-\d{2}/],
  ['numeric-day', /\d\/\d/],
  // <month>( of)?,? <year>: a month form is its three letters then letters or a dot (at most "tember").
  ['month-year', new RegExp(`${MONTH3}[a-z.]{0,7}(?:\\s+of)?,?\\s+(?:1[6-9]|20)\\d\\d`, 'i')],
  // Capitalised month names (full or abbreviated) start with these three letters.
  ['month-alone', /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/],
  ['year', /1[6-9]\d\d|20\d\d/],
  // 1990s, '90s, the 90s: all end in a digit, "0s".
  ['decade', /\d0s/i],
  ['century', /century/i],
  ['season', /spring|summer|autumn|winter|fall/i],
  // <ord> quarter|half, Q1 2008, 2008 H2.
  ['quarter', /quarter|half|[qh][1-4]/i],
  ['quarter-relative', /quarter/i],
  ['fiscal-year', /fiscal/i],
  // Each holiday name contains one of these words.
  ['holiday', /christmas|boxing|new\s+year|valentine|patrick|independence|fourth|halloween|veterans|armistice|thanksgiving|election\s+day|labou?r\s+day|memorial|luther|mlk|mother|father|good\s+friday|easter/i],
  // nineteen-ninety, twenty ten, the year two thousand.
  ['spoken-year', /(?:eighteen|nineteen|twenty)[\s-]|two\s+thousand/i],
  // twenties … nineties.
  ['decade-word', /ties/i],
  // every/each …, Mondays, Monday mornings, daily…nightly, once/twice/times a day.
  ['set', /every|each|daily|weekly|monthly|nightly|days|mornings|afternoons|evenings|nights|once|twice|times/i],
  // <count> <unit>: every form ends in a unit word (UNIT_RE).
  ['duration', /day|week|fortnight|month|year|decade|centur|hour|minute|quarter/i],
  // (a|per) <unit>.
  ['rate', /(?:a|per)\s+(?:day|week|month|year|quarter)/i],
  ['unit-alone-duration', /past|coming|recent/i],
  // Plural units after "for"/"over"…, "-long", "-day".
  ['bare-units', /minutes|hours|days|weeks|months|years|decades|centuries|-long|-day/i],
  ['vague-period', /recent|coming|past/i],
  ['vague-adjective', /recent|current/i],
  // 10 a.m., 1600 GMT, 9 in the morning, noon.
  ['clock', /\d\s*(?:a\.m\.|p\.m\.|am|pm)|\d\s+(?:gmt|utc|cet|cest|local\s+time)|\d\s+(?:o'clock\s+)?in\s+the\s|noon|midnight|midday/i],
  ['named-day', /today|yesterday|tomorrow|the\s+day\s+(?:before|after)/i],
  // this morning, tonight, morning yesterday, in the evening: all name a part of the day.
  ['part-of-day', /morning|afternoon|evening|night/i],
  ['weekday', /monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri)\./i],
  ['weekend', /weekend/i],
  ['relative-unit', /(?:last|this|next|current|same|that|previous|following|preceding|prior)\s+(?:week|month|year|decade|century|quarter|fortnight|day)/i],
  // <count> <unit>(s) ago|earlier|later|….
  ['ago-later', /(?:day|week|fortnight|month|year|decade|century|centurie|hour|minute|quarter)s?\s+(?:ago|earlier|later|before|after|from\s+now|previously|hence|prior)/i],
  ['the-day-week', /the\s+(?:day|week)/i],
  ['the-year', /the\s+(?:(?:full|fiscal|current|entire|whole|calendar)\s+){0,4}(?:year|month)/i],
  ['year-end', /year(?:-|\s+|'s\s+)end/i],
  // the latest/same… period, the quarter a year ago, last year's quarter, year-ago.
  ['period', /latest|year-earlier|year-ago|same|comparable|corresponding|prior-year|previous-year|year-before|a\s+year\s+(?:ago|earlier)|year's/i],
]);
