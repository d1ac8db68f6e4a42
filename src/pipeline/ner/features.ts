/**
 * The features of one token for the name tagger: the word and its neighbours, their shapes and
 * affixes, the rule-based recogniser's hint (hints.ts) and the two tags decided before it (greedy
 * left-to-right decoding). Features that carry across genres (shape, affixes, capitalisation of
 * the sentence) matter most, since the open training data is tweets and Wikipedia and the input
 * is news.
 *
 * Features are hashed, never spelled out: each is a template number mixed with the hashes of its
 * parts into a slot of a fixed-size weight table. No string is built per token, so tagging costs a
 * few dozen integer mixes and table reads per word; a collision now and then costs nothing visible.
 */

/** Slots in the weight table (a power of two). */
export const FEATURE_SLOTS = 1 << 18;
const MASK = FEATURE_SLOTS - 1;
/** Features per token (FEATURE_COUNT slots of `out` are written by featuresAt). */
export const FEATURE_COUNT = 26;

/** FNV-1a over UTF-16 code units. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A template number and up to three part hashes → a slot. */
function slot(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x165667b1);
  return (h ^ (h >>> 16)) & MASK;
}

/** "Kosovo" → "Xx", "EU" → "X", "U.S." → "X.X.", "2008" → "d", "al-Burhan" → "x-Xx". */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length && shape.length < 6; i++) {
    const code = word.charCodeAt(i);
    const ch = word[i]!;
    const c =
      code >= 65 && code <= 90 ? 'X'
      : code >= 97 && code <= 122 ? 'x'
      : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch
      : ch !== ch.toLowerCase() ? 'X'
      : ch !== ch.toUpperCase() ? 'x'
      : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

/** Hashes of each word's parts, and per-sentence facts, computed once per sentence. */
export interface SentenceView {
  length: number;
  word: Uint32Array;
  shape: Uint32Array;
  suffix3: Uint32Array;
  suffix2: Uint32Array;
  prefix2: Uint32Array;
  hint: Uint32Array;
  /** Hash of the part before a hyphen ("al-"), 0 without one. */
  prefixHyphen: Uint32Array;
  /** Most words capitalised: a headline, where capitals say little. */
  titleCase: boolean;
}

/**
 * `hints`: per word, what the rule-based recogniser made of it ("B-person:k"), or "" (hints.ts).
 */
export function viewOf(words: readonly string[], hints: readonly string[] = []): SentenceView {
  const n = words.length;
  const v: SentenceView = {
    length: n,
    word: new Uint32Array(n),
    shape: new Uint32Array(n),
    suffix3: new Uint32Array(n),
    suffix2: new Uint32Array(n),
    prefix2: new Uint32Array(n),
    hint: new Uint32Array(n),
    prefixHyphen: new Uint32Array(n),
    titleCase: false,
  };
  let alpha = 0;
  let capital = 0;
  for (let k = 0; k < n; k++) {
    const word = words[k]!;
    const lower = word.toLowerCase();
    v.word[k] = hashText(lower);
    v.shape[k] = hashText(shapeOf(word));
    v.suffix3[k] = hashText(lower.slice(-3));
    v.suffix2[k] = hashText(lower.slice(-2));
    v.prefix2[k] = hashText(lower.slice(0, 2));
    v.hint[k] = hashText(hints[k] || 'none');
    const hyphen = lower.indexOf('-');
    v.prefixHyphen[k] = hyphen > 0 ? hashText(lower.slice(0, hyphen + 1)) : 0;
    if (word.length > 3 && word.toUpperCase() !== word.toLowerCase()) {
      alpha++;
      if (word[0] !== word[0]!.toLowerCase()) capital++;
    }
  }
  v.titleCase = alpha >= 4 && capital / alpha > 0.7;
  return v;
}

const START = hashText('<s>');
const START2 = hashText('<s2>');
const END = hashText('</s>');
const END2 = hashText('</s2>');
const NONE = hashText('none');

/** Write the feature slots of token `k` into `out`, given the tag numbers of the two tokens before it (0: none). */
export function featuresAt(v: SentenceView, k: number, prev: number, prev2: number, out: Uint32Array): void {
  const n = v.length;
  const word = (j: number): number => (j < 0 ? (j === -1 ? START : START2) : j >= n ? (j === n ? END : END2) : v.word[j]!);
  const shape = (j: number): number => (j < 0 ? START : j >= n ? END : v.shape[j]!);
  const w = v.word[k]!;
  const sh = v.shape[k]!;
  const hint = v.hint[k]!;
  let i = 0;
  out[i++] = slot(1, 0);
  out[i++] = slot(2, w);
  out[i++] = slot(3, v.suffix3[k]!);
  out[i++] = slot(4, v.suffix2[k]!);
  out[i++] = slot(5, v.prefix2[k]!);
  out[i++] = slot(6, sh);
  out[i++] = slot(7, word(k - 1));
  out[i++] = slot(8, word(k + 1));
  out[i++] = slot(9, word(k - 2));
  out[i++] = slot(10, word(k + 2));
  out[i++] = slot(11, shape(k - 1));
  out[i++] = slot(12, shape(k + 1));
  out[i++] = slot(13, shape(k - 1), sh, shape(k + 1));
  out[i++] = slot(14, prev);
  out[i++] = slot(15, prev2, prev);
  out[i++] = slot(16, prev, w);
  out[i++] = slot(17, prev, sh);
  out[i++] = slot(18, word(k - 1), w);
  out[i++] = slot(19, w, word(k + 1));
  out[i++] = slot(20, k === 0 ? 1 : 0, sh);
  out[i++] = v.titleCase ? slot(21, sh) : slot(22, 0);
  out[i++] = slot(23, v.prefixHyphen[k]!);
  // The rules and the knowledge base as evidence the model weighs, not as the answer.
  out[i++] = slot(24, hint);
  out[i++] = slot(25, hint, prev);
  out[i++] = slot(26, hint, sh);
  out[i] = slot(27, k + 1 < n ? v.hint[k + 1]! : NONE);
}
