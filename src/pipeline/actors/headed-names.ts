/**
 * Names that end in a head noun saying what they name (issue 21): capitalised words before the
 * head ("the Brussels Agreement", "the Kosovo War", "Gazela Bridge"), or the head first with its
 * tail ("Treaty of Lisbon", "Battle of Kosovo"). The head gives the kind:
 * - agreement: Agreement, Accord(s), Treaty, Pact, Plan, … ("Stabilisation and Association Agreement");
 * - law: Act, Law, Directive, Constitution, Resolution, …;
 * - event: War, Revolution, Uprising, Summit, Olympics, Crisis, Massacre, … ("World War II", "the
 *   2014 World Cup": a year before the name is part of it);
 * - facility: Bridge, Crossing, Airport, Dam, Mine, Plant, Base, Pipeline, Monastery, ….
 * A few heads make a name in lower case too, after capitalised words that are no person,
 * organisation or country: "the Ohrid agreement", "the Srebrenica massacre", "the Jarinje
 * crossing", "the Zaporizhzhia nuclear power plant" (named in title case: "Jarinje Crossing").
 */
import type { ActorKind } from '../../model/dataset.ts';
import type { Token } from '../text/doc.ts';
import { isGivenName } from './kb.ts';
import { isCapitalised } from './tokens.ts';

export type HeadedKind = Extract<ActorKind, 'agreement' | 'law' | 'event' | 'facility' | 'index'>;

const heads = (kind: HeadedKind, words: string): [string, HeadedKind][] => words.split(' ').map((w) => [w, kind]);
/** Head nouns, lower case → the kind of thing a capitalised name ending in one is. */
const HEADS = new Map<string, HeadedKind>([
  ...heads('agreement', 'agreement agreements accord accords treaty pact protocol convention charter plan deal annex roadmap memorandum'),
  // Not "bill": far more often a given name ("President Bill Clinton").
  ...heads('law', 'act law directive constitution resolution decree amendment'),
  ...heads('event', 'war revolution uprising summit olympics games cup crisis massacre genocide siege battle offensive championship championships'),
  ...heads('facility', 'bridge crossing airport dam mine plant station base pipeline port monastery cathedral mosque prison stadium reactor refinery canal tunnel'),
  // ("the Russell 2000 Index", "the Shanghai Composite Index", "the Consumer Price Index": named by the shape.)
  ...heads('index', 'index'),
]);

/**
 * Event heads that may come first, with "of" and a capitalised tail ("Battle of Kosovo"), as every
 * agreement and law head may ("Treaty of Lisbon", "Law on Foreigners").
 */
const HEAD_FIRST = new Set(['battle', 'siege']);

/**
 * Heads that make a name in lower case, and the lower-case words that may stand between the
 * capitalised ones and the head ("the Jarinje border crossing", "the Syrian civil war").
 */
const LOWER_HEADS: Record<HeadedKind, { heads: ReadonlySet<string>; between: ReadonlySet<string> }> = {
  agreement: { heads: new Set(['agreement', 'accord', 'accords', 'treaty', 'pact']), between: new Set() },
  law: { heads: new Set(), between: new Set() },
  index: { heads: new Set(), between: new Set() },
  event: { heads: new Set(['war', 'massacre', 'genocide', 'uprising', 'revolution']), between: new Set(['civil']) },
  facility: {
    heads: new Set(['bridge', 'crossing', 'airport', 'dam', 'mine', 'plant', 'pipeline', 'monastery', 'refinery', 'reactor', 'prison', 'stadium']),
    between: new Set(['border', 'nuclear', 'power', 'hydroelectric', 'coal', 'thermal', 'air', 'naval', 'river', 'gas', 'oil', 'international']),
  },
};

