/**
 * Long texts in pieces. A stage that keeps an object per word (candidates, tokens) for a whole
 * text makes them all live at once: past the young generation's size the garbage collector copies
 * and marks them again and again, and the stage's time grows faster than the text (bench:hostile,
 * 1 MB of "a a a": ×7 for 4× the text). Such a stage reads a long text a piece at a time and keeps
 * only what it found. No news story is longer than a piece, so none is cut.
 */

/** The most characters in a piece. */
export const PIECE_CHARS = 32_768;

const isBlank = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160;

/**
 * Where the piece starting at `from` ends: after the last line end in the second half of the
 * piece, else after its last sentence end (". ", "? ", "! "), else after its last space; the
 * text's end when that is nearer. One backward scan of the second half only (lastIndexOf would read
 * back to the text's start for every piece: quadratic).
 */
export function pieceEnd(text: string, from: number, maxChars = PIECE_CHARS): number {
  const limit = from + maxChars;
  if (limit >= text.length) return text.length;
  const floor = from + maxChars / 2;
  let sentence = -1;
  let space = -1;
  for (let i = limit; i > floor; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return i;
    if (!isBlank(c)) continue;
    if (space < 0) space = i;
    const mark = text.charCodeAt(i - 2);
    if (sentence < 0 && (mark === 46 || mark === 63 || mark === 33)) sentence = i;
  }
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  // No space in half a piece: any cut (not inside a surrogate pair).
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}

/** The [start, end) pieces of `text` from `from` on, in order, covering it without gaps. */
export function pieces(text: string, from = 0, maxChars = PIECE_CHARS): [number, number][] {
  const out: [number, number][] = [];
  for (let start = from; start < text.length;) {
    const end = pieceEnd(text, start, maxChars);
    out.push([start, end]);
    start = end;
  }
  return out;
}
