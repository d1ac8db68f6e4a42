/**
 * Verb forms from a token's text and lemma (the tagger gives coarse tags without morphology),
 * and the present-tense third person that headlines use ("announced" → "announces").
 */
import type { Token } from '../text/doc.ts';

export type VerbForm = 'base' | 's' | 'ing' | 'past';

/** The clause stages ask for the form of the same tokens many times: worked out once per token. */
const FORMS = new WeakMap<Token, VerbForm>();

export function verbForm(t: Token): VerbForm {
  let form = FORMS.get(t);
  if (form === undefined) {
    form = formOf(t.lower, t.lemma);
    FORMS.set(t, form);
  }
  return form;
}

function formOf(w: string, l: string): VerbForm {
  if (w === l) return 'base';
  if (w.endsWith('ing')) return 'ing'; // "bringing" (lemma "bring"): w !== l already
  if (w === thirdPerson(l) || w === 'is' || w === 'has' || w === 'does') return 's';
  if (w === 'are' || w === 'am' || w === 'do' || w === 'have') return 'base';
  return 'past';
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
