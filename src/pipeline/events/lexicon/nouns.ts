/**
 * Is a noun (by lemma) an event? WordNet's first sense (event-nouns.ts, generated), a deverbal
 * suffix for nouns WordNet does not know, the class lexicons' nominalisations, and a short stop
 * list of nouns whose first sense is an act but which in news name a thing, a field or a group.
 */
import { WORDNET_EVENT_NOUNS, WORDNET_OTHER_DEVERBAL_NOUNS } from './event-nouns.ts';

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

const WORDNET = words(WORDNET_EVENT_NOUNS);
const OTHER_DEVERBAL = words(WORDNET_OTHER_DEVERBAL_NOUNS);

/**
 * First sense an act or process, but in news the word names an institution, a domain, a product
 * or a document rather than something that happens at a time.
 */
const NEVER = words(`
  business industry commerce service services practice policy program programme project
  market marketing work job career profession occupation employment trade finance banking
  insurance agriculture farming mining manufacturing construction engineering medicine law
  politics diplomacy security defense defence intelligence administration management
  leadership technology science research education training art music sport sports game games
  software hardware product production output input budget economy tax accounting
  advertising publishing broadcasting television radio transport transportation traffic
  relationship relations activity activities use way means method approach strategy system
  procedure`);

/** Deverbal nominalisations ("completion", "settlement", "refusal", "closure", "appearance"). */
const DEVERBAL_RE = /(?:tion|sion|ment|al|ure|ance|ence)$/;

export function isEventNoun(lemma: string): boolean {
  if (NEVER.has(lemma)) return false;
  if (WORDNET.has(lemma)) return true;
  return lemma.length > 5 && DEVERBAL_RE.test(lemma) && !OTHER_DEVERBAL.has(lemma);
}
