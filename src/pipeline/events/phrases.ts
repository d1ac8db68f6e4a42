/**
 * Phrases inside a clause whose dates are their own: a participle describing a noun ("registry
 * books taken from Kosovo in 1999"), what someone was asked to do ("asked governments to
 * submit arguments this spring") and where a span began ("since its launch in 2003").
 */
import type { Token } from '../text/doc.ts';
import { PREPOSITIONAL, type Clause } from './clause-grammar.ts';
import { verbForm } from './verbs.ts';

/** Verbs whose object takes a participle of its own: "kept roads blocked", "left the town destroyed". */
const SMALL_CLAUSE = new Set('keep leave find get have see want make hold'.split(' '));

/** Nouns for where something was said or done: "in a video posted on …", "at a meeting held on …". */
const OCCASIONS = new Set('video statement interview speech conference meeting post letter message broadcast address session summit call ceremony'.split(' '));

/**
 * "copies of registry books taken from Kosovo in 1999", "the majority required in the third
 * round": a participle straight after a noun, past the clause's head, opens a phrase that
 * describes the noun (to the next comma or the clause's end); a date in it dates that, not the clause.
 */
export function participlePhrases(tokens: Token[], clause: Clause): [number, number][] {
  const out: [number, number][] = [];
  // "kept roads blocked", "found him guilty": the participle completes the verb, it is no phrase of its own.
  if (clause.head >= 0 && SMALL_CLAUSE.has(tokens[clause.head]!.lemma)) return out;
  // In the subject too: "the dialogue launched in March 2011 could deliver results".
  const groupStart = clause.group?.[0] ?? clause.to;
  for (let k = clause.from + 1; k < clause.to; k++) {
    const t = tokens[k]!;
    const inSubject = k < groupStart && tokens[k + 1]?.pos === 'ADP';
    if (!inSubject && k <= clause.head) continue;
    if (t.pos !== 'VERB' || verbForm(t) !== 'past' || PREPOSITIONAL.has(t.lower) || !/^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) continue;
    // "…, and the EU-mediated dialogue resumed", "where no candidate won": a noun phrase that opens
    // a clause is a subject, and the verb after it that clause's own.
    let np = k - 1;
    while (np > clause.from && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[np - 1]!.pos)) np--;
    const before = tokens[np - 1];
    if (!inSubject && (np <= clause.from || !before || /^(?:CCONJ|SCONJ|PUNCT)$/.test(before.pos) || /^(?:where|when|while|whose|which|who)$/i.test(before.text))) continue;
    // "said in a video posted on September 1": the occasion of the clause dates the clause.
    if (before && OCCASIONS.has(tokens[k - 1]!.lemma) && /^(?:in|at|during)$/i.test(before.text)) continue;
    let end = k + 1;
    // (To the next break; "and" between two names does not break it: "between Serbian and Kosovo negotiators".)
    const joinsNames = (j: number): boolean => tokens[j]!.lower === 'and' && /^(?:ADJ|PROPN|NOUN)$/.test(tokens[j - 1]!.pos) && /^(?:ADJ|PROPN|NOUN)$/.test(tokens[j + 1]?.pos ?? '');
    while (end < (inSubject ? groupStart : clause.to) && (!/^(?:PUNCT|CCONJ|SCONJ|AUX|VERB)$/.test(tokens[end]!.pos) || joinsNames(end))) end++;
    out.push([k, end]);
    k = end;
  }
  return out;
}

/** The first punctuation mark or conjunction from `from` (or `to`): where a phrase inside a clause ends. */
function nextBreak(tokens: Token[], from: number, to: number): number {
  let end = from;
  while (end < to && !/^(?:PUNCT|CCONJ|SCONJ)$/.test(tokens[end]!.pos)) end++;
  return end;
}

/** Verbs that ask someone else to act: the date of what they were asked to do is not the asking's. */
const DIRECTIVES = new Set('ask urge call invite order tell allow permit force require encourage request instruct authorise authorize persuade press give'.split(' '));

/** Verbs that promise one's own act by a time: the deadline is the act's, not the promising's. */
const COMMISSIVES = new Set('commit pledge promise vow undertake'.split(' '));

/**
 * "The court has asked governments to submit written arguments this spring": after a verb that
 * asks someone else to act (or promises to act), the "to"-infinitive and what follows it (to the
 * next break) is what was asked or promised; a date in it dates that, not the asking.
 */
