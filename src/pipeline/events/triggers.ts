/**
 * Event triggers: the words TimeML would tag as EVENT (TimeML Annotation Guidelines 1.2.1):
 * main verbs (not auxiliaries, modals or the copula; "have" with an object), event nouns
 * (nouns.ts) heading their noun phrase, and stage-level predicative adjectives ("the airport is
 * closed"). Only the head word of a multi-word event is a trigger. Each gets a TimeML class from
 * the lexicons in classes.ts. Measured with `npm run eval:events` (docs/EVENTS.md).
 */
import type { Doc, Token } from '../text/doc.ts';
import { classOf, type TimemlClass } from './lexicon/classes.ts';
import { isEventNoun } from './lexicon/nouns.ts';
import { PREPOSITIONAL, STAGE_LEVEL } from './lexicon/words.ts';

export type { TimemlClass } from './lexicon/classes.ts';

export interface Trigger {
  /** Index in doc.tokens. */
  token: number;
  start: number;
  end: number;
  text: string;
  lemma: string;
  /** 'OTHER' is kept for triggers of other parts of speech; none are found so far. */
  pos: 'VERB' | 'NOUN' | 'ADJ' | 'OTHER';
  class: TimemlClass;
}

export function findTriggers(doc: Doc): Trigger[] {
  const out: Trigger[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const pos = triggerPos(tokens, i);
    if (!pos) continue;
    const t = tokens[i]!;
    out.push({
      token: i,
      start: t.start,
      end: t.end,
      text: t.text,
      lemma: t.lemma,
      pos,
      class: eventClass(tokens, i, pos),
    });
  }
  return out;
}

/**
 * The lexicon's class. An I_ACTION introduces another event, so it needs a complement:
 * "declined to comment" is an I_ACTION, "shares declined" an OCCURRENCE; the same holds for
 * aspectual and intensional nouns ("the decision to withdraw", but "the end of the war" is the end
 * of the war, "a decision" alone an occurrence). An aspectual verb keeps its class without one,
 * since its event may be the subject ("the talks ended").
 */
function eventClass(tokens: Token[], i: number, pos: Trigger['pos']): TimemlClass {
  const lexical = classOf(tokens[i]!.lemma, pos);
  const needsComplement =
    lexical === 'I_ACTION' ||
    (pos === 'NOUN' && (lexical === 'ASPECTUAL' || lexical === 'I_STATE'));
  if (!needsComplement || introducesEvent(tokens, i, pos)) return lexical;
  return 'OCCURRENCE';
}

/**
 * A complement right after the word: "to" + verb, a gerund, a "that"/"whether" clause, or for a
 * verb an object ("ordered an inquiry", "asked him to"); an intransitive use is an occurrence.
 */
function introducesEvent(tokens: Token[], i: number, pos: Trigger['pos']): boolean {
  let k = i + 1;
  while (sameSentence(tokens, i, k) && (tokens[k]!.pos === 'ADV' || tokens[k]!.lemma === 'not'))
    k++;
  const next = tokens[k];
  if (!next || !sameSentence(tokens, i, k)) return false;
  const word = next.lower;
  if (word === 'to' || word === 'that' || word === 'whether' || word === 'if') return true;
  if (next.pos === 'VERB' && word.endsWith('ing')) return true;
  return pos === 'VERB' && ['DET', 'NOUN', 'PROPN', 'PRON'].includes(next.pos);
}

function triggerPos(tokens: Token[], i: number): Trigger['pos'] | null {
  const t = tokens[i]!;
  switch (t.pos) {
    case 'VERB':
      return isMainVerb(tokens, i) ? 'VERB' : null;
    case 'AUX':
      // wink tags every "have" AUX; with an object it is the main verb ("Iraq still has thousands").
      return t.lemma === 'have' && hasObject(tokens, i) ? 'VERB' : null;
    case 'NOUN':
      return isEventNoun(t.lemma) && !isModifier(tokens, i) && !isBare(tokens, i) ? 'NOUN' : null;
    case 'ADJ':
      return isPredicative(tokens, i) ? 'ADJ' : null;
    default:
      return null;
  }
}

const sameSentence = (tokens: Token[], i: number, k: number): boolean =>
  tokens[k] !== undefined && tokens[k].sentence === tokens[i]!.sentence;
const isNominal = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');
const capitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

function isMainVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const lower = t.lower;
  if (PREPOSITIONAL.has(lower)) return false;
  // "is going to leave": the future, not a movement.
  if (lower === 'going' && tokens[i + 1]?.lower === 'to') return false;
  // A capitalised "verb" inside a name ("Merrill Lynch", "Polly Peck") is a mistagged name.
  if (capitalised(t) && i > 0 && sameSentence(tokens, i, i - 1) && tokens[i - 1]!.pos === 'PROPN')
    return false;
  // A participle between a determiner (or nothing) and a noun modifies it ("the revolving
  // loans", "operating results").
  if (
    lower !== t.lemma &&
    /(?:ing|ed)$/.test(lower) &&
    isNominal(tokens[i + 1]) &&
    sameSentence(tokens, i, i + 1)
  ) {
    const before = tokens[i - 1];
    if (
      !before ||
      !sameSentence(tokens, i, i - 1) ||
      ['DET', 'ADJ', 'PART', 'NUM'].includes(before.pos)
    )
      return false;
  }
  return true;
}

/** "have" with an object ("Iraq still has thousands of Americans") rather than a participle or "to". */
function hasObject(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (
    sameSentence(tokens, i, k) &&
    (tokens[k]!.pos === 'ADV' || (tokens[k]!.pos === 'PART' && tokens[k]!.lemma === 'not'))
  )
    k++;
  const next = tokens[k];
  if (!next || !sameSentence(tokens, i, k)) return false;
  return ['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ', 'SYM'].includes(next.pos);
}

/** A noun right after a preposition, with no determiner: generic ("opponents of abortion", "in trading"). */
function isBare(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && sameSentence(tokens, i, i - 1) && before.pos === 'ADP';
}

/** A noun before another noun modifies it ("abortion clinic", "bond market"): not a head. */
function isModifier(tokens: Token[], i: number): boolean {
  return isNominal(tokens[i + 1]) && sameSentence(tokens, i, i + 1);
}

/** An adjective after a form of "be" (adverbs between allowed) and not before a noun: "the mood is gloomy". */
function isPredicative(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  const be = tokens[k];
  if (!be || be.pos !== 'AUX' || be.lemma !== 'be' || !sameSentence(tokens, i, k)) return false;
  const t = tokens[i]!;
  if (!STAGE_LEVEL.has(t.lemma) && !/(?:ed|en|wn)$/.test(t.lower)) return false;
  const next = tokens[i + 1];
  // "likely to", "willing to", "clear that": a modal adjective, whose complement is the event.
  if (
    next &&
    sameSentence(tokens, i, i + 1) &&
    ['to', 'that', 'whether'].includes(next.lower)
  )
    return false;
  return !isNominal(next);
}
