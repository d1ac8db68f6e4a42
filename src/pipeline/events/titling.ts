/**
 * An event's title from its main clause (headline.ts does the words): what to leave out (dates
 * used as adverbials, the dateline), what to add (what was said after a reporting verb; the
 * antecedent a relative clause acts on), and a plain cut of the sentence when no clause title
 * reads as one.
 */
import type { ActorMention } from '../actors/context.ts';
import type { Doc, Token } from '../text/doc.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Clause } from './clauses.ts';
import { capitalise, headline, MAX_TITLE_CHARS, THAT_VERBS } from './headline.ts';
import { antecedent, referenceName } from './subject.ts';

export interface TitleInput {
  doc: Doc;
  clause: Clause;
  /** The subject in words (a pronoun already replaced by its actor's name), or null. */
  subject: string | null;
  /** All clauses of the sentence, for the complement after a reporting verb. */
  clauses: Clause[];
  /** Per token: 0 plain, 1 inside a date expression, 2 inside one that names a date. */
  timexToken: Uint8Array;
  /** Actor mentions of the sentence (names are never plural nouns). */
  mentions: ActorMention[];
  contentStart: number;
  sentence: Sentence;
  /** Actor id → the short form the article uses (events/names.ts). */
  short?: Map<string, string>;
  /** Actor id → the name to write for it (events/names.ts). */
  names?: Map<string, string>;
  /** `subject` is a name given for the clause's own subject (headline.ts HeadlineInput.named). */
  named?: boolean;
}


const DATE_PREP_RE = /^(?:on|in|at|since|by|during|from|until|between|of|as|early|late|mid|ago)$/i;

