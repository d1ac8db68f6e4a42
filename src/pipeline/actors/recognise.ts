/**
 * Finds actor mentions in one article: known names (longest match), capitals acting as
 * governments, demonyms, abbreviations defined in the text, people introduced by a title or a
 * verb of saying, organisations named by their head noun, surname and short-form coreference.
 */
import type { KbActor, KnowledgeBase } from './kb.ts';
import { createCtx, type ActorMention } from './context.ts';
import { matchKnown } from './known.ts';
import { matchCapitalRun, matchTitledPerson } from './people.ts';
import { tokenise } from './tokens.ts';

export type { ActorMention };

export interface Recognised {
  mentions: ActorMention[];
  /** Actors not in the knowledge base, found from the text (people, organisations). */
  discovered: KbActor[];
}

/** Recognise actors in `text`, skipping everything before `skip.end` (the dateline). */
export function recogniseActors(text: string, kb: KnowledgeBase, skip?: { start: number; end: number } | null): Recognised {
  const ctx = createCtx(text, tokenise(text, skip?.end ?? 0), kb);
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.taken[i]) continue;
    if (!matchTitledPerson(ctx, i) && !matchKnown(ctx, i)) matchCapitalRun(ctx, i);
  }
  ctx.mentions.sort((a, b) => a.start - b.start);
  return { mentions: ctx.mentions, discovered: [...ctx.discovered.values()] };
}
