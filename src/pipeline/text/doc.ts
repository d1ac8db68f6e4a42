/**
 * The per-article document every stage reads: the body, its sentences and its tokens with
 * part-of-speech tags and lemmas, made once. Tagging is wink-nlp with its English "lite web"
 * model (MIT, shipped in the npm package, nothing downloaded): chosen over compromise by
 * measurement (docs/EVENTS.md, `npm run eval:events -- --compare`).
 */
import { bisector } from 'd3-array';
import { isSpace, splitSentences, type Sentence } from './sentences.ts';
import { tagWithWink } from './wink-tagger.ts';

/** Universal Dependencies part-of-speech tags, as wink-nlp reports them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** Offset in the body. */
  start: number;
  end: number;
  text: string;
  /** The text in lower case, made once: the event stages compare words case-blind many times. */
  lower: string;
  /** Lower-case lemma ("said" → "say", "talks" → "talk"). */
  lemma: string;
  pos: Pos;
  /** Index of the sentence it belongs to. */
  sentence: number;
}

export interface Doc {
  body: string;
  sentences: Sentence[];
  tokens: Token[];
  /** For each sentence, the index of its first token and one past its last. */
  sentenceTokens: [number, number][];
}

/** Index of the token that holds `offset` or, in a gap, of the next one (binary search; tokens.length past the last). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  return byEnd.right(tokens, offset);
}

const byEnd = bisector((t: Token) => t.end);

/**
 * Tags wink gets wrong in news, put right: "has been acting president" ("acting" before an office
 * is its adjective, as "elected" before a plural, "elected officials"); "the indices each fell two
 * percent", "the S&P 500 lost 3%" (a market's past tense read as a noun: always for a form no noun
 * shares, else before a figure).
 */
function retag(tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.lower === 'acting' && next && OFFICES.has(next.lower)) t.pos = 'ADJ';
    // ("elected officials in Washington have issued …": a participle before a plural noun describes it.)
    // (Not after its subject: "The members elected leaders".)
    const prev = tokens[k - 1];
    if (t.lower === 'elected' && t.pos === 'VERB' && next?.pos === 'NOUN' && /s$/.test(next.lower) && next.lemma !== next.lower && (!prev || prev.sentence !== t.sentence || /^(?:DET|PUNCT|ADP|CCONJ|ADV)$/.test(prev.pos))) t.pos = 'ADJ';
    const lemma = t.pos === 'NOUN' || t.pos === 'ADJ' ? MOVES.get(t.lower) : undefined;
    if (lemma && (ONLY_VERB.has(t.lower) || (next && next.sentence === t.sentence && (next.pos === 'NUM' || FIGURE_WORDS.has(next.lower))))) {
      t.pos = 'VERB';
      t.lemma = lemma;
    }
  }
}

