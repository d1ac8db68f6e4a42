/**
 * Finds actor mentions in one article: known names (longest match), capitals acting as
 * governments, demonyms, abbreviations defined in the text, people introduced by a title, a role
 * noun, a given name or a verb of saying, organisations and places named by their head noun or
 * context; and coreference by surname, initials, short forms ("the alliance") and titles ("the
 * prime minister" for the one person the article gave that title).
 */
import type { KbActor, KnowledgeBase } from './kb.ts';
import { matchAliasAfter } from './aliases.ts';
import { createCtx, type ActorMention, type Ctx } from './context.ts';
import { matchKnown } from './known.ts';
import { matchCapitalRun, resolveDeferred } from './names.ts';
import { matchRolePerson, matchTitledPerson, matchTitleReference } from './people.ts';
import { isArticleName, tokenise } from './tokens.ts';

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

/** Recognise actors in `text`, skipping everything before `skip.end` (the dateline). */
export function recogniseActors(
  text: string,
  kb: KnowledgeBase,
  skip?: { start: number; end: number } | null,
): Recognised {
  const ctx = createCtx(text, tokenise(text, skip?.end ?? 0), kb);
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.taken[i] || !mayStart(kb, ctx.tokens[i]!.text, ctx.keys[i]!)) continue;
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
  ctx.mentions.sort((a, b) => a.start - b.start);
  return { mentions: ctx.mentions, discovered: [...ctx.discovered.values()] };
}