/** Words that join the capitalised words of a name ("Stabilisation and Association Agreement", "Law on Foreigners"). */
const JOINS = new Set(['and', 'of', 'on', 'for', '&']);
/** At most this many words before the head. */
const MAX_NAME_WORDS = 6;
/** At most this many words from the head on ("Agreement of Principles Governing the Normalisation of Relations"). */
const MAX_TAIL_WORDS = 10;
/** Capitalised words that open sentences or say when, and do not open a name ("In", "On", "The", "Monday"). */
const NOT_FIRST_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'Under', 'After', 'Before', 'This', 'That', 'Its', 'Their', 'Last', 'Next', 'Since', 'During', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
/** Words that open an institution's name, not an event's or a building's ("Institute for War and Peace Reporting", "Ministry of War"). */
const INSTITUTION_FIRST = new Set(['Ministry', 'Department', 'Office', 'Institute', 'Council', 'Committee', 'Commission', 'Museum', 'Agency', 'Bureau', 'Center', 'Centre', 'College', 'University', 'School', 'Foundation', 'Society', 'Association', 'Tribunal', 'Court', 'Bank', 'Fund']);
/** Kinds of actor whose name a head word inside it belongs to ("Robert Plant", "Epic Games"). */
const NAMED_BY_ACTOR = new Set<ActorKind>(['person', 'organization', 'group']);
/** Event heads of things held again and again, told apart by their year ("the 2014 World Cup"). */
const EDITION_HEADS = new Set(['cup', 'olympics', 'games', 'championship', 'championships', 'summit']);
/** Capitalised adjectives that describe a building or a war without naming it ("the Orthodox monastery", "the Islamic revolution" is named by its country). */
const ADJECTIVES = new Set(['Orthodox', 'Catholic', 'Muslim', 'Christian', 'Jewish', 'Islamic', 'Buddhist', 'Protestant', 'Hindu', 'Sunni', 'Shia', 'Shiite', 'Communist', 'Soviet-era', 'Ottoman-era']);
/** Words that say what sort a facility or event is, not which one: a name of these alone is no name. */
const GENERIC_WORDS = new Set(['International', 'National', 'Regional', 'Municipal', 'Central', 'Main', 'Air', 'Force', 'Naval', 'Nuclear', 'Power']);
/** A war's number after its head: "World War II", "World War One". */
const WAR_NUMBER_RE = /^(?:I{1,3}|One|Two)$/;

const titleCase = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export interface Headed {
  from: number;
  /** One past the last token. */
  to: number;
  kind: HeadedKind;
  name: string;
  /** The head noun, lower case ("agreement", "bridge"): "the bridge" later may be this one. */
  head: string;
}

/** What the actor recogniser made of the word at each offset, for the words a name may not open with. */
export type KindAt = (start: number) => ActorKind | undefined;

/** Kinds of actor a lower-case head may follow: a place ("the Ohrid agreement"), for events a country too ("the Kosovo war"). */
function mayPrecedeLowerHead(kind: HeadedKind, actor: ActorKind | undefined): boolean {
  if (actor === undefined || actor === 'place') return true;
  return kind === 'event' && (actor === 'country' || actor === 'group');
}

