/**
 * Adversarial article bodies, made in memory, for `npm run bench:hostile` and the linear-time
 * property test (test/linear-time.test.ts): what a folder of scraped pages really holds, shaped to
 * hit the worst case of a regex or a loop (long whitespace runs, one word repeated, no sentence
 * end, deep brackets, scripts a tagger has never seen). Deterministic: no randomness, so the
 * bench's rows and the test's seeds mean the same body every time.
 */

export interface HostileGenerator {
  name: string;
  /** What it attacks, for the bench's table. */
  about: string;
  /** A body of `sizeChars` UTF-16 units (within one repeated unit of it). */
  make: (sizeChars: number) => string;
}

/** `unit` repeated to `sizeChars`, cut at the size (a cut surrogate pair is dropped). */
export function repeatTo(unit: string, sizeChars: number): string {
  if (unit.length === 0 || sizeChars <= 0) return '';
  const body = unit.repeat(Math.ceil(sizeChars / unit.length)).slice(0, sizeChars);
  return /[\uD800-\uDBFF]$/.test(body) ? body.slice(0, -1) : body;
}

/** `open` repeated, then `close` repeated: nesting `depth` deep, with a word in the middle. */
function nested(open: string, close: string, sizeChars: number): string {
  const depth = Math.max(1, Math.floor((sizeChars - 4) / (open.length + close.length)));
  return `${open.repeat(depth)}Kosovo${close.repeat(depth)}`.slice(0, sizeChars);
}

const MIXED =
  'Vučić и Курти встретились 3 марта. ' + // Latin with diacritics, Cyrillic
  'التقى الرئيس في بلغراد يوم الاثنين ' + // Arabic (right to left)
  '\u202EtxeT desreveR\u202C \u2067isolated\u2069 ' + // bidi overrides and isolates
  '北京 2022年9月22日 会谈 ' + // CJK
  '😀👍🏽🇽🇰 ' + // emoji: surrogate pairs, a modifier, a flag
  'Ｆｕｌｌｗｉｄｔｈ Monday. ';

export const HOSTILE_GENERATORS: readonly HostileGenerator[] = [
  { name: 'spaces', about: '"a", one run of spaces, "b"', make: (n) => `a${' '.repeat(Math.max(0, n - 2))}b` },
  { name: 'blank-lines', about: 'spaces, tabs and newlines mixed', make: (n) => `on${repeatTo(' \t\n \n\t ', n - 6)}Monday` },
  { name: 'a-a-a', about: '"a a a …": one short word repeated', make: (n) => repeatTo('a ', n) },
  { name: 'monday', about: '"Monday Monday …": a date word repeated', make: (n) => repeatTo('Monday ', n) },
  {
    name: 'date-words',
    about: 'date expressions back to back, no sentence end',
    make: (n) => repeatTo('on Monday last week in March 2022 the 15th of June, 3 p.m. two days later the year-ago quarter ', n),
  },
  {
    name: 'long-sentence',
    about: 'ordinary words, no punctuation',
    make: (n) =>
      repeatTo('the minister said that officials of the council met leaders from Serbia and Kosovo and agreed to hold talks with NATO and the European Union about the rule which ', n),
  },
  { name: 'capitals', about: 'one capitalised run: "Alpha Beta Gamma …"', make: (n) => repeatTo('Alpha Beta Gamma Delta Prime Minister President John ', n) },
  { name: 'brackets', about: 'brackets nested deep: "((((…Kosovo…))))"', make: (n) => nested('(', ')', n) },
  { name: 'quotes', about: 'quotes and brackets nested deep', make: (n) => nested('"“‘([', '])’”"', n) },
  { name: 'punctuation', about: 'sentence marks with no words: "?!.?!. …"', make: (n) => `Kosovo ${repeatTo('?!.', n - 16)} the end` },
  { name: 'mixed-scripts', about: 'Latin, Cyrillic, Arabic, CJK, emoji, RTL overrides', make: (n) => repeatTo(MIXED, n) },
];

/** Sizes of the bench, in UTF-16 units (KB = 1024 of them). */
export const HOSTILE_SIZES: readonly number[] = [1, 4, 16, 64, 256, 1024, 4096].map((kb) => kb * 1024);

/** "1KB", "4MB" … → UTF-16 units; null for anything else. */
export function parseSize(text: string): number | null {
  const m = /^(\d{1,7})\s?(KB|MB|K|M)?$/i.exec(text.trim());
  if (!m) return null;
  const unit = (m[2] ?? 'KB').toUpperCase();
  return Number(m[1]) * (unit.startsWith('M') ? 1024 * 1024 : 1024);
}

export const sizeLabel = (chars: number): string => (chars >= 1024 * 1024 ? `${chars / 1024 / 1024} MB` : `${chars / 1024} KB`);
