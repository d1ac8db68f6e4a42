/**
 * Who "he", "its", "the company" and a bare "Steve" are, within one article: each resolves to the
 * most recent compatible actor named before it (salience by recency, as a reader keeps track).
 * Conservative by design: "they", an "it" that is not a subject of an action, and a description
 * followed by "of" ("the president of Serbia" names someone else) stay unresolved.
 */
import { bisector } from 'd3-array';
import type { ActorKind } from '../../model/dataset.ts';
import { tokenIndexAt, type Doc } from '../text/doc.ts';
import type { ActorMention } from './context.ts';
import { describedIt, isActingSubject, REPORTING_VERBS, reportsNext } from './pronoun-it.ts';
import { givenNameSex } from './kb.ts';

export interface ResolvedMention extends ActorMention {
  /** How the mention was resolved: a pronoun, a definite description, or a first name alone. */
  via: 'pronoun' | 'description' | 'name';
}

type Slot = 'person' | 'organization' | 'country' | 'product' | 'agreement' | 'index';

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

type Sex = 'female' | 'male' | null;

/** "Mr. Antar", "Ms. Atimadi": a title before the name says the sex. */
const TITLE_SEX_RE = /\b(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Madam|Lady|Dame))\.?\s+$/;

/** A named person's sex: by a title before the name, else by the given name (knowledge/given-name-genders.txt); kept per actor. */
function sexOf(m: ActorMention, body: string, firstNames: Map<string, string>, sexes: Map<string, Sex>): Sex {
  const title = TITLE_SEX_RE.exec(body.slice(Math.max(0, m.start - 8), m.start)) ?? TITLE_SEX_RE.exec(`${m.text.split(' ')[0]} `);
  const sex: Sex = title ? (title[1] ? 'male' : 'female') : (sexes.get(m.actor) ?? givenNameSex(firstNames.get(m.actor) ?? ''));
  if (sex) sexes.set(m.actor, sex);
  return sex;
}

/** The people named so far, with their sex where known: "he" is the latest not known to be a woman. */
class RecentPeople {
  private readonly list: { m: ActorMention; sex: Sex }[] = [];

  push(m: ActorMention, sex: Sex): void {
    this.list.push({ m, sex });
    if (this.list.length > 16) this.list.shift();
  }

  /** The latest person whose sex is not `not`. */
  latest(not: Exclude<Sex, null>): ActorMention | null {
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i]!.sex !== not) return this.list[i]!.m;
    return null;
  }
}
/** Head nouns of descriptions and the kind of actor they stand for. */
const DESCRIPTIONS: Record<string, Slot> = Object.fromEntries([
  ...'company firm corporation maker manufacturer giant carrier airline retailer automaker carmaker planemaker conglomerate group alliance bloc organisation organization union agency business label startup'
    .split(' ')
    .map((w) => [w, 'organization' as Slot]),
  ...'country nation republic kingdom government authorities'.split(' ').map((w) => [w, 'country' as Slot]),
  ...'executive businessman businesswoman co-founder cofounder founder ceo billionaire chairman chairwoman entrepreneur'.split(' ').map((w) => [w, 'person' as Slot]),
  ...'phone smartphone handset device player computer laptop tablet aircraft airliner plane jet car vehicle console'.split(' ').map((w) => [w, 'product' as Slot]),
  ...'deal agreement accord treaty pact'.split(' ').map((w) => [w, 'agreement' as Slot]),
]);

function slotOf(kind: ActorKind): Slot | null {
  if (kind === 'person') return 'person';
  if (kind === 'organization' || kind === 'group') return 'organization';
  if (kind === 'country') return 'country';
  if (kind === 'product') return 'product';
  if (kind === 'agreement') return 'agreement';
  if (kind === 'index') return 'index';
  return null;
}

