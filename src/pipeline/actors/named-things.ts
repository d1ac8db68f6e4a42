/**
 * Named things that events are about, beside people and institutions (issue 21): agreements,
 * laws and resolutions, operations, named events and facilities (headed-names.ts), market
 * indices, currencies and commodities (market-names.ts). Found by the shapes their names take and
 * by small shipped knowledge files, not by a list of the stories' names:
 * - operation: "Operation" and its capitalised name ("Operation Allied Force"); facility: "Camp"
 *   and its ("Camp Bondsteel");
 * - law: a numbered resolution ("UN Security Council Resolution 1244", "Resolution 1244"), named
 *   by its number alone, so it is one entity however the article introduces it;
 * - event, facility: names with no head noun from data/knowledge/named-events-facilities.json
 *   ("Euromaidan", "Nord Stream").
 * A thing named in more than one way is one entity by data/knowledge/agreements.json and
 * named-events-facilities.json ("the First Agreement of Principles …" is the Brussels Agreement).
 * The id is the kind and the name without "the" ("agreement:brussels-agreement"). A named thing
 * wins over any actor mention it overlaps ("Brussels" in "the Brussels agreement" is no place
 * there). Later in the article, "the agreement" ("the treaty", "the war", "the bridge", "the
 * operation") is the one named before with that head noun, when the article named only one with
 * it (for agreements and laws, only one of that kind).
 */
import type { ActorKind } from '../../model/dataset.ts';
import type { Doc, Token } from '../text/doc.ts';
import { mergeWinning, type ActorMention } from './context.ts';
import { headKind, matchCoordinatedFacilities, matchHeaded } from './headed-names.ts';
import type { KbActor } from './kb.ts';
import { matchMarketName } from './market-names.ts';
import { isCapitalised, slug } from './tokens.ts';
import knownAgreements from '../../../data/knowledge/agreements.json' with { type: 'json' };
import knownIndices from '../../../data/knowledge/indices.json' with { type: 'json' };
import knownNamed from '../../../data/knowledge/named-events-facilities.json' with { type: 'json' };

type ThingKind = Extract<ActorKind, 'agreement' | 'law' | 'operation' | 'index' | 'currency' | 'commodity' | 'event' | 'facility'>;

/** Other names of a thing, "kind|lower case" → its canonical name: one entity, however it is named. */
const CANONICAL = new Map<string, string>();
const canonicalOf = (kind: ThingKind, names: string[][]): void => {
  for (const [name, ...aliases] of names) for (const alias of [name!, ...aliases]) CANONICAL.set(`${kind}|${alias.toLowerCase()}`, name!);
};
canonicalOf('agreement', (knownAgreements as unknown as { agreements: string[][] }).agreements);
// ("The FTSE 100 Index", found by its head noun, is the FTSE 100.)
canonicalOf('index', (knownIndices as unknown as { indices: string[][] }).indices.map((names) => [...names, ...names.map((n) => `${n} Index`)]));
const NAMED = knownNamed as unknown as { events: string[][]; facilities: string[][] };
canonicalOf('event', NAMED.events);
canonicalOf('facility', NAMED.facilities);

