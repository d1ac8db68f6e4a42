/**
 * A sentence's clauses, from the document's part-of-speech tags: each predicate (a verb group, or
 * a copula) with the tokens around it up to the next clause break, its subject, how it attaches
 * to the clause before it, and the grammar that decides whether and when it happened (tense,
 * modality, negation, reporting).
 */
import type { Doc, Token } from '../text/doc.ts';
import { verbForm } from './verbs.ts';

export type Tense = 'past' | 'present' | 'perfect' | 'pastPerfect' | 'future';
export type Modality = 'asserted' | 'future' | 'hypothetical';
/** How a clause attaches to the one before it: coordinated, subordinate, relative, a complement ("said that"). */
export type Link = 'first' | 'and' | 'sub' | 'rel' | 'that';

export interface Clause {
  /** Token range [from, to) in doc.tokens. */
  from: number;
  to: number;
  /** Head of the predicate (the first verb of its verb group: "intends" in "intends to raise"; or the copula); -1 when there is none. */
  head: number;
  /** Verb group [first, last] token indexes, auxiliaries and "to"-chains included. */
  group: [number, number] | null;
  /** Subject tokens [from, to): inside the clause, or the opening noun phrase a resumed main clause shares; null (then it is shared with the clause before). */
  subject: [number, number] | null;
  link: Link;
  tense: Tense;
  modality: Modality;
  negated: boolean;
  passive: boolean;
  /** The predicate only reports speech or writing (said, announced, told). */
  reporting: boolean;
  /** A copula or "have" with no other verb: a state, not a happening. */
  stative: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
}