export function eventTitle({ doc, clause, subject, clauses, timexToken, mentions, contentStart, sentence, short, names, named }: TitleInput): string {
  const { body, tokens } = doc;
  // Which tokens leave the title, worked out once for the clause and what may follow it (no
  // closures per token: this runs for every event).
  const at = clauses.indexOf(clause);
  // ("said the measures, which had been due on August 1, would now apply from September 1": the
  // reported clause goes on after the relative clause that interrupts its subject.)
  const [following, afterIt] = [clauses[at + 1], clauses[at + 2]];
  const resumed = clause.reporting && following?.link === 'rel' && tokens[following.from - 1]?.text === ',' && afterIt?.link === 'and' && !afterIt.subject && /^(?:VERB|AUX)$/.test(tokens[tokens[afterIt.from]!.pos === 'ADV' ? afterIt.from + 1 : afterIt.from]!.pos);
  const next = resumed ? afterIt : following;
  const last = Math.max(clause.to, next?.to ?? 0);
  const left = new Uint8Array(last - clause.from);
  for (let k = clause.from; k < last; k++) left[k - clause.from] = dateSkip(tokens, timexToken, k) ? 1 : 0;
  for (let k = clause.from + 1; k < last - 1; k++) if (left[k - clause.from - 1] && left[k - clause.from + 1] && /^(?:and|or|to|-|–)$/.test(tokens[k]!.lower)) left[k - clause.from] = 1;
  // "The record date is Nov. 9": a state whose only content is its date keeps it.
  const after = clause.group ? clause.group[1] + 1 : clause.to;
  let stateOfDate = clause.stative && !!clause.group;
  for (let k = after; k < clause.to && stateOfDate; k++) if (tokens[k]!.pos !== 'PUNCT' && !left[k - clause.from]) stateOfDate = false;
  const skip = (k: number): boolean => (!stateOfDate && k >= clause.from && k < last && left[k - clause.from] === 1) || tokens[k]!.start < contentStart;
  // Nothing of its own after the verb (dates aside): "She described “…”", "…that Soviet forces imposed last June".
  let bare = !!clause.group;
  // ("“…,” said Neil Aspinall, manager of Apple Corps": what follows a speaker named after the verb describes him.)
  const inverted = !!clause.subject && clause.subject[0] >= after && tokens[clause.subject[1]]?.text === ',';
  const end = inverted ? clause.subject![1] : clause.to;
  for (let k = after; k < end && bare; k++) if (tokens[k]!.pos !== 'PUNCT' && !skip(k) && !(clause.subject && k >= clause.subject[0] && k < clause.subject[1])) bare = false;
  // (After a relative clause only a "that" clause is its object: the main clause that follows is
  // not, "The dialogue, which began in 2011, has produced …", "KFOR, deployed in June 1999, still has …".)
  // ("urged the court to find that …": a clause ending on a verb takes the "that" clause after it as its object.)
  // (A verb that takes such a clause, with no comma before it: not "criticised it, arguing that …",
  // nor "revive | that unit", where "that" is a determiner.)
  const lastWord = tokens[clause.to - 1]?.pos === 'PUNCT' ? clause.to - 2 : clause.to - 1;
  const endsOnVerb = lastWord >= clause.from && tokens[lastWord]!.pos === 'VERB' && THAT_VERBS.has(tokens[lastWord]!.lemma) && !tokens.slice(clause.from, lastWord).some((t) => t.text === ',');
  const thatObject = endsOnVerb && next?.link === 'that' && next.from === clause.to && tokens[next.from]!.lower === 'that' && clause.link !== 'rel';
  // (A subordinate clause takes no object from the clause after it, "Since the original iPhone was
  // released in 2007, | web servers … have experienced issues"; a passive only the clause it is
  // joined to by "and", "A police officer was killed | and three attackers died".)
  const objectFollows = clause.reporting || (bare && clause.link !== 'sub' && (!clause.passive || next?.link === 'and'));
  const reported: [number, number] | null = (objectFollows && next && next.link !== 'sub' && next.link !== 'rel' && !(clause.link === 'rel' && next.link !== 'that')) || thatObject ? [next!.from, next!.to] : null;
  // ("says the attack showed | that Belgrade was trying …": what was said goes on into the clause
  // its last verb takes.)
  const then = next ? clauses[clauses.indexOf(next) + 1] : undefined;
  const endsOnThatVerb = !!next && tokens[next.to - 1]?.pos === 'VERB' && THAT_VERBS.has(tokens[next.to - 1]!.lemma);
  const complement: [number, number] | null = reported && then && endsOnThatVerb && then.link === 'that' && then.from === next!.to ? [reported[0], then.to] : reported;
  // "the blockade that Soviet forces imposed": the relative pronoun is the object.
  // (Also when only a place or time follows: "the deal that Dačić and Thaçi reached in Brussels".)
  // (Past adverbs and dates: "a ban that Pristina had imposed earlier in July in response to …".)
  let past = after;
  while (past < clause.to && (tokens[past]!.pos === 'ADV' || left[past - clause.from])) past++;
  const objectless = bare || (tokens[past]?.pos === 'ADP' && clause.group![1] === clause.head && /^(?:that|which)$/.test(tokens[clause.from]!.lower) && !clause.passive);
  // (Its article in lower case after the verb: "Boeing unveils the Dreamliner", though the sentence opened with "The".)
  // (Not "whose head was replaced": "whose" owns the subject, it is no object.)
  const object = clause.link === 'rel' && clause.subject && objectless && tokens[clause.subject[0]]!.lower !== 'whose' ? antecedent(tokens, clause, [], new Map(), body).words?.replace(/^(?:The|A|An|This|These|Those)\b/, (w) => w.toLowerCase()) ?? null : null;
  // "“We love the Beatles,” said Steve Jobs": the words said are the news ("Steve Jobs: “We love the Beatles”").
  const quote = clause.reporting && bare && subject ? quotedBefore(body, tokens[clause.from]!.start, sentence) ?? quotedAfter(body, tokens[clause.group![1]]!.end, sentence) : null;
  if (quote) return quoteTitle(subject!, quote);
  const nameAt = (k: number): string | null => nameKindAt(mentions, tokens[k]!);
  const shortAt = (k: number): string | null => {
    const m = mentions.find((x) => x.start <= tokens[k]!.start && tokens[k]!.end <= x.end && x.kind === 'person');
    return (m && short?.get(m.actor)) ?? null;
  };
  const referentAt = (k: number): { last: number; words: string } | null => referent(tokens, k, mentions, names);
  // (The reported clause's subject stands in the reporting clause, before the relative clause: it
  // is written as what was said about, "says the measures would now apply".)
  let titled = clause;
  let reportedSubject: string | null = null;
  if (resumed && complement) {
    let e = clause.to;
    while (e > after && tokens[e - 1]!.pos === 'PUNCT') e--;
    // Everything after the verb, its dates and a "that" left out: "redemption of the preferred shares".
    let b = after;
    while (b < e && (left[b - clause.from] || tokens[b]!.lower === 'that')) b++;
    const phrase = tokens.slice(b, e);
    if (b < e && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[b]!.pos) && !phrase.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.text === ',')) {
      reportedSubject = body.slice(tokens[b]!.start, tokens[e - 1]!.end).replace(/["“”]/g, '').replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase());
      titled = { ...clause, to: after };
    }
  }
  // (Its "that" goes, as headlines drop it: "says the attack showed Belgrade was trying …".)
  const thatAt = complement !== reported && tokens[then!.from]!.lower === 'that' ? then!.from : -1;
  const title = headline({ body, tokens, clause: titled, subject, skip: thatAt < 0 ? skip : (k) => k === thatAt || skip(k), complement: object ? null : complement, nameAt, shortAt, referentAt, object: object ?? reportedSubject, keepThat: thatObject && !clause.reporting && !bare, named });
  // "Osmani says her priorities" (cut before what was said): "Osmani: Priorities include …", the
  // reported clause as its own headline after the speaker, when that keeps its verb.
  // (Not a negated past or a reported clause, whose headline would lose its "not" or speaker; and
  // only one that opens with its subject.)
  // ("said on Monday that the war was over": past its "that".)
  const opensWithSubject = !!next?.subject && (next.subject[0] === next.from || (next.subject[0] === next.from + 1 && tokens[next.from]!.lower === 'that'));
  // (A plan or a possibility keeps its "not" in a headline, "not to be", "would not accept"; a
  // past negation would lose it.)
  const plain = !!next && (!next.negated || next.modality !== 'asserted') && !next.reporting && opensWithSubject;
  if (clause.reporting && complement && subject && plain && next!.head >= 0 && !title.includes(tokens[next!.head]!.text)) {
    const said = headline({ body, tokens, clause: next!, subject: body.slice(tokens[next!.subject![0]]!.start, tokens[next!.subject![1] - 1]!.end), skip, complement: null, nameAt, room: MAX_TITLE_CHARS - subject.length - 2 });
    const alt = capitalise(`${subject}: ${said}`);
    // (Not one cut before what its verb says: "Steve Jobs: Apple is".)
    if (said && alt.length <= MAX_TITLE_CHARS && alt.includes(verbOf(said)) && !DANGLING_VERB_RE.test(said)) return alt;
  }
  return title.split(' ').length >= 2 ? title : fallbackTitle(sentence.text);
}

