/**
 * What markets report on, as entities of events (issue 21): market indices ("the Dow", "FTSE
 * 100"), currencies ("the dinar", "the Swiss franc") and commodities ("Brent crude", "gold prices"),
 * from the shipped knowledge in data/knowledge/{indices,currencies,commodities}.json.
 * - A name shared with a company ("Dow Jones") or a common word ("gold", "oil") is the market thing
 *   only in a market context: before "price(s)", "futures" or a market verb ("the Dow fell", "gold
 *   rose"), or after "price of" or "spot".
 * - A currency after a number is an amount ("5 million dinars"), not the currency.
 * - A bare currency word several currencies share ("the dinar") is the one whose country the
 *   article names, else the one the knowledge makes the default ("the dollar": US dollar), else none.
 */
import type { ActorKind } from '../../model/dataset.ts';
import type { Token } from '../text/doc.ts';
import { isCapitalised, slug } from './tokens.ts';
import knownIndices from '../../../data/knowledge/indices.json' with { type: 'json' };
import knownCurrencies from '../../../data/knowledge/currencies.json' with { type: 'json' };
import knownCommodities from '../../../data/knowledge/commodities.json' with { type: 'json' };

export type MarketKind = Extract<ActorKind, 'index' | 'currency' | 'commodity'>;

export interface MarketName {
  from: number;
  /** One past the last token. */
  to: number;
  kind: MarketKind;
  name: string;
  /** Who issues it (a currency's country or central bank), by name; null if none. */
  issuer: string | null;
}

/** How a market moves, in the past and the present ("the Dow dipped", "the Nasdaq sinks"). */
const MARKET_VERBS = [
  'fell rose closed gained lost dropped slipped climbed jumped ended finished added shed tumbled plunged soared surged slid edged hit reached opened rallied',
  'dipped declined sank slumped plummeted dived retreated rebounded recovered advanced eased firmed weakened strengthened',
  'falls rises closes gains loses drops slips climbs jumps ends finishes adds sheds tumbles plunges soars surges slides edges hits reaches opens rallies',
  'dips declines sinks slumps plummets dives retreats rebounds recovers advances eases firms weakens strengthens',
].join(' ');
/**
 * After a shared name, words that say it is the index ("the Dow fell", "the Nikkei average", "the
 * Dow Jones was down", "the FTSE, however, gained"); not a refusal, which is the company's
 * ("Dow Jones declined to comment").
 */
const MARKET_WORD_RE = new RegExp(`^(?:\\s*,\\s*(?:however|meanwhile|though|too|also|in turn)\\s*,)?\\s+(?:index|average|industrials?|composite|(?:was|is|were|are)\\s+(?:up|down|higher|lower)|${MARKET_VERBS.replace(/ /g, '|')})\\b(?!\\s+to\\s+(?:comment|say|elaborate|discuss|give|provide|disclose|name|confirm))`, 'i');
/** After a commodity's common word: "gold prices", "oil futures". */
const AFTER_COMMODITY = new Set(['price', 'prices', 'futures', 'contract', 'contracts', 'market', 'markets']);
/** A market verb after a commodity's common word, when a figure follows ("gold rose 2%", "oil fell to $40"; not "corn fell over"). */
const MARKET_VERB_SET = new Set(MARKET_VERBS.split(' '));
/** Words after a market verb that say a price moved: a number, a percentage, a record. */
const FIGURE_RE = /^(?:\d|\$|€|£|%|percent|record|high|low|cents?)/i;
/** Before a commodity's common word: "the price of oil", "spot gold". */
const BEFORE_COMMODITY = new Set(['spot']);
const PRICE_OF = new Set(['price', 'prices']);
/** Words before a currency that make it an amount ("5 million euros", "a dollar", "thousands of dinars", "top dollar"). */
const AMOUNT_WORDS = new Set(['a', 'an', 'one', 'per', 'each', 'every', 'top', 'million', 'millions', 'billion', 'billions', 'trillion', 'thousand', 'thousands', 'hundred', 'hundreds', 'few', 'several', 'many']);
/** Before a bare plural ("dinars"), the words that make it the currency ("paid in dinars"); elsewhere it is money ("investors' dollars"). */
const PLURAL_AFTER = new Set(['in', 'into']);

