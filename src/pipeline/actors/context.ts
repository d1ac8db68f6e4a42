/** Per-article matching state shared by the actor matchers, and the helpers that update it. */
import type { ActorKind } from '../../model/dataset.ts';
import type { KbActor, KnowledgeBase } from './kb.ts';
import { tokenise, tokenKey, type Token } from './tokens.ts';

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** Actor id; for places, a `place:` id that is not an actor of events. */
  actor: string;
  kind: ActorKind;
}

export interface Ctx {
  text: string;
  tokens: Token[];
  kb: KnowledgeBase;
  /** Token index → its tokenKey, made once: the matchers look each token up many times. */
  keys: string[];
  taken: Uint8Array; // token index → already part of a mention
  /** Token index → 1 when its word looks like a name (isNameToken), 2 when not, 0 not yet known. */
  nameShape: Uint8Array;
  mentions: ActorMention[];
  discovered: Map<string, KbActor>;
  /** Article-local names: surname, abbreviation, short form key → actor id. */
  local: Map<string, string>;
  /** First token key of an article-local name → its most tokens (like kb.firstTokens). */
  localFirst: Map<string, number>;
  seen: Set<string>;
  /** Token index → 1 when the token opens a sentence (or a line, or a quotation that opens one). */
  sentenceStart: Uint8Array;
  /** Token index → 1 when only spaces or tabs (or nothing) part it from the next token: contiguous() reads it. */
  joinsNext: Uint8Array;
  /** Words written in lower case somewhere in the article ("shares"): capitalised, they are not names. */
  lowerWords: Set<string>;
  /** Capitalised runs [first, last token] left out for lack of evidence, tried again after the pass. */
  deferred: [number, number][];
  /** Keys the article shows are not names ("MRO" defined as "Maintenance, Repair and Overhaul"). */
  skip: Set<string>;
  /** Title or role stated for a person in the article ("prime minister") → that person, or null when two people share it. */
  titled: Map<string, string | null>;
}

/** Abbreviations whose dot does not end a sentence. */
const NO_STOP = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'jr',
  'sr',
  'prof',
  'capt',
  'sgt',
  'adm',
  'maj',
  'no',
  'vs',
  'inc',
  'corp',
  'co',
  'ltd',
  'mt',
  'ft',
  'rev',
  'hon',
  'messrs',
  'u.s',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'w',
]);

/** What a context knows of the whole article: shared by the contexts of its pieces (recognise.ts). */
export type ArticleState = Pick<
  Ctx,
  'mentions' | 'discovered' | 'local' | 'localFirst' | 'seen' | 'lowerWords' | 'skip' | 'titled'
>;

export function articleState(): ArticleState {
  return {
    mentions: [],
    discovered: new Map(),
    local: new Map(),
    localFirst: new Map(),
    seen: new Set(),
    lowerWords: new Set(),
    skip: new Set(),
    titled: new Map(),
  };
}

/** Words written in lower case in `tokens` go into `into`. */
export function noteLowerWords(tokens: Token[], into: Set<string>): void {
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) into.add(t.text);
  }
}

/** The context of `tokens` (an article's, or a piece's with the article's `state`). */
export function createCtx(
  text: string,
  tokens: Token[],
  kb: KnowledgeBase,
  state: ArticleState = articleState(),
): Ctx {
  const sentenceStart = new Uint8Array(tokens.length);
  const joinsNext = new Uint8Array(tokens.length);
  const keys = new Array<string>(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    keys[k] = tokenKey(t.text);
    sentenceStart[k] = opensSentence(text, tokens, k, sentenceStart) ? 1 : 0;
    joinsNext[k] = k + 1 < tokens.length && onlyBlanks(text, t.end, tokens[k + 1]!.start) ? 1 : 0;
  }
  noteLowerWords(tokens, state.lowerWords);
  // (State written out, not spread: "...state" into a literal of this size took V8 about 8 µs, a
  // third of the actor stage on a one-sentence article.)
  return {
    mentions: state.mentions,
    discovered: state.discovered,
    local: state.local,
    localFirst: state.localFirst,
    seen: state.seen,
    lowerWords: state.lowerWords,
    skip: state.skip,
    titled: state.titled,
    text,
    tokens,
    kb,
    keys,
    taken: new Uint8Array(tokens.length),
    nameShape: new Uint8Array(tokens.length),
    sentenceStart,
    joinsNext,
    deferred: [],
  };
}