/** The headed name starting at token `k` ("the" may come first), or null. */
export function matchHeaded(tokens: Token[], k: number, kindAt: KindAt): Headed | null {
  const start = tokens[k]!.lower === 'the' ? k + 1 : k;
  const first = tokens[start];
  if (!first || !isCapitalised(first.text) || NOT_FIRST_WORDS.has(first.text)) return null;
  const sameSentence = (j: number): boolean => tokens[j]?.sentence === first.sentence;
  const found = (h: number, to: number, lower = false): Headed | null => {
    // "Singer Robert Plant", "Actor Jude Law", "Epic Games": the head word is part of a person's or a company's name.
    if (NAMED_BY_ACTOR.has(kindAt(tokens[h]!.start) ?? 'place')) return null;
    // (Also when the recogniser missed the person: a given name just before makes the head a surname.)
    if (h > start && isGivenName(tokens[h - 1]!.text)) return null;
    // "the Democratic National Convention" is a party's gathering, not a treaty.
    const kind = tokens[h]!.lower === 'convention' && tokens[h - 1]?.text === 'National' ? 'event' : HEADS.get(tokens[h]!.lower)!;
    if (kind === 'event' && tokens[h]!.lower === 'war' && WAR_NUMBER_RE.test(tokens[to]?.text ?? '') && sameSentence(to)) to++;
    // A longer name goes on ("North Atlantic Treaty Organization", "International Crisis Group").
    if (sameSentence(to) && isCapitalised(tokens[to]!.text) && tokens[to]!.start === tokens[to - 1]!.end + 1) return null;
    if (kind !== 'agreement' && kind !== 'law' && INSTITUTION_FIRST.has(first.text)) return null;
    // "International Airport" after "Newark, N.J.,": generic words alone name no one place or event.
    if ((kind === 'facility' || kind === 'event') && h > start && tokens.slice(start, h).every((x) => GENERIC_WORDS.has(x.text))) return null;
    // "the 2014 World Cup": the year tells one edition from the others (not "the 1999 Kosovo War", one war).
    const year = EDITION_HEADS.has(tokens[h]!.lower) && /^(?:1[89]|20)\d\d$/.test(tokens[start - 1]?.text ?? '') ? tokens[start - 1]!.text : null;
    const words = tokens.slice(start, to).map((x) => x.text);
    // Title case: the head alone for a capitalised name's lower-case head noun, every word for a lower-case one.
    for (let j = lower ? 0 : h - start; j <= h - start; j++) words[j] = titleCase(words[j]!);
    return { from: year ? start - 1 : k, to, kind, name: [...(year ? [year] : []), ...words].join(' '), head: tokens[h]!.lower };
  };
  /** After a capitalised head, "of Lisbon", "on Foreigners", "of Principles Governing the Normalisation of Relations": the name goes on. */
  const tail = (h: number): number => {
    let to = h + 1;
    if (!['of', 'on'].includes(tokens[to]?.lower ?? '')) return to;
    // "Agreement on the Path to Normalisation": "the" may come first.
    const article = tokens[to + 1]?.lower === 'the' ? 1 : 0;
    // "the Brussels Agreement on Friday": a day or a month is when, not part of the name.
    const next = tokens[to + 1 + article];
    if (!sameSentence(to + 1 + article) || !isCapitalised(next!.text) || NOT_FIRST_WORDS.has(next!.text)) return to;
    const from = to + 1 + article;
    to += 2 + article;
    while (sameSentence(to) && to - h < MAX_TAIL_WORDS) {
      // ("the Constitution of Kosovo on Monday": a day or a month ends it here too.)
      if (isCapitalised(tokens[to]!.text) && !NOT_FIRST_WORDS.has(tokens[to]!.text)) to++;
      else if (['of', 'the', 'and', 'on', 'for', 'to'].includes(tokens[to]!.lower) && sameSentence(to + 1) && isCapitalised(tokens[to + 1]!.text) && !NOT_FIRST_WORDS.has(tokens[to + 1]!.text)) to += 2;
      else break;
    }
    // "the Paris Agreement on Biden's first day": a name owning what follows is no part of this one;
    // "the Good Friday Agreement of Britain and Ireland": a named agreement's parties are not its name
    // (the head first keeps its places: "Treaty of Lisbon", "Constitution of Kosovo").
    if (/^['’]s$/.test(tokens[to]?.text ?? '')) return h + 1;
    const places = (j: number): boolean => ['country', 'place', 'group'].includes(kindAt(tokens[j]!.start) ?? '') || !isCapitalised(tokens[j]!.text);
    if (h > start && tokens.slice(from, to).every((_, i) => places(from + i))) return h + 1;
    return to;
  };
  const firstKind = HEADS.get(first.lower);
  if (firstKind) {
    if (firstKind !== 'agreement' && firstKind !== 'law' && !HEAD_FIRST.has(first.lower)) return null;
    const to = tail(start);
    return to > start + 1 ? found(start, to) : null;
  }
  for (let h = start + 1; h < tokens.length && h - start <= MAX_NAME_WORDS && sameSentence(h); h++) {
    const t = tokens[h]!;
    const capital = isCapitalised(t.text);
    const kind = HEADS.get(t.lower);
    if (kind && capital) {
      // "… Resolution 1244" is named by its number (named-things.ts), at the head.
      if (t.lower === 'resolution' && /^\d/.test(tokens[h + 1]?.text ?? '')) return null;
      return found(h, kind === 'agreement' || kind === 'law' || HEAD_FIRST.has(t.lower) ? tail(h) : h + 1);
    }
    // ("the Russell 2000 Index": a number before an index's head is part of its name.)
    if (capital || (/^\d+$/.test(t.text) && tokens[h + 1]?.text === 'Index')) continue;
    const lower = lowerHeaded(tokens, k, start, h, kindAt, found);
    if (lower !== undefined) return lower;
    // A joining word between capitalised ones ("Stabilisation and Association Agreement"): the run goes on.
    if (!JOINS.has(t.lower) || h + 1 >= tokens.length || !isCapitalised(tokens[h + 1]!.text)) return null;
  }
  return null;
}

/**
 * The lower-case head at or after `h` that ends the capitalised words from `start` ("the Ohrid
 * agreement", "the Jarinje border crossing"): the name, null when the head may not make one
 * there, undefined when there is no such head.
 */
function lowerHeaded(tokens: Token[], k: number, start: number, h: number, kindAt: KindAt, found: (h: number, to: number, lower: boolean) => Headed | null): Headed | null | undefined {
  const capitals = h - start;
  for (const [kind, rule] of LOWER_HEAD_RULES) {
    let head = h;
    while (rule.between.has(tokens[head]?.lower ?? '') && head - h < 2) head++;
    const t = tokens[head];
    if (!t || t.sentence !== tokens[start]!.sentence || !rule.heads.has(t.lower)) continue;
    // An agreement: one word after "the" ("the Ohrid agreement"); an event: one or two after "the"
    // ("the Kosovo war"; "American war planners" is none); a facility: one or two, "the" or not.
    if (kind === 'agreement' ? capitals !== 1 || k === start : capitals > 2 || (kind === 'event' && k === start)) return null;
    // A noun after the head makes it a modifier ("the Mitrovica bridge repairs", "war planners").
    const after = tokens[head + 1];
    if (kind !== 'agreement' && after && after.sentence === t.sentence && after.pos === 'NOUN') return null;
    // "the Iran-Iraq war" is not the "Iraq War"; a common word opening a sentence ("Trade war.") names nothing.
    const joinedBefore = tokens[start - 1] !== undefined && tokens[start - 1]!.end === tokens[start]!.start;
    const opensSentence = start === 0 || tokens[start - 1]!.sentence !== t.sentence;
    if (kind !== 'agreement' && (joinedBefore || (opensSentence && kindAt(tokens[start]!.start) === undefined))) return null;
    // The words are the whole capitalised run ("the Serbian Orthodox monastery" is no "Orthodox Monastery").
    const before = tokens[start - 1];
    if (kind !== 'agreement' && before && before.sentence === t.sentence && isCapitalised(before.text) && !NOT_FIRST_WORDS.has(before.text)) return null;
    for (let j = start; j < h; j++) if (ADJECTIVES.has(tokens[j]!.text) || !mayPrecedeLowerHead(kind, kindAt(tokens[j]!.start))) return null;
    return found(head, head + 1, kind !== 'agreement');
  }
  return undefined;
}

/** LOWER_HEADS as a list, made once (lowerHeaded runs for most capitalised words). */
const LOWER_HEAD_RULES = Object.entries(LOWER_HEADS) as [HeadedKind, (typeof LOWER_HEADS)[HeadedKind]][];

/** Plurals of the lower-case facility heads, for two names sharing one ("the Jarinje and Brnjak crossings"). */
const PLURAL_FACILITY_HEADS = new Map([...LOWER_HEADS.facility.heads].map((h) => [h.endsWith('y') ? `${h.slice(0, -1)}ies` : `${h}s`, h]));

/**
 * "the Jarinje and Brnjak crossings": two facilities sharing a plural head, after "the", each one
 * capitalised word that is no person, organisation or country. Both names, or null.
 */
export function matchCoordinatedFacilities(tokens: Token[], k: number, kindAt: KindAt): [Headed, Headed] | null {
  const [the, a, and, b, head] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3], tokens[k + 4]];
  if (!the || !a || !and || !b || !head || the.lower !== 'the' || and.lower !== 'and' || head.sentence !== the.sentence) return null;
  const singular = PLURAL_FACILITY_HEADS.get(head.lower);
  if (!singular || !isCapitalised(a.text) || !isCapitalised(b.text) || NOT_FIRST_WORDS.has(a.text) || NOT_FIRST_WORDS.has(b.text)) return null;
  if (![a, b].every((t) => mayPrecedeLowerHead('facility', kindAt(t.start)) && !ADJECTIVES.has(t.text))) return null;
  if (tokens[k + 5]?.pos === 'NOUN' && tokens[k + 5]!.sentence === the.sentence) return null;
  const named = (t: Token, from: number, to: number): Headed => ({ from, to, kind: 'facility', name: `${t.text} ${titleCase(singular)}`, head: singular });
  return [named(a, k, k + 2), named(b, k + 3, k + 5)];
}

/** The kind of thing a head noun names ("bridge" → facility), if it is one. */
export function headKind(word: string): HeadedKind | undefined {
  return HEADS.get(word);
}
