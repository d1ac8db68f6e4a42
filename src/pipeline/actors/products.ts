/**
 * Products as entities of events: phones, aircraft, software, vehicles, weapons systems. Found by
 * the shapes their names take, not by a list of the stories' products:
 * - a camel-case brand with its model ("iPhone 4", "iPod Touch", "iTunes Store", "MacBook Air");
 * - a maker the article names, straight before a model code ("Boeing 787", "Airbus A380"), after
 *   which the model alone ("the 787") is the same product;
 * - the shipped knowledge in data/knowledge/products.json for names with no such shape ("Windows");
 * - the brand alone after one model of it ("the new iPhone" after "iPhone 4") is that model, as
 *   "the 787" is the Boeing 787; not after two models, nor "the original iPhone".
 * A name the actor recogniser took for an organisation or a place becomes the product instead.
 */
import type { ActorKind } from '../../model/dataset.ts';
import type { Doc, Token } from '../text/doc.ts';
import { mergeWinning, type ActorMention } from './context.ts';
import type { KbActor, KnowledgeBase } from './kb.ts';
import { NOT_ACTOR_END_RE } from './cues.ts';
import { nameKey, slug } from './tokens.ts';
import known from '../../../data/knowledge/products.json' with { type: 'json' };

const PRODUCT: ActorKind = 'product';
/** Lower-camel brands (iPhone, iPod, eReader) and upper-camel ones (MacBook, PlayStation, QuickTime). */
const CAMEL_RE = /^(?:[a-z]{1,2}[A-Z][a-z]+[A-Za-z]*|[A-Z][a-z]+[A-Z][a-z]+[A-Za-z]*)$/;
/**
 * Model designations after a brand: 4, 3G, 3GS, 5s, X, II, 360; SE, OS ("iPhone OS" is a product of
 * its own, not the phone); a version, 2.0 ("the iPhone 2.0 update" is software, not the phone).
 */
const VERSION = String.raw`\d{1,2}(?:\.\d{1,2}){1,2}`;
const MODEL_RE = new RegExp(String.raw`^(?:\d{1,4}[A-Za-z]{0,3}|[A-Z]{1,3}|[IVX]{1,4}|${VERSION})$`);
const VERSION_RE = new RegExp(`^${VERSION}$`);
/** Capitals after a brand that are a place or a body, not a model: "iPhone US sales". */
const NOT_MODEL = new Set(['US', 'UK', 'EU', 'UN', 'USA', 'AT']);
/** Model words after a brand: "iPod Touch", "MacBook Air", "iTunes Store". */
const MODEL_WORDS = new Set(['Touch', 'Nano', 'Mini', 'Air', 'Pro', 'Max', 'Plus', 'Classic', 'Shuffle', 'Store', 'Music', 'Ultra', 'Lite', 'Dreamliner', 'Neo']);
/**
 * Model words written in lower case, as the maker styles them ("iPod touch", "iPod nano") or as
 * a writer does ("the iTunes store"): the same product, named with a capital.
 */
const LOWER_MODEL_WORDS = new Set(['touch', 'nano', 'mini', 'shuffle', 'classic', 'store']);
/** A maker's model code: 787, A380, A400M, 737-800, F-35. */
const CODE_RE = /^(?:[A-Z]{0,2}-?\d{2,4}[A-Z]{0,2}(?:-\d{1,3})?)$/;

interface Known {
  name: string;
  maker: string | null;
}
const KNOWN = new Map<string, Known>();
for (const [name, maker, ...aliases] of (known as unknown as { products: [string, string | null, ...string[]][] }).products) {
  for (const n of [name, ...aliases]) KNOWN.set(n, { name, maker });
}
const KNOWN_MAX_WORDS = Math.max(...[...KNOWN.keys()].map((k) => k.split(' ').length));
/** First words of the known names: most tokens start none, and are passed over at once. */
const KNOWN_FIRST = new Set([...KNOWN.keys()].flatMap((k) => [k.split(' ')[0]!, k.split(/[\s-]/)[0]!]));

export interface Products {
  mentions: ActorMention[];
  discovered: KbActor[];
}