/** A market's moves in the past tense, by dictionary form. */
const MOVES = new Map(
  'fell:fall sank:sink slid:slide shrank:shrink grew:grow rose:rise lost:lose dropped:drop gained:gain climbed:climb jumped:jump plunged:plunge tumbled:tumble soared:soar surged:surge dipped:dip slipped:slip declined:decline closed:close ended:end finished:finish added:add'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
/** Of those, the forms no noun or adjective shares. */
const ONLY_VERB = new Set(['fell', 'sank', 'slid', 'shrank', 'grew']);
/** Words that open a figure after a move: "lost 3%", "rose by 2 points", "fell to 7,000". */
const FIGURE_WORDS = new Set(['%', 'percent', 'per', 'by', 'to', 'points', 'sharply', 'slightly', 'more', 'nearly', 'almost', 'about', 'another']);

/** Offices an "acting" holder may hold. */
const OFFICES = new Set('president prime premier chairman chairwoman chair director head chief governor mayor minister secretary leader ceo commissioner speaker'.split(' '));
const COMPASS = new Set('north south east west northeast northwest southeast southwest'.split(' '));

/** Sentences are tagged in batches of about this many characters: bounded memory on huge articles. */
const BATCH_CHARS = 4_000;

/**
 * The tagger splits words at letters outside ASCII ("Vučić" → "Vu" "č" "i" "ć"): it reads a copy
 * with each accented Latin letter replaced by its base letter, one code unit for one, so offsets
 * stay those of the body; token texts are taken from the body itself.
 */
function foldForTagger(text: string): string {
  return text.replace(/[\u00C0-\u024F]/g, (ch) => {
    const base = ch.normalize('NFD').charAt(0);
    return /[A-Za-z]/.test(base) ? base : ch;
  });
}

/**
 * wink's tokeniser is quadratic in the length of a word without white space ("!!!!…", "a-a-a-…":
 * 33 s for one of 64 KB): the copy it reads has a space inserted after every MAX_WORD_CHARS of
 * such a run, never inside a surrogate pair. Offsets are unaffected (tokens are found in the
 * folded body, not in this copy); a text without so long a word is passed as it is.
 */
const MAX_WORD_CHARS = 256;

export function breakLongWords(text: string): string {
  let pieces: string[] | null = null;
  let copied = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      run = 0;
      continue;
    }
    const lowSurrogate = c >= 0xdc00 && c <= 0xdfff;
    if (++run > MAX_WORD_CHARS && !lowSurrogate) {
      pieces ??= [];
      pieces.push(text.slice(copied, i), ' ');
      copied = i;
      run = 1;
    }
  }
  if (!pieces) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/**
 * A run of more than this many marks in a row (no letter, digit or space: "((((…", "?!?!…", a line
 * of emoji) is blanked past its first ones, same length, in the copy wink reads and tokens are found in: wink spends microseconds on each
 * such one-character token (5 s for a 1 MB body of brackets) and no event or name is made of them.
 * Prose never has such a run; a long rule of dashes or stars loses its tokens, nothing else.
 */
const MAX_MARK_RUN = 32;
const MARK_RUN_RE = new RegExp(`[^\\p{L}\\p{N}\\s]{${MAX_MARK_RUN + 1},}`, 'gu');
/** Whether a text holds such a run at all: stops after its first MAX_MARK_RUN + 1 marks, where MARK_RUN_RE reads the whole run (200 ms for one of 4 MB). */
const HAS_MARK_RUN_RE = new RegExp(`[^\\p{L}\\p{N}\\s]{${MAX_MARK_RUN + 1}}`, 'u');

export function blankMarkRuns(text: string): string {
  return text.replace(MARK_RUN_RE, (run) => {
    // The first marks stay (a sentence of marks keeps tokens), never half a surrogate pair.
    const keep = isHighSurrogate(run.charCodeAt(MAX_MARK_RUN - 1)) ? MAX_MARK_RUN + 1 : MAX_MARK_RUN;
    return run.slice(0, keep) + ' '.repeat(run.length - keep);
  });
}

/**
 * blankMarkRuns sentence by sentence: each keeps the first marks of its runs, so no sentence is
 * left without a token. `text` is the body from offset `base` on.
 */