export function askedPhrases(tokens: Token[], clause: Clause): [number, number][] {
  if (clause.head < 0 || !clause.group) return [];
  const lemma = tokens[clause.head]!.lemma;
  // A promise has no object before its "to", which the verb group may hold: "Serbia committed to
  // moving its embassy … by July 2021".
  const from = DIRECTIVES.has(lemma) ? clause.group[1] + 2 : COMMISSIVES.has(lemma) ? clause.head + 1 : -1;
  if (from < 0) return [];
  for (let k = from; k < clause.to - 1; k++) {
    const t = tokens[k]!;
    if (/^(?:PUNCT|CCONJ|SCONJ)$/.test(t.pos)) return [];
    if (t.lower !== 'to' || tokens[k + 1]!.pos !== 'VERB') continue;
    return [[k, nextBreak(tokens, k + 2, clause.to)]];
  }
  return [];
}

/** Verbs that move something to another time: the new time is not when they happened. */
const RESCHEDULE = new Set('postpone delay defer adjourn reschedule push move extend suspend'.split(' '));

/**
 * "Local elections have been postponed until April 23": after a verb that moves something in
 * time, "until"/"till"/"to"/"from" and what follows (to the next break) is the new time; a date in it
 * dates what was moved, not the moving.
 */
export function rescheduledPhrases(tokens: Token[], clause: Clause): [number, number][] {
  if (clause.head < 0 || !clause.group || !RESCHEDULE.has(tokens[clause.head]!.lemma)) return [];
  for (let k = clause.group[1] + 1; k < clause.to - 1; k++) {
    if (!/^(?:until|till|to|from)$/.test(tokens[k]!.lower)) continue;
    return [[k, nextBreak(tokens, k + 1, clause.to)]];
  }
  return [];
}

/** Verbs that set a time for something to happen. */
const PLAN = new Set('schedule plan set slate'.split(' '));
/** Verbs that call a plan off. */
const CALL_OFF = new Set([...RESCHEDULE, 'cancel', 'scrap', 'abandon', 'drop']);

/**
 * "The elections were originally scheduled for December 18 but were postponed …", "The vote had
 * been planned for December 18, but the president postponed it": a plan that a later clause of
 * the sentence moved or called off did not happen at its date, and its setting is no event of
 * that date either. True for such a plan's clause (`later`: the clauses after it in the sentence).
 */
export function calledOffPlan(tokens: Token[], clause: Clause, later: readonly Clause[]): boolean {
  if (clause.head < 0 || !PLAN.has(tokens[clause.head]!.lemma)) return false;
  return later.some((c) => c.head >= 0 && !c.negated && (c.link === 'and' || c.link === 'first') && CALL_OFF.has(tokens[c.head]!.lemma));
}

/**
 * A subordinate clause that tells no happening of its own: a participle straight after its
 * subordinator, with no subject or auxiliary ("which has caused dropped calls when held in a
 * certain way", "if approved"), and a comparison whose verb only stands in for another ("as Apple
 * has done in the past"). With a date of its own a participle does tell one ("once ratified in 2001").
 */
export function conditionOnly(tokens: Token[], clause: Clause, dated: boolean): boolean {
  if (clause.link !== 'sub' || clause.head < 0 || !clause.group) return false;
  const head = tokens[clause.head]!;
  if (/^(?:as|like|than)$/.test(tokens[clause.from]!.lower) && head.lemma === 'do' && head.pos !== 'AUX') return true;
  if (dated || clause.subject || clause.group[0] !== clause.head) return false;
  let k = clause.from + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  return k === clause.head && head.pos === 'VERB' && verbForm(head) === 'past';
}

/** What may stand between "since" and its date: "since its launch in 2003", "since the war of 1999". */
const SINCE_NP = /^(?:DET|PRON|NOUN|PROPN|ADJ|NUM|PART)$/;

/**
 * "4 billion songs had been downloaded since its launch in 2003": a date that qualifies the noun
 * after "since" dates that noun (where a span began), not when the clause happened. The range
 * from "since" to the end of the date.
 */
/** Words that make "since <date>" a comparison: superlatives, "first", and "not seen". */
const COMPARING_RE = /^(?:\p{L}+est|worst|most|least|first|seen)$/u;
/** How far before "since" such a word may stand ("the biggest one-day fall since 1990"). */
const COMPARED_WITHIN = 6;

/**
 * "its lowest level since May 2003", "the first annual loss since 1996", "levels not seen since
 * 1999": "since" and a date after a superlative, "first" or "seen" say the last time it was so,
 * not when this happened (nor that this lasted since); "of" and a date after a superlative is the
 * span it was compared within ("the second-biggest loss of 2007"). The ranges from "since" or "of"
 * to the date's end.
 */