/** Mentions with the products added (and names that were products taken back from other kinds). */
export function recogniseProducts(doc: Doc, mentions: ActorMention[], kb: KnowledgeBase, contentStart = 0): Products {
  const { tokens, body } = doc;
  const found: ActorMention[] = [];
  const discovered = new Map<string, KbActor>();
  const models = new Map<string, { id: string; name: string }>(); // "787" → Boeing 787, in this article
  const brandModels = new Map<string, string | null>(); // "iPhone" → iPhone 4, in this article; null: several models named
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const people = mentions.filter((m) => m.kind === 'person');
  const add = (from: number, to: number, name: string, maker: string | null): number => {
    const id = `product:${slug(name)}`;
    if (!discovered.has(id)) discovered.set(id, { id, name, kind: PRODUCT, aliases: new Set(), affiliations: maker ? [{ actor: maker, role: 'maker' }] : [] });
    const text = body.slice(tokens[from]!.start, tokens[to - 1]!.end);
    if (text !== name) discovered.get(id)!.aliases.add(text);
    found.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, text, actor: id, kind: PRODUCT });
    return to;
  };
  for (let k = 0; k < tokens.length; ) {
    const t = tokens[k]!;
    if (t.start < contentStart) {
      k++;
      continue;
    }
    const next = matchKnown(tokens, k, body) ?? matchCamel(tokens, k, kb, people) ?? matchMakerModel(tokens, k, byStart) ?? matchModel(tokens, k, models) ?? matchOwnModel(tokens, k, mentions);
    if (!next) {
      k++;
      continue;
    }
    if (next.brand) {
      // "the new iPhone" after "iPhone 4": the one model of the brand the article named (none when it named two).
      const model = next.to === k + 1 && !EARLIER_MODEL.has(tokens[k - 1]?.lower ?? '') ? brandModels.get(next.brand) : undefined;
      if (model) next.name = model;
      // (A software version is no model of the hardware: "the iPhone 3.0 software" leaves "the new iPhone" the 3GS.)
      else if (next.to > k + 1 && !VERSION_RE.test(tokens[next.to - 1]!.text)) brandModels.set(next.brand, brandModels.has(next.brand) && brandModels.get(next.brand) !== next.name ? null : next.name);
    }
    const end = add(k, next.to, next.name, next.maker);
    // (A known product's model code too: "the 787" after "Boeing 787".)
    const code = next.model ?? (next.to - k > 1 && CODE_RE.test(tokens[next.to - 1]!.text) ? tokens[next.to - 1]!.text : undefined);
    if (code) models.set(code, { id: `product:${slug(next.name)}`, name: next.name });
    k = end;
  }
  if (found.length === 0) return { mentions, discovered: [] };
  // A product wins over any other mention it overlaps ("MacBook Air" as an organisation, "Windows" as a place).
  return { mentions: mergeWinning(mentions, found), discovered: [...discovered.values()] };
}

interface Match {
  to: number;
  name: string;
  maker: string | null;
  model?: string;
  /** A camel-case brand ("iPhone"), with or without its model. */
  brand?: string;
}

/** Before a bare brand, words that say it is not the model named before ("the original iPhone"). */
const EARLIER_MODEL = new Set(['original', 'first', 'previous', 'old', 'older', 'earlier', 'prior']);

function matchKnown(tokens: Token[], k: number, body: string): Match | null {
  const first = tokens[k]!.text;
  // (The tagger may split a plural model, "A380s", as "A3" "80s".)
  const glued = tokens[k + 1] && tokens[k + 1]!.start === tokens[k]!.end ? first + tokens[k + 1]!.text : '';
  if (!KNOWN_FIRST.has(first) && !KNOWN_FIRST.has(pluralStem(first)) && !KNOWN_FIRST.has(pluralStem(glued))) return null;
  for (let n = Math.min(KNOWN_MAX_WORDS + 2, tokens.length - k); n >= 1; n--) {
    const last = tokens[k + n - 1]!;
    if (last.sentence !== tokens[k]!.sentence) continue;
    const text = body.slice(tokens[k]!.start, last.end);
    // ("Dreamliners", "A380s": the product in the plural.)
    const entry = KNOWN.get(text) ?? KNOWN.get(pluralStem(text));
    if (entry) return { to: k + n, name: entry.name, maker: entry.maker };
  }
  return null;
}

