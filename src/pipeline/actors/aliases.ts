/**
 * Another name for an actor just named: "Mohamed Hamdan Dagalo, known as Hemedti", "Ernesto
 * Guevara, better known as Che", "Joaquin Guzman, nicknamed El Chapo". The other name is a mention
 * of the same actor, there and for the rest of the article (a local name), and one of its aliases.
 */
import { emit, setLocal, spanKey, type ActorMention, type Ctx } from './context.ts';
import { isNameToken } from './people.ts';

/** The words between the name and its other name. */
const CUE_RE = /^,?\s+(?:(?:also|better|widely|commonly|popularly|locally)\s+)?(?:known\s+as|nicknamed|dubbed)\s+["“']?$/;
/** Words of the other name at most ("El Chapo", "Che"). */
const MAX_ALIAS_TOKENS = 3;
/** Tokens looked at between the name and its other name (", better known as"). */
const MAX_CUE_TOKENS = 6;

/** After `mention` (ending at token `last`), its other name if the text gives one; true when found. */
export function matchAliasAfter(ctx: Ctx, mention: ActorMention, last: number): boolean {
  if (mention.kind === 'place') return false;
  for (let k = last + 2; k <= last + MAX_CUE_TOKENS && k < ctx.tokens.length; k++) {
    if (!isNameToken(ctx, k)) continue;
    if (!CUE_RE.test(ctx.text.slice(mention.end, ctx.tokens[k]!.start))) return false;
    let end = k;
    while (end + 1 < ctx.tokens.length && end + 1 < k + MAX_ALIAS_TOKENS && isNameToken(ctx, end + 1) && ctx.tokens[end + 1]!.start === ctx.tokens[end]!.end + 1) end++;
    emit(ctx, k, end, mention.actor, mention.kind);
    setLocal(ctx, spanKey(ctx, k, end), mention.actor);
    ctx.discovered.get(mention.actor)?.aliases.add(ctx.mentions.at(-1)!.text);
    return true;
  }
  return false;
}
