/**
 * Who a clause is about, in words for its title and as an actor: its subject phrase (short, and
 * a person by name: "Kosovo Prime Minister Albin Kurti" → "Albin Kurti"), the actor a pronoun or
 * description stands for ("He" → "Steve Jobs"), or a relative clause's antecedent.
 */
import type { ActorMention } from '../actors/context.ts';
import { tokenIndexAt, type Token } from '../text/doc.ts';
import type { Clause } from './clauses.ts';
import { attributiveAdverb } from './clause-subject.ts';
import { REFERENCE } from './names.ts';
import { verbForm } from './verbs.ts';

export interface Subject {
  words: string | null;
  actor: string | null;
  /** Every actor named in the words (a relative clause's antecedent: "Kosovo's ban on … Serbian dinars"). */
  actors?: string[];
  /** For a relative clause: the actors of the noun phrase it hangs on, whether or not that is its subject. */
  hungOn?: string[];
}

/** Kinds whose name reads after "the" ("the Brussels Agreement", "the Gazela Bridge"). */
const THE_KINDS = new Set(['agreement', 'law', 'operation', 'event', 'facility']);

/**
 * "the agreement", "the bridge", a mention the named-thing recogniser or coreference made of a
 * named thing, written by that thing's name ("the Brussels Agreement"); null for any other
 * mention. References to those are made only when the article named one such thing with that
 * head (actors/named-things.ts), reliable enough to write in a title; people, countries and
 * organisations are not replaced ("the country", "the group" are resolved less surely).
 */
export function referenceName(m: ActorMention, names: Map<string, string> | undefined): string | null {
  const name = names?.get(m.actor);
  if (!name || !THE_KINDS.has(m.kind) || !REFERENCE.test(m.text)) return null;
  return /^the\s/i.test(name) ? `the ${name.slice(4)}` : `the ${name}`;
}