/** Known names without a head noun, by first word, longest first: their words and what they name. */
const KNOWN_BY_FIRST = new Map<string, { words: string[]; kind: ThingKind; name: string }[]>();
for (const [kind, names] of [['event', NAMED.events], ['facility', NAMED.facilities]] as const) {
  for (const [name, ...aliases] of names) {
    for (const alias of [name!, ...aliases]) {
      const words = alias.split(' ');
      KNOWN_BY_FIRST.set(words[0]!, [...(KNOWN_BY_FIRST.get(words[0]!) ?? []), { words, kind, name: name! }]);
    }
  }
}
for (const list of KNOWN_BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Kinds whose things "the <head noun>" may refer back to. */
const REFERABLE = new Set<ThingKind>(['agreement', 'law', 'operation', 'event', 'facility', 'index']);
/** Kinds whose "the <head>" may not be followed by a qualifier: "the war in Ukraine" is not the Kosovo War named before. */
const QUALIFIABLE = new Set<ThingKind>(['operation', 'event', 'facility']);
/** Kinds whose "the <head>" needs the article to have named only things of one head noun of that kind. */
const STRICT = new Set<ThingKind>(['agreement', 'law']);
const QUALIFIERS = new Set(['in', 'of', 'on', 'between', 'against', 'at', 'near', 'over']);


interface Found {
  from: number;
  /** One past the last token. */
  to: number;
  kind: ThingKind;
  name: string;
  /** The head noun that "the …" later refers back with ("agreement", "bridge"); none for a market name. */
  head?: string | null;
  /** Who issues it (a currency), by name. */
  issuer?: string | null;
}

export interface NamedThings {
  mentions: ActorMention[];
  discovered: KbActor[];
}

/** Mentions with the named things added (and the actor mentions they overlap taken out). */
export function recogniseNamedThings(doc: Doc, mentions: ActorMention[], contentStart = 0): NamedThings {
  const { tokens, body } = doc;
  const found: ActorMention[] = [];
  const discovered = new Map<string, KbActor>();
  const kinds = coveringKinds(tokens, mentions);
  const kindAt = (start: number): ActorKind | undefined => kinds.get(start);
  const countries = new Set(mentions.filter((m) => m.kind === 'country').map((m) => m.actor));
  /** Per kind, the head noun of each thing named so far ("agreement", "bridge") → its ids. */
  const named = new Map<ThingKind, Map<string, Set<string>>>();
  /** A thing found: its mention, its entity, and its head noun for "the bridge" later. */
  const file = (next: Found): void => {
    next.name = CANONICAL.get(`${next.kind}|${next.name.toLowerCase()}`) ?? next.name;
    const id = `${next.kind}:${slug(next.name)}`;
    const text = body.slice(tokens[next.from]!.start, tokens[next.to - 1]!.end);
    if (!discovered.has(id)) discovered.set(id, { id, name: next.name, kind: next.kind, aliases: new Set(), affiliations: next.issuer ? [{ actor: next.issuer, role: 'issuer' }] : [] });
    // (An alias is a whole name as written: not "Jarinje" nor "Brnjak crossings" of "the Jarinje and Brnjak crossings".)
    const asWritten = text.replace(/^the\s+/i, '');
    const whole = next.kind !== 'facility' || !next.head || asWritten.toLowerCase().endsWith(next.head);
    if (text !== next.name && whole) discovered.get(id)!.aliases.add(asWritten);
    found.push({ start: tokens[next.from]!.start, end: tokens[next.to - 1]!.end, text, actor: id, kind: next.kind });
    // (A market index, however named, is what "the index" refers back to.)
    const head = next.head ?? (next.kind === 'index' ? 'index' : null);
    if (head && REFERABLE.has(next.kind)) {
      const heads = named.get(next.kind) ?? new Map<string, Set<string>>();
      heads.set(head, (heads.get(head) ?? new Set()).add(id));
      named.set(next.kind, heads);
    }
  };
  for (let k = 0; k < tokens.length; ) {
    if (tokens[k]!.start < contentStart) {
      k++;
      continue;
    }
    // "the Jarinje and Brnjak crossings": two facilities; the first is filed here, the second as the match.
    const pair = matchCoordinatedFacilities(tokens, k, kindAt);
    if (pair) file(pair[0]);
    const next: Found | null =
      pair?.[1] ??
      matchMarketName(tokens, k, body, countries, kindAt) ??
      matchOperation(tokens, k, body) ??
      matchResolution(tokens, k) ??
      matchHeaded(tokens, k, kindAt) ??
      matchKnown(tokens, k) ??
      matchCamp(tokens, k);
    if (next) {
      file(next);
      k = next.to;
      continue;
    }
    // "a new bridge" after "the Gazela Bridge": "the bridge" from then on may be the new one.
    const t = tokens[k]!;
    if ((t.lower === 'a' || t.lower === 'an') && k + 1 < tokens.length) {
      const noun = tokens[k + 2]?.pos === 'NOUN' && tokens[k + 1]!.pos === 'ADJ' ? tokens[k + 2]! : tokens[k + 1]!;
      const kind = headKind(noun.lower);
      if (kind) named.get(kind)?.delete(noun.lower);
    }
    const reference = matchReference(tokens, k, named);
    if (reference) {
      const noun = tokens[k + 1]!;
      found.push({ start: t.start, end: noun.end, text: body.slice(t.start, noun.end), actor: reference.id, kind: reference.kind });
      k += 2;
      continue;
    }
    k++;
  }
  if (found.length === 0) return { mentions, discovered: [] };
  return { mentions: mergeWinning(mentions, found), discovered: [...discovered.values()] };
}

/**
 * "the agreement" after the one "… Agreement" the article named ("the treaty" after one treaty,
 * "the resolution" after "Resolution 1244", "the bridge" after "the Gazela Bridge"), when the
 * article named only that one thing of the kind with that head noun.
 */
function matchReference(tokens: Token[], k: number, named: ReadonlyMap<ThingKind, Map<string, Set<string>>>): { id: string; kind: ThingKind } | null {
  const t = tokens[k]!;
  const noun = tokens[k + 1];
  // The head noun as the name has it: "the agreements" after "the Brussels Agreement" are several, not it.
  if (!noun || t.lower !== 'the' || noun.sentence !== t.sentence || isCapitalised(tokens[k + 2]?.text ?? '')) return null;
  const kind: ThingKind | undefined = noun.lower === 'operation' ? 'operation' : headKind(noun.lower);
  const heads = kind ? named.get(kind) : undefined;
  const same = heads?.get(noun.lower);
  // "the agreement" after a Treaty and an Accord could be either; "the bridge" after a bridge and a crossing is the bridge.
  if (!kind || same?.size !== 1 || (STRICT.has(kind) && heads!.size !== 1)) return null;
  const after = tokens[k + 2];
  if (QUALIFIABLE.has(kind) && after && after.sentence === t.sentence && QUALIFIERS.has(after.lower)) return null;
  // A noun after it makes it a modifier ("the crossing point", "the bridge games"): another thing.
  if (after && after.sentence === t.sentence && after.pos === 'NOUN') return null;
  return { id: [...same][0]!, kind };
}

/** For each token a mention covers (by its start offset), the mention's kind: "Plant" in "Robert Plant" is a person's. */
function coveringKinds(tokens: Token[], mentions: readonly ActorMention[]): Map<number, ActorKind> {
  const out = new Map<number, ActorKind>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let m = 0;
  for (const t of tokens) {
    while (m < sorted.length && sorted[m]!.end <= t.start) m++;
    const mention = sorted[m];
    if (mention && mention.start <= t.start && t.end <= mention.end) out.set(t.start, mention.kind);
  }
  return out;
}

/** ", an anti-abortion group": what an "Operation …" that is an organisation is called. */
const GROUP_APPOSITIVE_RE = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|movement|charity|company|network|campaign)\b/i;

