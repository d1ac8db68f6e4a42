/** Word tokens with offsets, and the normalised keys names are looked up by. */

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Dotted abbreviations (U.S., U.N.) first, then words with inner hyphens or apostrophe-less joins.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*!?|[^\s\p{L}\p{N}]/gu;

export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN_RE)) {
    let word = m[0];
    // "Kosovo's" is the name plus a possessive: keep the name as its own token.
    const possessive = /^(.+)['’]s$/u.exec(word);
    if (possessive?.[1]) word = possessive[1];
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
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    if (NAME_KEYS.size > 200_000) NAME_KEYS.clear();
    NAME_KEYS.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
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

/** nameKey of one token, cached: the matchers look up every token of every article. */
export function tokenKey(word: string): string {
  let key = TOKEN_KEYS.get(word);
  if (key === undefined) {
    key = computeNameKey(word);
    if (TOKEN_KEYS.size > 200_000) TOKEN_KEYS.clear();
    TOKEN_KEYS.set(word, key);
  }
  return key;
}

export function slug(name: string): string {
  return nameKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean =>
  /^[\p{Lu}\d.-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