export function resolveReferences(doc: Doc, mentions: ActorMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const named = mentions.filter((m) => slotOf(m.kind) !== null);
  const firstNames = givenNames(named);
  const lastWithGivenName = new Map<string, ActorMention>();
  const last: Partial<Record<Slot, ActorMention>> = {};
  /** The people named so far, latest last, for "he" and "she"; and each one's sex where known. */
  const people = new RecentPeople();
  const sexes = new Map<string, Sex>();
  /** Where "a deal", "a new agreement" last brought in an agreement that has no name: "the deal" after it is that one. */
  let unnamedAgreementAt = -1;
  let mi = 0;
  const { tokens, body } = doc;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Named mentions up to here update what "he" / "the company" can mean.
    while (mi < named.length && named[mi]!.start < t.end) {
      const m = named[mi]!;
      // ("negotiations on a Stabilisation and Association Agreement": a kind of agreement, not one to refer back to.)
      if (m.kind === 'agreement' && /^an?$/i.test(tokens[tokenIndexAt(tokens, m.start) - 1]?.text ?? '')) unnamedAgreementAt = m.start;
      else last[slotOf(m.kind)!] = m;
      if (m.kind === 'person') people.push(m, sexOf(m, body, firstNames, sexes));
      const given = firstNames.get(m.actor);
      if (given) lastWithGivenName.set(given, m);
      mi++;
    }
    if (mi > 0 && named[mi - 1]!.end > t.start) continue; // inside a name
    const w = t.lower;
    if ((w === 'a' || w === 'an' || w === 'another') && DESCRIPTIONS[tokens[descriptionHead(doc, k)]?.lower ?? ''] === 'agreement') unnamedAgreementAt = t.start;
    // "The government in Belgrade said it was recalling …": the "it" of a report is its speaker,
    // a country too, named or described at the start of the sentence.
    const speaker = t.pos === 'PRON' && w === 'it' ? speakerBefore(doc, k, named, out) : null;
    let slot: Slot | 'thing' | null = null;
    let via: ResolvedMention['via'] = 'pronoun';
    let end = t.end;
    let pairEnd: number;
    if (t.pos === 'PRON' && PERSON_PRONOUNS.has(w)) slot = 'person';
    // (After a verb of saying, "it" is its speaker whatever follows: "said it would never accept".)
    else if (t.pos === 'PRON' && (w === 'its' || (w === 'it' && (speaker !== null || isActingSubject(doc, k))))) slot = 'thing';
    // "It has a new screen", "It is only 9.3 millimetres thick": what is said of the product the
    // sentence before was about (below); "It was the worst violence" after "NATO said …" is said of
    // what happened, no one's.
    else if (t.pos === 'PRON' && w === 'it' && isSentenceStart(doc, k) && describedIt(doc, k)) slot = 'product';
    // ("It is the thinnest smartphone", "making it “the thinnest smartphone”": what something is, not a reference back.)
    else if (w === 'the' && isPredicative(doc, k)) continue;
    else if ((w === 'the' || w === 'both') && (pairEnd = pairAt(doc, k, named, mi, out)) >= 0) {
      k = pairEnd;
      continue;
    }
    else if (w === 'the') {
      const head = descriptionHead(doc, k);
      const byName = head < 0 ? nameHead(doc, k, named, mi) : null;
      if (byName) {
        out.push({ start: t.start, end: tokens[byName.head]!.end, text: body.slice(t.start, tokens[byName.head]!.end), actor: byName.mention.actor, kind: byName.mention.kind, via: 'description' });
        k = byName.head;
        continue;
      }
      // "the Serbian government": a name among the modifiers already says whose it is.
      const ownedByName = head >= 0 && named.slice(mi, mi + 4).some((m) => m.start > t.start && m.end <= tokens[head]!.start);
      if (ownedByName) {
        k = head;
        continue;
      }
      if (head >= 0) {
        slot = DESCRIPTIONS[tokens[head]!.lower]!;
        via = 'description';
        end = tokens[head]!.end;
        k = head;
      }
    } else if (t.pos === 'PROPN' && firstNames.has(w) && !isPartOfName(doc, k)) {
      // The most recently named person with that given name ("Steve" after "Steve Jobs").
      const actor = lastWithGivenName.get(w);
      if (actor) out.push({ start: t.start, end: t.end, text: t.text, actor: actor.actor, kind: actor.kind, via: 'name' });
      continue;
    }
    // "It", "its": the organisation or product named last, whichever came later; but an "It" that
    // opens a sentence continues a product the sentence before was about ("The newest iPhone,
    // iPhone 4, was introduced by Apple at the company's conference. It is slated for release …").
    // A product says nothing: an "it" that reports ("It said", "it has announced") is an organisation.
    const reports = slot === 'thing' && w === 'it' && reportsNext(doc, k);
    const topic = slot === 'thing' && w === 'it' && !reports && isSentenceStart(doc, k) ? productTopic(doc, t.sentence - 1, named, out) : null;
    // "Serbia recalled its envoy": "its" is the closest country, organisation or product named before it in the sentence.
    const owner = slot === 'thing' && w === 'its' ? closestOwner(named, mi, t.sentence, doc) : null;
    // ("Serbia applied for EU membership. Its path was long blocked …": an "It"/"Its" opening a
    // sentence continues the country or organisation that opened the sentence before, not the
    // last one named in it.)
    const opening = slot === 'thing' && !reports && !topic && isSentenceStart(doc, k) ? openingThing(doc, t.sentence - 1, named) : null;
    // ("The assassination touched off a rampage by Hutu forces. It also reignited the civil war.": an
    // "It" opening a sentence after one that opened with a thing no one named is that thing.)
    if (slot === 'thing' && !speaker && !reports && !topic && !opening && isSentenceStart(doc, k) && opensWithUnnamed(doc, t.sentence - 1, named, out)) continue;
    // ("The FTSE 100 rose 2%. It closed at 6,120.": a market index, as a product, does things too.)
    const thing = speaker ?? owner ?? (reports ? last.organization : (topic ?? opening ?? latest(last.product, last.organization, last.index)));
    let target = slot ? (slot === 'thing' ? (thing ?? null) : slot === 'product' && w === 'it' ? productTopic(doc, t.sentence - 1, named, out) : slot === 'person' && PERSON_PRONOUNS.has(w) && t.pos === 'PRON' ? people.latest(FEMALE_PRONOUNS.has(w) ? 'male' : 'female') : (last[slot] ?? null)) : null;
    // ("the deal that Dačić and Thaçi reached", "the agreement between Serbia and Kosovo" say which deal themselves.)
    if (slot === 'agreement' && target && (unnamedAgreementAt > target.start || SAYS_WHICH.has(tokens[k + 1]?.lower ?? ''))) target = null;
    if (!target) continue;
    out.push({ start: t.start, end, text: body.slice(t.start, end), actor: target.actor, kind: target.kind, via });
  }
  return out;
}

