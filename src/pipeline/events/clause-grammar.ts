/**
 * The grammar of one clause, from the document's part-of-speech tags: its verb group and head,
 * subject, tense, modality (plans, conditions, obligations), negation, passive, reporting and
 * stative flags (clauses.ts cuts a sentence into the clauses this describes).
 */
import type { Token } from '../text/doc.ts';
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
  /** A "when" clause told as an earlier first time ("When Jobs first introduced iPhone 4"): background, not the story's news. */
  background: boolean;
}

export const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);

const FUTURE_AUX = new Set(['will', "'ll", 'shall']);

const HYPOTHETICAL_AUX = new Set(['could', 'may', 'might', 'would', 'should', 'can', 'must']);

/** Verbs whose "to"-complement has not happened yet: "plans to launch", "is set to open". */
const INTENT = new Set('plan intend expect aim hope want seek propose prepare schedule set due going threaten promise pledge vow'.split(' '));

/**
 * "has to stop", "need to act": an obligation, not a happening. "had to" only when reported ("said
 * NATO had to stop the violence"): told by the narrator, "troops had to evacuate" says they did.
 */
function obligation(words: string[], link: Link): boolean {
  return words.some((w, i) => words[i + 1] === 'to' && (/^(?:have|has|need|needs|ought)$/.test(w) || (link === 'that' && /^(?:had|needed)$/.test(w))));
}

export const REPORTING = new Set(
  'say tell announce report state add claim confirm note explain write comment reveal insist argue assert acknowledge admit deny disclose quote reply respond tweet suggest'.split(' '),
);

/** Reporting verbs that also take a plain object ("announced the timetable", "confirmed the deal"). */
export const OBJECT_REPORTING = new Set('announce report confirm reveal disclose deny note quote tweet'.split(' '));

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

const CONDITIONS = new Set(['if', 'unless', 'until', 'till', 'once', 'whether', 'lest']);

export const POSSESSIVE_RE = /^(?:its|his|her|their|our|my|your)$/i;

