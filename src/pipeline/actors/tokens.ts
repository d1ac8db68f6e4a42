/** Word tokens with offsets, and the normalised keys names are looked up by. */

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Dotted abbreviations (U.S., U.N.) first, then words with inner hyphens or apostrophe-less joins.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*!?|[^\s\p{L}\p{N}]/gu;

/**
 * A run of marks (no letter, digit or space) yields its first MAX_MARK_RUN tokens only: no name is
 * made of them, and a page of brackets or emoji would otherwise cost an object per character and
 * a pass of every matcher over each (as text/doc.ts does for the tagger).
 */
const MAX_MARK_RUN = 32;
const WORD_OR_SPACE_RE = /[\s\p{L}\p{N}]/u;
/** Code unit → whether it is a mark (no letter, digit or space), worked out once per distinct unit. */
const MARK_UNITS = new Map<number, boolean>();

/**
 * The end of the run of marks from `at`. A loop over code units with the answer per unit cached:
 * a sticky `[^\s\p{L}\p{N}]*` read a 4 MB run at about 25 ns a character. (A surrogate pair is
 * two marks here, as the tokeniser's last branch has it; letters outside the BMP end the run at
 * their first unit, which the regex tells from the pair.)
 */
function markRunEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    let mark: boolean;
    if (c < 128) mark = !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || (c >= 9 && c <= 13));
    else if (c >= 0xd800 && c <= 0xdbff) mark = !WORD_OR_SPACE_RE.test(text.slice(k, k + 2));
    else {
      let known = MARK_UNITS.get(c);
      if (known === undefined) {
        known = !WORD_OR_SPACE_RE.test(String.fromCharCode(c));
        MARK_UNITS.set(c, known);
      }
      mark = known;
    }
    if (!mark) return k;
    k += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return k;
}

export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let marks = 0;
  let lastEnd = -1;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    let word = m[0];
    const mark = isMark(word);
    marks = mark && m.index === lastEnd ? marks + 1 : mark ? 1 : 0;
    lastEnd = m.index + word.length;
    if (marks === MAX_MARK_RUN) {
      // Past the run's first marks: on to its end.
      re.lastIndex = markRunEnd(slice, re.lastIndex);
      lastEnd = -1;
      marks = 0;
    }
    // "Kosovo's" is the name plus a possessive: keep the name as its own token.
    const possessive = isPossessive(word);
    if (possessive) word = word.slice(0, -2);
    out.push({ start: from + m.index, end: from + m.index + word.length, text: word });
    if (possessive)
      out.push({
        start: from + m.index + word.length,
        end: from + m.index + m[0].length,
        text: "'s",
      });
  }
  return out;
}

/** One mark token: the regex's last branch, a single code point that is no letter, digit or space. */
function isMark(word: string): boolean {
  if (word.length > 2) return false;
  const c = word.charCodeAt(0);
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return !/^[\p{L}\p{N}]/u.test(word);
}

/** Ends in 's or ’s after at least one character (what /^(.+)['’]s$/ tells, without a regex per token). */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115) return false; // s
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019; // ' ’
}

/** Case- and diacritic-insensitive key: "Thaçi" = "Thaci", "the NATO" = "nato". */
const TRANSLITERATE: Record<string, string> = {
  đ: 'dj',
  Đ: 'Dj',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  ß: 'ss',
  ı: 'i',
};

const NAME_KEYS = new Map<string, string>();

/** Memoised: the same names are looked up again and again across the articles of a build. */
export function nameKey(name: string): string {
  if (isSingleSpacedAscii(name)) {
    // Nothing to fold, join or trim: the key is the lower case without a leading "the ".
    const lower = name.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    if (NAME_KEYS.size > 200_000) NAME_KEYS.clear();
    NAME_KEYS.set(name, key);
  }
  return key;
}

/** The key worked out in full, without the shortcuts or the caches (exported for tests). */
export function computeNameKey(name: string): string {
  return name
    .replace(/[đĐłŁøØæßı]/g, (ch) => TRANSLITERATE[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’]/g, "'")
    .replace(/\s*-\s*/g, '-') // "Wal - Mart" = "Wal-Mart"
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

const TOKEN_KEYS = new Map<string, string>();

/**
 * nameKey of one token. A token of printable ASCII has no diacritic, no curly quote and no space,
 * so its key is its lower case: no cache lookup for the common case. Others are cached.
 */
export function tokenKey(word: string): string {
  if (isPlainAscii(word)) return word.toLowerCase();
  let key = TOKEN_KEYS.get(word);
  if (key === undefined) {
    key = computeNameKey(word);
    if (TOKEN_KEYS.size > 200_000) TOKEN_KEYS.clear();
    TOKEN_KEYS.set(word, key);
  }
  return key;
}

/** Printable ASCII with single spaces between words and none around a hyphen or at either end. */
function isSingleSpacedAscii(name: string): boolean {
  const n = name.length;
  for (let k = 0; k < n; k++) {
    const c = name.charCodeAt(k);
    if (c < 32 || c >= 127) return false;
    if (c === 32) {
      if (k === 0 || k === n - 1) return false;
      const next = name.charCodeAt(k + 1);
      if (next === 32 || next === 45 || name.charCodeAt(k - 1) === 45) return false; // "  ", " -", "- "
    }
  }
  return true;
}

function isPlainAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

export function slug(name: string): string {
  return nameKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const isCapitalised = (word: string): boolean => {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII: A-Z only; the regex for the rest
  return /^\p{Lu}/u.test(word);
};
export const isAllCaps = (word: string): boolean =>
  /^[\p{Lu}\d.-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/**
 * A name written with the Arabic article ("al-Burhan", "el-Sisi", "ash-Sharaa"): a name word
 * although it starts in lower case. The article alone ("al", "el") is not.
 */
const ARTICLE_NAME_RE = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-\p{Lu}[\p{L}\p{M}'’-]*$/u;
export function isArticleName(word: string): boolean {
  // A cheap test first: the hyphen third or fourth ("al-", "ash-").
  if (word.length < 4 || (word.charCodeAt(2) !== 45 && word.charCodeAt(3) !== 45)) return false;
  return ARTICLE_NAME_RE.test(word);
}

/** "al-Burhan" → "Burhan": the name without its article, as a later mention may write it. */
export const withoutArticle = (word: string): string => (isArticleName(word) ? word.slice(word.indexOf('-') + 1) : word);
