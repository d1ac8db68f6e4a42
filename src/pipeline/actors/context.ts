/** Per-article matching state shared by the actor matchers, and the helpers that update it. */
import type { ActorKind } from '../../model/dataset.ts';
import type { KbActor, KnowledgeBase } from './kb.ts';
import type { Token } from './tokens.ts';

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
  taken: Uint8Array; // token index → already part of a mention
  mentions: ActorMention[];
  discovered: Map<string, KbActor>;
  /** Article-local names: surname, abbreviation, short form key → actor id. */
  local: Map<string, string>;
  seen: Set<string>;
}

export function createCtx(text: string, tokens: Token[], kb: KnowledgeBase): Ctx {
  return { text, tokens, kb, taken: new Uint8Array(tokens.length), mentions: [], discovered: new Map(), local: new Map(), seen: new Set() };
}

export function kindOf(ctx: Ctx, id: string): ActorKind {
  return ctx.kb.actors.get(id)?.kind ?? ctx.discovered.get(id)?.kind ?? (id.split(':')[0] as ActorKind);
}

export function emit(ctx: Ctx, from: number, to: number, actor: string, kind?: ActorKind): void {
  for (let k = from; k <= to; k++) ctx.taken[k] = 1;
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to]!.end;
  ctx.mentions.push({ start, end, text: ctx.text.slice(start, end), actor, kind: kind ?? kindOf(ctx, actor) });
  if (!actor.startsWith('place:')) ctx.seen.add(actor);
}

export function span(ctx: Ctx, from: number, to: number): string {
  return ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to]!.end);
}

/** Tokens from..to are one run of words on one line (no sentence punctuation between them). */
export function contiguous(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const gap = ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k + 1]!.start);
    if (!/^[ \t]*$/.test(gap)) return false;
  }
  return true;
}

