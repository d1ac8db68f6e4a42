/**
 * What an "it" is doing where it stands, for coref.ts: the subject of an action ("it launched"),
 * of a description ("It has a new screen"), of a report ("It said"), or no one ("it is expected
 * that …", "It is clear that …"). Only the tokens after it are read.
 */
import type { Doc, Token } from '../text/doc.ts';

/** "it launched", "it has sold": an "it" that does something, not "it is expected that". */
const EXPLETIVE_VERBS = new Set('expect believe say report think understand know fear hope estimate feel seem appear claim rumour rumor'.split(' '));

export function isActingSubject(doc: Doc, k: number): boolean {
  // (Past an adverb or two: "It also plans to cut …", "it then sold".)
  let v = k + 1;
  while (doc.tokens[v]?.pos === 'ADV' && doc.tokens[v]!.sentence === doc.tokens[k]!.sentence && v - k <= 2) v++;
  const next = doc.tokens[v];
  const after = doc.tokens[v + 1];
  if (!next) return false;
  if (next.pos === 'VERB') return true;
  if (next.pos !== 'AUX' || after?.pos !== 'VERB') return false;
  // "It is slated for release", "it is scheduled to enter service" are the thing; "it is expected
  // that …", "it was said to …", "it is planned to …" are no one.
  if (doc.tokens[v + 2]?.lower === 'that') return false;
  return !EXPLETIVE_VERBS.has(after.lemma) && !(next.lemma === 'be' && IMPERSONAL_PASSIVES.has(after.lemma));
}

/**
 * "It has a new screen", "It is only 9.3 millimetres thick", "It was the first of its kind": "have"
 * or a copula with what it says of "it" is the thing. Not "It is clear that …", "It is time to …",
 * "It was unclear whether …" (nothing is said of "it"), nor "It is 5 p.m.": a clock time.
 */
function describesIt(doc: Doc, verb: Token, from: number): boolean {
  if (verb.lemma === 'have') return true;
  if (verb.lemma !== 'be') return false;
  for (let j = from; j < from + 6; j++) {
    const t = doc.tokens[j];
    if (!t || t.sentence !== verb.sentence || t.pos === 'PUNCT') break;
    if (EXPLETIVE_AFTER.has(t.lower) || /^(?:a\.m\.|p\.m\.|o'clock)$/.test(t.lower)) return false;
  }
  return true;
}

/** Whether the "it" at `k` is described by "have" or a copula after it (adverbs passed over): see describesIt. */
export function describedIt(doc: Doc, k: number): boolean {
  let v = k + 1;
  while (doc.tokens[v]?.pos === 'ADV' && doc.tokens[v]!.sentence === doc.tokens[k]!.sentence && v - k <= 2) v++;
  const verb = doc.tokens[v];
  const after = doc.tokens[v + 1];
  return verb?.pos === 'AUX' && after?.pos !== 'VERB' && after?.pos !== 'AUX' && describesIt(doc, verb, v + 1);
}

/** Words that, soon after "it is", make the "it" stand for what follows ("It is clear that …", "It is time to …"). */
const EXPLETIVE_AFTER = new Set('that to for whether if when how why what who unclear clear likely unlikely possible impossible time'.split(' '));

/** Verbs whose passive after "it" is impersonal ("it was agreed to …"), though "it agreed to …" acts. */
const IMPERSONAL_PASSIVES = new Set('plan propose intend decide agree hope'.split(' '));

/** Verbs of saying after an "it" or before one ("said it"). */
export const REPORTING_VERBS = new Set('say tell announce add report state confirm deny claim warn expect forecast'.split(' '));

/** "It said", "it has announced": the verb after "it" (past one auxiliary) is one of reporting. */
export function reportsNext(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  const verb = next?.pos === 'AUX' ? doc.tokens[k + 2] : next;
  return verb?.pos === 'VERB' && REPORTING_VERBS.has(verb.lemma);
}
