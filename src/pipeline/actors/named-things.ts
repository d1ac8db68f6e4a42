/**
 * Named things that events are about, beside people and institutions (issue 21): agreements,
 * laws and resolutions, operations, market indices. Found by the shapes their names take, not
 * by a list of the stories' names:
 * - agreement: capitalised words before a head noun ("the Brussels Agreement", "Dayton Accords",
 *   "Stabilisation and Association Agreement", "the Ohrid agreement" after a place) or "Treaty of
 *   Lisbon";
 * - law: the same before "Act", "Law", "Bill", "Directive", "Constitution", "Resolution", and a
 *   numbered resolution ("UN Security Council Resolution 1244", "Resolution 1244");
 * - operation: "Operation" and its capitalised name ("Operation Allied Force");
 * - index: data/knowledge/indices.json ("the Dow", "FTSE 100", "Nikkei").
 * An agreement named in more than one way is one entity by data/knowledge/agreements.json ("the
 * First Agreement of Principles …" is the Brussels Agreement).
 * The id is the kind and the name without "the" ("agreement:brussels-agreement"); a numbered
 * resolution is named by its number alone, so "Resolution 1244" is one entity however the
 * article introduces it. A named thing wins over any actor mention it overlaps ("Brussels" in
 * "the Brussels agreement" is no place there). Later in the article, "the agreement" ("the
 * treaty", "the accords") is the agreement named before with that head noun, when the article
 * named only one agreement.
 */
import type { ActorKind } from '../../model/dataset.ts';
import type { Doc, Token } from '../text/doc.ts';
import { mergeWinning, type ActorMention } from './context.ts';
import type { KbActor } from './kb.ts';
import { slug } from './tokens.ts';
import known from '../../../data/knowledge/indices.json' with { type: 'json' };
import knownAgreements from '../../../data/knowledge/agreements.json' with { type: 'json' };

type ThingKind = Extract<ActorKind, 'agreement' | 'law' | 'operation' | 'index'>;

const AGREEMENT_HEADS = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'pact', 'protocol', 'convention', 'charter', 'plan', 'deal', 'annex', 'roadmap', 'memorandum']);
// Not "bill": far more often a given name ("President Bill Clinton").
const LAW_HEADS = new Set(['act', 'law', 'directive', 'constitution', 'resolution', 'decree', 'amendment']);
/** Head nouns that make a named agreement even in lower case after a place ("the Ohrid agreement", "the Dayton accords"). */
const LOWER_AGREEMENT_HEADS = new Set(['agreement', 'accord', 'accords', 'treaty', 'pact']);
/** Words that join the capitalised words of a name ("Stabilisation and Association Agreement", "Law on Foreigners"). */
const JOINS = new Set(['and', 'of', 'on', 'for', '&']);
/** At most this many words before the head. */
const MAX_NAME_WORDS = 6;
/** At most this many words from the head on ("Agreement of Principles Governing the Normalisation of Relations"). */
const MAX_TAIL_WORDS = 10;
/** Capitalised words that open sentences or say when, and do not open a name ("In", "On", "The", "Monday"). */
const NOT_FIRST_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'Under', 'After', 'Before', 'This', 'That', 'Its', 'Their', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

interface Index {
  name: string;
  alias: string;
}
/** Index aliases, longest first: "Dow Jones Industrial Average" before "Dow". */
const INDEX_ALIASES: Index[] = (known as unknown as { indices: string[][] }).indices
  .flatMap(([name, ...aliases]) => [name!, ...aliases].map((alias) => ({ name: name!, alias })))
  .sort((a, b) => b.alias.length - a.alias.length);
const INDEX_FIRST = new Set(INDEX_ALIASES.map((a) => a.alias.slice(0, 2)));
/** First characters of the aliases: most tokens are passed over without a slice of the body. */
const INDEX_FIRST_CHAR = new Set(INDEX_ALIASES.map((a) => a.alias.charCodeAt(0)));
/** Names of an index that also name a company or an exchange ("Dow Jones said", "the Dow Jones tender offer"). */
const SHARED_WITH_COMPANIES = new Set((known as unknown as { sharedWithCompanies: string[] }).sharedWithCompanies);
/** After a shared name, words that say it is the index ("the Dow fell", "the Nikkei average"). */
const MARKET_WORD_RE = /^\s+(?:index|average|industrials?|composite|fell|rose|closed|gained|lost|dropped|slipped|climbed|jumped|ended|finished|added|shed|tumbled|plunged|soared|surged|slid|edged|hit|reached|opened)\b/i;