/** The subject's words for a title and its actor: a pronoun or description becomes the actor's name. */
function subjectOf(tokens: Token[], clause: Clause, mentions: ActorMention[], names: Map<string, string>, body: string): Subject {
  if (!clause.subject) return { words: null, actor: null };
  const from = tokens[clause.subject[0]]!.start;
  const to = tokens[clause.subject[1] - 1]!.end;
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  const whole = inside.find((m) => m.start === from && m.end === to) ?? inside.find((m) => 'via' in m && m.start <= from + 4 && m.end >= to - 1);
  if (whole && 'via' in whole) {
    // "The two sides" stands for two actors at once: both named ("Serbia and Kosovo").
    const pair = inside.filter((m) => 'via' in m && m.start === whole.start && m.end === whole.end);
    if (pair.length === 2) return { words: pair.map((m) => names.get(m.actor) ?? m.text).join(' and '), actor: whole.actor };
    if (!THE_KINDS.has(whole.kind)) return { words: names.get(whole.actor) ?? whole.text, actor: whole.actor };
  }
  // ("The constitution was adopted in April": a named thing by its name, when that is short and
  // reads as one thing: not "The First Agreement of Principles Governing the Normalisation of
  // Relations", nor "the Stabilisation and Association Agreement", which would take a plural verb.)
  if (whole && THE_KINDS.has(whole.kind)) {
    const named = referenceName(whole, names) ?? ('via' in whole ? names.get(whole.actor) : null);
    return { words: named && named.length <= MAX_SUBJECT_CHARS + 4 && !/ and /.test(named) ? named : shortSubject(tokens, clause.subject, body), actor: whole.actor };
  }
  const words = ownedByPronoun(tokens, clause.subject, body, inside, names) ?? ownerAfterOf(tokens, clause.subject, inside, names) ?? possessed(tokens, clause.subject, body, inside, names) ?? shortSubject(tokens, clause.subject, body);
  // The head of "Serb officers in the Kosovo Police" comes before its preposition.
  // (Not at a preposition inside a name: "Democratic Party of Kosovo".)
  let headEnd = to;
  for (let k = clause.subject[0]; k < clause.subject[1]; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'ADP' || t.pos === 'CCONJ') && !inside.some((m) => m.start < t.start && t.end < m.end)) {
      headEnd = t.start;
      break;
    }
  }
  // "Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti" → both names.
  const joined = coordinatedNames(tokens, clause.subject, inside, body);
  if (joined) return joined;
  // A possessor is not the head: "Thaçi's Democratic Party of Kosovo (PDK)" is the party.
  const possessor = (m: ActorMention): boolean => /^\s*['’]s\b/.test(body.slice(m.end, m.end + 3));
  const heads = inside.filter((m) => m.end <= headEnd && !possessor(m));
  const head = (heads.length > 0 ? heads : inside)[heads.length > 0 ? heads.length - 1 : 0];
  const actor = head?.actor ?? null;
  // "Kosovo Prime Minister Albin Kurti" → "Albin Kurti": a headline names the person.
  if (head && head.kind === 'person' && heads.length > 0 && names.has(head.actor)) return { words: names.get(head.actor)!, actor };
  // (Also after a title with its "of": "President of the United States Barack Obama", "the vice
  // president and chairman of Chrysler LLC Jim Press"; not "the wife of Barack Obama", "talks
  // between Vučić and Kurti", nor "The government of Prime Minister Ramush Haradinaj".)
  const closing = inside[inside.length - 1];
  if (closing?.kind === 'person' && !('via' in closing) && closing.end === to) {
    const at = tokenIndexAt(tokens, closing.start);
    const title = tokens[at - 1];
    const afterTitle = !!title && title.start >= from && /^(?:NOUN|PROPN)$/.test(title.pos);
    const headNoun = tokens.slice(clause.subject[0], clause.subject[1]).find((t) => t.pos === 'NOUN')?.lower ?? '';
    if (afterTitle && !listedAfterPreposition(tokens, clause.subject[0], at) && !COLLECTIVE_HEADS.has(headNoun)) return { words: names.get(closing.actor) ?? closing.text, actor: closing.actor };
  }
  // A long phrase around a name ("Kosovo Prime Minister Hashim Thaçi's Democratic Party of Kosovo"): the name.
  // (Only when the name ends the head phrase, an abbreviation in brackets aside: not "the EU-mediated dialogue".)
  const headed = !!head && /^\s*(?:\([^)]*\))?\s*$/.test(body.slice(head.end, Math.min(headEnd, to)));
  // (Also "The European Central Bank (ECB)": a headline names an institution without its article.)
  const bare = !!head && /^\s*(?:the\s+)?$/i.test(body.slice(from, head.start));
  if (head && heads.length > 0 && headed && bare) return { words: head.text, actor };
  if (head && heads.length > 0 && headed && to - from > MAX_SUBJECT_CHARS && names.has(head.actor)) return { words: names.get(head.actor)!, actor };
  return { words, actor };
}

/** Head nouns of a body that a person's name after "of" leads: its subject is the body, not the person. */
const COLLECTIVE_HEADS = new Set('government administration office cabinet ministry family campaign party team staff lawyers aides supporters forces troops police'.split(' '));

/** Whether an "and" comes after the last preposition before token `k` of a subject opening at `from`: "talks between Vučić and | Kurti" (not "chairman and co-founder | Steve Jobs"). */
function listedAfterPreposition(tokens: Token[], from: number, k: number): boolean {
  let listed = false;
  let preposition = false;
  for (let j = from; j < k; j++) {
    if (tokens[j]!.pos === 'ADP') [preposition, listed] = [true, false];
    else if (tokens[j]!.pos === 'CCONJ' && preposition) listed = true;
  }
  return listed;
}

const MAX_SUBJECT_CHARS = 35;
/** The longest antecedent phrase a title takes whole. */
const MAX_ANTECEDENT_CHARS = 60;

