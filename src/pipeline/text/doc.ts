/**
 * The per-article document every stage reads: the body, its sentences and its tokens with
 * part-of-speech tags and lemmas, made once. Tagging is wink-nlp with its English "lite web"
 * model (MIT, shipped in the npm package, nothing downloaded): chosen over compromise by
 * measurement (docs/EVENTS.md, `npm run eval:events -- --compare`).
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitSentences, type Sentence } from './sentences.ts';

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

let nlp: WinkMethods | null = null;

/** One tagger per process (or worker thread): loading the model takes about 150 ms. */
function tagger(): WinkMethods {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Sentences are tagged in batches of about this many characters: bounded memory on huge articles. */
const BATCH_CHARS = 20_000;

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

export function makeDoc(body: string, sentences: Sentence[] = splitSentences(body)): Doc {
  const folded = foldForTagger(body);
  const tokens: Token[] = [];
  const sentenceTokens: [number, number][] = [];
  const its = tagger().its;
  for (let first = 0; first < sentences.length; ) {
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1]!.end - sentences[first]!.start <= BATCH_CHARS) last++;
    const from = sentences[first]!.start;
    const batch = tagger().readDoc(folded.slice(from, sentences[last]!.end));
    const values = batch.tokens().out(its.value) as string[];
    const tags = batch.tokens().out(its.pos) as string[];
    // wink's typings miss that `its.lemma` is a token helper like the others.
    const lemmas = batch.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    // Offsets: each token's text is found from where the last one ended (wink keeps the text
    // as written); a token it cannot find (never seen so far) is skipped, not guessed.
    let at = from;
    let s = first;
    let open = tokens.length;
    for (let k = 0; k < values.length; k++) {
      const value = values[k]!;
      if (tags[k] === 'SPACE' || value.trim() === '') continue;
      const found = folded.indexOf(value, at);
      if (found < 0 || found - at > 64) continue;
      while (s < last && found >= sentences[s]!.end) {
        sentenceTokens[s] = [open, tokens.length];
        open = tokens.length;
        s++;
      }
      const text = body.slice(found, found + value.length);
      const lemma = (lemmas[k] ?? value).toLowerCase();
      const lower = text.toLowerCase();
      tokens.push({ start: found, end: found + value.length, text, lower, lemma: text === value ? lemma : lower, pos: (tags[k] ?? 'X') as Pos, sentence: s });
      at = found + value.length;
    }
    for (; s <= last; s++) {
      sentenceTokens[s] = [open, tokens.length];
      open = tokens.length;
    }
    first = last + 1;
  }
  return { body, sentences, tokens, sentenceTokens };
}

/** The tokens of sentence `s`. */
export function tokensOf(doc: Doc, s: number): Token[] {
  const [from, to] = doc.sentenceTokens[s] ?? [0, 0];
  return doc.tokens.slice(from, to);
}