const SUBORDINATORS = new Set('because although though while whereas after before when whenever if unless since until as once'.split(' '));
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
const QUOTES = new Set(['"', '“', '”', '«', '»']);
const FUTURE_AUX = new Set(['will', "'ll", 'shall']);
const HYPOTHETICAL_AUX = new Set(['could', 'may', 'might', 'would', 'should', 'can', 'must']);
/** Verbs whose "to"-complement has not happened yet: "plans to launch", "is set to open". */
const INTENT = new Set('plan intend expect aim hope want seek propose prepare schedule set due going threaten promise pledge vow'.split(' '));
export const REPORTING = new Set(
  'say tell announce report state add claim confirm note explain write comment reveal insist argue assert acknowledge admit deny disclose quote reply respond tweet suggest'.split(' '),
);
/** Participles that work as prepositions: "according to", "including", "following the vote". */
export const PREPOSITIONAL = new Set(['according', 'including', 'following', 'regarding', 'concerning', 'excluding', 'given', 'pending', 'starting', 'beginning', 'compared']);
const NP_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'between', 'with', 'on', 'as']);
/** Adjectives with "to" that make a plan ("due to", "set to") or a possibility ("likely to"). */
const MODAL_ADJECTIVES = new Map<string, Modality>([
  ['due', 'future'],
  ['set', 'future'],
  ['poised', 'future'],
  ['scheduled', 'future'],
  ['slated', 'future'],
  ['about', 'future'],
  ['likely', 'hypothetical'],
  ['unlikely', 'hypothetical'],
  ['able', 'hypothetical'],
  ['unable', 'hypothetical'],
  ['ready', 'hypothetical'],
]);
/** Verbs that take a "that"-clause after their object: "warned Serbia that …", "assured them that …". */
const COGNITION = new Set('warn assure remind inform convince persuade promise tell notify advise believe know'.split(' '));
const CONDITIONS = new Set(['if', 'unless', 'until', 'till', 'once', 'whether', 'lest']);
/** Verbs whose object takes a participle of its own: "kept roads blocked", "left the town destroyed". */
const SMALL_CLAUSE = new Set('keep leave find get have see want make hold'.split(' '));
/** Nouns for where something was said or done: "in a video posted on …", "at a meeting held on …". */
const OCCASIONS = new Set('video statement interview speech conference meeting post letter message broadcast address session summit call ceremony'.split(' '));
const POSSESSIVE_RE = /^(?:its|his|her|their|our|my|your)$/i;
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/** Clause openers: a break before token `i` of the sentence. */
function opensClause(tokens: Token[], i: number, isTimexToken: (k: number) => boolean): Link | null {
  const t = tokens[i]!;
  const w = t.lower;
  // The tagger calls "although" and "after" prepositions and "when" an adverb: a subordinator
  // opens a clause when a finite verb follows. "have since recognised" is an adverb in the group.
  if (SUBORDINATORS.has(w) && tokens[i - 1]?.pos !== 'AUX' && finiteVerbFollows(tokens, i)) return 'sub';
  if (RELATIVES.has(w) && i > 0 && tokens[i - 1]!.pos !== 'ADP') return 'rel';
  // "…in the north, where UN police had struggled": a place's relative clause.
  if (w === 'where' && i > 0 && finiteVerbFollows(tokens, i)) return 'rel';
  // "…, in which turnout was low": the clause opens at the preposition.
  if (t.pos === 'ADP' && RELATIVES.has(tokens[i + 1]?.lower ?? '')) return 'rel';
  if (w === 'that' && i > 0 && (t.pos === 'SCONJ' || t.pos === 'PRON' || (t.pos === 'DET' && tokens[i - 1]!.pos === 'CCONJ'))) {
    const prev = tokens[i - 1]!;
    // "announced Friday that …" (a date between), "told reporters that …" (a verb of saying or
    // knowing before the noun) are complements; "the blockade that Soviet forces imposed" is relative.
    // ("said … and that …": a second complement.)
    if (prev.pos === 'VERB' || prev.pos === 'ADV' || prev.pos === 'PUNCT' || prev.pos === 'CCONJ' || isTimexToken(i - 1)) return 'that';
    if (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') {
      let v = i - 1;
      while (v >= 0 && tokens[v]!.sentence === t.sentence && tokens[v]!.pos !== 'VERB') v--;
      const verb = v >= 0 && tokens[v]!.sentence === t.sentence ? tokens[v]! : null;
      return verb && (REPORTING.has(verb.lemma) || COGNITION.has(verb.lemma)) && i - v <= 4 ? 'that' : 'rel';
    }
    if (t.pos === 'SCONJ') return 'that';
  }
  // Only when a verb follows before the next break: "and announced", "but the court ruled".
  // (", and" is a clause break more often than not: its subject may be a longer phrase.)
  if (t.pos === 'CCONJ' && (w === 'and' || w === 'but' || w === 'or' || w === 'yet') && finiteVerbFollows(tokens, i, tokens[i - 1]?.text === ',' ? 14 : 8)) return 'and';
  // "Siemens said it will build …": a reported clause without "that".
  const prev = tokens[i - 1];
  if (prev && prev.pos === 'VERB' && REPORTING.has(prev.lemma) && /^(?:PRON|DET|PROPN|NOUN|ADJ|NUM)$/.test(t.pos) && (!/^(?:its|his|her|their|our|my|your|me|him|us|them|you|reporters)$/i.test(t.text) || (POSSESSIVE_RE.test(t.text) && /^(?:NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? ''))) && finiteVerbFollows(tokens, i - 1)) return 'that';
  return null;
}

/** A finite verb within the next few words, before punctuation: "and announced", "after the vote was held". */
function finiteVerbFollows(tokens: Token[], i: number, within = 8): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + within && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
    const n = tokens[k]!;
    // Not "the Serb minority living there", not "a decision to end".
    if (n.pos === 'AUX') return true;
    // (Not "of frozen relations": a participle after a preposition describes the noun after it; look on.)
    if (n.pos === 'VERB' && tokens[k - 1]!.pos === 'ADP' && verbForm(n) === 'past') continue;
    if (n.pos === 'VERB') return verbForm(n) !== 'ing' && tokens[k - 1]!.lower !== 'to' && isVerb(tokens, k);
    if (n.pos === 'PUNCT' || n.pos === 'CCONJ' || n.pos === 'SCONJ') return false;
  }
  return false;
}

/** "The company plans to launch": the tagger reads "plans" as a noun after a subject. */
function isIntentNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.pos === 'NOUN' && INTENT.has(t.lemma) && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.pos === 'VERB' && /^(?:NOUN|PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? '');
}

/**
 * A verb that can head a clause: not "according", not after an article ("an update"), not the
 * second half of a hyphenated modifier ("partially-recognized", "NATO-led").
 */
function isVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (isIntentNoun(tokens, k)) return true;
  if (t.pos !== 'VERB' || PREPOSITIONAL.has(t.lower)) return false;
  const prev = tokens[k - 1];
  // (Nor before a possessive "'s": "Rank's chief executive" is a name.)
  if (/^['’]s$/.test(tokens[k + 1]?.text ?? '')) return false;
  // (Nor after a possessive: "its launch", "their return".)
  return !prev || (prev.pos !== 'DET' && !POSSESSIVE_RE.test(prev.text) && !(prev.text === '-' && prev.end === t.start));
}

/** ", the presidential office said (in a post on Thursday)." — a short subject, a reporting verb, then the end. */
function attributionFollows(tokens: Token[], k: number, last: number): boolean {
  let v = k;
  while (v < last && v - k < 6 && /^(?:DET|ADJ|NOUN|PROPN|PRON|PART)$/.test(tokens[v]!.pos)) v++;
  if (v === k || v >= last || tokens[v]!.pos !== 'VERB' || !REPORTING.has(tokens[v]!.lemma)) return false;
  for (let r = v + 1; r < last; r++) if (tokens[r]!.pos === 'VERB' || tokens[r]!.pos === 'AUX' || tokens[r]!.text === ',') return false;
  return true;
}

/** A verb followed by its object or complement ("released a new film", "became prime minister"), not by a preposition ("based in Espoo"). */
export function takesObject(tokens: Token[], k: number): boolean {
  return /^(?:DET|PROPN|PRON|NOUN|NUM|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
}

/** A short noun phrase, then a finite verb that is not a participle: "Jobs said", "the court ruled". */
function newSubjectClause(tokens: Token[], k: number, last: number): boolean {
  let v = k;
  while (v < last && v - k < 5 && /^(?:DET|ADJ|NOUN|PROPN|PRON|PART|NUM)$/.test(tokens[v]!.pos)) v++;
  const verb = tokens[v];
  if (v === k || v >= last || !verb) return false;
  if (verb.pos === 'AUX') return true;
  return verb.pos === 'VERB' && isVerb(tokens, v) && (verbForm(verb) === 'past' || verbForm(verb) === 's');
}

function hasPredicate(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerb(tokens, k) || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** The clauses of sentence `s`; `timexTokens` marks tokens inside date expressions (never a subject). */
export function clausesOf(doc: Doc, s: number, isTimexToken: (k: number) => boolean): Clause[] {
  const [first, last] = doc.sentenceTokens[s] ?? [0, 0];
  const tokens = doc.tokens;
  // Cut at openers and at ";" / ":" / quotation marks; pieces without a verb join their neighbour.
  const opener = tokens[first] ? SUBORDINATORS.has(tokens[first]!.lower) && finiteVerbFollows(tokens, first) : false;
  const cuts: { at: number; link: Link }[] = [{ at: first, link: opener ? 'sub' : 'first' }];
  let inSubordinate = opener;
  for (let k = first + 1; k < last; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (prev.text === ';' || prev.text === ':') cuts.push({ at: k, link: 'and' });
    // "Although sales fell, the retailer raised …": the opening subordinate clause ends at its comma;
    // without one, where a new subject and its verb follow its own verb ("After the case closed Apple's
    // chief executive extended …").
    else if (inSubordinate && ((prev.text === ',' && finiteVerbFollows(tokens, k - 1)) || (prev.pos === 'VERB' && /^(?:PROPN|DET|PRON)$/.test(t.pos) && hasPredicate(tokens, first + 1, k) && newSubjectClause(tokens, k, last)))) {
      cuts.push({ at: k, link: 'and' });
      inSubordinate = false;
    }
    else if (QUOTES.has(t.text) || QUOTES.has(prev.text)) cuts.push({ at: k, link: 'and' });
    // "Jobs, born in San Francisco in 1955, has built …": a comma before a verb opens a clause.
    else if (prev.text === ',' && attributionFollows(tokens, k, last)) cuts.push({ at: k, link: 'and' });
    // "…, Jobs said that …", "…, the company announced …": after a comma, a new subject and its verb.
    else if (prev.text === ',' && /^(?:DET|PROPN|PRON|NOUN)$/.test(t.pos) && !RELATIVES.has(t.lower) && t.lower !== 'that' && newSubjectClause(tokens, k, last)) cuts.push({ at: k, link: 'and' });
    // "Jobs, born in San Francisco, …" is a participle; "Pixar, which …, released a film" resumes the main clause.
    // After a relative clause it is the main verb again ("Siemens, which employs …, filed for bankruptcy").
    // (", ending 47 years of membership" is an -ing adjunct of the clause before: no cut.)
    // ("The proposal, first drafted by France, …": an adverb may come before the participle.)
    else if (prev.text === ',' && t.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB' && verbForm(tokens[k + 1]!) === 'past' && isVerb(tokens, k + 1) && !takesObject(tokens, k + 1)) cuts.push({ at: k, link: 'rel' });
    else if (prev.text === ',' && ((isVerb(tokens, k) && verbForm(t) !== 'ing') || t.pos === 'AUX')) {
      const participle = t.pos === 'VERB' && verbForm(t) !== 'base' && verbForm(t) !== 's' && !takesObject(tokens, k) && cuts[cuts.length - 1]!.link !== 'rel';
      cuts.push({ at: k, link: participle ? 'rel' : 'and' });
    }
    // "Drivers whose cars carry plates … will have to switch": a relative clause without commas
    // ends where a new auxiliary follows its object; the main clause resumes there.
    else if (t.pos === 'AUX' && /^(?:NOUN|PROPN)$/.test(prev.pos) && cuts[cuts.length - 1]!.link === 'rel' && hasPredicate(tokens, cuts[cuts.length - 1]!.at, k)) cuts.push({ at: k, link: 'and' });
    else {
      const link = opensClause(tokens, k, isTimexToken);
      if (link) cuts.push({ at: k, link });
    }
  }
  const pieces: { from: number; to: number; link: Link }[] = [];
  for (let c = 0; c < cuts.length; c++) {
    const from = cuts[c]!.at;
    const to = cuts[c + 1]?.at ?? last;
    const prev = pieces[pieces.length - 1];
    // A piece without a verb joins its neighbour, except a subject before a relative clause
    // ("Pixar, | which was acquired …, | released a film"): it stays apart (and makes no event).
    const link = cuts[c]!.link;
    if (prev && (!hasPredicate(tokens, from, to) || (!hasPredicate(tokens, prev.from, prev.to) && link !== 'rel'))) prev.to = to;
    else pieces.push({ from, to, link });
  }
  const quoted = quotedTokens(tokens, first, last);
  return resumeMainClause(tokens, pieces.map((p) => describe(tokens, p.from, p.to, p.link, quoted, isTimexToken)));
}

/**
 * "In Belgrade, the government of Prime Minister Vučić, who took office in April after his party
 * won in March, said it would …": after a subject and the relative and subordinate clauses that
 * interrupt it, the main clause resumes; it is the sentence's first clause again (it borrows no
 * date from them) and its subject is the opening noun phrase.
 */
function resumeMainClause(tokens: Token[], clauses: Clause[]): Clause[] {
  const opener = clauses[0];
  // (Also after an attribution between commas: "This switch, he said, would happen next year".)
  const interposed = clauses[1]?.reporting && tokens[clauses[1].from - 1]?.text === ',' && tokens[clauses[1].to - 1]?.text === ',';
  if (!opener || opener.head >= 0 || (clauses[1]?.link !== 'rel' && !interposed)) return clauses;
  for (let c = 2; c < clauses.length; c++) {
    const clause = clauses[c]!;
    if (clause.link === 'rel' || clause.link === 'sub') continue;
    if (clause.link !== 'and' || clause.subject || !/^(?:VERB|AUX)$/.test(tokens[clause.from]!.pos)) break;
    let from = opener.from;
    let to = opener.to;
    // Not a fronted phrase ("In Belgrade, …").
    if (tokens[from]!.pos === 'ADP') for (let k = from; k < to - 1; k++) if (tokens[k]!.text === ',') {
      from = k + 1;
      break;
    }
    while (to > from && tokens[to - 1]!.pos === 'PUNCT') to--;
    // (Without an abbreviation whose bracket the comma cut off: "The European Union (EU), which …".)
    for (let k = to - 1; k > from && k > to - 6; k--) if (tokens[k]!.text === '(') to = k;
    clauses[c] = { ...clause, link: 'first', subject: to > from ? [from, to] : null };
    break;
  }
  return clauses;
}

function quotedTokens(tokens: Token[], first: number, last: number): Set<number> {
  const inside = new Set<number>();
  let open = false;
  for (let k = first; k < last; k++) {
    const w = tokens[k]!.text;
    if (w === '“' || (w === '"' && !open)) open = true;
    else if (w === '”' || w === '"') open = false;
    else if (open) inside.add(k);
  }
  return inside;
}

function describe(tokens: Token[], from: number, to: number, link: Link, quoted: Set<number>, isTimexToken: (k: number) => boolean): Clause {
  const group = mainGroup(tokens, from, to, isTimexToken);
  let head = -1;
  let stative = false;
  const words: string[] = [];
  if (group) {
    for (let k = group[0]; k <= group[1] && head < 0; k++) if (tokens[k]!.pos === 'VERB' || isIntentNoun(tokens, k)) head = k;
    if (head < 0) {
      head = group[1];
      stative = true;
    }
    for (let k = group[0]; k <= group[1]; k++) words.push(tokens[k]!.lower);
  }
  const lemmas = group ? tokens.slice(group[0], group[1] + 1).map((t) => t.lemma) : [];
  const headToken = head >= 0 ? tokens[head]! : null;
  if (headToken && headToken.pos === 'VERB' && (headToken.lemma === 'have' || headToken.lemma === 'be') && lemmas.filter((l, i) => tokens[group![0] + i]!.pos === 'VERB').length === 1) stative = true;
  // "The senator never voted": the negation may stand just before the group.
  const negated = words.some((w) => NEGATIONS.has(w)) || (!!group && /^(?:never|not)$/i.test(tokens[group[0] - 1]?.text ?? ''));
  let modality: Modality = 'asserted';
  const adjective = words.map((w) => MODAL_ADJECTIVES.get(w)).find((m) => m !== undefined);
  // "are to be dismantled": an obligation, not yet done.
  const beTo = /^(?:is|are|was|were|am)$/.test(words[0] ?? '') && words[1] === 'to';
  if (words.some((w) => FUTURE_AUX.has(w)) || ((lemmas.some((l) => INTENT.has(l)) || words.includes('going')) && words.includes('to')) || adjective === 'future' || beTo) modality = 'future';
  else if (words.some((w) => HYPOTHETICAL_AUX.has(w)) || adjective === 'hypothetical') modality = 'hypothetical';
  const tense = tenseOf(tokens, group, head, modality);
  // ("has been run by", "was hit": a participle spelt like the base form, after "be".)
  const passive = !!group && head >= 0 && tokens[head]!.pos === 'VERB' && (verbForm(tokens[head]!) === 'past' || (verbForm(tokens[head]!) === 'base' && tokens[head - 1]?.lemma === 'be')) && lemmas.slice(0, head - group[0]).includes('be');
  const reporting = !!headToken && REPORTING.has(headToken.lemma);
  // "until the tariffs are lifted", "if they came under threat": a condition, not a happening.
  if (link === 'sub' && CONDITIONS.has(tokens[from]!.lower)) modality = 'hypothetical';
  let subject = subjectOf(tokens, from, group, link, isTimexToken);
  // "“…,” said Steve Jobs": a reporting verb before its subject.
  if (!subject && reporting && link !== 'rel' && group && group[0] <= from + 1) {
    let k = group[1] + 1;
    while (k < to && /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[k]!.pos)) k++;
    if (k > group[1] + 1 && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) subject = [group[1] + 1, k];
  }
  // "Vučić put the army on alert": a bare verb after a singular subject is a past tense ("puts" else).
  const simple = group && group[0] === group[1] && head === group[0] && verbForm(tokens[head]!) === 'base';
  const pastBase = simple && subject && singular(tokens[subject[1] - 1]!) ? 'past' : tense;
  return { from, to, head, group, subject, link, tense: pastBase, modality, negated, passive, reporting, stative, quoted: head >= 0 && quoted.has(head) };
}

/**
 * The verb group: auxiliaries, then a verb, then "to"-chains ("plans to launch"); a second verb
 * straight after the first is its object ("called podcasting"). Of several groups, the first
 * finite one: not an opening participle ("Born in 1955, he …", "Following the purchase, …") nor
 * an "-ing" form inside a noun phrase ("the operating system").
 */
function mainGroup(tokens: Token[], from: number, to: number, isTimexToken: (k: number) => boolean): [number, number] | null {
  const groups: [number, number][] = [];
  let g0 = -1;
  let g1 = -1;
  let sawVerb = false;
  const close = (): void => {
    if (g0 >= 0) groups.push([g0, g1]);
    g0 = -1;
    sawVerb = false;
  };
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && !sawVerb) {
      if (g0 < 0) g0 = k;
      g1 = k;
    } else if (isVerb(tokens, k)) {
      if (sawVerb && tokens[k - 1]!.lower !== 'to') close();
      if (g0 < 0) g0 = k;
      g1 = k;
      sawVerb = true;
    } else if (g0 >= 0 && (t.pos === 'PART' || t.pos === 'ADV') && (!sawVerb || t.lower === 'to')) continue;
    // "were on Tuesday considering": a date between the auxiliary and its verb.
    else if (g0 >= 0 && !sawVerb && isTimexToken(k) || (g0 >= 0 && !sawVerb && t.pos === 'ADP' && isTimexToken(k + 1))) continue;
    // "is due to report", "is set to open": the adjective and its "to" belong to the group.
    else if (g0 >= 0 && !sawVerb && t.pos === 'ADJ' && MODAL_ADJECTIVES.has(t.lower) && tokens[k + 1]?.lower === 'to') continue;
    else close();
  }
  close();
  // "For consumers still dissatisfied with it, Jobs said …": the verb of a fronted phrase is not the clause's.
  if (tokens[from]!.pos === 'ADP') {
    let comma = -1;
    for (let k = from; k < to && comma < 0; k++) if (tokens[k]!.text === ',') comma = k;
    const after = groups.filter((g) => g[0] > comma);
    if (comma >= 0 && after.length > 0) groups.splice(0, groups.length, ...after);
  }
  const finite = groups.find((g) => {
    const first = tokens[g[0]]!;
    if (first.pos === 'AUX') return true;
    const form = verbForm(first);
    if (form === 'ing' || tokens[g[0] - 1]?.text.toLowerCase() === 'to') return false;
    const prev = tokens[g[0] - 1];
    // "Born in San Francisco, …", "Jobs, born in …": a participle, not the clause's verb; one
    // with an object is the verb resuming the clause ("Thaçi, who needed …, won the majority").
    // (An object that opens with a determiner: "masked men disrupted", "signed Friday" stay participles.)
    if (form === 'past' && (g[0] === from || prev?.text === ',') && !(/^(?:DET|PRON|NUM)$/.test(tokens[g[1] + 1]?.pos ?? '') && !isTimexToken(g[1] + 1))) return false;
    // "Opposition parties led by Vetevendosje have disrupted …": a participle after its noun, before
    // the clause's own auxiliary. (Only a participle with a phrase, not an object, after it — "NATO
    // said its peacekeepers would …" is a verb — and with no clause opener before the auxiliary.)
    const later = groups.find((o) => o[0] > g[1] && tokens[o[0] - 1]?.lower !== 'to');
    const finiteLater = !!later && tokens[later[0]]!.pos === 'AUX' && !/^(?:PRON|ADP)$/.test(tokens[later[0] - 1]!.pos);
    const between = later ? tokens.slice(g[1] + 1, later[0]) : [];
    const phraseOnly = tokens[g[1] + 1]?.pos === 'ADP' && !between.some((t) => /^(?:CCONJ|SCONJ)$/.test(t.pos) || /^[,;:"“”]$/.test(t.text) || t.lower === 'that');
    if (form === 'past' && g[0] === g[1] && /^(?:NOUN|PROPN)$/.test(prev?.pos ?? '') && finiteLater && phraseOnly) return false;
    // "after masked men disrupted the vote": a participle before a noun and its verb describes the noun.
    if (form === 'past' && g[0] === g[1] && !/^(?:NOUN|PROPN|PRON)$/.test(prev?.pos ?? '') && /^(?:NOUN|PROPN)$/.test(tokens[g[1] + 1]?.pos ?? '') && /^(?:VERB|AUX)$/.test(tokens[g[1] + 2]?.pos ?? '')) return false;
    return !(prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && tokens[g[1] + 1]?.pos === 'NOUN');
  });
  return finite ?? groups[0] ?? null;
}

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

/** Verbs that ask someone else to act: the date of what they were asked to do is not the asking's. */
const DIRECTIVES = new Set('ask urge call invite order tell allow permit force require encourage request instruct authorise authorize persuade press give'.split(' '));

/**
 * "The court has asked governments to submit written arguments this spring": after a verb that
 * asks someone else to act, the "to"-infinitive and what follows it (to the next break) is what
 * was asked; a date in it dates that, not the asking.
 */
export function askedPhrases(tokens: Token[], clause: Clause): [number, number][] {
  if (clause.head < 0 || !clause.group || !DIRECTIVES.has(tokens[clause.head]!.lemma)) return [];
  for (let k = clause.group[1] + 2; k < clause.to - 1; k++) {
    const t = tokens[k]!;
    if (/^(?:PUNCT|CCONJ|SCONJ)$/.test(t.pos)) return [];
    if (t.lower !== 'to' || tokens[k + 1]!.pos !== 'VERB') continue;
    let end = k + 2;
    while (end < clause.to && !/^(?:PUNCT|CCONJ|SCONJ)$/.test(tokens[end]!.pos)) end++;
    return [[k, end]];
  }
  return [];
}

/** A third-person singular subject's last word: a name, a singular noun, he/she/it. */
function singular(t: Token): boolean {
  if (t.pos === 'PRON') return /^(?:he|she|it)$/i.test(t.text);
  if (t.pos === 'PROPN') return !/(?:ans|ons|bs|ars|ites|ers)$/.test(t.text);
  return t.pos === 'NOUN' && t.lower === t.lemma;
}

function tenseOf(tokens: Token[], group: [number, number] | null, head: number, modality: Modality): Tense {
  if (!group) return 'present';
  if (modality === 'future') return 'future';
  const words = tokens.slice(group[0], group[1] + 1).map((t) => t.lower);
  if (words.includes('had') && head > group[0] && verbForm(tokens[head]!) === 'past') return 'pastPerfect';
  if ((words.includes('has') || words.includes('have')) && head > group[0]) return 'perfect';
  if (words.some((w) => w === 'was' || w === 'were' || w === 'did')) return 'past';
  if (words.some((w) => w === 'is' || w === 'are' || w === 'am' || w === 'does' || w === 'do' || w === "'s" || w === '’s')) return 'present';
  const first = tokens[group[0]]!;
  return verbForm(first) === 'past' ? 'past' : 'present';
}

/** The noun phrase before the verb group: back from the verb to a comma, a preposition or a clause opener. */
function subjectOf(tokens: Token[], from: number, group: [number, number] | null, link: Link, isTimexToken: (k: number) => boolean): [number, number] | null {
  if (!group) return null;
  let k = group[0] - 1;
  while (k >= from && tokens[k]!.pos === 'ADV') k--; // "He also announced", "Jobs then moved on"
  const skipped = k > from && tokens[k]!.text === ',' && /^(?:PROPN|NOUN|PRON)$/.test(tokens[k - 1]!.pos);
  if (skipped) k--; // "Jobs, born in …"
  // "… Democratic Party of Kosovo (PDK) won": an abbreviation in brackets belongs to the name before it.
  let bracket = -1;
  if (tokens[k]?.text === ')' && k > from) {
    let open = k - 1;
    while (open > from && open > k - 6 && tokens[open]!.text !== '(') open--;
    if (tokens[open]!.text === '(' && /^(?:PROPN|NOUN)$/.test(tokens[open - 1]?.pos ?? '')) {
      k = open - 1;
      bracket = open;
    }
  }
  let start = k + 1;
  while (k >= from) {
    const t = tokens[k]!;
    // "Friday's ceremony": a date that owns the subject is part of it; any other date ends it.
    if (isTimexToken(k) && !/^['’]s$/.test(tokens[k + 1]?.text ?? '')) break;
    // ("Demonstrators there damaged …": "there" after a noun says where, it is no subject.)
    const placeAdverb = /^(?:there|here)$/i.test(t.text) && k > from && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos);
    if (placeAdverb && start === k + 1) {
      start = k;
      k--;
      continue;
    }
    if (t.pos === 'PRON' && !RELATIVES.has(t.lower) && t.lower !== 'that') {
      if (start === k + 1 && !/^(?:its|his|her|their|our|my|your)$/i.test(t.text)) {
        start = k;
        // "Most of them", "some of us": the quantifier is the subject's head.
        if (k - 2 >= from && tokens[k - 1]!.lower === 'of' && /^(?:most|some|many|all|none|several|each|both|few|two|three|half)$/i.test(tokens[k - 2]!.text)) start = k - 2;
        break;
      }
    }
    // ("masked men": a participle just before the subject's noun describes it.)
    const nominal = (t.pos === 'VERB' && !isVerb(tokens, k)) || (t.pos === 'VERB' && verbForm(t) === 'past' && start === k + 1 && k + 1 < group[0]) || (t.pos === 'VERB' && verbForm(t) === 'ing' && k > from && /^(?:DET|ADJ|PROPN|NOUN)$/.test(tokens[k - 1]!.pos)) || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PRON' || (t.pos === 'PART' && /^['’]s$/.test(t.text)) || /^[-&.'’]$/.test(t.text);
    // "The dialogue between Belgrade and Pristina", "Serb officers in the Kosovo Police": a
    // preposition or "and" between two noun phrases stays inside the subject.
    const inside = (NP_PREPOSITIONS.has(t.lower) && t.pos === 'ADP') || (t.pos === 'CCONJ' && t.lower === 'and');
    // ("The soldiers injured in Zvečan were …": a participle and its phrase stay inside the subject.)
    const describing = (j: number): boolean => tokens[j]!.pos === 'VERB' && verbForm(tokens[j]!) === 'past' && j > from && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos) && tokens[j + 1]?.pos === 'ADP';
    if (describing(k)) {
      start = k;
      k--;
      continue;
    }
    if (!nominal && !(inside && k > from && (/^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || describing(k - 1)) && start === k + 1)) break;
    start = k;
    // "During his tenure the alliance reduced …": an article after a noun opens the subject.
    if (t.pos === 'DET' && /^(?:the|a|an)$/i.test(t.text) && k > from && (/^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || (tokens[k - 1]!.pos === 'VERB' && !isVerb(tokens, k - 1))) && !isTimexToken(k - 1)) break;
    k--;
  }
  while (start < group[0] && tokens[start]!.pos === 'PRON' && (RELATIVES.has(tokens[start]!.lower) || (link === 'rel' && tokens[start]!.lower === 'that'))) start++;
  // "…that applications can be submitted": the complementizer opens the clause, it is not the subject's.
  if (start === from && start < group[0] && tokens[start]!.lower === 'that' && link === 'that') start++;
  // "Dačić, a former spokesman for Milošević, became …": the phrase between commas is an
  // apposition; the subject is the name before it.
  // (Also "The United States, Kosovo's closest ally, supported …": an apposition with a possessor.)
  const possessed = tokens[start]!.pos === 'PROPN' && /^['’]s$/.test(tokens[start + 1]?.text ?? '');
  if (skipped && start > from + 1 && tokens[start - 1]!.text === ',' && /^(?:PROPN|NOUN)$/.test(tokens[start - 2]!.pos) && (/^(?:DET|ADJ)$/.test(tokens[start]!.pos) || possessed)) {
    const end = start - 1;
    let b = end - 1;
    while (b > from && /^(?:PROPN|NOUN|ADJ|DET|PART)$/.test(tokens[b - 1]!.pos) && !isTimexToken(b - 1)) b--;
    return [b, end];
  }
  while (start < group[0] && tokens[start]!.pos === 'PUNCT') start++; // "CARBIS BAY (Wire) - Leaders …"
  // "During the case Apple Corps showed …": after a fronted phrase without a comma, the subject is
  // the name or article that follows the phrase's noun (also when a date ended the walk inside it:
  // "During the first quarter of the year Apple sold …").
  if ((start > from && tokens[start - 1]!.pos === 'ADP' && start - 1 === from) || tokens[start]!.pos === 'ADP') {
    for (let k = start + 1; k < group[0]; k++) {
      if (tokens[k - 1]!.pos === 'NOUN' && /^(?:PROPN|DET)$/.test(tokens[k]!.pos)) {
        start = k;
        break;
      }
    }
  }
  let end = start;
  while (end < (bracket >= 0 ? bracket : group[0]) && tokens[end]!.pos !== 'ADV') end++;
  while (end > start && tokens[end - 1]!.pos === 'PUNCT') end--;
  return start < end ? [start, end] : null;
}