function blankMarkRunsBySentence(text: string, sentences: Sentence[], base: number): string {
  if (!HAS_MARK_RUN_RE.test(text)) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of sentences) {
    parts.push(text.slice(at, s.start - base), blankMarkRuns(text.slice(s.start - base, s.end - base)));
    at = s.end - base;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** How far past the spaces after the last token the next one is looked for. */
const FIND_WINDOW = 64;

/**
 * Where a token's text next occurs in `text` from `at`: past the whitespace there, within
 * FIND_WINDOW characters, or -1. A bounded search, not indexOf to the end of the text (which, for
 * every token it could not find, read the whole rest of the text: quadratic). The whitespace
 * skip is remembered, so a long run is crossed once however many tokens are missed in it.
 */
function tokenFinder(text: string): (value: string, at: number) => number {
  let skippedFrom = -1;
  let skippedTo = -1;
  return (value, at) => {
    if (at !== skippedFrom) {
      skippedFrom = at;
      skippedTo = at;
      while (skippedTo < text.length && isSpace(text.charCodeAt(skippedTo))) skippedTo++;
    }
    const start = skippedTo;
    if (text.startsWith(value, start)) return start; // the common case, without a slice per token
    const found = text.slice(start, start + FIND_WINDOW + value.length).indexOf(value);
    return found < 0 ? -1 : start + found;
  };
}


/**
 * Lower-cased words, one string per distinct word of a document: an article repeats its words
 * (a hostile one a single word 100,000 times), and every string kept per token is memory the
 * garbage collector walks again and again while the document grows.
 */
function lowerCaser(): (word: string) => string {
  const seen = new Map<string, string>();
  return (word) => {
    let lower = seen.get(word);
    if (lower === undefined) {
      lower = word.toLowerCase();
      seen.set(word, lower);
    }
    return lower;
  };
}

/**
 * The document of `sentences` (by default all of the body's). Offsets are the body's; only the
 * stretch the sentences cover is read, so a long body can be made into documents part by part
 * (analyse.ts) in time linear in its length.
 */
export function makeDoc(body: string, sentences: Sentence[] = splitSentences(body)): Doc {
  const base = sentences[0]?.start ?? 0;
  const region = body.slice(base, sentences.at(-1)?.end ?? base);
  const unfolded = foldForTagger(region);
  // Where no letter was folded, wink's own strings are the token texts: no copy of each from the body.
  const asWritten = unfolded === region;
  const folded = blankMarkRunsBySentence(unfolded, sentences, base);
  const lowerOf = lowerCaser();
  const tokens: Token[] = [];
  const sentenceTokens: [number, number][] = [];
  for (let first = 0; first < sentences.length; ) {
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1]!.end - sentences[first]!.start <= BATCH_CHARS) last++;
    const from = sentences[first]!.start;
    const { values, tags, lemmas } = tagWithWink(breakLongWords(folded.slice(from - base, sentences[last]!.end - base)));
    // Offsets: each token's text is found from where the last one ended (wink keeps the text
    // as written); a token it cannot find (never seen so far) is skipped, not guessed.
    const find = tokenFinder(folded);
    let at = from;
    let s = first;
    let open = tokens.length;
    for (let k = 0; k < values.length; k++) {
      const value = values[k]!;
      if (tags[k] === 'SPACE' || value.trim() === '') continue;
      const foundInRegion = find(value, at - base);
      if (foundInRegion < 0) continue;
      const found = foundInRegion + base;
      while (s < last && found >= sentences[s]!.end) {
        sentenceTokens[s] = [open, tokens.length];
        open = tokens.length;
        s++;
      }
      const text = asWritten ? value : body.slice(found, found + value.length);
      const lemma = lowerOf(lemmas[k] ?? value);
      const lower = lowerOf(text);
      // ("the north" is a region: the tagger calls the word an adverb, and the phrase lost its noun.)
      const pos = tags[k] === 'ADV' && COMPASS.has(lower) && tokens[tokens.length - 1]?.pos === 'DET' ? 'NOUN' : ((tags[k] ?? 'X') as Pos);
      tokens.push({ start: found, end: found + value.length, text, lower, lemma: text === value ? lemma : lower, pos, sentence: s });
      at = found + value.length;
    }
    for (; s <= last; s++) {
      sentenceTokens[s] = [open, tokens.length];
      open = tokens.length;
    }
    first = last + 1;
  }
  retag(tokens);
  return { body, sentences, tokens, sentenceTokens };
}

/** The tokens of sentence `s`. */
export function tokensOf(doc: Doc, s: number): Token[] {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  return doc.tokens.slice(from, to);
}
