/**
 * Sentence splitting with offsets. Intl.Segmenter breaks after every "Mr." and "Sept.", so this
 * is a small rule splitter: a full stop, question or exclamation mark (plus closing quotes)
 * followed by space and an upper-case letter, digit or quote, unless the word before is a known
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
const BOUNDARY_RE = /(?<![.!?])([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\d])|\n\s*\n/gu;

export function splitSentences(text: string, from = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, from);
  BOUNDARY_RE.lastIndex = from;
  for (const m of text.slice(from).matchAll(BOUNDARY_RE)) {
    const at = from + m.index;
    if (m[1] === '.' && isAbbreviation(text, at)) continue;
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
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  if (e > start) out.push({ start, end: e, text: text.slice(start, e) });
}