/** The mention named last of those given. */
function latest(...mentions: (ActorMention | undefined)[]): ActorMention | undefined {
  let out: ActorMention | undefined;
  for (const m of mentions) if (m && (!out || m.start > out.start)) out = m;
  return out;
}

/** Words after an agreement's head noun that say which agreement it is: no reference back. */
const SAYS_WHICH = new Set('that which between with reached signed struck agreed brokered'.split(' '));


/** How far back a description looks for the name it shortens. */
const NAME_LOOKBACK = 40;
const PAIR_RE = /^(?:the two|both)\s+(?:sides|countries|governments|parties|nations|neighbours|neighbors)$/i;

/**
 * "the two sides", "both countries": the two most recently named distinct countries (or, failing
 * that, organisations). Adds a mention for each and returns the last token, or -1.
 */
function pairAt(doc: Doc, k: number, named: ActorMention[], mi: number, out: ResolvedMention[]): number {
  const { tokens, body } = doc;
  const w = tokens[k]!.lower;
  const last = w === 'both' ? k + 1 : k + 2;
  const end = tokens[last];
  if (!end || !PAIR_RE.test(body.slice(tokens[k]!.start, end.end))) return -1;
  for (const kind of ['country', 'organization'] as const) {
    const pair: ActorMention[] = [];
    for (let i = mi - 1; i >= 0 && i >= mi - NAME_LOOKBACK && pair.length < 2; i--) {
      const m = named[i]!;
      if (m.kind === kind && !pair.some((p) => p.actor === m.actor)) pair.push(m);
    }
    if (pair.length < 2) continue;
    for (const m of pair.reverse()) out.push({ start: tokens[k]!.start, end: end.end, text: body.slice(tokens[k]!.start, end.end), actor: m.actor, kind: m.kind, via: 'description' });
    return last;
  }
  return -1;
}

