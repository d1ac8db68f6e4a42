/**
 * The map from an article's body back to the file it was read from: a few anchors, each pairing a
 * body offset with a place in the original (a line of a text file, a page of a PDF, a paragraph of
 * a Word document). Text formats are mapped after reading, by finding pieces of the body in the
 * file's text (alignBody); Word and PDF readers know their paragraphs' places and say them.
 * Sources carry the place of their sentence (SourceRecord.origin), so the app can say "line 42".
 */
import type { SourceOrigin } from '../../model/dataset.ts';

/** One point where the body meets the original. */
export interface OriginAnchor {
  /** Offset in the body. */
  body: number;
  /** 1-based line of the file's text where the body text at `body` is (text formats). */
  line?: number;
  /** Characters of the body from `body` on that are the file's text as written: inside them lines advance with the body's own. */
  same?: number;
  /** 1-based page (PDF). */
  page?: number;
  /** 1-based paragraph of the document (Word). */
  paragraph?: number;
}

/** Anchors sorted by body offset. */
export type OriginMap = OriginAnchor[];

/** The longest needle: a probe's text is looked for by its first characters (those no format escapes). */
const NEEDLE_CHARS = 40;
/** A shorter needle is too common to place ("The", "He said"). */
const MIN_NEEDLE_CHARS = 12;
/** A probe's first needle is its first words up to about this length: long enough to be rare, short enough to end before markup. */
const SHORT_NEEDLE_CHARS = 20;
/** Where the next piece of text is looked for first: markup between two paragraphs is rarely longer. */
const NEAR_CHARS = 4096;
/** Within a long line, a new probe this many characters after the last mapped one (HTML runs markup into paragraphs). */
const PROBE_EVERY = 160;
/** Characters a format never escapes or re-spaces: letters, digits, single spaces and plain punctuation. */
const SAFE_ASCII = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?()-') SAFE_ASCII[ch.charCodeAt(0)] = 1;
const LETTER_RE = /[\p{L}\p{N}]/u;
const isSafe = (body: string, at: number): boolean => {
  const c = body.charCodeAt(at);
  return c < 128 ? SAFE_ASCII[c] === 1 : LETTER_RE.test(body[at]!);
};

/**
 * Finds the bodies of one file's records in its text (`source`, as decoded), in file order from
 * `from`. Probes are taken at each line of a body and every PROBE_EVERY characters along it; each
 * is searched for as written, then with any run of white space for its spaces (HTML wraps
 * paragraphs). Where the file goes on as the body does, one anchor covers it all (`same`), so a
 * plain text file costs one comparison pass. Searching is bounded by one budget for the whole
 * file, eight times its length: linear whatever the input; past it, bodies are left unmapped.
 */
export function fileAligner(source: string, from = 0): { align: (body: string) => OriginMap } {
  let lines: Int32Array | null = null; // counted on the first hit only
  let cursor = from;
  let budget = 8 * source.length + 65_536;
  /** A probe's needles, each looked for first within NEAR_CHARS of the cursor, then in the rest of the file. */
  const search = (body: string, p: number): { hit: Hit; needle: Needle } | null => {
    const needles = [...needlesNear(body, p)];
    const near = Math.min(source.length, cursor + NEAR_CHARS);
    for (const to of near < source.length ? [near, source.length] : [source.length]) {
      for (const needle of needles) {
        if (budget <= 0) return null;
        const found = find(source, needle.text, cursor, to);
        budget -= found.read;
        if (found.hit) return { hit: found.hit, needle };
      }
    }
    return null;
  };
  const align = (body: string): OriginMap => {
    const anchors: OriginMap = [];
    let covered = 0; // body offsets below this are mapped already
    let lastProbe = -PROBE_EVERY;
    for (let p = 0; p < body.length && budget > 0; p++) {
      if (p < covered) {
        p = covered - 1; // on past the run mapped already
        continue;
      }
      const c = body.charCodeAt(p);
      const lineStart = p === 0 || body.charCodeAt(p - 1) === 10;
      if (c === 10 || c === 32 || !(lineStart || (p - lastProbe >= PROBE_EVERY && body.charCodeAt(p - 1) === 32))) continue;
      lastProbe = p;
      const found = search(body, p);
      if (!found) continue;
      const { hit, needle } = found;
      // The probe's place is its needle's line (a paragraph that opens with "NASA's" is found by the words after it).
      const same = hit.exact && needle.at === p ? sameRun(source, hit.at, body, p) : 0;
      lines ??= lineStarts(source);
      anchors.push({ body: p, line: lineOf(lines, hit.at), ...(same > 0 ? { same } : {}) });
      cursor = hit.at + Math.max(same, hit.length);
      covered = p + same;
    }
    return anchors;
  };
  return { align };
}

