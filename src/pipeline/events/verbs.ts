/**
 * Verb forms from a token's text and lemma (the tagger gives coarse tags without morphology),
 * and the present-tense third person that headlines use ("announced" → "announces").
 */
import type { Token } from '../text/doc.ts';

export type VerbForm = 'base' | 's' | 'ing' | 'past';

export function verbForm(t: Token): VerbForm {
  const w = t.lower;
  const l = t.lemma;
  if (w === l) return 'base';
  if (w.endsWith('ing')) return 'ing'; // "bringing" (lemma "bring"): w !== l already
  if (isThirdPerson(w, l) || w === 'is' || w === 'has' || w === 'does') return 's';
  if (w === 'are' || w === 'am' || w === 'do' || w === 'have') return 'base';
  return 'past';
}

/** `w === thirdPerson(l)` without building the string: the clause stages ask this of every token. */
function isThirdPerson(w: string, l: string): boolean {
  const irregular = IRREGULAR_S.get(l);
  if (irregular) return w === irregular;
  const n = l.length;
  if (/(?:s|sh|ch|x|z|o)$/.test(l)) return w.length === n + 2 && w.startsWith(l) && w.endsWith('es');
  if (/[^aeiou]y$/.test(l)) return w.length === n + 2 && w.startsWith(l.slice(0, -1)) && w.endsWith('ies');
  return w.length === n + 1 && w.startsWith(l) && w.charCodeAt(n) === 115; // "s"
}

const IRREGULAR_S = new Map([['be', 'is'], ['have', 'has'], ['do', 'does'], ['go', 'goes']]);

/** "say" → "says", "launch" → "launches", "carry" → "carries". */
export function thirdPerson(lemma: string): string {
  const irregular = IRREGULAR_S.get(lemma);
  if (irregular) return irregular;
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}