// --- indices -------------------------------------------------------------------------------

interface IndexAlias {
  name: string;
  alias: string;
}
/** Index aliases, longest first: "Dow Jones Industrial Average" before "Dow". */
const INDEX_ALIASES: IndexAlias[] = (knownIndices as unknown as { indices: string[][] }).indices
  .flatMap(([name, ...aliases]) => [name!, ...aliases].map((alias) => ({ name: name!, alias })))
  .sort((a, b) => b.alias.length - a.alias.length);
const INDEX_FIRST = new Set(INDEX_ALIASES.map((a) => a.alias.slice(0, 2)));
/** First characters of the aliases: most tokens are passed over without a slice of the body. */
const INDEX_FIRST_CHAR = new Set(INDEX_ALIASES.map((a) => a.alias.charCodeAt(0)));
/** Names of an index that also name a company or an exchange ("Dow Jones said", "the Dow Jones tender offer"). */
const SHARED_WITH_COMPANIES = new Set((knownIndices as unknown as { sharedWithCompanies: string[] }).sharedWithCompanies);

/** The token index ending at `end` from `k` on, or -1 if `end` falls inside a token. */
function tokenEnding(tokens: Token[], k: number, end: number): number {
  for (let j = k; j < tokens.length && tokens[j]!.start < end; j++) if (tokens[j]!.end === end) return j;
  return -1;
}

function matchIndex(tokens: Token[], k: number, body: string): MarketName | null {
  const t = tokens[k]!;
  if (!INDEX_FIRST_CHAR.has(body.charCodeAt(t.start)) || !INDEX_FIRST.has(body.slice(t.start, t.start + 2))) return null;
  for (const { name, alias } of INDEX_ALIASES) {
    if (!body.startsWith(alias, t.start)) continue;
    // ("the Russell 2000 Index": the name with its head noun.)
    const end = t.start + alias.length + (/^\s+Index\b/.exec(body.slice(t.start + alias.length, t.start + alias.length + 8))?.[0].length ?? 0);
    // A whole word, not followed by another name word ("Dow Chemical" is a company).
    if (/[\p{L}\p{N}]/u.test(body.charAt(end)) || /^\s+\p{Lu}/u.test(body.slice(end, end + 3))) continue;
    const last = tokenEnding(tokens, k, end);
    if (last < 0) continue;
    const the = k > 0 && tokens[k - 1]!.lower === 'the';
    if (SHARED_WITH_COMPANIES.has(alias) && !MARKET_WORD_RE.test(body.slice(end, end + 40)) && !(the && /^[,.;]/.test(body.charAt(end)))) return null;
    return { from: the ? k - 1 : k, to: last + 1, kind: 'index', name, issuer: null };
  }
  return null;
}

// --- currencies and commodities ------------------------------------------------------------

interface Entry {
  name: string;
  kind: 'currency' | 'commodity';
  issuer: string | null;
  /** Ids of the countries that pick this currency for a shared bare word. */
  countries: string[];
  default: boolean;
}

interface Phrase {
  /** The words, lower case. */
  words: string[];
  /** The entries it may name: one, or several for a shared bare word ("dinar"). */
  entries: Entry[];
  /** A bare word: chosen by country, never after a number. */
  bare: boolean;
  /** Only in a market context ("gold prices"). */
  market: boolean;
  /** Only after "the" ("the pound"). */
  afterThe: boolean;
  /** Its first letter is a capital as written ("Brent", "WTI"), not a common word's. */
  capital: boolean;
}

interface CurrencyJson { name: string; issuer?: string; aliases?: string[]; words?: string[]; countries?: string[]; default?: boolean; the?: boolean }
interface CommodityJson { name: string; aliases?: string[]; market?: string[] }

