/**
 * The event type of a clause (PLOVER's categories, see docs/EVENTS.md), from its predicate: the
 * trigger's lemma when the extractor found one, else the words of the clause. Among the clause's
 * words, verbs outrank event nouns ("The attack was condemned" is an accusation), and verbs of
 * saying come last: "Police said protesters attacked officers" reports an assault. Between equals,
 * the first in the clause wins, which is usually the main clause's.
 */
import type { EventType } from '../../model/dataset.ts';
import { lemmaCandidates } from './classify-lemmas.ts';
import { INFLECTED_ONLY, NOUN_TYPES, PHRASES, VERB_TYPES } from './classify-lexicon.ts';

/** How strongly a word names the clause's event: lower wins. */
const VERB = 1;
const NOUN = 2;
const SAYING = 3;

/** Words after which an -ed or -ing form is an adjective or a noun ("the banned party", "the bombing"). */
const DETERMINERS = new Set(
  'the a an this that these those its their his her our my your whose'.split(' '),
);

const WORD_RE = /\p{L}+(?:[-'’]\p{L}+)*/gu;

interface Hit {
  type: Exclude<EventType, 'other'>;
  rank: number;
  at: number;
}

/** The type a dictionary form names, verbs before nouns; undefined when the lexicon lacks it. */
function typeOfLemma(lemma: string): EventType | undefined {
  return VERB_TYPES.get(lemma) ?? NOUN_TYPES.get(lemma);
}

/** Per trigger lemma, the type its candidates name (`null`: none); lemmas repeat across events. */
const TRIGGER_TYPES = new Map<string, EventType | null>();

function typeOfTrigger(triggerLemma: string): EventType | null {
  let type = TRIGGER_TYPES.get(triggerLemma);
  if (type === undefined) {
    type = null;
    // Candidates too, in case the extractor gives an inflected form ("talks", "signed").
    for (const c of lemmaCandidates(triggerLemma.toLowerCase())) {
      type = typeOfLemma(c.lemma) ?? null;
      if (type) break;
    }
    if (TRIGGER_TYPES.size > 100_000) TRIGGER_TYPES.clear();
    TRIGGER_TYPES.set(triggerLemma, type);
  }
  return type;
}

/** Whether any multi-word phrase may match: one test instead of one per phrase, for the many clauses that hold none. */
const ANY_PHRASE = new RegExp(PHRASES.map(([, re]) => `(?:${re.source})`).join('|'));

/** Per word, what it counts as (`null`: nothing), after a determiner or not; words repeat across clauses. */
const HITS = new Map<string, Pick<Hit, 'type' | 'rank'> | null>();
const HITS_AFTER_DETERMINER = new Map<string, Pick<Hit, 'type' | 'rank'> | null>();

/** How one word of the clause counts, if at all. */
function wordHit(word: string, afterDeterminer: boolean): Pick<Hit, 'type' | 'rank'> | null {
  const memo = afterDeterminer ? HITS_AFTER_DETERMINER : HITS;
  let hit = memo.get(word);
  if (hit === undefined) {
    hit = lookUpWord(word, afterDeterminer);
    if (memo.size > 100_000) memo.clear();
    memo.set(word, hit);
  }
  return hit;
}

function lookUpWord(word: string, afterDeterminer: boolean): Pick<Hit, 'type' | 'rank'> | null {
  let verb: { type: Hit['type']; verbal: boolean } | null = null;
  let noun: Hit['type'] | null = null;
  for (const c of lemmaCandidates(word)) {
    const v = VERB_TYPES.get(c.lemma);
    if (!verb && v && (c.verbal || !INFLECTED_ONLY.has(c.lemma)))
      verb = { type: v, verbal: c.verbal };
    const n = c.verbal ? undefined : NOUN_TYPES.get(c.lemma);
    if (!noun && n) noun = n;
  }
  let hit: Pick<Hit, 'type' | 'rank'> | null = null;
  // A verb ending, or a verb that is no noun, outside a noun phrase: a verb.
  if (verb && !afterDeterminer && (verb.verbal || !noun)) hit = { type: verb.type, rank: VERB };
  else if (noun) hit = { type: noun, rank: NOUN };
  else if (verb) hit = { type: verb.type, rank: NOUN };
  if (!hit) return null;
  return { type: hit.type, rank: hit.type === 'statement' ? SAYING : hit.rank };
}

/** Words of a protest, withdrawal or concession that in a market's clause name a price move. */
const MARKET_MOVE_RE = /^(?:rall(?:y|ies|ied|ying)|retreat(?:s|ed|ing)?|eas(?:e|es|ed|ing))$/;
/** A clause about a market: its instruments, indices or trading. */
const MARKET_RE = /\b(?:stocks?|shares|equities|markets?|indexes|indices|index|wall street|dow|nasdaq|s&p|ftse|nikkei|dax|cac|hang seng|prices?|trading|traders|investors|bonds?|futures|dollar|euro|yen|sterling|pound|oil|gold|crude)\b/;

/** ("Stocks rallied", "the Dow retreated", "prices eased": a market's move, no protest nor withdrawal.) */
const marketMove = (word: string, text: string): boolean => MARKET_MOVE_RE.test(word) && MARKET_RE.test(text);

function better(a: Hit | null, b: Hit): Hit {
  return !a || b.rank < a.rank || (b.rank === a.rank && b.at < a.at) ? b : a;
}

/**
 * The type from the clause's words alone: its lower-case text (for multi-word phrases), its
 * words in order with their offsets in that text, a possessive "'s" as a word of its own.
 */
function typeOfClause(text: string, words: readonly string[], offsets: readonly number[]): EventType {
  let best: Hit | null = null;
  if (ANY_PHRASE.test(text)) {
    for (const [type, re] of PHRASES) {
      const m = re.exec(text);
      if (m) best = better(best, { type, rank: VERB, at: m.index });
    }
  }
  let previous = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // A possessive ("Kosovo's declaration") is a determiner for the word after it.
    if (word === "'s" || word === '’s') {
      previous = 'the';
      continue;
    }
    const hit = wordHit(word, DETERMINERS.has(previous));
    if (hit && marketMove(word, text)) continue;
    if (hit && (!best || hit.rank < best.rank || (hit.rank === best.rank && offsets[i]! < best.at))) best = { ...hit, at: offsets[i]! };
    previous = word;
  }
  return best?.type ?? 'other';
}

/** A text's words as the clause stages see them (letters with inner hyphens and apostrophes, a possessive apart), and their offsets. */
function wordsOf(text: string): { words: string[]; offsets: number[] } {
  const words: string[] = [];
  const offsets: number[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const possessive = /['’]s$/.test(m[0]);
    words.push(possessive ? m[0].slice(0, -2) : m[0]);
    offsets.push(m.index);
    if (possessive) {
      words.push("'s");
      offsets.push(m.index + m[0].length - 2);
    }
  }
  return { words, offsets };
}

/**
 * The event type of a clause. `triggerLemma` is the dictionary form of the word naming the event
 * ("sign", "talks"), when known: a lemma the lexicon has decides; otherwise the clause's words do,
 * taken from the document's tokens when given (`tokens`, offsets in `clause`), else from the text.
 */
export function classifyEvent(clause: string, triggerLemma?: string, tokens?: { words: readonly string[]; offsets: readonly number[] }): EventType {
  const text = clause.toLowerCase();
  const type = triggerLemma && !marketMove(triggerLemma.toLowerCase(), text) ? typeOfTrigger(triggerLemma) : null;
  if (type) return type;
  const { words, offsets } = tokens ?? wordsOf(text);
  return typeOfClause(text, words, offsets);
}
