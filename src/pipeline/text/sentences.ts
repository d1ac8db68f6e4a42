/**
 * Sentence splitting with offsets. Intl.Segmenter breaks after every "Mr." and "Sept.", so this
 * is a small rule splitter: a full stop, question or exclamation mark (plus closing quotes)
 * followed by space and an upper-case letter, digit, quote or a lower-camel name ("iPod"), unless the word before is a known
 * abbreviation or an initial; paragraph breaks always end a sentence.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep st jr sr no vs etc inc ltd corp co ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'u.s u.k u.n e.u a.m p.m approx est dept univ fig al'
  ).split(' '),
);
// A boundary starts at the first mark of a run ((?<![.!?])): a match from inside a run has the
// same end and what follows it, so it can only fail again, and trying every position of a long
// run ("?!?!…") made the splitter quadratic.
// (A name in lower camel case opens a sentence too: "… on Tuesday. iPods sold in France …".)
export const BOUNDARY_RE = /(?<![.!?])([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?(?:[\p{Lu}\d]|\p{Ll}{1,2}\p{Lu}))|\n\s*\n/gu;

export function splitSentences(text: string, from = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, from);
  BOUNDARY_RE.lastIndex = from;
  for (const m of text.slice(from).matchAll(BOUNDARY_RE)) {
    const at = from + m.index;
    // (Not when a paragraph break follows: "… Rhone Poulenc S.A.\n\nThe Canadian government …".)
    if (m[1] === '.' && isAbbreviation(text, at) && !/\n\s*\n/.test(m[3] ?? '')) continue;
    const end = m[1] ? at + m[1].length + (m[2]?.length ?? 0) : at;
    push(out, text, start, end);
    start = skipSpace(text, end);
  }
  push(out, text, start, text.length);
  return out;
}

function isAbbreviation(text: string, dotAt: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotAt - 12), dotAt))?.[1] ?? '';
  const word = before.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(word)) return true;
  // Initials: "J. Smith", "U.S."; not the end of a name joined by a sign ("AT&T.", "Procter & Gamble").
  // One character, not a regex over the whole text before the dot (run per dot: quadratic).
  const joined = /[&+/]/.test(text.charAt(dotAt - before.length - 1));
  return !joined && (/^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before));
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** White space as \s sees it, by code unit: no one-character string and regex per character. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The longest sentence kept whole. Longer ones (a page without full stops, a pasted table) are cut
 * at the last space before this many characters: every later stage works sentence by sentence,
 * some in time quadratic in a sentence's length, and no news sentence comes near it (the longest
 * in the sample and the evaluation corpora has ~620 characters).
 */
export const MAX_SENTENCE_CHARS = 2000;

/**
 * splitSentences, with the article's dateline ("JEDDAH, Saudi Arabia (Nile Wire) — ", the body up
 * to `contentStart`) a sentence of its own: the story's first sentence starts after it, so it is
 * quoted as a source without the dateline, and nothing in the dateline joins a clause.
 */
export function splitAfterDateline(text: string, contentStart: number): Sentence[] {
  if (contentStart <= 0) return splitSentences(text);
  const out: Sentence[] = [];
  push(out, text, skipSpace(text, 0), contentStart);
  return [...out, ...splitSentences(text, contentStart)];
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - start > MAX_SENTENCE_CHARS) {
    const cut = cutBefore(text, start, start + MAX_SENTENCE_CHARS);
    let pieceEnd = cut;
    while (pieceEnd > start && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    if (pieceEnd > start) out.push({ start, end: pieceEnd, text: text.slice(start, pieceEnd) });
    start = skipSpace(text, cut);
  }
  if (e > start) out.push({ start, end: e, text: text.slice(start, e) });
}

/** Where to cut a long sentence at or before `limit`: after its last space, else at `limit` (not inside a surrogate pair). */
function cutBefore(text: string, start: number, limit: number): number {
  for (let i = limit; i > start; i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}