/** Other names of an agreement, lower case → its canonical name (data/knowledge/agreements.json): one entity, however it is named. */
const AGREEMENT_NAMES = new Map(
  (knownAgreements as unknown as { agreements: string[][] }).agreements.flatMap(([name, ...aliases]) => [name!, ...aliases].map((alias) => [alias.toLowerCase(), name!] as const)),
);

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const titleCase = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

interface Found {
  from: number;
  /** One past the last token. */
  to: number;
  kind: ThingKind;
  name: string;
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
  const countries = new Set(mentions.filter((m) => m.kind === 'country' || m.kind === 'group').map((m) => m.start));
  /** Per kind, the head noun of each agreement or law named so far ("agreement", "treaty", "constitution") → its ids. */
  const named = { agreement: new Map<string, Set<string>>(), law: new Map<string, Set<string>>() };
  for (let k = 0; k < tokens.length; ) {
    if (tokens[k]!.start < contentStart) {
      k++;
      continue;
    }
    const next = matchIndex(tokens, k, body) ?? matchOperation(tokens, k, body) ?? matchResolution(tokens, k) ?? matchHeaded(tokens, k, countries);
    if (next) {
      if (next.kind === 'agreement') next.name = AGREEMENT_NAMES.get(next.name.toLowerCase()) ?? next.name;
      const id = `${next.kind}:${slug(next.name)}`;
      const text = body.slice(tokens[next.from]!.start, tokens[next.to - 1]!.end);
      if (!discovered.has(id)) discovered.set(id, { id, name: next.name, kind: next.kind, aliases: new Set(), affiliations: [] });
      if (text !== next.name) discovered.get(id)!.aliases.add(text.replace(/^the\s+/i, ''));
      found.push({ start: tokens[next.from]!.start, end: tokens[next.to - 1]!.end, text, actor: id, kind: next.kind });
      if (next.kind === 'agreement' || next.kind === 'law') {
        const heads = next.kind === 'agreement' ? AGREEMENT_HEADS : LAW_HEADS;
        const head = next.name.split(' ').find((w) => heads.has(w.toLowerCase()))?.toLowerCase() ?? '';
        named[next.kind].set(head, (named[next.kind].get(head) ?? new Set()).add(id));
      }
      k = next.to;
      continue;
    }
    // "the agreement" after the one "… Agreement" the article named ("the treaty" after one treaty,
    // "the resolution" after "Resolution 1244", "the constitution" after "the Constitution of Kosovo").
    const t = tokens[k]!;
    const noun = tokens[k + 1];
    // The head noun as the name has it: "the agreements" after "the Brussels Agreement" are several, not it.
    if (noun && t.lower === 'the' && noun.sentence === t.sentence && !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) {
      const kind = AGREEMENT_HEADS.has(noun.lower) ? 'agreement' : LAW_HEADS.has(noun.lower) ? 'law' : null;
      const same = kind ? named[kind].get(noun.lower) : undefined;
      if (kind && same?.size === 1 && named[kind].size === 1) {
        found.push({ start: t.start, end: noun.end, text: body.slice(t.start, noun.end), actor: [...same][0]!, kind });
        k += 2;
        continue;
      }
    }
    k++;
  }
  if (found.length === 0) return { mentions, discovered: [] };
  return { mentions: mergeWinning(mentions, found), discovered: [...discovered.values()] };
}

/** The token index ending at `end` from `k` on, or -1 if `end` falls inside a token. */
function tokenEnding(tokens: Token[], k: number, end: number): number {
  for (let j = k; j < tokens.length && tokens[j]!.start < end; j++) if (tokens[j]!.end === end) return j;
  return -1;
}

function matchIndex(tokens: Token[], k: number, body: string): Found | null {
  const t = tokens[k]!;
  if (!INDEX_FIRST_CHAR.has(body.charCodeAt(t.start)) || !INDEX_FIRST.has(body.slice(t.start, t.start + 2))) return null;
  for (const { name, alias } of INDEX_ALIASES) {
    if (!body.startsWith(alias, t.start)) continue;
    const end = t.start + alias.length;
    // A whole word, not followed by another name word ("Dow Chemical" is a company).
    if (/[\p{L}\p{N}]/u.test(body.charAt(end)) || /^\s+\p{Lu}/u.test(body.slice(end, end + 3))) continue;
    const last = tokenEnding(tokens, k, end);
    if (last < 0) continue;
    const the = k > 0 && tokens[k - 1]!.lower === 'the';
    if (SHARED_WITH_COMPANIES.has(alias) && !MARKET_WORD_RE.test(body.slice(end, end + 16)) && !(the && /^[,.;]/.test(body.charAt(end)))) return null;
    return { from: the ? k - 1 : k, to: last + 1, kind: 'index', name };
  }
  return null;
}