/** A subject of names joined by "and" (and commas), written with the names alone, the first its actor; null otherwise or when too long. */
function coordinatedNames(tokens: Token[], [from, to]: [number, number], inside: ActorMention[], body: string): Subject | null {
  const span = tokens.slice(from, to);
  if (!span.some((t) => t.pos === 'CCONJ' && t.lower === 'and') || span.some((t) => t.pos === 'ADP')) return null;
  // People when there are any ("Kosovo Prime Minister Albin Kurti": Kosovo only qualifies him), as written here.
  // (Not an abbreviation in brackets after its name: "The European Union (EU) and NATO".)
  const named = inside.filter((m) => !/\(\s*$/.test(body.slice(Math.max(0, m.start - 2), m.start)));
  const people = named.filter((m) => m.kind === 'person');
  const heads = people.length > 0 ? people : named;
  // Each name heads its part: not "the French franc and the Italian lira".
  const end = tokens[to - 1]!.end;
  // (An abbreviation in brackets may follow a name: "The European Union (EU) and NATO".)
  const after = (m: ActorMention): number => m.end + (/^\s*\([^()]{1,12}\)/.exec(body.slice(m.end, m.end + 16))?.[0].length ?? 0);
  const headsPart = (m: ActorMention): boolean => m.end === end || after(m) === end || span.some((t) => t.start >= after(m) && t.start <= after(m) + 1 && /^(?:and|,)$/.test(t.text));
  if (!heads.every(headsPart)) return null;
  const words = [...new Set(heads.map((m) => m.text))];
  if (words.length < 2 || new Set(heads.map((m) => m.actor)).size < 2) return null;
  const text = `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
  return text.length <= MAX_SUBJECT_CHARS + 10 ? { words: text, actor: heads[0]!.actor } : null;
}

/**
 * "The organisation's General Conference", too long to keep: the owner by its name and the
 * head ("UNESCO's General Conference"), or the head alone; never a cut inside the head's name.
 */
function possessed(tokens: Token[], [from, to]: [number, number], body: string, inside: ActorMention[], names: Map<string, string>): string | null {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  if (end - start <= MAX_SUBJECT_CHARS) return null;
  let mark = -1;
  for (let k = from + 1; k < to - 1; k++) if (tokens[k]!.pos === 'PART' && /^['’]s$/.test(tokens[k]!.text)) mark = k;
  if (mark < 0) return null;
  for (let k = mark + 1; k < to; k++) if (!/^(?:NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos)) return null;
  const head = body.slice(tokens[mark + 1]!.start, end);
  const owner = inside.find((m) => m.end === tokens[mark]!.start);
  const name = owner ? names.get(owner.actor) : undefined;
  const whole = name ? `${name}'s ${head}` : '';
  if (whole && whole.length <= MAX_SUBJECT_CHARS) return whole;
  return head.length <= MAX_SUBJECT_CHARS ? head : null;
}

/**
 * "Its path", "Her government": a possessive pronoun resolved to an actor, written by the actor's
 * name ("Serbia's path"), when the whole stays short; null otherwise.
 */
function ownedByPronoun(tokens: Token[], [from, to]: [number, number], body: string, inside: ActorMention[], names: Map<string, string>): string | null {
  const first = tokens[from]!;
  if (!/^(?:its|his|her|their)$/i.test(first.text) || to - from < 2) return null;
  const owner = inside.find((m) => m.start === first.start && 'via' in m);
  const name = owner ? names.get(owner.actor) : undefined;
  if (!name) return null;
  const rest = shortSubject(tokens, [from + 1, to], body);
  // (A company without its legal form, as headlines write it: "Compaq Computer's net income".)
  const words = `${name.replace(/,?\s+(?:Corp|Inc|Co|Ltd|Corporation|Incorporated)\.?$/, '')}'s ${rest}`;
  return words.length <= MAX_SUBJECT_CHARS + 10 ? words : null;
}

/** Heads of a phrase that belongs to whom "of" names: "the government of Prime Minister Ramush Haradinaj". */
const OWNED_HEADS = new Set(['government', 'cabinet', 'administration', 'party', 'office', 'ministry', 'family', 'lawyers', 'supporters', 'allies', 'forces', 'troops']);

/**
 * "The government of Prime Minister Ramush Haradinaj", too long for a title, by its owner:
 * "Haradinaj's government" (a person by the last word of the name the article uses). Null unless
 * the phrase is an article, such a head, "of", and a name that ends it.
 */
function ownerAfterOf(tokens: Token[], [from, to]: [number, number], inside: ActorMention[], names: Map<string, string>): string | null {
  const k = tokens[from]!.pos === 'DET' ? from + 1 : from;
  if (!OWNED_HEADS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of' || k + 2 >= to) return null;
  const owner = inside.find((m) => m.end === tokens[to - 1]!.end && m.start >= tokens[k + 2]!.start);
  const name = owner ? names.get(owner.actor) : undefined;
  if (!owner || !name) return null;
  const written = owner.kind === 'person' ? name.slice(name.lastIndexOf(' ') + 1) : name;
  return `${written}'s ${tokens[k]!.lower}`;
}

/** Nouns that say how much of what follows "of": the subject's head is that. */
const AMOUNT_NOUNS = /^(?:hours|days|weeks|months|years|minutes|rounds|dozens|hundreds|thousands|millions|tens|scores|a lot|lots|series|number)$/i;

/**
 * A headline's subject is short: the head noun phrase when the whole is too long ("The prime
 * ministers of Serbia and Kosovo" → "The prime ministers"), else cut after a noun.
 */
function shortSubject(tokens: Token[], [from, to]: [number, number], body: string): string {
  // "Pre-orders of the recently announced iPhone 4" → "Pre-orders of the iPhone 4": a headline drops
  // the participle that only says how recent its noun is.
  const lately = tokens[to - 1]!.end - tokens[from]!.start > MAX_SUBJECT_CHARS ? tokens.slice(from, to).findIndex((_, i) => attributiveAdverb(tokens, from + i)) : -1;
  if (lately >= 0) {
    const at = from + lately;
    const text = `${body.slice(tokens[from]!.start, tokens[at]!.start)}${body.slice(tokens[at + 2]!.start, tokens[to - 1]!.end)}`;
    if (text.length <= MAX_SUBJECT_CHARS) return text;
  }
  const length = (end: number): number => tokens[end - 1]!.end - tokens[from]!.start;
  let end = to;
  if (length(end) > MAX_SUBJECT_CHARS) {
    // (Or before an infinitive that describes it: "Local elections | to replace the Serb mayors".)
    // (Not the "of" after an amount: "Hours of talks | in Brussels", "Thousands of protesters | in …".)
    const adp = tokens.slice(from, to).findIndex((t, i) => (t.pos === 'ADP' && !(t.lower === 'of' && AMOUNT_NOUNS.test(tokens[from + i - 1]?.text ?? ''))) || (t.lower === 'to' && tokens[from + i + 1]?.pos === 'VERB'));
    if (adp > 0) end = from + adp;
  }
  // (A noun in "-ing" after a possessive or article ends it too: "Yesterday's killing".)
  const nounLike = (t: Token, before: Token | undefined): boolean => /^(?:NOUN|PROPN|NUM|PRON)$/.test(t.pos) || (t.pos === 'VERB' && /ing$/.test(t.lower) && !!before && (/^['’]s$/.test(before.text) || before.pos === 'DET'));
  // (A head phrase a little long keeps its noun: "The first intergovernmental conference", not "… intergovernmental".)
  const room = nounLike(tokens[end - 1]!, tokens[end - 2]) && length(end) <= MAX_SUBJECT_CHARS + 10 ? MAX_SUBJECT_CHARS + 10 : MAX_SUBJECT_CHARS;
  const plain = withoutAdjectives(tokens, from, end, body);
  if (plain !== null && plain.length <= MAX_SUBJECT_CHARS + 10) return plain;
  while (end > from + 1 && (length(end) > room || !nounLike(tokens[end - 1]!, tokens[end - 2]))) end--;
  return body.slice(tokens[from]!.start, tokens[end - 1]!.end);
}

/**
 * A plain noun phrase too long for a title, without its adjectives: "Three major United States
 * stock market indexes" → "Three United States stock market indexes", where cutting its end would
 * leave a modifier for its head ("Three major United States stock"). Null when it fits already,
 * holds more than nouns, adjectives, numbers and determiners, or has no adjective to drop.
 */
function withoutAdjectives(tokens: Token[], from: number, to: number, body: string): string | null {
  if (tokens[to - 1]!.end - tokens[from]!.start <= MAX_SUBJECT_CHARS + 10 || tokens[to - 1]!.pos !== 'NOUN') return null;
  const words = tokens.slice(from, to);
  if (!words.every((t) => /^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(t.pos)) || words.some((t, i) => i > 0 && t.start === words[i - 1]!.end)) return null;
  const kept = words.filter((t, i) => i === 0 || t.pos !== 'ADJ');
  return kept.length < words.length ? kept.map((t) => body.slice(t.start, t.end)).join(' ') : null;
}

/** "Pixar, which was acquired by Disney": a relative clause's subject is the noun phrase before it. */
export function antecedent(tokens: Token[], clause: Clause, mentions: ActorMention[], names: Map<string, string>, body: string): Subject {
  const at = tokens[clause.from]!.start;
  // (Past an abbreviation's closing bracket too: "The NATO-led Kosovo Force (KFOR), which …".)
  const m = mentions.filter((x) => x.end <= at && /^\)?[\s,]*$/.test(body.slice(x.end, at))).pop();
  // (A name inside a phrase after a noun is not what the clause hangs on: "Kosovo's ban on cash
  // payments in Serbian dinars, which took effect", "the president of Serbia, who".)
  if (m && !afterNounAndPreposition(tokens, m.start)) return { words: names.get(m.actor) ?? m.text, actor: m.actor, actors: [m.actor] };
  let k = clause.from - 1;
  if (tokens[k]?.text === ',') k--;
  const end = k;
  // Back over the noun phrase, its prepositional phrases and its possessor: "the blockade of the
  // western sectors of Berlin", "Kosovo's ban on cash payments in Serbian dinars".
  // (And the halves of a hyphenated word: "last-minute concerns", "Serb-majority municipalities".)
  const hyphen = (j: number): boolean => tokens[j]!.text === '-' && j > 0 && tokens[j - 1]!.end === tokens[j]!.start && tokens[j + 1]?.start === tokens[j]!.end;
  const joins = (j: number): boolean => j > 0 && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos) && (NOUN_PREPOSITIONS.has(tokens[j]!.lower) || /^['’]s$/.test(tokens[j]!.text));
  // (And names listed in it: "the dialogue between Belgrade and Pristina".)
  const listed = (j: number): boolean => tokens[j]!.lower === 'and' && j > 0 && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos) && /^(?:NOUN|PROPN)$/.test(tokens[j + 1]?.pos ?? '');
  // (Not into the verb before it, which the tagger may call an adjective: "has further | clouded the dialogue".)
  const verbBefore = (j: number): boolean => tokens[j]!.pos === 'ADJ' && /ed$/.test(tokens[j]!.lower) && /^(?:AUX|ADV)$/.test(tokens[j - 1]?.pos ?? '');
  while (k >= 0 && (/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(tokens[k]!.pos) || joins(k) || hyphen(k) || listed(k)) && !verbBefore(k)) k--;
  // "… reached in 1991 that bars …": a number (a year) is no antecedent.
  if (k >= end || tokens.slice(k + 1, end + 1).every((t) => t.pos === 'NUM')) return { words: null, actor: null };
  // ("The Dow, an index | created in 1896": a description set after a name that opens the sentence is that name's.)
  const described = tokens[k]?.text === ',' && tokens[k + 1]!.pos === 'DET' && k > 0 ? mentions.find((x) => x.end === tokens[k - 1]!.end) : undefined;
  if (described && tokens[tokenIndexAt(tokens, described.start) - 1]?.sentence !== tokens[k]!.sentence) return { words: names.get(described.actor) ?? described.text, actor: described.actor, actors: [described.actor] };
  // "EU accession talks, which began …": a name inside the noun phrase is whose it is.
  const from = tokens[k + 1]!.start;
  const to = tokens[end]!.end;
  const inside = mentions.filter((x) => x.start >= from && x.end <= to);
  // A phrase too long for a title ends before its last preposition that leaves room: "Last-minute
  // concerns over the rights of ethnic minorities | in Serbia".
  let words = body.slice(from, to);
  for (let j = end; j > k + 1 && words.length > MAX_ANTECEDENT_CHARS; j--) if (NOUN_PREPOSITIONS.has(tokens[j]!.lower)) words = body.slice(from, tokens[j - 1]!.end);
  return { words, actor: inside[0]?.actor ?? null, actors: inside.map((x) => x.actor) };
}

/** Prepositions that open a phrase inside a noun phrase ("the ban on imports"), not one that says when or to whom ("after", "to"). */
const NOUN_PREPOSITIONS = new Set('of on in over with at for against under between from about'.split(' '));
/** One of them between words: where a noun phrase's head ends ("dialogue | between Belgrade and Pristina"). */
const NOUN_PREPOSITION_RE = new RegExp(`\\s(?:${[...NOUN_PREPOSITIONS].join('|')})\\s`);

/** Whether the token starting at `start` opens the object of a preposition after a noun ("payments in | Serbian dinars"). */
function afterNounAndPreposition(tokens: Token[], start: number): boolean {
  let k = tokenIndexAt(tokens, start) - 1;
  for (;;) {
    while (k >= 0 && /^(?:DET|ADJ)$/.test(tokens[k]!.pos)) k--;
    // (Back past the names it is listed with: "the dialogue between Belgrade and | Pristina, which began …".)
    if (k <= 0 || !/^(?:and|or|,)$/.test(tokens[k]!.lower)) break;
    let j = k - 1;
    while (j >= 0 && /^(?:PROPN|NOUN)$/.test(tokens[j]!.pos)) j--;
    if (j === k - 1) break;
    k = j;
  }
  return k > 0 && NOUN_PREPOSITIONS.has(tokens[k]!.lower) && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos);
}

export interface SentenceClauses {
  tokens: Token[];
  body: string;
  clauses: Clause[];
  /** Actor mentions of the sentence (named and resolved). */
  mentions: ActorMention[];
  /** Actor id → the name to write for it. */
  names: Map<string, string>;
}

/**
 * Each clause's subject: its own; for a relative clause, the noun phrase it hangs on; for a
 * clause joined without one ("and announced", "but said"), the previous clause's, whether or not
 * that one made an event ("Jobs has not yet said why, but said he will …"); else the first name
 * before its verb.
 */
export function clauseSubjects({ tokens, body, clauses, mentions, names }: SentenceClauses): Subject[] {
  const out: Subject[] = [];
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    // (A resumed main clause's subject stands before it: "Siemens, which …, filed".)
    const from = tokens[Math.min(clause.from, clause.subject?.[0] ?? clause.from)]!.start;
    const to = tokens[clause.to - 1]!.end;
    const mine = mentions.filter((m) => m.start >= from && m.end <= to);
    let subject = subjectOf(tokens, clause, mine, names, body);
    // (A relative clause's antecedent, worked out once: its subject when it has none, and who takes part.)
    const hung = clause.link === 'rel' ? antecedent(tokens, clause, mentions, names, body) : null;
    if (hung && !subject.words) subject = hung;
    // ("the dialogue, which began in 2011 and whose next round was postponed": the antecedent's
    // next round, the antecedent of the relative clause before when this one is joined to it.)
    const owner = (hung?.words ? hung : undefined) ?? (clauses[c - 1]?.link === 'rel' && /^(?:and|or|but)$/.test(tokens[clause.from - 1]?.lower ?? '') ? out[c - 1] : undefined);
    if (owner?.words && /^whose\s/i.test(subject.words ?? '')) {
      const whose = owner.words.split(NOUN_PREPOSITION_RE)[0]!.replace(/^(?:The|A|An)\s/, '');
      subject = { ...subject, words: `${whose}${whose.endsWith('s') ? "'" : "'s"} ${subject.words!.slice(6)}`, actor: subject.actor ?? owner.actor };
    }
    if (hung) subject = { ...subject, hungOn: hung.actors ?? [] };
    // ("Kurti said the elections had been held … and blamed the turnout on …": told in the reporting
    // clause's tense, not its complement's, the clause goes on from the reporting one.)
    const reported = c >= 2 && clauses[c - 1]!.link === 'that' && clauses[c - 2]!.reporting && clause.link === 'and' && clause.tense === clauses[c - 2]!.tense && clause.tense !== clauses[c - 1]!.tense;
    const prev = reported ? out[c - 2] : out[c - 1];
    if (!subject.words && prev && clause.link !== 'first' && clause.link !== 'rel') subject = prev;
    // "Officials in Pristina said they hoped …": a pronoun that no name stands for, subject of what
    // a report says, is who said it, where the two agree ("they" a plural, "he" a person, "it" a body).
    const reporter = out[c - 1];
    if (!subject.actor && clause.link === 'that' && clauses[c - 1]?.reporting && reporter?.words && saysOfItself(subject.words, reporter)) subject = reporter;
    if (!subject.words && clause.group) {
      // "KFOR, the NATO-led force, remains …": the subject phrase was not found, its name was.
      const before = mine.find((m) => m.end <= tokens[clause.group![0]]!.start);
      if (before) subject = { words: names.get(before.actor) ?? before.text, actor: before.actor };
    }
    out.push(subject);
  }
  // "While introducing iPhone 4, Jobs hinted …": the opening phrase's doer is the main clause's subject.
  if (clauses.length > 1 && !out[0]!.words && leadingParticiple(tokens, clauses) !== null) out[0] = out[1]!;
  return out;
}

/** Whether pronoun `words` can be the reporting clause's subject `reporter` speaking of itself. */
function saysOfItself(words: string | null, reporter: Subject): boolean {
  const pronoun = words?.toLowerCase();
  if (pronoun === 'they' || pronoun === 'we') return /(?:[a-z]s|\bpolice|\bpeople)$/i.test(reporter.words!.split(NOUN_PREPOSITION_RE)[0]!) || / and /.test(reporter.words!);
  if (pronoun === 'he' || pronoun === 'she') return !!reporter.actor?.startsWith('person:');
  if (pronoun === 'it') return !!reporter.actor && !reporter.actor.startsWith('person:') && !/[a-z]s$/.test(reporter.words!);
  return false;
}

/**
 * A sentence that opens with an "-ing" phrase without a subject, before a main clause that has
 * one: "While introducing iPhone 4, Jobs …", "After meeting Putin, Merkel …", "Speaking on
 * Monday, Merkel …". Returns the phrase's opener ("while", "after"; "" when there is none), or null.
 */
export function leadingParticiple(tokens: Token[], clauses: Clause[]): string | null {
  const [first, main] = clauses;
  if (!first || !main || first.subject || first.head < 0 || (first.link !== 'first' && first.link !== 'sub')) return null;
  if (main.link !== 'and' || !main.subject || main.subject[0] !== main.from || verbForm(tokens[first.head]!) !== 'ing') return null;
  const opener = tokens[first.from]!;
  if (first.from === first.head) return '';
  return first.from + 1 === first.head && (opener.pos === 'SCONJ' || opener.pos === 'ADP') ? opener.lower : null;
}