/** A headline ending on an auxiliary or copula has lost its predicate. */
const DANGLING_VERB_RE = /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|should|must|does|did)$/i;

/** The second word of a headline: its verb when the subject is one word, enough to tell it was kept. */
function verbOf(headlineText: string): string {
  return headlineText.split(' ')[1] ?? headlineText;
}

/**
 * Dates leave the title when they are adverbials ("on Monday", "last week", a leading
 * "Yesterday"), with their preposition; not when a noun phrase holds them ("after a summer of
 * tensions", "in Sunday's election").
 */
function dateSkip(tokens: Token[], timexToken: Uint8Array, k: number): boolean {
  if (timexToken[k] === 2) return !inNounPhrase(tokens, timexToken, k);
  if (DATE_PREP_RE.test(tokens[k]!.text) && timexToken[k + 1] === 2) return !inNounPhrase(tokens, timexToken, k + 1);
  // ("declared victory late on Sunday", "imposed earlier in July": the "late" goes with its date.)
  return /^(?:late|early|earlier|later)$/i.test(tokens[k]!.text) && DATE_PREP_RE.test(tokens[k + 1]?.text ?? '') && timexToken[k + 2] === 2 && !inNounPhrase(tokens, timexToken, k + 2);
}

function inNounPhrase(tokens: Token[], timexToken: Uint8Array, k: number): boolean {
  let b = k;
  while (b > 0 && timexToken[b - 1] === 2) b--;
  let e = k;
  while (timexToken[e + 1] === 2) e++;
  // (Also a date before its noun in a noun's phrase: "a 54% drop in third-quarter profit".)
  const beforeNoun = tokens[e + 1]?.pos === 'NOUN' && tokens[b - 1]?.pos === 'ADP' && tokens[b - 2]?.pos === 'NOUN';
  return beforeNoun || /^(?:DET|PRON)$/.test(tokens[b - 1]?.pos ?? '') || /^['’]s$/.test(tokens[b - 1]?.text ?? '') || /^['’]s$/.test(tokens[e + 1]?.text ?? '');
}

