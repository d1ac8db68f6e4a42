/**
 * Names the knowledge base does not know: people introduced by a title, an appositive or a verb
 * of saying; organisations named by a head noun or defined with an abbreviation ("Kosovo Force
 * (KFOR)"). Each new name is registered for the rest of the article (surname, abbreviation).
 */
import type { ActorKind } from '../../model/dataset.ts';
import { contiguous, emit, span, type Ctx } from './context.ts';
import { APPOSITIVE_BEFORE_RE, MAX_TITLE_TOKENS, NOT_ACTOR_END_RE, ORG_HEAD_RE, SPEECH_VERB_RE, STOP_CAPS, TITLE_KEYS } from './cues.ts';
import { actorId, type KbActor } from './kb.ts';
import { isAllCaps, isCapitalised, nameKey } from './tokens.ts';

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'van', 'von', 'al', 'bin', 'da', 'di', 'del', 'der', 'la', 'le']);

function isNameToken(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && !ctx.taken[k] && isCapitalised(t.text) && /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(t.text) && !STOP_CAPS.has(t.text) && !TITLE_KEYS.has(t.text.toLowerCase());
}

/** A token that can be part of a person's name: not an organisation word, country or organisation. */
function isPersonToken(ctx: Ctx, k: number): boolean {
  if (!isNameToken(ctx, k) || ORG_HEAD_RE.test(ctx.tokens[k]!.text)) return false;
  const known = ctx.kb.byName.get(nameKey(ctx.tokens[k]!.text)) ?? ctx.kb.byDemonym.get(nameKey(ctx.tokens[k]!.text));
  return !known || known.startsWith('person:');
}

/** Title at token i (up to MAX_TITLE_TOKENS words); returns the index of its last token or -1. */
function titleAt(ctx: Ctx, i: number): number {
  for (let len = MAX_TITLE_TOKENS; len >= 1; len--) {
    const j = i + len - 1;
    if (j >= ctx.tokens.length || !contiguous(ctx, i, j)) continue;
    let words = span(ctx, i, j);
    if (ctx.tokens[j + 1]?.text === '.' && ctx.tokens[j + 1]!.start === ctx.tokens[j]!.end) words += '.';
    if (TITLE_KEYS.has(words.toLowerCase()) && isCapitalised(words)) return words.endsWith('.') && !span(ctx, i, j).endsWith('.') ? j + 1 : j;
  }
  return -1;
}

/** Month names that are also surnames ("Prime Minister Theresa May"). */
const MONTH_SURNAMES = new Set(['April', 'May', 'June', 'August']);

/** A month-name surname after a first name, not a date ("May 5"). */
function isMonthSurname(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && !ctx.taken[k] && MONTH_SURNAMES.has(t.text) && !/^\s*\d/.test(ctx.text.slice(t.end, t.end + 4));
}

/** Capitalised name tokens from `from`, at most `max`, on one line. Returns the last index or -1. */
function nameRun(ctx: Ctx, from: number, max: number): number {
  let last = -1;
  for (let k = from; k < from + max && (isPersonToken(ctx, k) || (k > from && isMonthSurname(ctx, k))); k++) {
    if (k > from && !contiguous(ctx, k - 1, k)) break;
    last = k;
  }
  return last;
}

function personFor(ctx: Ctx, from: number, to: number, role: { affiliation: string | null; title: string } | null): string {
  const full = span(ctx, from, to);
  const key = nameKey(full);
  const known = ctx.kb.byName.get(key) ?? ctx.local.get(key);
  if (known) return known;
  if (from === to) {
    // A lone surname after a title: the person named in full earlier, or a new one-word name.
    const id = actorId('person', full);
    register(ctx, id, full, 'person', role);
    return id;
  }
  const id = actorId('person', full);
  register(ctx, id, full, 'person', role);
  // Surname coreference inside the article; not for a month-name surname ("In May" is a date).
  if (!MONTH_SURNAMES.has(ctx.tokens[to]!.text)) ctx.local.set(nameKey(ctx.tokens[to]!.text), id);
  return id;
}

function register(ctx: Ctx, id: string, name: string, kind: ActorKind, role: { affiliation: string | null; title: string } | null): void {
  const actor: KbActor = ctx.discovered.get(id) ?? { id, name, kind, aliases: new Set(), affiliations: [] };
  if (role?.affiliation) actor.affiliations.push({ actor: role.affiliation, role: role.title || null });
  ctx.discovered.set(id, actor);
  ctx.local.set(nameKey(name), id);
}

