/**
 * People introduced by a title ("Kosovo Prime Minister Albin Kurti", "NATO Secretary General Jens
 * Stoltenberg", "then U.S. House Speaker Nancy Pelosi") or a role noun in lower case ("Uralsib
 * analyst Chris Weafer"), with the country or organisation before the title as their affiliation.
 * Each new name is registered for the rest of the article (its surname).
 */
import type { ActorKind } from '../../model/dataset.ts';
import { contiguous, emit, setLocal, span, type Ctx } from './context.ts';
import {
  LOC_HEAD_RE,
  MAX_TITLE_TOKENS,
  NOT_ACTOR_END_RE,
  NOT_ALONE,
  ORG_HEAD_RE,
  ROLE_BEFORE_RE,
  STOP_CAPS,
  TITLE_KEYS,
} from './cues.ts';
import { actorId, type KbActor } from './kb.ts';
import { includeDot, noteShortNames } from './known.ts';
import { isArticleName, isCapitalised, nameKey, tokenKey, withoutArticle } from './tokens.ts';

export function isNameToken(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || ctx.taken[k]) return false;
  // What the word itself says is asked again and again: worked out once per token.
  let shape = ctx.nameShape[k]!;
  if (shape === 0) {
    shape =
      (/^\p{Lu}[\p{L}\p{M}'’.&-]*$/u.test(t.text) || isArticleName(t.text)) &&
      !STOP_CAPS.has(t.text) &&
      !TITLE_KEYS.has(t.text.toLowerCase())
        ? 1
        : 2;
    ctx.nameShape[k] = shape;
  }
  return shape === 1;
}

/** A token that can be part of a person's name: not an organisation word, country or organisation. */
export function isPersonToken(ctx: Ctx, k: number, last = false): boolean {
  const word = ctx.tokens[k]?.text ?? '';
  if (
    !isNameToken(ctx, k) ||
    ORG_HEAD_RE.test(word) ||
    NOT_ALONE.has(word) ||
    NOT_ACTOR_END_RE.test(word) ||
    LOC_HEAD_RE.test(word)
  )
    return false;
  if (/^(?:\p{Lu}\.)+$|^\p{Lu}{2,}$/u.test(ctx.tokens[k]!.text) && ctx.tokens[k]!.text.length > 2)
    return false; // U.S., NATO
  const key = ctx.keys[k]!;
  const known = ctx.kb.byName.get(key) ?? ctx.kb.byDemonym.get(key);
  // "Michael Jordan", "Jack London": a place as the last word of a name.
  return (
    !known ||
    known.startsWith('person:') ||
    (last && !ctx.kb.byDemonym.has(key) && !known.startsWith('organization:'))
  );
}

/** First words of titles ("prime", "secretary", "mr."): a quick test before the full one. */
const TITLE_FIRST = new Set(
  [...TITLE_KEYS.keys()].map((t) => t.split(/\s+/)[0]!.replace(/\.$/, '')),
);

/** Title at token i (up to MAX_TITLE_TOKENS words); returns the index of its last token or -1. */
function titleAt(ctx: Ctx, i: number): number {
  if (!TITLE_FIRST.has(ctx.tokens[i]!.text.toLowerCase())) return -1;
  for (let len = MAX_TITLE_TOKENS; len >= 1; len--) {
    const j = i + len - 1;
    if (j >= ctx.tokens.length || !contiguous(ctx, i, j)) continue;
    let words = span(ctx, i, j);
    if (ctx.tokens[j + 1]?.text === '.' && ctx.tokens[j + 1]!.start === ctx.tokens[j]!.end)
      words += '.';
    if (TITLE_KEYS.has(words.toLowerCase()) && isCapitalised(words))
      return words.endsWith('.') && !span(ctx, i, j).endsWith('.') ? j + 1 : j;
  }
  return -1;
}

/** Month names that are also surnames ("Prime Minister Theresa May"). */
const MONTH_SURNAMES = new Set(['April', 'May', 'June', 'August']);

/** A month-name surname after a first name, not a date ("May 5"). */
function isMonthSurname(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return (
    !!t &&
    !ctx.taken[k] &&
    MONTH_SURNAMES.has(t.text) &&
    !/^\s*\d/.test(ctx.text.slice(t.end, t.end + 4))
  );
}

/** An initial with its dot ("George W. Bush"): returns the index of the dot, or -1. */
function initialAt(ctx: Ctx, k: number): number {
  const t = ctx.tokens[k];
  const dot = ctx.tokens[k + 1];
  return t &&
    /^\p{Lu}$/u.test(t.text) &&
    dot?.text === '.' &&
    dot.start === t.end &&
    isNameToken(ctx, k + 2)
    ? k + 1
    : -1;
}

/** Capitalised name tokens from `from`, at most `max`, on one line. Returns the last index or -1. */
const NAME_PARTICLES = new Set(['de', 'du', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'bin', 'ibn']);

export function nameRun(ctx: Ctx, from: number, max: number): number {
  let last = -1;
  for (let k = from; k < ctx.tokens.length && k < from + max + 1; k++) {
    if (k > from && !contiguous(ctx, k - 1, k)) break;
    const initial = k > from ? initialAt(ctx, k) : -1;
    if (initial > 0) {
      k = initial;
      continue;
    }
    // "Yves de Kermabon", "Ursula von der Leyen": a particle between parts of the name.
    if (k > from && NAME_PARTICLES.has(ctx.tokens[k]!.text) && k + 1 < from + max + 1 && contiguous(ctx, k, k + 1) && isPersonToken(ctx, k + 1, true)) continue;
    if (!(isPersonToken(ctx, k, k > from) || (k > from && isMonthSurname(ctx, k)))) break;
    last = k;
  }
  if (
    last >= 0 &&
    /^(?:Jr|Sr)$/.test(ctx.tokens[last + 1]?.text ?? '') &&
    contiguous(ctx, last, last + 1)
  )
    last = includeDot(ctx, last + 1);
  else if (
    last >= 0 &&
    ctx.tokens[last + 1]?.text === ',' &&
    /^,\s*(?:Jr|Sr)\b/.test(ctx.text.slice(ctx.tokens[last]!.end))
  )
    last = includeDot(ctx, last + 2);
  return last;
}

export function personFor(
  ctx: Ctx,
  from: number,
  to: number,
  role: { affiliation: string | null; title: string } | null,
): string {
  const full = span(ctx, from, to);
  const key = nameKey(full);
  const known = ctx.kb.byName.get(key) ?? ctx.local.get(key);
  if (known) {
    if (role?.affiliation)
      ctx.discovered
        .get(known)
        ?.affiliations.push({ actor: role.affiliation, role: role.title || null });
    noteShortNames(ctx, from, to, known, 'person');
    return known;
  }
  const id = actorId('person', full);
  register(ctx, id, full, 'person', role);
  // Surname coreference inside the article; not for a month-name surname ("In May" is a date).
  let last = to;
  while (last > from && !/^\p{Lu}\p{Ll}/u.test(ctx.tokens[last]!.text) && !isArticleName(ctx.tokens[last]!.text)) last--;
  const surname = ctx.keys[last]!;
  if (from !== to && !MONTH_SURNAMES.has(ctx.tokens[last]!.text) && !ctx.kb.byName.has(surname)) {
    setLocal(ctx, surname, id);
    // "al-Burhan" is "Burhan" later too.
    const bare = tokenKey(withoutArticle(ctx.tokens[last]!.text));
    if (bare !== surname && !ctx.kb.byName.has(bare)) setLocal(ctx, bare, id);
  }
  return id;
}

export function register(
  ctx: Ctx,
  id: string,
  name: string,
  kind: ActorKind,
  role: { affiliation: string | null; title: string } | null,
): void {
  const actor: KbActor = ctx.discovered.get(id) ?? {
    id,
    name,
    kind,
    aliases: new Set(),
    affiliations: [],
  };
  if (role?.affiliation)
    actor.affiliations.push({ actor: role.affiliation, role: role.title || null });
  ctx.discovered.set(id, actor);
  setLocal(ctx, nameKey(name), id);
}

/** The actor mentioned right before token i ("Kosovo", "NATO", "Apple's"), if not a person or place. */
function affiliationBefore(ctx: Ctx, i: number, gap: RegExp): string | null {
  const previous = ctx.mentions[ctx.mentions.length - 1];
  if (!previous || previous.kind === 'person' || previous.kind === 'place') return null;
  return gap.test(ctx.text.slice(previous.end, ctx.tokens[i]!.start)) ? previous.actor : null;
}

/** "Kosovo Prime Minister Albin Kurti", "NATO Secretary General Jens Stoltenberg", "Gen. Smith". */
export function matchTitledPerson(ctx: Ctx, i: number): boolean {
  const titleEnd = titleAt(ctx, i);
  if (titleEnd < 0) return false;
  const first = titleEnd + 1;
  const nameEnd = nameRun(ctx, first, 4);
  if (nameEnd < 0 || !contiguous(ctx, titleEnd, first)) return false;
  const affiliation = affiliationBefore(ctx, i, /^(?:['’]s)?\s+$/);
  const title = span(ctx, i, titleEnd).replace(/\.$/, (dot) =>
    /^(?:Mr|Mrs|Ms|Dr)\.$/.test(span(ctx, i, titleEnd)) ? '' : dot,
  );
  const id = personFor(ctx, first, nameEnd, { affiliation, title });
  noteTitle(ctx, title, id);
  for (let k = i; k <= titleEnd; k++) ctx.taken[k] = 1;
  emit(ctx, first, nameEnd, id, 'person');
  return true;
}

/** "Uralsib analyst Chris Weafer", "chief executive Thomas Enders": a role noun in lower case. */
export function matchRolePerson(ctx: Ctx, i: number): boolean {
  if (!isNameToken(ctx, i) || ctx.sentenceStart[i]) return false;
  const previous = ctx.tokens[i - 1]?.text ?? '';
  if (!/^\p{Ll}/u.test(previous) && !/^(?:CEO|Mr|Mrs|Ms|Dr)$/.test(previous)) return false;
  const before = ctx.text.slice(Math.max(0, ctx.tokens[i]!.start - 40), ctx.tokens[i]!.start);
  const role = ROLE_BEFORE_RE.exec(before);
  if (!role || !/^\p{Ll}/u.test(role[0].trim())) return false;
  const end = nameRun(ctx, i, 4);
  if (end < 0) return false;
  // A single word after a role noun is a person only when it is not a known name of something else.
  if (end === i && ctx.kb.byName.has(ctx.keys[i]!)) return false;
  const roleStart =
    ctx.tokens[i]!.start - role[0].length + (role[0].length - role[0].trimStart().length);
  const owner = ctx.mentions[ctx.mentions.length - 1];
  const affiliation =
    owner &&
    owner.kind !== 'person' &&
    owner.kind !== 'place' &&
    /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.text.slice(owner.end, roleStart))
      ? owner.actor
      : null;
  const id = personFor(ctx, i, end, { affiliation, title: role[0].trim().toLowerCase() });
  noteTitle(ctx, role[0], id);
  emit(ctx, i, end, id, 'person');
  return true;
}

/** Forms of address, not offices: "the doctor" does not stand for "Dr. Smith". */
const ADDRESS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'professor',
  'mr justice',
]);

/** Remember who holds a title in this article, for "the president" later on. */
function noteTitle(ctx: Ctx, title: string, id: string): void {
  const key = title.trim().toLowerCase().replace(/\.$/, '').replace(/-/g, ' ');
  if (!key || ADDRESS.has(key)) return;
  const holder = ctx.titled.get(key);
  ctx.titled.set(key, holder === undefined || holder === id ? id : null);
}

/**
 * "the prime minister", "The President": a title with "the" stands for the one person the article
 * gave that title, unless it names another office holder ("the president of Serbia") or two people
 * share it.
 */
export function matchTitleReference(ctx: Ctx, i: number): boolean {
  if (ctx.titled.size === 0 || !/^the$/i.test(ctx.tokens[i]!.text)) return false;
  for (let len = MAX_TITLE_TOKENS; len >= 1; len--) {
    const j = i + len;
    if (j >= ctx.tokens.length || !contiguous(ctx, i, j)) continue;
    const id = ctx.titled.get(
      span(ctx, i + 1, j)
        .toLowerCase()
        .replace(/-/g, ' '),
    );
    if (!id) continue;
    const next = ctx.tokens[j + 1];
    if (next && contiguous(ctx, j, j + 1) && (next.text === 'of' || isCapitalised(next.text)))
      return false;
    emit(ctx, i + 1, j, id, 'person');
    ctx.taken[i] = 1;
    return true;
  }
  return false;
}