export function comparedSince(tokens: Token[], clause: Clause, isDateToken: (k: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let k = clause.from; k + 1 < clause.to; k++) {
    const of = tokens[k]!.lower === 'of';
    // (Also a date inside the noun phrase after "since": "the first election since the 2008 declaration".)
    const inPhrase = !of && /^(?:the|its|their)$/.test(tokens[k + 1]?.lower ?? '') && isDateToken(k + 2) ? 1 : 0;
    if ((tokens[k]!.lower !== 'since' && !of) || !isDateToken(k + 1 + inPhrase)) continue;
    let compared = false;
    for (let j = Math.max(clause.from, k - COMPARED_WITHIN); j < k && !compared; j++) {
      const t = tokens[j]!;
      // ("the second-biggest loss of 2007": "of" and a date after a superlative is its scope; not "the first quarter of 2009".)
      compared = COMPARING_RE.test(t.lower) && (t.pos === 'ADJ' || t.pos === 'ADV' || t.lower === 'seen') && !(of && /^(?:first|seen|most|least)$/.test(t.lower));
    }
    if (!compared) continue;
    let end = k + 1 + inPhrase;
    while (end < clause.to && isDateToken(end)) end++;
    // ("the worst violence since May, when 93 peacekeepers were injured": the date of what the "when" clause tells.)
    if (tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'when') continue;
    out.push([k, end]);
  }
  return out;
}

/** Before "from" and a date, words of a change or a figure: "an increase of 54 points from", "up 3% from", "down from". */
const CHANGE_RE = /^(?:increases?|rises?|falls?|drops?|gains?|loss|losses|declines?|jumps?|up|down|higher|lower|%|percent|points?|cents?)$/;
/** How far before "from" such a word may stand. */
const CHANGE_WITHIN = 5;

/**
 * "an increase of 54 points from March 12", "up 3% from a year earlier", "compared with 2008",
 * "from $504.2 million … last year": the date a figure is measured against, not when this
 * happened. The ranges from "from" (or "compared") to the date's end; not a range of time, "rose
 * from March to June".
 */
export function comparedFrom(tokens: Token[], clause: Clause, isDateToken: (k: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let k = clause.from + 1; k + 1 < clause.to; k++) {
    const base = amountBase(tokens, k, clause.to, isDateToken);
    if (base) {
      out.push(base);
      continue;
    }
    if (!isDateToken(k + 1)) continue;
    const w = tokens[k]!.lower;
    const against = (w === 'with' || w === 'to') && tokens[k - 1]!.lower === 'compared';
    if (w !== 'from' && !against) continue;
    if (w === 'from' && !tokens.slice(Math.max(clause.from, k - CHANGE_WITHIN), k).some((t) => CHANGE_RE.test(t.lower))) continue;
    let end = k + 1;
    while (end < clause.to && isDateToken(end)) end++;
    if (/^(?:to|until|till|through|-|–)$/.test(tokens[end]?.lower ?? '')) continue;
    out.push([against ? k - 1 : k, end]);
  }
  return out;
}

/** Most tokens between "from" and the date of the amount it gives. */
const BASE_WITHIN = 14;

/**
 * "net rose 4.3% … from $504.2 million, or $4.41 a share, last year": after "from" and an amount,
 * the first date before any verb is the amount's, not the clause's. The range from "from" to the
 * date's end, or null.
 */
function amountBase(tokens: Token[], k: number, to: number, isDateToken: (k: number) => boolean): [number, number] | null {
  // (An amount, not a date: "from 2008 until his election in 2016" is a span.)
  if (tokens[k]!.lower !== 'from' || isDateToken(k + 1) || !/^(?:\$|€|£|¥)$|^\d/.test(tokens[k + 1]?.text ?? '')) return null;
  for (let j = k + 2; j < to && j <= k + BASE_WITHIN; j++) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX' || /^(?:to|until|till|through)$/.test(tokens[j]!.lower)) return null;
    if (!isDateToken(j)) continue;
    let end = j;
    while (end < to && isDateToken(end)) end++;
    return [k, end];
  }
  return null;
}

export function sincePhrases(tokens: Token[], clause: Clause, isDateToken: (k: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let k = clause.from; k < clause.to; k++) {
    if (tokens[k]!.lower !== 'since') continue;
    let j = k + 1;
    // (The noun may be tagged as a verb after a possessive: "its launch".)
    while (j < clause.to && j - k <= 6 && !isDateToken(j) && (SINCE_NP.test(tokens[j]!.pos) || /^(?:in|of|on)$/.test(tokens[j]!.lower) || (tokens[j]!.pos === 'VERB' && /^(?:DET|PRON)$/.test(tokens[j - 1]!.pos)))) j++;
    // (Only a date that qualifies a noun: "since 2002" itself is when the state began, a fair date for it.)
    if (j < clause.to && j > k + 2 && isDateToken(j) && /^(?:in|of|on)$/.test(tokens[j - 1]!.lower)) {
      let end = j;
      while (end < clause.to && isDateToken(end)) end++;
      out.push([k, end]);
    }
  }
  return out;
}