/**
 * "the council" after "the UN Security Council", "the court" after "the Constitutional Court": a
 * definite noun phrase whose head word is a word of an organisation named shortly before.
 */
function nameHead(doc: Doc, k: number, named: ActorMention[], mi: number): { head: number; mention: ActorMention } | null {
  const { tokens } = doc;
  let h = k + 1;
  while (h < tokens.length && h <= k + 3 && (tokens[h]!.pos === 'ADJ' || (tokens[h]!.pos === 'NOUN' && tokens[h + 1]?.pos === 'NOUN'))) h++;
  const head = tokens[h];
  if (!head || head.pos !== 'NOUN' || head.sentence !== tokens[k]!.sentence) return null;
  const next = tokens[h + 1];
  if (next && (next.lower === 'of' || next.pos === 'PROPN' || next.pos === 'NOUN')) return null;
  const word = head.lemma;
  if (word.length < 4) return null;
  for (let i = mi - 1; i >= 0 && i >= mi - NAME_LOOKBACK; i--) {
    const m = named[i]!;
    if (m.kind !== 'organization' && m.kind !== 'group' && m.kind !== 'product') continue;
    // Its head word, not any word: "the court" after "the Constitutional Court", "the party" after
    // "the Democratic Party of Kosovo", but not "the election" after "the Central Election Commission".
    const words = headWordsOf(m);
    if (words.includes(word) || words.includes(head.lower)) return { head: h, mention: m };
  }
  return null;
}

/** Head words of a mention's text and of its actor's name, worked out once per mention (each "the" looks back over 40 of them). */
const HEADS = new WeakMap<ActorMention, string[]>();
function headWordsOf(m: ActorMention): string[] {
  let words = HEADS.get(m);
  if (!words) HEADS.set(m, (words = [m.text, m.actor.slice(m.actor.indexOf(':') + 1)].flatMap(headWords)));
  return words;
}

/**
 * The words that can head a name, in lower case: its last word, and the last before an "of",
 * "in" or "for" ("Democratic Party of Kosovo" → party, "EU Rule of Law Mission in Kosovo" → mission).
 */
function headWords(name: string): string[] {
  const words = name.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.filter((w, i) => i === words.length - 1 || (i > 0 && /^(?:of|in|for)$/.test(words[i + 1] ?? '')));
}

