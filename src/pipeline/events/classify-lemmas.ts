/**
 * The dictionary forms an English word may come from, for looking words up in the event-type
 * lexicon without a tagger: "signed" → sign, "agreed" → agree, "banned" → ban, "rallies" →
 * rally, "met" → meet. Rules over-generate on purpose ("signed" → also "signe"); only forms the
 * lexicon knows are used. Each candidate says whether it was reached by a verb ending (-ed, -ing,
 * an irregular past), which marks the word as a verb rather than a noun.
 */

/** Irregular past forms of the verbs in the lexicon. */
const IRREGULAR: Record<string, string> = {
  met: 'meet',
  said: 'say',
  told: 'tell',
  shot: 'shoot',
  fought: 'fight',
  held: 'hold',
  sought: 'seek',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  froze: 'freeze',
  frozen: 'freeze',
  forbade: 'forbid',
  forbidden: 'forbid',
  slew: 'slay',
  slain: 'slay',
  overthrew: 'overthrow',
  overthrown: 'overthrow',
  undertook: 'undertake',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  sent: 'send',
  struck: 'strike',
};

export interface LemmaCandidate {
  lemma: string;
  /** Reached through a past or -ing ending: the word is (a form of) a verb. */
  verbal: boolean;
}

/** Candidate lemmas of a lower-case word, the word itself first. */
export function lemmaCandidates(word: string): LemmaCandidate[] {
  const out: LemmaCandidate[] = [{ lemma: word, verbal: false }];
  const add = (lemma: string, verbal: boolean): void => {
    if (lemma.length >= 2) out.push({ lemma, verbal });
  };
  const irregular = IRREGULAR[word];
  if (irregular) add(irregular, true);
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`, false);
  else if (word.endsWith('es')) {
    add(word.slice(0, -2), false);
    add(word.slice(0, -1), false);
  } else if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1), false);
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`, true);
  else if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    add(stem, true);
    add(`${stem}e`, true);
    if (/([^aeiou])\1$/.test(stem)) add(stem.slice(0, -1), true); // banned → ban
  }
  if (word.endsWith('ing') && word.length > 5) {
    const stem = word.slice(0, -3);
    add(stem, true);
    add(`${stem}e`, true);
    if (/([^aeiou])\1$/.test(stem)) add(stem.slice(0, -1), true); // banning → ban
  }
  return out;
}
