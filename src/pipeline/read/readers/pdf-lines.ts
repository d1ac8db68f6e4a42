/**
 * A PDF has no paragraphs, only pieces of text placed on a page. Pieces on one baseline make a
 * line; a paragraph ends where the gap to the next line is clearly wider than the page's usual
 * line spacing (the blank line or spacing between paragraphs), or where the text jumps up (a new
 * column). Lines inside a paragraph are joined with a space, a word hyphenated at a line end
 * ("govern-" + "ment") is joined back.
 */

/** The part of pdf.js's TextItem used here. */
export interface TextPiece {
  str: string;
  /** [a, b, c, d, x, y]: y is the baseline, from the bottom of the page. */
  transform: number[];
  height: number;
  hasEOL: boolean;
}

export interface Line {
  y: number;
  height: number;
  text: string;
}

/** Pieces whose baselines differ by less than this share a line (sub- and superscripts, kerning). */
const SAME_LINE = 2;
/** A gap this many times the usual line spacing ends a paragraph. */
const PARAGRAPH_GAP = 1.4;

export function pageLines(pieces: TextPiece[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const piece of pieces) {
    const y = piece.transform[5] ?? 0;
    if (!current || Math.abs(current.y - y) > SAME_LINE) {
      if (current) lines.push(current);
      current = { y, height: piece.height, text: '' };
    }
    current.text += piece.str;
    current.height = Math.max(current.height, piece.height);
    if (piece.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim() !== '');
}

/** Lines closer than this many times their height overlap (sub- and superscripts): not line spacing. */
const MIN_SPACING = 0.8;
/** Where the page has one spacing only and it is this wide (times the height), paragraphs may be single lines. */
const LOOSE = 1.6;
/** A line shorter than this share of the page's longest ends its paragraph, in the fallback below. */
const SHORT_LINE = 0.75;

/** The page's line spacing: the smallest gap between consecutive lines that is a real line feed. */
function lineSpacing(lines: Line[]): { spacing: number; uniform: boolean } | null {
  const gaps = lines.slice(1).map((l, i) => ({ gap: lines[i]!.y - l.y, height: l.height })).filter((g) => g.gap >= g.height * MIN_SPACING);
  if (gaps.length === 0) return null;
  const spacing = Math.min(...gaps.map((g) => g.gap));
  return { spacing, uniform: gaps.every((g) => g.gap <= spacing * PARAGRAPH_GAP) };
}

/**
 * Where the lines end paragraphs: after a gap clearly wider than the line spacing, after a jump
 * up (a new column). A page whose lines are all equally far apart, and far apart for their
 * size, is read as one-line paragraphs where a line ends a sentence or stops short of the margin.
 */
export function paragraphsOf(lines: Line[]): string[] {
  const found = lineSpacing(lines);
  const loose = found !== null && found.uniform && found.spacing > LOOSE * Math.max(...lines.map((l) => l.height));
  const longest = Math.max(0, ...lines.map((l) => l.text.trim().length));
  const paragraphs: string[] = [];
  let text = '';
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    const gap = before ? before.y - line.y : 0;
    const ended = before && loose && (/[.!?]["”’]?$/.test(before.text.trim()) || before.text.trim().length < longest * SHORT_LINE);
    if (before && (gap <= 0 || (found !== null && gap > found.spacing * PARAGRAPH_GAP) || ended)) {
      paragraphs.push(text);
      text = '';
    }
    const piece = line.text.trim();
    if (text === '') text = piece;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(piece)) text = text.slice(0, -1) + piece;
    else text = `${text} ${piece}`;
  });
  if (text) paragraphs.push(text);
  return paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