/**
 * "the agreement", "the deal", "the bridge" opening at token k, resolved to a named entity (by the
 * named-thing recogniser or coreference, subject.ts referenceName): its last token and its name
 * as a title writes it.
 */
function referent(tokens: Token[], k: number, mentions: ActorMention[], names: Map<string, string> | undefined): { last: number; words: string } | null {
  const t = tokens[k]!;
  if (t.lower !== 'the' || !names) return null;
  const m = mentions.find((x) => x.start === t.start);
  const words = m ? referenceName(m, names) : null;
  if (!m || !words) return null;
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= m.end) last++;
  // (Not a possessor: "the plant's workers" would grow by the whole name.)
  if (/^['’]s$/.test(tokens[last + 1]?.text ?? '')) return null;
  return { last, words };
}

/** The kind of actor whose name holds the token, or null. */
function nameKindAt(mentions: ActorMention[], t: Token): string | null {
  for (const m of mentions) if (m.start <= t.start && t.end <= m.end) return m.kind;
  return null;
}

/** The words in quotation marks that end just before `at` (the attribution after them), or null. */
function quotedBefore(body: string, at: number, sentence: Sentence): string | null {
  const before = body.slice(sentence.start, at);
  const m = /["“]([^"“”]{3,})["”]\s*[,—–-]?\s*$/.exec(before) ?? /["“]([^"“”]{3,})[,.!?]?\s*["”]\s*$/.exec(before);
  return m ? m[1]!.trim().replace(/[,.;:]+$/, '') : null;
}

/** "Jobs said “it is over” on Monday": the words in quotation marks just after the verb. */
function quotedAfter(body: string, at: number, sentence: Sentence): string | null {
  const m = /^\s*,?\s*["“]([^"“”]{3,})["”]/.exec(body.slice(at, sentence.end));
  return m ? m[1]!.trim().replace(/[,.;:]+$/, '') : null;
}

/** `Subject: “words”`, the words cut at a word to fit. */
function quoteTitle(subject: string, quote: string): string {
  const room = MAX_TITLE_CHARS - subject.length - 4;
  let words = quote;
  if (words.length > room) words = words.slice(0, room + 1).replace(/\s+\S*$/, '').replace(/[\s,;:]+$/, '');
  return capitalise(`${subject}: “${words}”`);
}

/** The sentence itself, cut at a word within the length, without an ellipsis. */
function fallbackTitle(text: string): string {
  const clean = text.replace(/\s+/g, ' ').replace(/^[\s"“‘(]+/, '').replace(/[.!?"”]+$/, '');
  if (clean.length <= MAX_TITLE_CHARS) return clean;
  return clean.slice(0, MAX_TITLE_CHARS + 1).replace(/\s+\S*$/, '').replace(/[\s,;:]+$/, '');
}