/**
 * A model name without its plural "s" ("A380s" → "A380", "787s" → "787", "Dreamliners" →
 * "Dreamliner"); "" when the text is no such plural.
 */
function pluralStem(text: string): string {
  return /(?:\d|[A-Z]|[a-z]{3})s$/.test(text) && !/ss$/.test(text) ? text.slice(0, -1) : '';
}

/** Upper-camel surnames and names ("McCain", "DeSantis", "MacArthur") are no brands unless a model follows. */
const SURNAME_PREFIX_RE = /^(?:Mc|Mac|O|De|Di|Da|Du|La|Le|Van|Von|St)(?=[A-Z])/;

function matchCamel(tokens: Token[], k: number, kb: KnowledgeBase, people: ActorMention[]): Match | null {
  const t = tokens[k]!;
  if (!CAMEL_RE.test(t.text)) return null;
  // A known company ("YouTube", "PayPal") or a person's name stays what it is.
  if (kb.byName.has(nameKey(t.text)) || people.some((p) => p.start <= t.start && t.end <= p.end)) return null;
  let to = k + 1;
  // (Letters glued to a model number are part of it, "3" + "GS": the tagger may split "3GS".)
  const glued = (j: number): boolean => tokens[j]!.start === tokens[j - 1]!.end && /^[A-Z]{1,3}$/.test(tokens[j]!.text) && /\d$/.test(tokens[j - 1]!.text);
  while (to < tokens.length && to - k <= 3 && tokens[to]!.sentence === t.sentence && ((MODEL_RE.test(tokens[to]!.text) && !NOT_MODEL.has(tokens[to]!.text)) || MODEL_WORDS.has(tokens[to]!.text) || LOWER_MODEL_WORDS.has(tokens[to]!.text) || glued(to))) {
    // "iPhone 4 on June 24": a number followed by a month or "percent" is not a model.
    if (/^\d+$/.test(tokens[to]!.text) && /^(?:percent|%|million|billion|times)$/i.test(tokens[to + 1]?.text ?? '')) break;
    to++;
  }
  // An upper-camel word alone is as often a company ("YouTube", "PayPal") as a product: only with a model.
  if (to === k + 1 && (SURNAME_PREFIX_RE.test(t.text) || /^[A-Z]/.test(t.text))) return null;
  if (to === k + 1 && opensLongerName(tokens, k)) return null;
  // "iPods" where the article also names the iPod: the product, in the plural (all of its models,
  // none in particular). Not "iTunes", whose "s" is no plural: only where the singular is written.
  const singular = to === k + 1 && /[a-z]s$/.test(t.text) ? t.text.slice(0, -1) : '';
  if (singular && CAMEL_RE.test(singular) && tokens.some((x) => x.text === singular)) return { to, name: singular, maker: null };
  // As written: "iPhone 3G", which the tagger may read as "3" and "G".
  // (A model word in lower case with its capital: "iTunes store" is the iTunes Store.)
  const word = (x: Token): string => (LOWER_MODEL_WORDS.has(x.text) ? x.text[0]!.toUpperCase() + x.text.slice(1) : x.text);
  const name = tokens.slice(k, to).map((x, j) => (j > 0 && x.start !== tokens[k + j - 1]!.end ? ` ${word(x)}` : word(x))).join('');
  return { to, name, maker: null, brand: t.text };
}

/** Most capitalised words after a brand that make it part of another name. */
const MAX_NAME_TAIL = 3;

/** Heads of names of things made for a product, not the product: "the iPhone Software Development Kit". */
const FOR_PRODUCT_END_RE = /^(?:Kit|Toolkit|SDK)$/;

/**
 * "the iPhone Developer Program", "the iPod Design Awards", "the iPhone Software Development Kit":
 * a brand before capitalised words that end in a program's, document's, event's or kit's head noun
 * modifies that name; it is not the product.
 */
function opensLongerName(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j <= k + MAX_NAME_TAIL && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[k]!.sentence || !/^\p{Lu}/u.test(t.text) || t.start - tokens[j - 1]!.end !== 1) return false;
    if (NOT_ACTOR_END_RE.test(t.text) || FOR_PRODUCT_END_RE.test(t.text)) return true;
  }
  return false;
}