/** Whether token k opens a sentence; `opens` holds the answers for the tokens before k. */
function opensSentence(text: string, tokens: Token[], k: number, opens: Uint8Array): boolean {
  if (k === 0) return true;
  const prev = tokens[k - 1]!;
  for (let c = prev.end; c < tokens[k]!.start; c++) if (text.charCodeAt(c) === 10) return true;
  if (prev.text.length === 1 && OPENING_MARKS.includes(prev.text))
    return k === 1 || opens[k - 1] === 1 || isOneOf(tokens[k - 2]?.text ?? '', ':.!?');
  if (prev.text === '!' || prev.text === '?' || prev.text === ':') return true;
  if (prev.text !== '.') return false;
  const before = tokens[k - 2];
  return !before || before.end !== prev.start || !NO_STOP.has(before.text.toLowerCase());
}

/** Quotes and brackets that open a sentence when the mark before them ends one. */
const OPENING_MARKS = '"“‘\'([';

const isOneOf = (word: string, chars: string): boolean => word.length === 1 && chars.includes(word);

/** Record an article-local name (surname, abbreviation, short name) for the rest of the article. */
export function setLocal(ctx: Ctx, key: string, id: string): void {
  if (!key) return;
  ctx.local.set(key, id);
  const words = tokenise(key).map((t) => t.text);
  const first = words[0] === 'the' && words.length > 1 ? 1 : 0;
  const firstKey = tokenKey(words[first] ?? '');
  ctx.localFirst.set(firstKey, Math.max(ctx.localFirst.get(firstKey) ?? 0, words.length - first));
}

export function kindOf(ctx: Ctx, id: string): ActorKind {
  return (
    ctx.kb.actors.get(id)?.kind ?? ctx.discovered.get(id)?.kind ?? (id.split(':')[0] as ActorKind)
  );
}

export function emit(ctx: Ctx, from: number, to: number, actor: string, kind?: ActorKind): void {
  for (let k = from; k <= to; k++) ctx.taken[k] = 1;
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to]!.end;
  ctx.mentions.push({
    start,
    end,
    text: ctx.text.slice(start, end),
    actor,
    kind: kind ?? kindOf(ctx, actor),
  });
  if (!actor.startsWith('place:')) ctx.seen.add(actor);
}

export function span(ctx: Ctx, from: number, to: number): string {
  return ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to]!.end);
}

/** Tokens from..to are one run of words on one line (no sentence punctuation between them). */
export function contiguous(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.joinsNext[k] !== 1) return false;
  return true;
}

/** Whether text[from, to) is only spaces and tabs (or empty). */
function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** nameKey of tokens from..to, built from the cached token keys (the matchers' hot path). */
export function spanKey(ctx: Ctx, from: number, to: number): string {
  let key = ctx.keys[from]!;
  for (let k = from + 1; k <= to; k++) {
    const word = ctx.keys[k]!;
    const gap = ctx.tokens[k]!.start > ctx.tokens[k - 1]!.end;
    key += word === '-' || key.endsWith('-') || !gap ? word : ` ${word}`;
  }
  return key.startsWith('the ') ? key.slice(4) : key;
}

/**
 * `found` (new mentions, in text order) merged into `mentions` (in text order): each found mention
 * wins over every mention it overlaps. Both lists in one sweep: a long article may hold thousands
 * of each.
 */
export function mergeWinning(
  mentions: readonly ActorMention[],
  found: readonly ActorMention[],
): ActorMention[] {
  const kept: ActorMention[] = [];
  let f = 0;
  for (const m of mentions) {
    while (f < found.length && found[f]!.end <= m.start) f++;
    let overlaps = false;
    for (let g = f; g < found.length && found[g]!.start < m.end; g++)
      if (found[g]!.end > m.start) overlaps = true;
    if (!overlaps) kept.push(m);
  }
  return [...kept, ...found].sort((a, b) => a.start - b.start || a.end - b.end);
}