/** "the company", "the Cupertino-based computer maker": "the", up to three modifiers, a head noun; not "the president of …". */
function descriptionHead(doc: Doc, k: number): number {
  const { tokens } = doc;
  const sentence = tokens[k]!.sentence;
  for (let h = k + 1; h < tokens.length && h <= k + 6 && tokens[h]!.sentence === sentence; h++) {
    const t = tokens[h]!;
    if (t.pos === 'NOUN' && DESCRIPTIONS[t.lower]) {
      const next = tokens[h + 1];
      if (next && (next.lower === 'of' || next.pos === 'PROPN' || next.pos === 'NOUN')) return -1;
      return h;
    }
    // Modifiers, including the verb half of a hyphenated one ("the Munich-based engineering group").
    const hyphenated = t.pos === 'VERB' && tokens[h - 1]!.text === '-' && tokens[h - 1]!.end === t.start;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || hyphenated || /^[-'’]$/.test(t.text))) return -1;
  }
  return -1;
}

/** The last country, organisation, group or product named before mention index `mi` in sentence `s`, or null. */
function closestOwner(named: ActorMention[], mi: number, s: number, doc: Doc): ActorMention | null {
  const from = doc.sentences[s]?.start ?? 0;
  for (let i = mi - 1; i >= 0 && named[i]!.start >= from; i--) {
    const m = named[i]!;
    if (m.kind === 'country' || m.kind === 'organization' || m.kind === 'group' || m.kind === 'product') return m;
  }
  return null;
}

/** Whether the noun phrase opened at `k` follows a copula ("is", "became") or "make it": what something is. */
function isPredicative(doc: Doc, k: number): boolean {
  let p = k - 1;
  while (p >= 0 && QUOTE_OPENERS.has(doc.tokens[p]!.text)) p--;
  const before = doc.tokens[p];
  if (!before || before.sentence !== doc.tokens[k]!.sentence) return false;
  if (COPULAS.has(before.lemma) && (before.pos === 'AUX' || before.pos === 'VERB')) return true;
  return (before.lower === 'it' || before.lower === 'them') && doc.tokens[p - 1]?.lemma === 'make';
}

const COPULAS = new Set(['be', 'become', 'remain']);
const QUOTE_OPENERS = new Set(['"', '“', '‘', "'"]);

/**
 * For an "it" right after a verb of saying ("said it", "said that it"), the sentence's first
 * country or organisation, named or described ("The government in Belgrade"), when the verb's
 * subject came before it; else null.
 */
function speakerBefore(doc: Doc, k: number, named: ActorMention[], resolved: ActorMention[]): ActorMention | null {
  const { tokens } = doc;
  let v = k - 1;
  if (tokens[v]?.lower === 'that') v--;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || !REPORTING_VERBS.has(verb.lemma) || verb.sentence !== tokens[k]!.sentence) return null;
  // The sentence's start, but no further back than a subject can be (bounded work on run-on text).
  const from = Math.max(doc.sentences[verb.sentence]!.start, tokens[Math.max(0, v - SPEAKER_WINDOW)]!.start);
  // (A description only for a country: "the government" is sure of its country, "the alliance" less of its organisation.)
  let speaker: ActorMention | null = null;
  const consider = (m: ActorMention): void => {
    if (m.end <= verb.start && (!speaker || m.start < speaker.start)) speaker = m;
  };
  for (let i = lastStartingBefore(named, verb.start); i >= 0 && named[i]!.start >= from; i--) if (/^(?:country|organization|group)$/.test(named[i]!.kind)) consider(named[i]!);
  for (let i = resolved.length - 1; i >= 0 && resolved[i]!.start >= from; i--) if (resolved[i]!.kind === 'country') consider(resolved[i]!);
  // ("The US automobile manufacturer Ford has said that it …": a country that only says whose the
  // company after it is, with its description between, is not who speaks.)
  const found = speaker as ActorMention | null;
  if (found?.kind === 'country') {
    const company = named.find((m) => m.start > found.end && m.end <= verb.start && m.kind === 'organization' && NATIONALITY_GAP_RE.test(doc.body.slice(found.end, m.start)));
    if (company) return company;
  }
  return speaker;
}

/** Between a country and a company it is the nationality of: a few words of description in lower case. */
const NATIONALITY_GAP_RE = /^(?:\s+[a-z][a-z-]*){1,4}\s+$/;

/** How many tokens before its verb of saying a speaker is looked for. */
const SPEAKER_WINDOW = 30;

/** Index of the last mention (sorted by start) that starts before `offset`, or -1. */
const byStart = bisector((m: ActorMention) => m.start);
const lastStartingBefore = (list: ActorMention[], offset: number): number => byStart.left(list, offset) - 1;