function matchMakerModel(tokens: Token[], k: number, byStart: Map<number, ActorMention>): Match | null {
  const maker = byStart.get(tokens[k]!.start);
  if (!maker || maker.kind !== 'organization') return null;
  let m = k;
  while (m < tokens.length && tokens[m]!.end <= maker.end) m++;
  const code = tokens[m];
  if (!code || code.sentence !== tokens[k]!.sentence || !CODE_RE.test(code.text) || code.start - maker.end > 1) return null;
  // A year after a company is not a model: "Apple 2010 results".
  if (/^(?:19|20)\d{2}$/.test(code.text)) return null;
  // "777X": the tagger may split a letter off the number.
  let to = m + 1;
  let model = code.text;
  const glued = tokens[to];
  if (glued && glued.start === code.end && /^[A-Z]{1,2}\d?$/.test(glued.text)) {
    model += glued.text;
    to++;
  }
  return { to, name: `${maker.text} ${model}`, maker: maker.text, model };
}

/** A model's class noun, in the singular: "its 777 airliner", "Boeing's 747 jumbo", "its A400M programme". */
const MODEL_CLASS = new Set(['airliner', 'jet', 'jetliner', 'jumbo', 'plane', 'airplane', 'aeroplane', 'freighter', 'family', 'programme', 'program', 'model', 'variant', 'series', 'fighter', 'helicopter', 'aircraft', 'sedan', 'pickup', 'truck', 'car', 'phone', 'handset', 'console', 'chip', 'processor']);
/** Corporate endings a model's name leaves out: "Boeing Co." makes the "Boeing 777". */
const CORPORATE_END_RE = /\s+(?:Co\.?|Corp\.?|Inc\.?|Ltd\.?|plc|PLC|Company|Corporation)$/;

/**
 * A maker's model named by its code after the maker's possessive or "its": "Boeing's 747 jumbo",
 * "Boeing … a new version of its 777 airliner". The code stands before a model's class noun in the
 * singular, so that a count ("its 30 planes", "Ford's 500 dealers") is none; "its" is the nearest
 * organisation named before it in the sentence.
 */
function matchOwnModel(tokens: Token[], k: number, mentions: ActorMention[]): Match | null {
  const code = tokens[k]!;
  const before = tokens[k - 1];
  if (!before || !CODE_RE.test(code.text) || /^(?:19|20)\d{2}$/.test(code.text) || !MODEL_CLASS.has(tokens[k + 1]?.lower ?? '')) return null;
  if (tokens[k + 1]!.sentence !== code.sentence || (tokens[k + 1]!.lower === 'aircraft' && !/[A-Z]/.test(code.text))) return null;
  const possessive = /^['’]s$/.test(before.text);
  if (!possessive && before.lower !== 'its') return null;
  // (The sentence's first token, walked back to from the code: not a search of the whole document.)
  let first = k;
  while (first > 0 && tokens[first - 1]!.sentence === code.sentence) first--;
  const sentenceStart = tokens[first]!.start;
  const maker = possessive ? mentions.find((m) => m.end === before.start) : mentions.findLast((m) => m.end <= before.start && m.start >= sentenceStart);
  if (!maker || maker.kind !== 'organization') return null;
  const name = `${maker.text.replace(/^the\s+/i, '').replace(CORPORATE_END_RE, '')} ${code.text}`;
  // (The shipped name of a model the knowledge lists: "Boeing's 787 jet" is the Boeing 787 Dreamliner.)
  const known = KNOWN.get(name);
  return { to: k + 1, name: known?.name ?? name, maker: known?.maker ?? maker.text, model: code.text };
}

function matchModel(tokens: Token[], k: number, models: Map<string, { id: string; name: string }>): Match | null {
  const t = tokens[k]!;
  const glued = tokens[k + 1];
  const joined = glued && glued.start === t.end ? models.get(t.text + glued.text) : undefined;
  if (joined) return { to: k + 2, name: joined.name, maker: null };
  // ("15 more 787s" after the Boeing 787: the same product, in the plural.)
  const known = models.get(t.text) ?? models.get(pluralStem(t.text));
  return known ? { to: k + 1, name: known.name, maker: null } : null;
}
