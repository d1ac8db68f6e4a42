/**
 * The word classes the clause rules share: relatives, verbs of saying, prepositional participles,
 * possessives, intentions, and whether a token is a verb that can head a clause (clause-grammar.ts
 * and clause-subject.ts read them; clauses.ts through clause-grammar.ts).
 */
import type { Token } from '../text/doc.ts';

export type Tense = 'past' | 'present' | 'perfect' | 'pastPerfect' | 'future';

export type Modality = 'asserted' | 'future' | 'hypothetical';

/** How a clause attaches to the one before it: coordinated, subordinate, relative, a complement ("said that"). */
export type Link = 'first' | 'and' | 'sub' | 'rel' | 'that';

export const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);

/** Verbs whose "to"-complement has not happened yet: "plans to launch", "is set to open". */
export const INTENT = new Set('plan intend expect aim hope want seek propose prepare schedule set due going threaten promise pledge vow'.split(' '));

/** Verbs of saying and writing: a clause with one only reports. */
export const REPORTING = new Set(
  'say tell announce report state add claim confirm note explain write comment reveal insist argue assert acknowledge admit deny disclose quote reply respond tweet suggest'.split(' '),
);

/** Reporting verbs that also take a plain object ("announced the timetable", "confirmed the deal"). */
export const OBJECT_REPORTING = new Set('announce report confirm reveal disclose deny note quote tweet'.split(' '));

/** Participles that work as prepositions: "according to", "including", "following the vote". */
export const PREPOSITIONAL = new Set(['according', 'including', 'following', 'regarding', 'concerning', 'excluding', 'given', 'pending', 'starting', 'beginning', 'compared']);

/** Prepositions that join a noun phrase to the noun before it ("Serb officers in the Kosovo Police"). */
export const NP_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'between', 'with', 'on', 'as', 'around', 'across', 'throughout', 'near', 'outside']);

export const POSSESSIVE_RE = /^(?:its|his|her|their|our|my|your)$/i;

/** "The company plans to launch": the tagger reads "plans" as a noun after a subject. */
export function isIntentNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.pos === 'NOUN' && INTENT.has(t.lemma) && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.pos === 'VERB' && /^(?:NOUN|PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? '');
}

/**
 * A verb that can head a clause: not "according", not after an article ("an update"), not the
 * second half of a hyphenated modifier ("partially-recognized", "NATO-led").
 */
export function isVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (isIntentNoun(tokens, k)) return true;
  if (t.pos !== 'VERB' || PREPOSITIONAL.has(t.lower)) return false;
  const prev = tokens[k - 1];
  // (Nor before a possessive "'s": "Rank's chief executive" is a name.)
  if (/^['’]s$/.test(tokens[k + 1]?.text ?? '')) return false;
  // "have both begun", "the indices each closed": a quantifier floated off its subject is no determiner.
  if (floatingQuantifier(tokens, k - 1)) return true;
  // (Nor after a possessive: "its launch", "their return", "the EU's planned mission"; nor after a
  // determiner and an adverb: "the recently announced iPhone 4".)
  if (prev?.pos === 'ADV' && tokens[k - 2]?.pos === 'DET') return false;
  // ("Some suffered fractures", "Many fled": a quantifier opening its clause stands alone as its subject.)
  // (Not after a comma: "hardware issues, some related to the iPod Touch" describes them.)
  if (prev?.pos === 'DET' && STANDALONE_QUANTIFIERS.has(prev.lower) && atClauseStart(tokens, k - 1) && /ed$|s$/.test(t.lower)) return true;
  return !prev || (prev.pos !== 'DET' && !POSSESSIVE_RE.test(prev.text) && !(prev.pos === 'PART' && /^['’]s$/.test(prev.text)) && !(prev.text === '-' && prev.end === t.start));
}

/** Whether token `k` opens its sentence, or follows ";" or a conjunction. */
export function atClauseStart(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !before || before.sentence !== tokens[k]!.sentence || before.text === ';' || before.pos === 'CCONJ';
}

/** Quantifiers that may be a clause's whole subject. */
export const STANDALONE_QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'several', 'both', 'all', 'others', 'each', 'none']);

/** A verb followed by its object or complement ("released a new film", "became prime minister"), not by a preposition ("based in Espoo"). */
export function takesObject(tokens: Token[], k: number): boolean {
  return /^(?:DET|PROPN|PRON|NOUN|NUM|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
}

/** Quantifiers that float off their subject into the verb group ("have both begun", "they all agreed"). */
const FLOATING = new Set(['both', 'all', 'each']);

/**
 * Whether token `k` is such a quantifier: "both", "all" or "each" after an auxiliary or the
 * subject's last word and before a verb; not one that opens a noun phrase ("all listed companies").
 */
export function floatingQuantifier(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !FLOATING.has(t.lower) || tokens[k + 1]?.pos !== 'VERB' || /^(?:NOUN|PROPN)$/.test(tokens[k + 2]?.pos ?? '')) return false;
  return /^(?:AUX|NOUN|PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? '');
}