/** A word and the capitalised words after it, at most four, in one sentence: "Operation Allied Force", "Camp Bondsteel". */
function capitalisedAfter(tokens: Token[], k: number): number {
  let to = k + 1;
  while (to < tokens.length && to - k <= 4 && isCapitalised(tokens[to]!.text) && tokens[to]!.sentence === tokens[k]!.sentence) to++;
  return to;
}

function matchOperation(tokens: Token[], k: number, body: string): Found | null {
  if (tokens[k]!.text !== 'Operation') return null;
  const to = capitalisedAfter(tokens, k);
  if (to === k + 1 || GROUP_APPOSITIVE_RE.test(body.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 60))) return null;
  return { from: k, to, kind: 'operation', name: tokens.slice(k, to).map((t) => t.text).join(' '), head: 'operation' };
}

/** "Camp Bondsteel", "Camp David": a military or government camp, by its name. */
function matchCamp(tokens: Token[], k: number): Found | null {
  if (tokens[k]!.text !== 'Camp') return null;
  const to = capitalisedAfter(tokens, k);
  return to === k + 1 ? null : { from: k, to, kind: 'facility', name: tokens.slice(k, to).map((t) => t.text).join(' '), head: 'camp' };
}

/**
 * "Resolution 1244": named by its number alone. The body that adopted it, written before it ("UN
 * Security Council Resolution 1244"), stays its own mention (an actor of the event too).
 */
function matchResolution(tokens: Token[], k: number): Found | null {
  const t = tokens[k]!;
  if (t.text !== 'Resolution' || !/^\d{1,5}(?:\/\d{1,5})?$/.test(tokens[k + 1]?.text ?? '')) return null;
  return { from: k, to: k + 2, kind: 'law', name: `Resolution ${tokens[k + 1]!.text}`, head: 'resolution' };
}

/** A known name without a head noun ("Euromaidan", "Nord Stream 2"), word for word, "the" before it included. */
function matchKnown(tokens: Token[], k: number): Found | null {
  for (const known of KNOWN_BY_FIRST.get(tokens[k]!.text) ?? []) {
    const to = k + known.words.length;
    if (to > tokens.length || !known.words.every((w, j) => tokens[k + j]!.text === w && tokens[k + j]!.sentence === tokens[k]!.sentence)) continue;
    // A longer name goes on ("the Holocaust Museum").
    const after = tokens[to];
    if (after && after.sentence === tokens[k]!.sentence && isCapitalised(after.text) && after.start === tokens[to - 1]!.end + 1) continue;
    return { from: tokens[k - 1]?.lower === 'the' ? k - 1 : k, to, kind: known.kind, name: known.name, head: null };
  }
  return null;
}