/** "Kosovo Prime Minister Albin Kurti", "NATO Secretary General Jens Stoltenberg", "Gen. Smith". */
export function matchTitledPerson(ctx: Ctx, i: number): boolean {
  const titleEnd = titleAt(ctx, i);
  if (titleEnd < 0) return false;
  const nameEnd = nameRun(ctx, titleEnd + 1, 4);
  if (nameEnd < 0 || !contiguous(ctx, titleEnd, titleEnd + 1)) return false;
  const previous = ctx.mentions[ctx.mentions.length - 1];
  const adjacent = previous && /^(?:['’]s)?\s+$/.test(ctx.text.slice(previous.end, ctx.tokens[i]!.start));
  const affiliation = adjacent && previous.kind !== 'person' && previous.kind !== 'place' ? previous.actor : null;
  const title = span(ctx, i, titleEnd);
  const id = personFor(ctx, titleEnd + 1, nameEnd, { affiliation, title });
  for (let k = i; k <= titleEnd; k++) ctx.taken[k] = 1;
  emit(ctx, titleEnd + 1, nameEnd, id, 'person');
  return true;
}

/** Unknown capitalised runs: organisations by head noun or abbreviation, people by context. */
export function matchCapitalRun(ctx: Ctx, i: number): boolean {
  if (!isNameToken(ctx, i)) return false;
  let end = i;
  for (let k = i + 1; k < ctx.tokens.length && k < i + 8; k++) {
    const t = ctx.tokens[k]!;
    if (!contiguous(ctx, k - 1, k)) break;
    if (isNameToken(ctx, k)) end = k;
    else if (CONNECTORS.has(t.text) && isNameToken(ctx, k + 1)) continue;
    else break;
  }
  const words = span(ctx, i, end);
  const after = ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end]!.end + 80);
  const abbreviation = /^\s*\((\p{Lu}[\p{Lu}\d-]{1,9})\)/u.exec(after);
  const hasOrgHead = ctx.tokens.slice(i, end + 1).some((t) => ORG_HEAD_RE.test(t.text));
  if (NOT_ACTOR_END_RE.test(ctx.tokens[end]!.text)) return false;
  if (abbreviation?.[1] && (end > i || hasOrgHead) && initialsFit(words, abbreviation[1])) {
    const known = ctx.kb.byName.get(nameKey(abbreviation[1]));
    const id = known ?? actorId('organization', words);
    if (!known) register(ctx, id, words, 'organization', null);
    ctx.discovered.get(id)?.aliases.add(abbreviation[1]);
    ctx.local.set(nameKey(abbreviation[1]), id);
    emit(ctx, i, end, id, ctx.kb.actors.get(id)?.kind ?? 'organization');
    return true;
  }
  if (hasOrgHead && end > i) {
    const id = actorId('organization', words);
    // "Kosovo Police", "Serbian Army": an institution of the country it is named after.
    const first = nameKey(ctx.tokens[i]!.text);
    const country = ctx.kb.byName.get(first) ?? ctx.kb.byDemonym.get(first);
    const owner = country?.startsWith('country:') ? ctx.kb.actors.get(country)?.name : undefined;
    register(ctx, id, words, 'organization', owner ? { affiliation: owner, title: '' } : null);
    emit(ctx, i, end, id, 'organization');
    return true;
  }
  const before = ctx.text.slice(Math.max(0, ctx.tokens[i]!.start - 90), ctx.tokens[i]!.start);
  const personLike = end > i && end - i <= 3 && !ctx.tokens.slice(i, end + 1).some((t) => CONNECTORS.has(t.text) || isAllCaps(t.text)) && ctx.tokens.slice(i, end + 1).every((_, k) => isPersonToken(ctx, i + k));
  if (personLike && (SPEECH_VERB_RE.test(after) || APPOSITIVE_BEFORE_RE.test(before) || /^,\s+(?:the|a|an)\s+[^,]{0,60}(?:president|minister|leader|spokesman|spokeswoman|envoy|commander|mayor|official|chief|head|secretary)\b/i.test(after))) {
    emit(ctx, i, end, personFor(ctx, i, end, null), 'person');
    return true;
  }
  return false;
}

/** "Economic Community of West African States" fits ECOWAS; "Kosovo Force" fits KFOR. */
function initialsFit(words: string, abbreviation: string): boolean {
  const letters = abbreviation.replace(/[^\p{Lu}]/gu, '');
  const initials = words.split(/[\s-]+/).filter((w) => isCapitalised(w)).map((w) => w[0]).join('');
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k++;
  return k >= Math.min(2, letters.length) && letters[0] === initials[0];
}
