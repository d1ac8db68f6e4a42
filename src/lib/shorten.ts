/**
 * Cutting text for display. Titles come from articles and may hold emoji (surrogate pairs, ZWJ
 * sequences), letters with combining accents and bidi controls: a cut must never split what a
 * reader sees as one character, and an ellipsis must not be pulled into a right-to-left override
 * the cut left open.
 */

const ELLIPSIS = '…';
/** Printable ASCII (with tabs and newlines) can be cut anywhere but inside CR LF. */
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;
/** Controls that open an embedding, override or isolate (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const FSI = '\u2068';
const PDI = '\u2069';

let graphemes: Intl.Segmenter | null | undefined;
function segmenter(): Intl.Segmenter | null {
  if (graphemes === undefined) {
    graphemes =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('en', { granularity: 'grapheme' })
        : null;
  }
  return graphemes;
}

/**
 * The longest prefix of `text` of at most `maxUnits` UTF-16 code units that ends at a grapheme
 * boundary (never inside a surrogate pair, an emoji sequence or a letter with its accents).
 */
export function prefixAtGrapheme(text: string, maxUnits: number): string {
  const n = Math.max(0, Math.floor(maxUnits));
  if (n >= text.length) return text;
  // Whether a boundary lies at n depends only on the text before n and the character at n (two
  // code units when it is an emoji or another character beyond the BMP).
  const head = text.slice(0, n + 2);
  if (!NON_ASCII.test(head)) {
    return text[n - 1] === '\r' && text[n] === '\n' ? text.slice(0, n - 1) : text.slice(0, n);
  }
  const seg = segmenter();
  if (!seg) {
    // No segmenter: at least never leave half a surrogate pair.
    const code = text.charCodeAt(n - 1);
    return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
  }
  let end = 0;
  for (const { index } of seg.segment(head)) {
    if (index > n) break;
    end = index;
  }
  return text.slice(0, end);
}

/**
 * `text` wrapped in an isolate (FSI … PDI) when it holds bidi controls: the PDI closes whatever
 * embedding or override the text leaves open, so what follows it in a string (an ellipsis, the
 * page title's " – Dateline") keeps its place. Other text is returned as it is.
 */
export function isolateBidi(text: string): string {
  return BIDI_CONTROL.test(text) ? FSI + text + PDI : text;
}

/** `prefix` (already cut) with its trailing space dropped and an ellipsis after it, isolated. */
export function withEllipsis(prefix: string): string {
  return isolateBidi(prefix.trimEnd()) + ELLIPSIS;
}

/**
 * `text` when it has at most `maxUnits` code units, else its cut prefix and "…" in `maxUnits` units
 * (not counting the isolate marks withEllipsis may add).
 */
export function shortenText(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  return withEllipsis(prefixAtGrapheme(text, maxUnits - 1));
}
