/**
 * Capitalised runs the knowledge base does not know, typed from the run itself and its context:
 * an abbreviation defined after it ("Kosovo Force (KFOR)"), an organisation or place head noun,
 * a given name, a verb of saying or an appositive (people), company words around it ("shares of
 * X", "X, a … firm"), "in X" and "X, California" (places). A run with no evidence is left out, and
 * tried again at the end of the article when the same name was typed elsewhere in it.
 */
import { contiguous, emit, setLocal, span, type Ctx } from './context.ts';
import {
  AFFIX_RE,
  APPOSITIVE_BEFORE_RE,
  LOC_HEAD_RE,
  NOT_ACTOR_END_RE,
  NOT_ALONE,
  ORG_AFTER_RE,
  ORG_APPOSITIVE_RE,
  ORG_BEFORE_RE,
  ORG_HEAD_RE,
  PERSON_VERB_RE,
  STRONG_ORG_HEAD_RE,
} from './cues.ts';
import { actorId } from './kb.ts';
import { commonWordAtStart, includeDot, noteShortNames } from './known.ts';
import { isNameToken, isPersonToken, personFor, register } from './people.ts';
import { isAllCaps, isArticleName, isCapitalised, nameKey } from './tokens.ts';

/** Particles inside names ("Charles de Gaulle", "Mohammed bin Salman"). */
const PARTICLES = new Set([
  'de',
  'du',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'da',
  'di',
  'del',
  'dos',
  'das',
  'la',
  'le',
  'ibn',
  'bint',
  'y',
  '&',
]);
/** Particles that only people's names have ("Osama bin Laden", "Vincent van Gogh"); "de", "del", "la" also make places ("Costa del Sol"). */
const PERSON_PARTICLES = new Set(['bin', 'ibn', 'bint', 'van', 'von']);
/** "of", "for", "on" join names after a head noun: "Bank of England", "Office for Kosovo". */
const PREPOSITIONS = new Set(['of', 'for', 'on']);
const JOINS_AFTER_RE =
  /^(?:Republic|Kingdom|Isle|Duke|Duchess|Prince|Princess|House|Friends|Daughters|Sons|Sisters|Brothers|Doctors|Reporters|Secretary|Minister|Leader|Speaker|Chamber|Federation|Confederation|Association|Organisation|Organization|Institute|Society|Union|Community|Commonwealth|League|Council|Committee|Commission|Court|Courts|Tribunal|Bank|Fund|Ministry|Department|Office|Agency|Authority|Service|Board|Bureau|Centre|Center|Church|University|College|School|Academy|Museum|Party|Movement|Front|Army|Forces|Force|Mission|Assembly|Parliament|Government|Coalition|Alliance|Foundation|Trust|Corporation|Company|Group|Conference|Summit|Treaty|Convention|Declaration|Charter|Bay|Gulf|Sea|Straits?|Cape|Lake|Mount|City|Province|County|State|States|Region|District|Islands?|People's|Peoples)$/;

/** The end of the capitalised run starting at i (names joined by "of", "de", "&", …). */
function runEnd(ctx: Ctx, i: number): number {
  let end = i;
  for (let k = i + 1; k < ctx.tokens.length && k < i + 9; k++) {
    if (!contiguous(ctx, k - 1, k)) break;
    const t = ctx.tokens[k]!.text;
    if (isNameToken(ctx, k)) {
      end = k;
      continue;
    }
    if (/^\p{Lu}$/u.test(t) && ctx.tokens[k + 1]?.text === '.' && isNameToken(ctx, k + 2)) {
      k++; // "George W. Bush"
      continue;
    }
    const previous = ctx.tokens[k - 1]!.text;
    const joins =
      PARTICLES.has(t) ||
      (PREPOSITIONS.has(t) && JOINS_AFTER_RE.test(previous)) ||
      (t === 'the' && previous === 'of') ||
      t === 'and';
    if (!joins || !isNameToken(ctx, k + 1)) break;
    // "and" joins two names ("Boeing and Lockheed") only inside one organisation name ("Department of Health and Human Services").
    if (
      t === 'and' &&
      (ORG_HEAD_RE.test(previous) ||
        !ctx.tokens.slice(i, k).some((x) => x.text === 'of' || x.text === 'for'))
    )
      break;
  }
  // "Community of Serb-majority (municipalities)": a compound adjective does not end a name.
  while (
    end > i &&
    /-\p{Ll}+$/u.test(ctx.tokens[end]!.text) &&
    !AFFIX_RE.test(ctx.tokens[end]!.text)
  ) {
    end--;
    while (end > i && !isNameToken(ctx, end)) end--;
  }
  if (/^(?:Inc|Corp|Ltd|Co|Jr|Sr)$/.test(ctx.tokens[end]!.text)) end = includeDot(ctx, end);
  return end;
}

export function matchCapitalRun(ctx: Ctx, i: number): boolean {
  if (!isNameToken(ctx, i)) return false;
  const end = runEnd(ctx, i);
  const tokens = ctx.tokens.slice(i, end + 1);
  const words = span(ctx, i, end);
  const atStart = ctx.sentenceStart[i] === 1;
  if (atStart && (commonWordAtStart(ctx, i) || (end === i && NOT_ALONE.has(words)))) return false;
  const last = ctx.tokens[end]!;
  const after = ctx.text.slice(last.end, last.end + 90);
  const before = ctx.text.slice(Math.max(0, ctx.tokens[i]!.start - 90), ctx.tokens[i]!.start);

  if (ctx.skip.has(nameKey(words))) return false;
  const abbreviation = /^\s*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/u.exec(after);
  if (NOT_ACTOR_END_RE.test(last.text)) {
    // "Dayton Accords", "World Wide Developers Conference (WWDC)": neither an actor nor its parts.
    for (let k = i; k <= end; k++) ctx.taken[k] = 1;
    if (abbreviation?.[1]) ctx.skip.add(nameKey(abbreviation[1]));
    return true;
  }
  // "Maintenance, Repair and Overhaul (MRO)": an abbreviation of something that is not a name.
  if (end === i && isAllCaps(words) && /\(\s*$/.test(before) && /^\s*\)/.test(after)) {
    ctx.skip.add(nameKey(words));
    return false;
  }
  const hasOrgHead = tokens.some((t) => ORG_HEAD_RE.test(t.text));
  const strongHead = tokens.some((t) => STRONG_ORG_HEAD_RE.test(t.text));
  if (
    abbreviation?.[1] &&
    (end > i || hasOrgHead) &&
    (hasOrgHead || initialsFit(words, abbreviation[1]))
  ) {
    // The name written out decides: "Rapid Support Forces (RSF)" is not the RSF the knowledge base
    // knows (Reporters Without Borders); its abbreviation's actor only when the names agree.
    const byAbbreviation = ctx.kb.byName.get(nameKey(abbreviation[1]));
    const known = ctx.kb.byName.get(nameKey(words)) ?? (byAbbreviation && initialsOf(ctx.kb.actors.get(byAbbreviation)?.name ?? '') === initialsOf(words) ? byAbbreviation : undefined);
    const id = known ?? actorId('organization', words);
    if (!known) register(ctx, id, words, 'organization', null);
    ctx.discovered.get(id)?.aliases.add(abbreviation[1]);
    setLocal(ctx, nameKey(abbreviation[1]), id);
    emit(ctx, i, end, id, ctx.kb.actors.get(id)?.kind ?? 'organization');
    return true;
  }
  const affix = AFFIX_RE.exec(last.text);
  if (affix)
    return emitAffixed(
      ctx,
      i,
      end,
      words.slice(0, words.length - last.text.length + affix[1]!.length),
      last.text.slice(affix[1]!.length + 1),
    );
  if (LOC_HEAD_RE.test(last.text) && end > i) return emitPlace(ctx, i, end, words);
  if (end === i && NOT_ALONE.has(words)) return false;
  // A single capitalised word opening a sentence says nothing by itself: wait for the article.
  if (atStart && end === i && ORG_AFTER_RE.test(after) && !ctx.lowerWords.has(words.toLowerCase()))
    return emitOrganization(ctx, i, end, words);
  if (atStart && end === i) {
    ctx.deferred.push([i, end]);
    return false;
  }
  const given = ctx.kb.givenNames.has(ctx.keys[i]!);
  // A particle inside the run ("de", "bin") is part of a person's name, not a word of its own.
  const particles = tokens.filter((t, k) => k > 0 && k < end - i && PARTICLES.has(t.text) && t.text !== '&' && t.text !== 'y').length;
  const personWords =
    end - i - particles <= 3 &&
    tokens.every(
      (t, k) =>
        isPersonToken(ctx, i + k, k > 0 && k === end - i) ||
        (k > 0 && k < end - i && PARTICLES.has(t.text) && t.text !== '&' && t.text !== 'y') ||
        (given && (k === 0 || (!STRONG_ORG_HEAD_RE.test(t.text) && /^\p{Lu}\p{Ll}/u.test(t.text)))),
    );
  const personLike = personWords && end > i;
  const personParticle = tokens.some((t) => PERSON_PARTICLES.has(t.text) || isArticleName(t.text));
  if (personLike && (given || personParticle) && !strongHead) return emitPerson(ctx, i, end);
  if (hasOrgHead && end > i) return emitOrganization(ctx, i, end, words);
  if (
    personLike &&
    (PERSON_VERB_RE.test(after) ||
      /^,\s*\d{1,3},/.test(after) ||
      APPOSITIVE_BEFORE_RE.test(before) ||
      PERSON_APPOSITIVE_RE.test(after))
  )
    return emitPerson(ctx, i, end);

  if (
    tokens.every((t) => isAllCaps(t.text) && t.text.length >= 2) ||
    ORG_BEFORE_RE.test(before) ||
    ORG_AFTER_RE.test(after) ||
    ORG_APPOSITIVE_RE.test(after)
  )
    return emitOrganization(ctx, i, end, words);
  if (
    !atStart &&
    (placeAfter(ctx, end) ||
      /\b(?:in|near|outside|across|throughout|city of|town of|village of|province of|region of|state of)\s+$/i.test(
        before,
      )) &&
    !personLike
  )
    return emitPlace(ctx, i, end, words);
  if (placeAfter(ctx, end) && personLike === false) return emitPlace(ctx, i, end, words);
  ctx.deferred.push([i, end]);
  return false;
}

/** "Michael O'Leary, the chief executive", "Jusman Syafii Djamal, minister of transport". */
const PERSON_APPOSITIVE_RE =
  /^,\s+(?:(?:the|a|an|its|their)\s+[^,]{0,60}?)?\b(?:president|minister|leader|spokesman|spokeswoman|envoy|commander|mayor|official|chief|head|secretary|chairman|chairwoman|director|founder|executive|officer|analyst|economist|ceo|manager|senator|governor)\b(?!\s+(?:said|says|told|added|stated))/i;

/** "Craiova, Romania", "Everett, Washington": a place followed by its state or country. */
function placeAfter(ctx: Ctx, end: number): boolean {
  const comma = ctx.tokens[end + 1];
  const next = ctx.tokens[end + 2];
  if (comma?.text !== ',' || !next) return false;
  const id =
    ctx.kb.byName.get(ctx.keys[end + 2]!) ??
    ctx.kb.byName.get(nameKey(`${next.text} ${ctx.tokens[end + 3]?.text ?? ''}`));
  return !!id && (id.startsWith('country:') || id.startsWith('place:'));
}

function emitPerson(ctx: Ctx, i: number, end: number): boolean {
  emit(ctx, i, end, personFor(ctx, i, end, null), 'person');
  return true;
}

function emitPlace(ctx: Ctx, i: number, end: number, words: string): boolean {
  const id = `place:${nameKey(words).replace(/[^a-z0-9]+/g, '-')}`;
  setLocal(ctx, nameKey(words), id);
  emit(ctx, i, end, id, 'place');
  return true;
}

function emitOrganization(ctx: Ctx, i: number, end: number, words: string): boolean {
  const base = words.replace(
    /(?:,?\s+(?:Inc|Corp|Ltd|Co|LLC|plc|PLC|AG|SA|NV|N\.V\.|GmbH|Limited|Incorporated|Corporation|Company)\.?)+$/,
    '',
  );
  // "US Labor Department" is the known "Labor Department"; "the Air Force" after "the U.S. Air Force" is it.
  const country = end > i ? ownerCountry(ctx, i) : null;
  const rest = country ? nameKey(span(ctx, i + 1, end)) : '';
  const known =
    ctx.kb.byName.get(nameKey(base)) ??
    ctx.local.get(nameKey(base)) ??
    (rest ? ctx.kb.byName.get(rest) : undefined);
  const owner = known ? null : (ownerCountry(ctx, i) ?? ownerBefore(ctx, i));
  // "UNESCO's Executive Board" is the "UNESCO Executive Board": a generic name takes its owner's.
  const generic =
    owner &&
    !ownerCountry(ctx, i) &&
    span(ctx, i, end)
      .split(/\s+/)
      .every((w) => GENERIC_WORD_RE.test(w) || ORG_HEAD_RE.test(w));
  const name = generic ? `${owner.affiliation} ${base}` : base;
  const id = known ?? actorId('organization', name);
  if (!known) register(ctx, id, name, 'organization', owner);
  setLocal(ctx, nameKey(words), id);
  emit(ctx, i, end, id, 'organization');
  noteShortNames(ctx, i, end, id, 'organization');
  return true;
}

/** Words of generic body names ("Executive Board", "Constitutional Court", "Central Election Commission"). */
const GENERIC_WORD_RE =
  /^(?:Executive|Constitutional|Supreme|Central|Election|Electoral|General|National|Security|Foreign|Affairs|Defence|Defense|Interior|Justice|Finance|Economic|Social|Special|High|Higher|Appeals|Criminal|Civil|Administrative|Audit|Anti-Corruption|Judicial|Prosecutorial|State|Federal|Regional|Municipal|Local|Permanent|Standing|Joint|of|for|and|the)$/;

/** "the Serbian government's Office for Kosovo", "UNESCO's Executive Board": the owner named right before. */
function ownerBefore(ctx: Ctx, i: number): { affiliation: string; title: string } | null {
  const previous = ctx.mentions[ctx.mentions.length - 1];
  if (!previous || (previous.kind !== 'country' && previous.kind !== 'organization')) return null;
  if (
    !/^(?:\s+(?:government|state|ministry|parliament|presidency))?['’]s\s+$/.test(
      ctx.text.slice(previous.end, ctx.tokens[i]!.start),
    )
  )
    return null;
  const owner = ctx.kb.actors.get(previous.actor)?.name ?? ctx.discovered.get(previous.actor)?.name;
  return owner ? { affiliation: owner, title: '' } : null;
}

/** "Kosovo Police", "Serbian Army": an institution of the country it is named after. */
function ownerCountry(ctx: Ctx, i: number): { affiliation: string; title: string } | null {
  const first = ctx.keys[i]!;
  const country = ctx.kb.byName.get(first) ?? ctx.kb.byDemonym.get(first);
  const owner = country?.startsWith('country:') ? ctx.kb.actors.get(country)?.name : undefined;
  return owner ? { affiliation: owner, title: '' } : null;
}

/** "Craiova-based" is a place; "EADS-led" an organisation. The mention is the whole word. */
function emitAffixed(ctx: Ctx, i: number, end: number, stem: string, suffix: string): boolean {
  const key = nameKey(stem);
  if (NOT_ALONE.has(stem) || ctx.skip.has(key)) {
    for (let k = i; k <= end; k++) ctx.taken[k] = 1; // "Serb-run": a people, not an actor
    return true;
  }
  const place = /^(?:based|born|headquartered)$/.test(suffix);
  // "Moscow-backed" is Russia's government; "Moscow-based" is the city.
  const known =
    ctx.kb.byName.get(key) ??
    ctx.local.get(key) ??
    ctx.kb.byDemonym.get(key) ??
    (place ? undefined : ctx.kb.byCapital.get(key));
  if (known) {
    emit(ctx, i, end, known);
    return true;
  }
  if (place) return emitPlace(ctx, i, end, stem);
  return emitOrganization(ctx, i, end, stem);
}

/** The first letters of a name's capitalised words: "Rapid Support Forces" → "RSF". */
function initialsOf(words: string): string {
  return words
    .split(/[\s-]+/)
    .filter((w) => isCapitalised(w))
    .map((w) => w[0])
    .join('');
}

/** "Economic Community of West African States" fits ECOWAS; "Kosovo Force" fits KFOR. */
function initialsFit(words: string, abbreviation: string): boolean {
  const letters = abbreviation.replace(/[^\p{Lu}]/gu, '');
  const initials = initialsOf(words);
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k++;
  return k >= Math.min(2, letters.length) && letters[0] === initials[0];
}

/** After the pass: runs left out for lack of evidence that the article typed elsewhere. */
export function resolveDeferred(ctx: Ctx): void {
  for (const [i, end] of ctx.deferred) {
    if (ctx.taken.subarray(i, end + 1).some((x) => x === 1)) continue;
    const id = ctx.local.get(nameKey(span(ctx, i, end)));
    if (id) emit(ctx, i, end, id);
  }
}
