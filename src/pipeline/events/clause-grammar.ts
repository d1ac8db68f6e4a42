/**
 * The grammar of one clause, from the document's part-of-speech tags: its verb group and head,
 * subject, tense, modality (plans, conditions, obligations), negation, passive, reporting and
 * stative flags (clauses.ts cuts a sentence into the clauses this describes).
 */
import type { Token } from '../text/doc.ts';
import { subjectOf } from './clause-subject.ts';
import { atClauseStart, floatingQuantifier, INTENT, isIntentNoun, isVerb, OBJECT_REPORTING, REPORTING, STANDALONE_QUANTIFIERS, type Link, type Modality, type Tense } from './clause-words.ts';
import { isEventNoun } from './lexicon/nouns.ts';
import { verbForm } from './verbs.ts';

export { INSERTED_LIST, insertedListEnd, insertedListStart, nounOfDate, opensInsertedList } from './clause-subject.ts';
export { isVerb, OBJECT_REPORTING, POSSESSIVE_RE, PREPOSITIONAL, RELATIVES, REPORTING, takesObject, type Link, type Modality, type Tense } from './clause-words.ts';

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

const FUTURE_AUX = new Set(['will', "'ll", 'shall']);

const HYPOTHETICAL_AUX = new Set(['could', 'may', 'might', 'would', 'should', 'can', 'must']);

/**
 * "has to stop", "need to act": an obligation, not a happening. "had to" only when reported ("said
 * NATO had to stop the violence"): told by the narrator, "troops had to evacuate" says they did.
 */
function obligation(words: string[], link: Link): boolean {
  return words.some((w, i) => words[i + 1] === 'to' && (/^(?:have|has|need|needs|ought)$/.test(w) || (link === 'that' && /^(?:had|needed)$/.test(w))));
}

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

const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

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
  // Not "have" with a happening for its object ("the Nikkei had its worst fall", "had a meeting"; the
  // tagger may call that "have" an auxiliary), nor a copula with a move by a figure ("The Nasdaq was down 3.2%").
  if (stative && ((headToken?.lemma === 'have' && happeningObject(tokens, group![1] + 1, to)) || (headToken?.lemma === 'be' && movedBy(tokens, group![1] + 1, to)))) stative = false;
  // "The senator never voted": the negation may stand just before the group.
  // ("has yet to be established": not done either.)
  const negated = words.some((w, i) => NEGATIONS.has(w) || (w === 'yet' && words[i + 1] === 'to')) || (!!group && /^(?:never|not)$/i.test(tokens[group[0] - 1]?.text ?? ''));
  let modality: Modality = 'asserted';
  // ("an opinion was unlikely before next year": the adjective after a copula says it as well.)
  const after = group && stative && headToken?.lemma === 'be' ? tokens[group[1] + 1] : undefined;
  const adjective = [...words, ...(after?.pos === 'ADJ' ? [after.lower] : [])].map((w) => MODAL_ADJECTIVES.get(w)).find((m) => m !== undefined);
  // "are to be dismantled": an obligation, not yet done.
  const beTo = /^(?:is|are|was|were|am)$/.test(words[0] ?? '') && words[1] === 'to';
  if (words.some((w) => FUTURE_AUX.has(w)) || intentTo(tokens, group) || adjective === 'future' || beTo) modality = 'future';
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
 * A verb of intent with its "to" ("plans to launch", "is expected to announce", "going to"): what
 * follows has not happened yet. Not a "to" before the intent ("were forced to sell their land" did sell it).
 */
function intentTo(tokens: Token[], group: [number, number] | null): boolean {
  if (!group) return false;
  for (let k = group[0]; k < group[1]; k++) {
    const t = tokens[k]!;
    if (!INTENT.has(t.lemma) && t.lower !== 'going') continue;
    if (tokens[k + 1]!.lower === 'to') return true;
  }
  return false;
}

/** Words before an object's noun: "its worst", "a further", "two more". */
const OBJECT_OPENERS = /^(?:DET|PRON|ADJ|NUM|ADV)$/;

/** Whether the noun phrase from `k` (before `to`) is headed by an event noun or a change: "its worst fall", "a meeting", "a gain". */
function happeningObject(tokens: Token[], k: number, to: number): boolean {
  let j = k;
  while (j < to && j - k < 4 && OBJECT_OPENERS.test(tokens[j]!.pos)) j++;
  // (The last noun of a compound heads it: "a board meeting".)
  while (j + 1 < to && tokens[j]!.pos === 'NOUN' && tokens[j + 1]!.pos === 'NOUN') j++;
  return j < to && tokens[j]!.pos === 'NOUN' && (isEventNoun(tokens[j]!.lemma) || CHANGE_NOUNS.has(tokens[j]!.lemma));
}

/** Nouns of a change in a figure, happenings in a report though not by WordNet's first sense: "had a gain of 4 percent", "had its best finish". */
const CHANGE_NOUNS = new Set(['gain', 'drop', 'rise', 'increase', 'decrease', 'decline', 'jump', 'slide', 'plunge', 'surge', 'rebound', 'finish', 'sell-off', 'selloff']);

/** "up 2%", "down more than 7%", "lower by 30 points": a move by a figure, from `k` (before `to`). */
function movedBy(tokens: Token[], k: number, to: number): boolean {
  if (k >= to || !/^(?:up|down|higher|lower)$/.test(tokens[k]!.lower)) return false;
  for (let j = k + 1; j < to && j <= k + 3; j++) if (tokens[j]!.pos === 'NUM') return true;
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
    } else if (g0 >= 0 && (t.pos === 'PART' || t.pos === 'ADV' || floatingQuantifier(tokens, k)) && (!sawVerb || t.lower === 'to')) continue;
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
    return !attributive(tokens, g);
  });
  // (Not a participle that only describes a noun: "given the current weakened state of the market" has no verb;
  // but one after a quantifier that opens the clause, with no other verb, is its verb: "Some suffered fractures".)
  return finite ?? groups.find((g) => !attributive(tokens, g)) ?? (groups.length === 1 && quantifierSubject(tokens, groups[0]![0]) ? groups[0]! : null);
}

/** Whether the token before `k` is a quantifier that stands alone at the start of its clause: "Some | suffered". */
function quantifierSubject(tokens: Token[], k: number): boolean {
  const q = tokens[k - 1];
  return !!q && q.pos === 'DET' && STANDALONE_QUANTIFIERS.has(q.lower) && atClauseStart(tokens, k - 1);
}

/** "the current weakened state", "many respected Apple products": a verb form between a determiner or adjective and its noun. */
function attributive(tokens: Token[], g: [number, number]): boolean {
  const prev = tokens[g[0] - 1];
  const next = tokens[g[1] + 1];
  // (Before a name only when a noun follows it: "many respected Apple products", not "the newly elected Kurti said".)
  return !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && (next?.pos === 'NOUN' || (next?.pos === 'PROPN' && tokens[g[1] + 2]?.pos === 'NOUN'));
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

