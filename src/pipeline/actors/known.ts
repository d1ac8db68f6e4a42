/** Matching names the knowledge base or the article already knows. */
import type { KnowledgeBase } from './kb.ts';
import { contiguous, emit, kindOf, span, type Ctx } from './context.ts';
import { GOVERNMENT_VERB_RE, INSTITUTION_RE, ORG_HEAD_RE, STOP_CAPS } from './cues.ts';
import { isAllCaps, isCapitalised, nameKey } from './tokens.ts';

/** Known names, demonyms, capitals, article-local names and short forms; longest match wins. */
export function matchKnown(ctx: Ctx, i: number): boolean {
  const { kb, tokens } = ctx;
  for (let len = Math.min(kb.maxTokens, tokens.length - i); len >= 1; len--) {
    const j = i + len - 1;
    if (len > 1 && !contiguous(ctx, i, j)) continue;
    const surface = span(ctx, i, j);
    const key = nameKey(surface);
    if (kb.ignore.has(key)) return skipTokens(ctx, i, j);
    const startsLower = !isCapitalised(surface);
    let id = kb.byName.get(key) ?? ctx.local.get(key);
    if (id && startsLower && !/^(?:ethnic|local|the)\b/.test(surface)) id = undefined; // names are capitalised
    if (id && len === 1 && isAllCaps(kbSurfaceFor(kb, id, key) ?? '') && !isAllCaps(surface)) id = undefined; // "us" ≠ US
    // "Kosovo Liberation Army", "Serbian Radical Party": the organisation run wins over the country.
    if (id && kindOf(ctx, id) === 'country' && orgRunAhead(ctx, j)) return false;
    if (id) {
      const end = extendInstitution(ctx, j, id);
      emit(ctx, i, end, id);
      return true;
    }
    if (len === 1 && isCapitalised(surface)) {
      const country = kb.byDemonym.get(key);
      if (country && orgRunAhead(ctx, j)) return false;
      if (country) {
        emit(ctx, i, extendInstitution(ctx, j, country), country);
        return true;
      }
      const government = kb.byCapital.get(key);
      if (government) {
        if (actsAsGovernment(ctx, i)) emit(ctx, i, i, government);
        else emit(ctx, i, i, `place:${key.replace(/\s+/g, '-')}`, 'place');
        return true;
      }
    }
    if (len <= 3 && /^(?:the|this|that)\s/i.test(surface)) {
      const candidates = kb.shortForms.get(key);
      const id2 = candidates?.find((c) => ctx.seen.has(c));
      if (id2) {
        emit(ctx, i + 1, j, id2);
        return true;
      }
    }
  }
  return false;
}

function kbSurfaceFor(kb: KnowledgeBase, id: string, key: string): string | undefined {
  const actor = kb.actors.get(id);
  if (!actor) return undefined;
  return [actor.name, ...actor.aliases].find((a) => nameKey(a) === key);
}

function skipTokens(ctx: Ctx, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) ctx.taken[k] = 1;
  return true;
}

/** "Serbian government", "Kosovo police": the institution belongs to (and stands for) the country. */
function extendInstitution(ctx: Ctx, j: number, id: string): number {
  if (kindOf(ctx, id) !== 'country') return j;
  let k = j + 1;
  if (ctx.tokens[k]?.text === "'s") k++;
  const next = ctx.tokens[k];
  if (next && INSTITUTION_RE.test(next.text) && contiguous(ctx, j, k)) return k;
  return j;
}

/** "Belgrade said", "Pristina's decision", "between Belgrade and Pristina". */
function actsAsGovernment(ctx: Ctx, i: number): boolean {
  const after = ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i]!.end + 40);
  const before = ctx.text.slice(Math.max(0, ctx.tokens[i]!.start - 30), ctx.tokens[i]!.start);
  if (/^['’]s\b/.test(after) || GOVERNMENT_VERB_RE.test(after)) return true;
  if (/\b(?:between|and|by|from|with|urged|told|pressed|accused)\s+$/i.test(before) && !/\b(?:in|to|at|near|outside|into)\s+$/i.test(before)) return true;
  return /^\s+and\s+(?:Belgrade|Pristina|Moscow|Washington|Brussels|Beijing)\b/.test(after);
}


/** Capitalised words after token j that end in an organisation head noun ("… Liberation Army"). */
function orgRunAhead(ctx: Ctx, j: number): boolean {
  for (let k = j + 1; k <= j + 4 && k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (!isCapitalised(t.text) || STOP_CAPS.has(t.text) || !contiguous(ctx, k - 1, k)) return false;
    if (ORG_HEAD_RE.test(t.text)) return true;
  }
  return false;
}