const PHRASES = new Map<string, Phrase>();
function addPhrase(text: string, entry: Entry, how: Pick<Phrase, 'bare' | 'market' | 'afterThe'>): void {
  const key = `${entry.kind}|${text.toLowerCase()}`;
  const capital = isCapitalised(text);
  const existing = PHRASES.get(key);
  if (!existing) PHRASES.set(key, { words: text.toLowerCase().split(' '), entries: [entry], ...how, capital });
  else {
    // A name that is also a word ("Euro", "euro"): one phrase, as loose as the looser of the two.
    if (!existing.entries.includes(entry)) existing.entries.push(entry);
    existing.bare &&= how.bare;
    existing.market &&= how.market;
    existing.afterThe &&= how.afterThe;
    existing.capital &&= capital;
  }
}
for (const c of (knownCurrencies as unknown as { currencies: CurrencyJson[] }).currencies) {
  const entry: Entry = { name: c.name, kind: 'currency', issuer: c.issuer ?? null, countries: (c.countries ?? []).map((n) => `country:${slug(n)}`), default: c.default === true };
  const words = c.words ?? [];
  for (const alias of [c.name, ...(c.aliases ?? [])]) {
    addPhrase(alias, entry, { bare: false, market: false, afterThe: false });
    // "Canadian dollars", "Serbian dinars": the plural the words list for the name's last word.
    const last = alias.split(' ').at(-1)!.toLowerCase();
    if (alias.includes(' ') && words.includes(`${last}s`)) addPhrase(`${alias}s`, entry, { bare: false, market: false, afterThe: false });
  }
  for (const word of words) addPhrase(word, entry, { bare: true, market: false, afterThe: c.the === true });
}
for (const c of (knownCommodities as unknown as { commodities: CommodityJson[] }).commodities) {
  const entry: Entry = { name: c.name, kind: 'commodity', issuer: null, countries: [], default: true };
  const market = new Set((c.market ?? []).map((w) => w.toLowerCase()));
  // The name too, unless it is a common word that needs a market context ("Gold").
  for (const alias of [c.name, ...(c.aliases ?? [])]) if (!market.has(alias.toLowerCase())) addPhrase(alias, entry, { bare: false, market: false, afterThe: false });
  for (const word of market) addPhrase(word, entry, { bare: false, market: true, afterThe: false });
}
/** Phrases by their first word, longest first ("Brent crude oil" before "Brent crude"). */
const BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES.values()) BY_FIRST.set(p.words[0]!, [...(BY_FIRST.get(p.words[0]!) ?? []), p]);
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

const isNumber = (t: Token | undefined): boolean => !!t && (t.pos === 'NUM' || /^\d/.test(t.text));

/**
 * "5 million dinars", "a dollar", "thousands of euros", "100,000 Kenyan shillings", "$9.99 US
 * dollars": an amount, not the currency (`k` is the currency word, after any qualifier).
 */
function isAmount(tokens: Token[], k: number): boolean {
  let j = k - 1;
  // Past the capitalised qualifiers of a bare word ("US", "Kenyan") to what stands before them.
  while (j >= k - 2 && j >= 0 && isCapitalised(tokens[j]!.text) && !AMOUNT_WORDS.has(tokens[j]!.lower) && tokens[j]!.sentence === tokens[k]!.sentence) j--;
  const prev = tokens[j];
  if (!prev) return false;
  if (isNumber(prev) || AMOUNT_WORDS.has(prev.lower)) return true;
  return prev.lower === 'of' && (AMOUNT_WORDS.has(tokens[j - 1]?.lower ?? '') || isNumber(tokens[j - 1]));
}

/** A bare plural of a currency's word ("dinars", "dollars"), where the singular is one of its words too. */
const isPluralWord = (p: Phrase): boolean => p.bare && p.words.length === 1 && p.words[0]!.endsWith('s') && PHRASES.has(`currency|${p.words[0]!.slice(0, -1)}`);