/** The country, organisation or group named first in sentence `s`, when it opens it (after "The" at most): its subject. */
function openingThing(doc: Doc, s: number, named: ActorMention[]): ActorMention | null {
  const range = doc.sentenceTokens[s];
  if (!range || range[1] <= range[0]) return null;
  const first = doc.tokens[range[0]]!;
  const start = first.pos === 'DET' && doc.tokens[range[0] + 1] ? doc.tokens[range[0] + 1]!.start : first.start;
  const m = named.find((x) => x.start === start || x.start === first.start);
  if (!m || !(m.kind === 'country' || m.kind === 'organization' || m.kind === 'group')) return null;
  // (The whole subject, or its owner: "Serbia applied", "Kosovo's bid"; not "British" of "The British FTSE 100 index".)
  const after = doc.tokens[tokenIndexAt(doc.tokens, m.end)];
  return after && (/^(?:VERB|AUX|ADV)$/.test(after.pos) || /^(?:['’]s|,|\()$/.test(after.text)) ? m : null;
}

/** Whether sentence `s` opens with "The" and a common noun that no name or resolved description covers: "The assassination touched off …". */
function opensWithUnnamed(doc: Doc, s: number, named: ActorMention[], resolved: ResolvedMention[]): boolean {
  const range = doc.sentenceTokens[s];
  if (!range || range[1] - range[0] < 3) return false;
  const [first, second] = [doc.tokens[range[0]]!, doc.tokens[range[0] + 1]!];
  if (first.lower !== 'the' || second.pos !== 'NOUN') return false;
  const covered = (m: ActorMention): boolean => m.start <= second.start && second.end <= m.end;
  return !named.some(covered) && !resolved.some(covered);
}

function isSentenceStart(doc: Doc, k: number): boolean {
  return doc.sentenceTokens[doc.tokens[k]!.sentence]?.[0] === k;
}

/**
 * The product a sentence is about: the last name before its first verb (its subject: "Apple's
 * iPhone 4 was …", "The Dreamliner, which Boeing unveiled in 2007, is …"), when that is a product.
 */
function productTopic(doc: Doc, s: number, named: ActorMention[], resolved: ResolvedMention[]): ActorMention | null {
  const range = doc.sentenceTokens[s];
  if (!range) return null;
  const { tokens } = doc;
  // (A relative clause set off by commas is skipped, its verb and its names: ", which Boeing unveiled in 2007,".)
  const asides: [number, number][] = [];
  let open = -1;
  let verb = -1;
  for (let k = range[0]; k < range[1] && verb < 0; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && /^(?:which|who|whose)$/.test(tokens[k + 1]?.lower ?? '')) open = t.start;
    else if (t.text === ',' && open >= 0) {
      asides.push([open, t.start]);
      open = -1;
    } else if (open < 0 && (t.pos === 'VERB' || t.pos === 'AUX')) verb = k;
  }
  if (verb < 0) return null;
  const from = tokens[range[0]]!.start;
  const to = tokens[verb]!.start;
  // The last name before the verb, outside the asides; or, failing one, the pronoun there resolved
  // to a product ("It is only 9.3 millimetres thick. It also has …").
  for (let i = lastStartingBefore(named, to); i >= 0 && named[i]!.start >= from; i--) {
    const m = named[i]!;
    if (!asides.some(([x, y]) => m.start > x && m.start < y)) return m.kind === 'product' ? m : null;
  }
  for (let i = resolved.length - 1; i >= 0 && resolved[i]!.start >= from; i--) if (resolved[i]!.start < to && resolved[i]!.kind === 'product') return resolved[i]!;
  return null;
}

function isPartOfName(doc: Doc, k: number): boolean {
  return doc.tokens[k + 1]?.pos === 'PROPN' || doc.tokens[k - 1]?.pos === 'PROPN';
}

/** Person actor id → given name (person:steve-jobs → steve), and each given name → itself, for lookup. */
function givenNames(named: ActorMention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of named) {
    if (m.kind !== 'person') continue;
    // From the canonical id, not the surface text ("President Barack Obama"): person:barack-obama.
    const parts = m.actor.replace(/^person:/, '').split('-');
    if (parts.length < 2 || parts[0]!.length < 2) continue;
    out.set(m.actor, parts[0]!);
    out.set(parts[0]!, parts[0]!);
  }
  return out;
}
