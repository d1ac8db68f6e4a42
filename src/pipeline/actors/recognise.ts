/**
 * Finds actor mentions in one article: known names (longest match), capitals acting as
 * governments, demonyms, abbreviations defined in the text, people introduced by a title, a role
 * noun, a given name or a verb of saying, organisations and places named by their head noun or
 * context; and coreference by surname, initials, short forms ("the alliance") and titles ("the
 * prime minister" for the one person the article gave that title).
 */
import type { KbActor, KnowledgeBase } from './kb.ts';
import { matchAliasAfter } from './aliases.ts';
import { articleState, createCtx, noteLowerWords, type ActorMention, type Ctx } from './context.ts';
import { matchKnown } from './known.ts';
import { matchCapitalRun, resolveDeferred } from './names.ts';
import { matchRolePerson, matchTitledPerson, matchTitleReference } from './people.ts';
import { isArticleName, tokenise } from './tokens.ts';
import { PIECE_CHARS, pieces } from '../text/pieces.ts';

/** Lower-case words that can open a mention ("the alliance", "ethnic Serbs", "this bloc"). */
const LOWER_STARTS = new Set(['the', 'this', 'that', 'ethnic', 'local']);

/** Most words cannot start a mention: skip them without running the matchers. */
function mayStart(kb: KnowledgeBase, word: string, key: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c < 128 && !(c >= 97 && c <= 122)) return false; // digits, punctuation
  if (c < 128) return LOWER_STARTS.has(word) || kb.firstTokens.has(key) || isArticleName(word); // a-z: not upper case
  return /^\p{Lu}/u.test(word) || kb.firstTokens.has(key);
}

export type { ActorMention };

/** The index of the token ending at `end`, from `from` on. */
function lastTokenOf(ctx: Ctx, from: number, end: number): number {
  let k = from;
  while (k + 1 < ctx.tokens.length && ctx.tokens[k]!.end < end) k++;
  return k;
}

export interface Recognised {
  mentions: ActorMention[];
  /** Actors not in the knowledge base, found from the text (people, organisations). */
  discovered: KbActor[];
}

/**
 * Recognise actors in `text`, skipping everything before `skip.end` (the dateline). A text longer
 * than a piece (text/pieces.ts) is read a piece at a time, its tokens dropped after each, with
 * what the article has shown so far (its names, short forms, titles, lower-case words) shared: a
 * run left undecided is decided by the end of its piece, not of the text.
 */
export function recogniseActors(
  text: string,
  kb: KnowledgeBase,
  skip?: { start: number; end: number } | null,
): Recognised {
  const from = skip?.end ?? 0;
  const state = articleState();
  if (text.length - from <= PIECE_CHARS)
    recogniseIn(createCtx(text, tokenise(text, from), kb, state));
  else {
    const parts = pieces(text, from);
    // Lower-case words count wherever they are in the article ("shares" makes "Shares" no name).
    for (const [start, end] of parts) noteLowerWords(tokenise(text, start, end), state.lowerWords);
    for (const [start, end] of parts)
      recogniseIn(createCtx(text, tokenise(text, start, end), kb, state));
  }
  state.mentions.sort((a, b) => a.start - b.start);
  return { mentions: state.mentions, discovered: [...state.discovered.values()] };
}

function recogniseIn(ctx: Ctx): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.taken[i] || !mayStart(ctx.kb, ctx.tokens[i]!.text, ctx.keys[i]!)) continue;
    const before = ctx.mentions.length;
    if (
      !matchKnown(ctx, i) &&
      !matchTitledPerson(ctx, i) &&
      !matchRolePerson(ctx, i) &&
      !matchTitleReference(ctx, i)
    )
      matchCapitalRun(ctx, i);
    // "…, known as Hemedti": the last name found may have another.
    const named = ctx.mentions.length > before ? ctx.mentions.at(-1)! : null;
    if (named) matchAliasAfter(ctx, named, lastTokenOf(ctx, i, named.end));
  }
  resolveDeferred(ctx);
}