function marketContext(tokens: Token[], k: number, to: number): boolean {
  const after = tokens[to];
  const same = (j: number): boolean => tokens[j]?.sentence === tokens[k]!.sentence;
  if (after && same(to) && AFTER_COMMODITY.has(after.lower)) return true;
  if (after && same(to) && MARKET_VERB_SET.has(after.lower)) {
    for (let j = to + 1; j <= to + 4 && same(j); j++) if (FIGURE_RE.test(tokens[j]!.text) || tokens[j]!.pos === 'NUM') return true;
  }
  const before = tokens[k - 1];
  if (before && BEFORE_COMMODITY.has(before.lower)) return true;
  return before?.lower === 'of' && PRICE_OF.has(tokens[k - 2]?.lower ?? '');
}

/** The entry a phrase names here: a shared bare word by the countries the article names. */
function choose(p: Phrase, countries: ReadonlySet<string>): Entry | null {
  if (p.entries.length === 1 && (!p.bare || p.entries[0]!.default || p.entries[0]!.countries.some((c) => countries.has(c)))) return p.entries[0]!;
  const named = p.entries.filter((e) => e.countries.some((c) => countries.has(c)));
  // Two of its countries named ("Kosovo and Jordan … the dinar"): the default if it is one, else no guess.
  if (named.length > 1) return named.find((e) => e.default) ?? null;
  return named[0] ?? p.entries.find((e) => e.default) ?? null;
}

function matchPhrase(tokens: Token[], k: number, countries: ReadonlySet<string>, kindAt: (start: number) => ActorKind | undefined): MarketName | null {
  const t = tokens[k]!;
  // (Most words start no market name: looked up first, before anything else is asked of the word.)
  const phrases = BY_FIRST.get(t.lower);
  if (!phrases) return null;
  // A surname ("Adam Silver", "Raheem Sterling", "Lord Sugar") is a person's, not the market's.
  if (kindAt(t.start) === 'person') return null;
  const before = tokens[k - 1];
  if (isCapitalised(t.text) && before && before.sentence === t.sentence && isCapitalised(before.text) && before.lower !== 'the' && phrases.every((p) => p.words.length === 1)) return null;
  for (const p of phrases) {
    const to = k + p.words.length;
    if (to > tokens.length || tokens[to - 1]!.sentence !== t.sentence) continue;
    if (!p.words.every((w, j) => tokens[k + j]!.lower === w)) continue;
    if (p.capital && !isCapitalised(t.text)) continue;
    const the = tokens[k - 1]?.lower === 'the';
    if (p.afterThe && !the) continue;
    if (p.market && !marketContext(tokens, k, to)) continue;
    const after = tokens[to];
    const sameSentence = after !== undefined && after.sentence === t.sentence;
    // A longer name goes on ("Sterling Inc.").
    if (sameSentence && isCapitalised(t.text) && isCapitalised(after.text) && after.start === tokens[to - 1]!.end + 1) continue;
    const kind = p.entries[0]!.kind;
    if (kind === 'currency') {
      // A bare word after a qualifier the knowledge does not list ("the Italian lira" were it not listed) is not guessed.
      if (p.bare && before && before.sentence === t.sentence && isCapitalised(before.text) && before.lower !== 'the') continue;
      // A noun after it makes it a modifier ("the euro zone", "the dollar amount", "the dinar ban"); a number, a name ("Euro 2024").
      if (isAmount(tokens, k) || (sameSentence && (after.pos === 'NOUN' || after.pos === 'NUM'))) continue;
      if (isPluralWord(p) && !PLURAL_AFTER.has(tokens[k - 1]?.lower ?? '')) continue;
    }
    const entry = choose(p, countries);
    if (!entry) continue;
    return { from: the ? k - 1 : k, to, kind, name: entry.name, issuer: entry.issuer };
  }
  return null;
}

/**
 * The market name starting at token `k`, or null; `countries` are the ids of the countries the
 * article names, `kindAt` the kind of the actor mention covering a token (by its start).
 */
export function matchMarketName(tokens: Token[], k: number, body: string, countries: ReadonlySet<string>, kindAt: (start: number) => ActorKind | undefined): MarketName | null {
  return matchIndex(tokens, k, body) ?? matchPhrase(tokens, k, countries, kindAt);
}
