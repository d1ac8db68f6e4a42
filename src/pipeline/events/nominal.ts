/**
 * Events named by a noun with their own date: "his election as president in 2016", "the invasion
 * in February 2022", "the vote on Sunday". A date whose clause is already dated by another
 * expression (or makes no event) and that follows an event noun dates that noun: the noun phrase
 * becomes an event of its own, titled with it ("Hashim Thaçi's election as president").
 */
import type { ActorMention } from '../actors/context.ts';
import type { Token } from '../text/doc.ts';
import type { Timex } from '../time/types.ts';
import type { Clause } from './clauses.ts';
import { capitalise, MAX_TITLE_CHARS } from './headline.ts';
import type { Trigger } from './triggers.ts';
import { verbForm } from './verbs.ts';

export interface Nominal {
  /** A clause-shaped record of the noun phrase (no verb group; head = the event noun). */
  clause: Clause;
  /** Title: the noun phrase, a possessive pronoun replaced by the actor's name. */
  title: string;
  actors: string[];
}

const POSSESSIVES = /^(?:his|her|its|their)$/i;
const LINKS = /^(?:as|of|in|on|at|for|over|against|to)$/i;

/**
 * The event noun just before date expression `t` (within a few words, with only modifiers and
 * linking prepositions between), as a nominal event; null when there is none.
 */
export function nominalEvent(tokens: Token[], t: Timex, triggerAt: Map<number, Trigger>, mentions: ActorMention[], names: Map<string, string>, tokenAt: (offset: number) => number): Nominal | null {
  const first = tokenAt(t.start);
  let noun = -1;
  for (let k = first - 1; k >= 0 && k >= first - 6 && tokens[k]!.sentence === tokens[first]!.sentence; k--) {
    const w = tokens[k]!;
    if (w.pos === 'NOUN' && triggerAt.get(k)?.pos === 'NOUN') {
      noun = k;
      break;
    }
    if (!(LINKS.test(w.text) || /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(w.pos))) return null;
  }
  if (noun < 0) return null;
  // The phrase: back over its determiner, possessor and modifiers; forward to the date's preposition.
  let start = noun;
  while (start > 0 && /^(?:DET|ADJ|PROPN|NOUN|PART)$/.test(tokens[start - 1]!.pos) || (start > 0 && POSSESSIVES.test(tokens[start - 1]!.text))) {
    start--;
    if (POSSESSIVES.test(tokens[start]!.text) || tokens[start]!.pos === 'DET') break;
  }
  // "the end of the war in 1999": the noun the event noun completes heads the phrase.
  if (start >= 2 && tokens[start - 1]!.lower === 'of' && tokens[start - 2]!.pos === 'NOUN' && !triggerAt.has(start - 2)) {
    start -= 2;
    if (start > 0 && tokens[start - 1]!.pos === 'DET') start--;
  }
  let end = first;
  while (end > noun + 1 && LINKS.test(tokens[end - 1]!.text)) end--;
  const from = tokens[start]!.start;
  const to = tokens[end - 1]!.end;
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  const possessor = POSSESSIVES.test(tokens[start]!.text) ? inside.find((m) => m.start === tokens[start]!.start) : undefined;
  const words = tokens.slice(start, end).map((w, i) => (i === 0 && possessor ? `${names.get(possessor.actor) ?? possessor.text}'s` : w.text));
  let title = words.join(' ').replace(/\s+(['’]s)\b/g, '$1').replace(/^(?:the|a|an)\s+/i, '');
  title = capitalise(title);
  const clause: Clause = { from: start, to: end, head: noun, group: null, subject: null, link: 'first', tense: 'past', modality: 'asserted', negated: false, passive: false, reporting: false, stative: false, quoted: false, background: false };
  return { clause, title, actors: [...new Set(inside.map((m) => m.actor))] };
}

/**
 * "registry books taken from Kosovo in 1999": a participle phrase that holds its own date is an
 * event of its own, titled with its noun and phrase without the date ("Registry books taken from
 * Kosovo"); `phrase` is the participle's token range from clauses.participlePhrases.
 */
export function participleEvent(tokens: Token[], phrase: [number, number], t: Timex, mentions: ActorMention[], tokenAt: (offset: number) => number): Nominal | null {
  const [verb] = phrase;
  let start = verb;
  while (start > 0 && /^(?:ADJ|PROPN|NOUN|NUM|PART)$/.test(tokens[start - 1]!.pos) && tokens[start - 1]!.sentence === tokens[verb]!.sentence) start--;
  let end = Math.min(phrase[1], tokenAt(t.start));
  while (end > verb + 1 && (LINKS.test(tokens[end - 1]!.text) || /^(?:during|since|by|from|until)$/i.test(tokens[end - 1]!.text) || tokens[end - 1]!.pos === 'DET')) end--;
  if (start === verb) return null;
  const from = tokens[start]!.start;
  const to = tokens[end - 1]!.end;
  let title = tokens.slice(start, end).map((w) => w.text).join(' ').replace(/\s+(['’]s)\b/g, '$1');
  title = capitalise(title);
  // Within a headline's length, cut at a word and back to a noun ("… by Apple's iPod digital music players").
  if (title.length > MAX_TITLE_CHARS) title = title.slice(0, MAX_TITLE_CHARS + 1).replace(/\s+\S*$/, '').replace(/(?:\s+(?:of|in|on|at|by|for|to|the|a|an|and|with|from))+$/i, '');
  const clause: Clause = { from: start, to: end, head: verb, group: [verb, verb], subject: [start, verb], link: 'rel', tense: 'past', modality: 'asserted', negated: false, passive: true, reporting: false, stative: false, quoted: false, background: false };
  // Who took part: the names anywhere in the phrase, date and all ("reached … last week between Serbian and Kosovo negotiators").
  const phraseEnd = tokens[phrase[1] - 1]!.end;
  return { clause, title, actors: [...new Set(mentions.filter((m) => m.start >= from && m.end <= Math.max(to, phraseEnd)).map((m) => m.actor))] };
}

/** Adverbs that make a participle before a name tell a happening of its own: "the recently announced iPhone 4". */
const LATELY = new Set(['recently', 'newly', 'just', 'lately']);

/**
 * "Pre-orders of the recently announced iPhone 4 began Tuesday": a participle after "recently",
 * "newly" or "just", before a name (an adjective between at most), tells an event of that name
 * without a date ("iPhone 4 announced"), which another article's report may date (refine.ts).
 * Token `k` is the adverb; null when the shape is not there.
 */
export function modifierEvent(tokens: Token[], k: number, triggerAt: Map<number, Trigger>, mentions: ActorMention[]): Nominal | null {
  const verb = k + 1;
  const participle = tokens[verb];
  if (!LATELY.has(tokens[k]!.lower) || !participle || !triggerAt.has(verb) || verbForm(participle) !== 'past') return null;
  let n = verb + 1;
  if (tokens[n]?.pos === 'ADJ') n++;
  const name = tokens[n] && mentions.find((m) => m.start === tokens[n]!.start);
  if (!name || name.kind === 'place') return null;
  const clause: Clause = { from: k, to: verb + 1, head: verb, group: [verb, verb], subject: null, link: 'rel', tense: 'past', modality: 'asserted', negated: false, passive: true, reporting: false, stative: false, quoted: false, background: false };
  return { clause, title: capitalise(`${name.text.replace(/^the\s+/i, '')} ${participle.text}`), actors: [name.actor] };
}