/** ", an anti-abortion group": what an "Operation …" that is an organisation is called. */
const GROUP_APPOSITIVE_RE = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|movement|charity|company|network|campaign)\b/i;

function matchOperation(tokens: Token[], k: number, body: string): Found | null {
  if (tokens[k]!.text !== 'Operation') return null;
  let to = k + 1;
  while (to < tokens.length && to - k <= 4 && isCapitalised(tokens[to]!) && tokens[to]!.sentence === tokens[k]!.sentence) to++;
  if (to === k + 1 || GROUP_APPOSITIVE_RE.test(body.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 60))) return null;
  return { from: k, to, kind: 'operation', name: tokens.slice(k, to).map((t) => t.text).join(' ') };
}

/**
 * "Resolution 1244": named by its number alone. The body that adopted it, written before it ("UN
 * Security Council Resolution 1244"), stays its own mention (an actor of the event too).
 */
function matchResolution(tokens: Token[], k: number): Found | null {
  const t = tokens[k]!;
  if (t.text !== 'Resolution' || !/^\d{1,5}(?:\/\d{1,5})?$/.test(tokens[k + 1]?.text ?? '')) return null;
  return { from: k, to: k + 2, kind: 'law', name: `Resolution ${tokens[k + 1]!.text}` };
}

/** Capitalised words before an agreement or law head noun ("the Brussels Agreement"), or the head first ("Treaty of Lisbon"). */
function matchHeaded(tokens: Token[], k: number, countries: ReadonlySet<number>): Found | null {
  // The run starts at k: a capitalised word (or "the" before one).
  const start = tokens[k]!.lower === 'the' ? k + 1 : k;
  const first = tokens[start];
  if (!first || !isCapitalised(first) || NOT_FIRST_WORDS.has(first.text)) return null;
  const sameSentence = (j: number): boolean => tokens[j]?.sentence === first.sentence;
  const isHead = (t: Token): boolean => AGREEMENT_HEADS.has(t.lower) || LAW_HEADS.has(t.lower);
  const found = (h: number, to: number): Found | null => {
    // A longer name goes on ("North Atlantic Treaty Organization"): not an agreement.
    if (sameSentence(to) && isCapitalised(tokens[to]!) && tokens[to]!.start === tokens[to - 1]!.end + 1) return null;
    const words = tokens.slice(start, to).map((x) => x.text);
    words[h - start] = titleCase(words[h - start]!);
    return { from: k, to, kind: AGREEMENT_HEADS.has(tokens[h]!.lower) ? 'agreement' : 'law', name: words.join(' ') };
  };
  /** After a capitalised head, "of Lisbon", "on Foreigners", "of Principles Governing the Normalisation of Relations": the name goes on. */
  const tail = (h: number): number => {
    let to = h + 1;
    if (!['of', 'on'].includes(tokens[to]?.lower ?? '')) return to;
    // "Agreement on the Path to Normalisation": "the" may come first.
    const article = tokens[to + 1]?.lower === 'the' ? 1 : 0;
    if (!sameSentence(to + 1 + article) || !isCapitalised(tokens[to + 1 + article]!)) return to;
    to += 2 + article;
    while (sameSentence(to) && to - h < MAX_TAIL_WORDS) {
      if (isCapitalised(tokens[to]!)) to++;
      else if (['of', 'the', 'and', 'on', 'for', 'to'].includes(tokens[to]!.lower) && sameSentence(to + 1) && isCapitalised(tokens[to + 1]!)) to += 2;
      else break;
    }
    return to;
  };
  if (isHead(first)) {
    const to = tail(start);
    return to > start + 1 ? found(start, to) : null;
  }
  for (let h = start + 1; h < tokens.length && h - start <= MAX_NAME_WORDS && sameSentence(h); h++) {
    const t = tokens[h]!;
    const capital = /^\p{Lu}/u.test(t.text);
    if (isHead(t)) {
      // "… Resolution 1244" is named by its number (matchResolution, at the head).
      if (t.lower === 'resolution' && /^\d/.test(tokens[h + 1]?.text ?? '')) return null;
      if (capital) return found(h, tail(h));
      // "the Ohrid agreement": one capitalised word, not a country, after "the".
      if (LOWER_AGREEMENT_HEADS.has(t.lower) && h === start + 1 && k < start && !countries.has(first.start)) return found(h, h + 1);
      return null;
    }
    const joins = JOINS.has(t.lower) && isCapitalised(tokens[h + 1] ?? t) && h + 1 < tokens.length;
    if (!capital && !joins) return null;
  }
  return null;
}
