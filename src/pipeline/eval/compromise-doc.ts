/**
 * The same Doc as text/doc.ts, tagged by compromise instead of wink-nlp: only for
 * `eval-events --compare` (compromise is a devDependency; main.ts loads this file on demand).
 * compromise's tags are mapped to the Universal Dependencies tags wink reports.
 */
import nlp from 'compromise';
import type { Doc, Pos, Token } from '../text/doc.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';

interface Term {
  text: string;
  tags: string[];
  root?: string | null;
  normal: string;
  offset: { start: number; length: number };
}

/** compromise's tag set → the UD tag. Order matters: "Auxiliary" terms are also "Verb". */
export function udPos(tags: readonly string[]): Pos {
  const has = (tag: string): boolean => tags.includes(tag);
  if (has('Auxiliary') || has('Copula') || has('Modal')) return 'AUX';
  if (has('Verb')) return 'VERB';
  if (has('Pronoun')) return 'PRON';
  if (has('ProperNoun')) return 'PROPN';
  if (has('Noun')) return 'NOUN';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('Determiner')) return 'DET';
  if (has('Preposition')) return 'ADP';
  if (has('Conjunction')) return 'CCONJ';
  if (has('Negative')) return 'PART';
  if (has('Value')) return 'NUM';
  return 'X';
}

export function makeCompromiseDoc(body: string, sentences: Sentence[] = splitSentences(body)): Doc {
  const doc = nlp(body);
  doc.compute('root');
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  const tokens: Token[] = [];
  const sentenceTokens: [number, number][] = sentences.map(() => [0, 0]);
  let s = 0;
  for (const term of json.flatMap((sentence) => sentence.terms)) {
    const { start, length } = term.offset;
    // Contractions expand into extra zero-length terms ("didn't" → did + not): no text, no token.
    if (length === 0 || body.slice(start, start + length) !== term.text) continue;
    while (s < sentences.length - 1 && start >= sentences[s]!.end) s++;
    tokens.push({
      start,
      end: start + length,
      text: term.text,
      lower: term.text.toLowerCase(),
      lemma: (term.root ?? term.normal).toLowerCase(),
      pos: udPos(term.tags),
      sentence: s,
    });
  }
  // Each sentence's token range, from the tokens' sentence numbers (in order).
  let k = 0;
  for (let i = 0; i < sentences.length; i++) {
    const from = k;
    while (k < tokens.length && tokens[k]!.sentence === i) k++;
    sentenceTokens[i] = [from, k];
  }
  return { body, sentences, tokens, sentenceTokens };
}