const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/** "The company plans to launch": the tagger reads "plans" as a noun after a subject. */
function isIntentNoun(tokens: Token[], k: number): boolean {
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
  // (Nor after a possessive: "its launch", "their return", "the EU's planned mission".)
  return !prev || (prev.pos !== 'DET' && !POSSESSIVE_RE.test(prev.text) && !(prev.pos === 'PART' && /^['’]s$/.test(prev.text)) && !(prev.text === '-' && prev.end === t.start));
}

/** A verb followed by its object or complement ("released a new film", "became prime minister"), not by a preposition ("based in Espoo"). */
export function takesObject(tokens: Token[], k: number): boolean {
  return /^(?:DET|PROPN|PRON|NOUN|NUM|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
}

export function describe(tokens: Token[], from: number, to: number, link: Link, quoted: Set<number>, isTimexToken: (k: number) => boolean): Clause {
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
  // ("the mission, known as EULEX," "a party called Vetevendosje": a name given, no happening.)
  if (headToken && link === 'rel' && group![0] === head && NAMING.has(headToken.lemma) && verbForm(headToken) === 'past' && (tokens[head + 1]?.lower === 'as' || tokens[head + 1]?.pos === 'PROPN')) stative = true;
  // ("a new screen, dubbed a “retina display”": after a comma, without a subject, a name given too;
  // not "…, named a new chief" nor "called a meeting", which are done.)
  if (headToken && link === 'and' && from === head && verbForm(headToken) === 'past' && (NAMED_ONLY.has(headToken.lemma) || (NAMING.has(headToken.lemma) && [1, 2].some((d) => QUOTE_MARKS.has(tokens[head + d]?.text ?? ''))))) stative = true;
  // (", aimed at normalising their relations", ", designed to …", ", based in Pristina,": what it is for or where, no happening.)
  if (headToken && link === 'rel' && group![0] === head && verbForm(headToken) === 'past' && DESCRIBING.get(headToken.lower) === tokens[head + 1]?.lower) stative = true;
  if (headToken && headToken.pos === 'VERB' && (headToken.lemma === 'have' || headToken.lemma === 'be') && lemmas.filter((l, i) => tokens[group![0] + i]!.pos === 'VERB').length === 1) stative = true;
  // "The senator never voted": the negation may stand just before the group.
  // ("has yet to be established": not done either.)
  const negated = words.some((w, i) => NEGATIONS.has(w) || (w === 'yet' && words[i + 1] === 'to')) || (!!group && /^(?:never|not)$/i.test(tokens[group[0] - 1]?.text ?? ''));
  let modality: Modality = 'asserted';
  // ("an opinion was unlikely before next year": the adjective after a copula says it as well.)
  const after = group && stative && headToken?.lemma === 'be' ? tokens[group[1] + 1] : undefined;
  const adjective = [...words, ...(after?.pos === 'ADJ' ? [after.lower] : [])].map((w) => MODAL_ADJECTIVES.get(w)).find((m) => m !== undefined);
  // "are to be dismantled": an obligation, not yet done.
  const beTo = /^(?:is|are|was|were|am)$/.test(words[0] ?? '') && words[1] === 'to';
  if (words.some((w) => FUTURE_AUX.has(w)) || ((lemmas.some((l) => INTENT.has(l)) || words.includes('going')) && words.includes('to')) || adjective === 'future' || beTo) modality = 'future';
  else if (words.some((w) => HYPOTHETICAL_AUX.has(w)) || adjective === 'hypothetical' || obligation(words, link)) modality = 'hypothetical';
  const tense = tenseOf(tokens, group, head, modality);
  // ("has been run by", "was hit": a participle spelt like the base form, after "be".)
  const passive = !!group && head >= 0 && tokens[head]!.pos === 'VERB' && (verbForm(tokens[head]!) === 'past' || (verbForm(tokens[head]!) === 'base' && tokens[head - 1]?.lemma === 'be')) && lemmas.slice(0, head - group[0]).includes('be');
  const reporting = !!headToken && REPORTING.has(headToken.lemma);
  // "until the tariffs are lifted", "if they came under threat": a condition, not a happening.
  if (link === 'sub' && CONDITIONS.has(tokens[from]!.lower)) modality = 'hypothetical';
  let subject = subjectOf(tokens, from, group, link, isTimexToken);
  // "“…,” said Steve Jobs": a reporting verb before its subject. (After a verb that takes an
  // object, only after a quotation: "The bank, led by …, announced the increase" is an object.)
  const afterQuote = /^["”]$/.test(tokens[from - 1]?.text ?? '') || /^["”]$/.test(tokens[from - 2]?.text ?? '');
  if (!subject && reporting && link !== 'rel' && group && group[0] <= from + 1 && (afterQuote || !OBJECT_REPORTING.has(headToken!.lemma))) {
    let k = group[1] + 1;
    while (k < to && /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tokens[k]!.pos)) k++;
    if (k > group[1] + 1 && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) subject = [group[1] + 1, k];
  }
  // "Vučić put the army on alert": a bare verb after a singular subject is a past tense ("puts" else).
  const simple = group && group[0] === group[1] && head === group[0] && verbForm(tokens[head]!) === 'base';
  const pastBase = simple && subject && singular(tokens[subject[1] - 1]!) ? 'past' : tense;
  // (Only after "when": "who first broke the news" is who was first, "initially protested … but later agreed" a sequence.)
  const background = link === 'sub' && tokens[from]!.lower === 'when' && pastBase === 'past' && !!group && earlierTime(tokens, group[0] - 1, head);
  return { from, to, head, group, subject, link, tense: pastBase, modality, negated, passive, reporting, stative, quoted: head >= 0 && quoted.has(head), background };
}

/**
 * Where the bracket that token `close` (")") ends opens, when it holds an abbreviation after a
 * name without a preposition in it ("European Union (EU)"; not "Alliance for the Future of
 * Kosovo (AAK)", whose words the subject walk cannot take); else -1.
 */
function abbreviationOpens(tokens: Token[], from: number, close: number): number {
  let open = close - 1;
  while (open > from && open > close - 6 && tokens[open]!.text !== '(') open--;
  if (tokens[open]!.text !== '(' || open - 1 < from || !/^(?:PROPN|NOUN)$/.test(tokens[open - 1]!.pos)) return -1;
  for (let k = Math.max(from, open - 5); k < open; k++) if (tokens[k]!.pos === 'ADP') return -1;
  return open;
}

/** Whether "and" joins two parts between tokens `from` and `to` (a list's last link). */
function hasAnd(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'CCONJ' && tokens[k]!.lower === 'and') return true;
  return false;
}

const EARLIER = new Set(['first', 'originally']);

/** Participles that give a name: "known as", "called", "dubbed". */
const NAMING = new Set(['know', 'call', 'dub', 'name', 'nickname', 'title', 'label']);
/** Naming verbs whose past participle after a comma names, and never does: "dubbed", "nicknamed", "known as". */
const NAMED_ONLY = new Set(['dub', 'nickname', 'know']);
const QUOTE_MARKS = new Set(['"', '“', '‘', "'"]);
/** Participles that describe a noun with the word after them: "aimed at", "designed to", "based in". */
const DESCRIBING = new Map([['aimed', 'at'], ['designed', 'to'], ['meant', 'to'], ['intended', 'to'], ['based', 'in'], ['located', 'in'], ['headquartered', 'in']]);

/** "first" or "originally" as an adverb just before or inside the verb group, up to its head. */
function earlierTime(tokens: Token[], from: number, head: number): boolean {
  for (let k = Math.max(0, from); k <= head; k++) if (tokens[k]!.pos === 'ADV' && EARLIER.has(tokens[k]!.lower)) return true;
  return false;
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
/**
 * "Milan Radoičić, deputy leader of the Serb List, the main Kosovo Serb party, said …": a name
 * opening the clause, then descriptions between commas up to the comma before the verb (at
 * `comma`): the subject is the name. Not a list ("Kosovo, Serbia and Albania signed").
 */
function nameBeforeAppositions(tokens: Token[], from: number, comma: number): [number, number] | null {
  let k = from;
  if (tokens[k]?.pos === 'DET') k++;
  if (tokens[k]?.pos !== 'PROPN') return nameInApposition(tokens, from, comma) ?? nounBeforeAdjectivePhrase(tokens, from, comma);
  // (Its words, hyphenated ones and a possessor too: "General Abdel Fattah al-Burhan", "Kosovo's Prime Minister Hashim Thaçi".)
  while (k < comma && (/^(?:PROPN|NOUN)$/.test(tokens[k]!.pos) || /^['’]s$/.test(tokens[k]!.text) || (tokens[k]!.text === '-' && tokens[k - 1]!.end === tokens[k]!.start))) k++;
  // (Or a phrase set off the same way: "Hashim Thaçi, on a visit to Washington, welcomed …".)
  // (A possessor's description first: "The European Union's largest civilian mission, the EU Rule of Law Mission …,".)
  if (k >= comma || tokens[k]!.text !== ',' || !/^(?:DET|ADJ|NOUN|ADP)$/.test(tokens[k + 1]?.pos ?? '')) return /^['’]s$/.test(tokens[k - 1]?.text ?? '') ? nameInApposition(tokens, from, comma) : null;
  for (let j = k + 1; j < comma; j++) if (/^(?:VERB|AUX)$/.test(tokens[j]!.pos) && tokens[j - 1]!.text !== '-') return null;
  return [from, k];
}

/**
 * "The screen layout, similar to that of the iPhone, offers …": a noun phrase, then between commas
 * a phrase opened by an adjective; the subject is the noun phrase, not the noun before the verb.
 */
function nounBeforeAdjectivePhrase(tokens: Token[], from: number, comma: number): [number, number] | null {
  if (tokens[from]?.pos !== 'DET') return null;
  let k = from + 1;
  while (k < comma && /^(?:ADJ|NOUN)$/.test(tokens[k]!.pos)) k++;
  if (k === from + 1 || tokens[k - 1]!.pos !== 'NOUN' || tokens[k]?.text !== ',' || tokens[k + 1]?.pos !== 'ADJ') return null;
  for (let j = k + 1; j < comma; j++) if (/^(?:VERB|AUX)$/.test(tokens[j]!.pos)) return null;
  return [from, k];
}

/**
 * "Its head, French general Yves de Kermabon, told reporters …": a description, then between
 * commas the name of whom it describes (its last word a name); the subject is the name.
 */
function nameInApposition(tokens: Token[], from: number, comma: number): [number, number] | null {
  if (!/^(?:DET|PRON)$/.test(tokens[from]?.pos ?? '')) return null;
  let first = from;
  while (first < comma && tokens[first]!.text !== ',') {
    if (/^(?:VERB|AUX)$/.test(tokens[first]!.pos)) return null;
    first++;
  }
  // (A name may end in its abbreviation, "the EU Rule of Law Mission in Kosovo (EULEX)", and hold
  // "of" or "in" between capitalised words.)
  const end = tokens[comma - 1]?.text === ')' && tokens[comma - 3]?.text === '(' && /^[A-Z]{2,8}$/.test(tokens[comma - 2]!.text) ? comma - 3 : comma;
  if (first >= end || tokens[end - 1]?.pos !== 'PROPN') return null;
  const joins = (j: number): boolean => /^(?:of|in|for|on)$/.test(tokens[j]!.lower) && /^\p{Lu}/u.test(tokens[j - 1]!.text) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
  for (let j = first + 1; j < end; j++) if (!/^(?:ADJ|NOUN|PROPN|DET)$/.test(tokens[j]!.pos) && tokens[j]!.lower !== 'de' && tokens[j]!.lower !== 'van' && tokens[j]!.lower !== 'von' && !joins(j)) return null;
  return [first + 1, end];
}

/** Words that open a list of examples set off by commas inside a noun phrase. */
export const INSERTED_LIST = new Set(['including', 'notably', 'especially', 'among']);
/** Most tokens of such a list. */
const MAX_INSERTED = 10;

/** The comma that opens the inserted list (", including …,") the comma at `k` closes, or -1. */
export function insertedListStart(tokens: Token[], k: number): number {
  for (let j = k - 2; j >= 0 && j >= k - MAX_INSERTED && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    if (tokens[j]!.text === ',') return INSERTED_LIST.has(tokens[j + 1]!.lower) && insertedListEnd(tokens, j) === k ? j : -1;
  }
  return -1;
}

/** The closing comma of the inserted list that opens after the comma at `k`, or -1. */
export function insertedListEnd(tokens: Token[], k: number): number {
  for (let j = k + 2; j < tokens.length && j <= k + MAX_INSERTED && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    if (tokens[j]!.text === ',') return j;
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * The noun a date ending at token `last` is "of" ("the declaration | of Feb. 17, 2008"), not before
 * `from`; -1 when the date is not so attached.
 */
export function nounOfDate(tokens: Token[], last: number, from: number, isTimexToken: (k: number) => boolean): number {
  let first = last;
  while (first > from && (isTimexToken(first - 1) || (tokens[first - 1]!.text === ',' && first - 2 >= from && isTimexToken(first - 2)))) first--;
  return first - 2 >= from && tokens[first - 1]!.lower === 'of' && /^(?:NOUN|PROPN)$/.test(tokens[first - 2]!.pos) ? first - 2 : -1;
}

function subjectOf(tokens: Token[], from: number, group: [number, number] | null, link: Link, isTimexToken: (k: number) => boolean): [number, number] | null {
  if (!group) return null;
  let k = group[0] - 1;
  // ("the declaration of Feb. 17, 2008, breached …": the date of the noun and its closing comma are no subject words.)
  const noun = tokens[k]?.text === ',' && k - 1 >= from && isTimexToken(k - 1) ? nounOfDate(tokens, k - 1, from, isTimexToken) : -1;
  if (noun >= 0) k = noun;
  // ("More than 100 countries, including the United States and most EU member states, recognise …": the list is no subject.)
  const listOpens = tokens[k]?.text === ',' ? insertedListStart(tokens, k) : -1;
  if (listOpens > from) k = listOpens - 1;
  while (k >= from && tokens[k]!.pos === 'ADV') k--; // "He also announced", "Jobs then moved on"
  // (Also after a name's abbreviation in brackets: "…, the EU Rule of Law Mission in Kosovo (EULEX), has begun".)
  const skipped = k > from && tokens[k]!.text === ',' && (/^(?:PROPN|NOUN|PRON)$/.test(tokens[k - 1]!.pos) || tokens[k - 1]!.text === ')');
  if (skipped) {
    const named = nameBeforeAppositions(tokens, from, k);
    if (named) return named;
  }
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
  /** Where a date that ends the subject phrase begins (it is not the subject's words), or -1. */
  let dateAt = -1;
  while (k >= from) {
    const t = tokens[k]!;
    // "Friday's ceremony": a date that owns the subject is part of it; any other date ends it.
    if (isTimexToken(k) && !/^['’]s$/.test(tokens[k + 1]?.text ?? '')) {
      // ("Clashes in Zvečan on May 29, 2023 injured …", "Serbia on Monday recalled …": a date
      // with its preposition after a noun, just before the verb, leaves the subject before it.)
      let b = k;
      while (b > from && isTimexToken(b - 1)) b--;
      if (start !== k + 1 || b - 2 < from || !/^(?:on|in)$/.test(tokens[b - 1]!.lower) || !/^(?:NOUN|PROPN)$/.test(tokens[b - 2]!.pos)) break;
      dateAt = b - 1;
      start = b - 1;
      k = b - 2;
      continue;
    }
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
    if (describing(tokens, from, k)) {
      start = k;
      k--;
      continue;
    }
    // ("The European Union (EU) and NATO condemned": an abbreviation in brackets after a name is inside.)
    if (t.text === ')' && start === k + 1 && tokens[k + 1]?.lower === 'and') {
      const open = abbreviationOpens(tokens, from, k);
      if (open >= 0) {
        start = open;
        k = open - 1;
        continue;
      }
    }
    // ("Spain, Cyprus and several other governments said": a comma in a list that "and" ends.)
    const listed = t.text === ',' && k > from && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) && tokens[k + 1]?.pos === 'PROPN' && hasAnd(tokens, k + 1, group[0]);
    if (listed) {
      start = k;
      k--;
      continue;
    }
    if (!nominal && !(inside && k > from && (/^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || (tokens[k - 1]!.text === ')' && abbreviationOpens(tokens, from, k - 1) >= 0) || describing(tokens, from, k - 1)) && start === k + 1)) break;
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
  // (An adverb may open it: "Hashim Thaçi, now deputy prime minister, negotiated …".)
  let opening = start;
  while (opening > from + 2 && tokens[opening - 1]!.pos === 'ADV' && opening > start - 2) opening--;
  const adverb = opening < start;
  if (skipped && opening > from + 1 && tokens[opening - 1]!.text === ',' && /^(?:PROPN|NOUN)$/.test(tokens[opening - 2]!.pos) && (/^(?:DET|ADJ)$/.test(tokens[start]!.pos) || possessed || adverb)) {
    const end = opening - 1;
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
  // ("an officer whose arrest on December 10 had triggered …": "whose arrest" is no subject to write.)
  if (dateAt >= 0 && RELATIVES.has(tokens[start]!.lower)) return null;
  let end = start;
  const limit = dateAt >= 0 ? dateAt : noun >= 0 ? noun + 1 : listOpens > from ? listOpens : bracket >= 0 ? bracket : group[0];
  while (end < limit && tokens[end]!.pos !== 'ADV') end++;
  while (end > start && tokens[end - 1]!.pos === 'PUNCT') end--;
  return start < end ? [start, end] : null;
}

/** "soldiers injured in …": a participle after a noun and before a preposition, inside a noun phrase. */
function describing(tokens: Token[], from: number, j: number): boolean {
  return tokens[j]!.pos === 'VERB' && verbForm(tokens[j]!) === 'past' && j > from && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos) && tokens[j + 1]?.pos === 'ADP';
}