/** How far along its line a probe looks for a needle, past words a format may escape ("NASA's", "&quot;"). */
const NEEDLE_SEARCH_CHARS = 120;
/** Needles tried per probe: markup inside a paragraph ("<a>") breaks some. */
const MAX_NEEDLES = 4;

interface Needle {
  /** Body offset where it starts. */
  at: number;
  text: string;
}

/**
 * Needles for a probe, in order: for each run of safe characters on the probe's line (within
 * NEEDLE_SEARCH_CHARS, starting at a word, at least MIN_NEEDLE_CHARS long), its first words,
 * then the run cut to whole words (markup may split a word).
 */
function* needlesNear(body: string, p: number): Generator<Needle> {
  const limit = Math.min(body.length, p + NEEDLE_SEARCH_CHARS);
  let tried = 0;
  let start = p;
  while (start < limit && tried < MAX_NEEDLES) {
    let end = start;
    while (end < body.length && end - start < NEEDLE_CHARS && isSafe(body, end)) end++;
    const cut = end - start === NEEDLE_CHARS ? body.lastIndexOf(' ', end) : end;
    const text = body.slice(start, cut > start ? cut : end).trimEnd();
    if (text.length >= MIN_NEEDLE_CHARS) {
      // The first words alone first: markup inside a paragraph ("<a>") more often breaks a long needle.
      const space = text.indexOf(' ', SHORT_NEEDLE_CHARS);
      if (space !== -1) {
        tried++;
        yield { at: start, text: text.slice(0, space) };
      }
      if (tried++ < MAX_NEEDLES) yield { at: start, text };
    }
    if (end >= body.length || body.charCodeAt(end) === 10) return; // the line ends
    // On to the next word.
    start = end + 1;
    while (start < limit && body.charCodeAt(start - 1) !== 32) start++;
  }
}

interface Hit {
  at: number;
  length: number;
  exact: boolean;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


/**
 * The needle in source[from, to): as written, else with white space runs for its spaces. `read`
 * is how much of the file the search went through, for the caller's budget.
 */
function find(source: string, needle: string, from: number, to: number): { hit: Hit | null; read: number } {
  const within = to < source.length ? source.slice(0, to) : source;
  const at = within.indexOf(needle, from);
  if (at !== -1) return { hit: { at, length: needle.length, exact: true }, read: at - from + needle.length };
  if (!needle.includes(' ')) return { hit: null, read: to - from };
  const loose = new RegExp(escapeRe(needle).replace(/ /g, '\\s+'), 'g');
  loose.lastIndex = from;
  const m = loose.exec(within);
  if (m) return { hit: { at: m.index, length: m[0].length, exact: false }, read: m.index - from + m[0].length };
  return { hit: null, read: 2 * (to - from) };
}

/** How many characters the file and the body share from these points. */
function sameRun(source: string, at: number, body: string, p: number): number {
  let n = 0;
  while (p + n < body.length && at + n < source.length && body.charCodeAt(p + n) === source.charCodeAt(at + n)) n++;
  return n;
}

/** Offsets where each line of `text` starts. */
function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** 1-based line holding `offset`. */
function lineOf(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * offset in the body → its place in the original, from the last anchor at or before it; null
 * before the first anchor or without a map. Made once per article: the body's line starts are
 * counted once, not per sentence.
 */
export function originLookup(map: OriginMap | undefined, body: string): (offset: number) => SourceOrigin | null {
  if (!map || map.length === 0) return () => null;
  const bodyLines = lineStarts(body);
  return (offset) => {
    let lo = 0;
    let hi = map.length - 1;
    if (map[0]!.body > offset) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (map[mid]!.body <= offset) lo = mid;
      else hi = mid - 1;
    }
    const a = map[lo]!;
    if (a.page !== undefined) return { page: a.page };
    if (a.paragraph !== undefined) return { paragraph: a.paragraph };
    if (a.line === undefined) return null;
    // Inside the run that is the file as written, the body's newlines are the file's.
    const within = offset - a.body <= (a.same ?? 0);
    return { line: within ? a.line + lineOf(bodyLines, offset) - lineOf(bodyLines, a.body) : a.line };
  };
}
