/** Matching names the knowledge base or the article already knows. */
import type { KnowledgeBase } from './kb.ts';
import { contiguous, emit, kindOf, setLocal, span, spanKey, type Ctx } from './context.ts';
import {
  AFFIX_RE,
  GOVERNMENT_VERB_RE,
  INSTITUTION_RE,
  LEGAL_SUFFIX_RE,
  LOC_HEAD_RE,
  NOT_ALONE,
  ORG_HEAD_RE,
  STOP_CAPS,
} from './cues.ts';
import { isAllCaps, isCapitalised, nameKey, tokenKey } from './tokens.ts';

/** Known names, demonyms, capitals, article-local names and short forms; longest match wins. */
export function matchKnown(ctx: Ctx, i: number): boolean {
  const { kb, tokens } = ctx;
  // "US$ 40 billion", "A$5", "US dollars": a currency, not the country.
  if (
    (tokens[i + 1]?.text === '$' && tokens[i + 1]!.start === tokens[i]!.end) ||
    tokens[i + 1]?.text === 'dollar' ||
    tokens[i + 1]?.text === 'dollars'
  )
    return skipTokens(ctx, i, i);
  const first = ctx.keys[i]!;
  // Names are indexed by their first word after "the": "the United States" is found at "United".
  const stem = first.includes('-') ? (AFFIX_RE.exec(first)?.[1] ?? first) : first;
  const longest = Math.max(kb.firstTokens.get(stem) ?? 0, ctx.localFirst.get(stem) ?? 0);
  if (longest > 0 && matchName(ctx, i, Math.min(longest, tokens.length - i))) return true;
  const surface = tokens[i]!.text;
  if (isCapitalised(surface) && !commonWordAtStart(ctx, i)) {
    const country = kb.byDemonym.get(first);
    if (country) {
      if (orgRunAhead(ctx, i)) return false;
      emit(ctx, i, extendInstitution(ctx, i, country), country);
      return true;
    }
    const government = kb.byCapital.get(first);
    if (government) {
      if (orgRunAhead(ctx, i)) return false;
      if (actsAsGovernment(ctx, i)) emit(ctx, i, i, government);
      else emit(ctx, i, i, `place:${first.replace(/\s+/g, '-')}`, 'place');
      return true;
    }
  }
  if (first === 'the' || first === 'this' || first === 'that') return matchShortForm(ctx, i);
  return false;
}

function matchName(ctx: Ctx, i: number, maxLen: number): boolean {
  const { kb } = ctx;
  for (let len = maxLen; len >= 1; len--) {
    const j = i + len - 1;
    if (len > 1 && !contiguous(ctx, i, j)) continue;
    let key = spanKey(ctx, i, j);
    if (kb.ignore.has(key)) return skipTokens(ctx, i, j);
    const affix = AFFIX_RE.exec(key);
    if (affix && !kb.byName.has(key) && !ctx.local.has(key)) key = affix[1]!;
    // What the article defined wins over what the knowledge base knows: "Rapid Support Forces (RSF)".
    const id = ctx.local.get(key) ?? kb.byName.get(key);
    if (!id) continue;
    const surface = span(ctx, i, j);
    if (
      !isCapitalised(surface) &&
      !/^(?:ethnic|local|the)\b/.test(surface) &&
      kbSurfaceFor(kb, id, key) !== surface
    )
      continue; // names are capitalised ("al-Qaeda" as listed)
    if (len === 1 && isAllCaps(kbSurfaceFor(kb, id, key) ?? '') && !isAllCaps(surface)) continue; // "us" ≠ US
    if (len === 1 && commonWordAtStart(ctx, i)) continue; // "Target prices …" opening a sentence
    const kind = kindOf(ctx, id);
    // "Charlotte Smith" is a person, not the city.
    if (len === 1 && kind === 'place' && kb.givenNames.has(key) && nextIsName(ctx, j)) return false;
    // "Kosovo Liberation Army", "Serbian Radical Party": the organisation run wins over the country.
    if ((kind === 'country' || kind === 'place') && orgRunAhead(ctx, j)) return false;
    let end = j;
    if (kind === 'country') end = extendInstitution(ctx, j, id);
    if (kind === 'organization') end = extendDivision(ctx, extendLegalSuffix(ctx, j));
    emit(ctx, i, end, id);
    noteShortNames(ctx, i, j, id, kind);
    if (kind === 'organization') noteAbbreviation(ctx, end, id);
    if (kind === 'organization') skipProductRun(ctx, end);
    return true;
  }
  return false;
}

/** "the alliance" for NATO once NATO was named; "this bloc". */
function matchShortForm(ctx: Ctx, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || !ctx.kb.shortFormFirst.has(ctx.keys[i + 1]!)) return false;
  for (let len = 4; len >= 2; len--) {
    const j = i + len - 1;
    if (j >= ctx.tokens.length || !contiguous(ctx, i, j)) continue;
    const candidates = ctx.kb.shortForms.get(
      nameKey(span(ctx, i, j)).replace(/^(?:this|that) /, ''),
    );
    const id = candidates?.find((c) => ctx.seen.has(c));
    if (id) {
      emit(ctx, i + 1, j, id);
      return true;
    }
  }
  return false;
}

/** A capitalised word opening a sentence that the article also writes in lower case. */
export function commonWordAtStart(ctx: Ctx, i: number): boolean {
  const word = ctx.tokens[i]!.text;
  return (
    ctx.sentenceStart[i] === 1 && (STOP_CAPS.has(word) || ctx.lowerWords.has(word.toLowerCase()))
  );
}

function nextIsName(ctx: Ctx, j: number): boolean {
  const next = ctx.tokens[j + 1];
  return (
    !!next &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    !STOP_CAPS.has(next.text) &&
    contiguous(ctx, j, j + 1)
  );
}

/** A person's surname, an organisation's initials and distinctive first word name them later in the article. */
export function noteShortNames(ctx: Ctx, i: number, j: number, id: string, kind: string): void {
  const words = ctx.tokens
    .slice(i, j + 1)
    .map((t) => t.text)
    .filter((w) => w !== 'the' && w !== 'The');
  if (kind === 'person' && words.length > 1) {
    const last = words[words.length - 1]!;
    if (isFree(ctx, tokenKey(last)) && !/^(?:April|May|June|August)$/.test(last))
      setLocal(ctx, tokenKey(last), id);
  }
  if (kind !== 'organization' || words.length < 2) return;
  // "the U.S. Air Force" … "the Air Force": an institution named without its country.
  for (let p = 1; p <= 2 && p < words.length - 1; p++) {
    const prefix = nameKey(words.slice(0, p).join(' '));
    const owner = ctx.kb.byName.get(prefix) ?? ctx.kb.byDemonym.get(prefix);
    const rest = nameKey(words.slice(p).join(' '));
    if (owner?.startsWith('country:') && isFree(ctx, rest)) setLocal(ctx, rest, id);
  }
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) && !isAllCaps(w));
  const initials = caps
    .map((w) => w[0])
    .join('')
    .toLowerCase();
  if (caps.length >= 2 && isFree(ctx, initials)) setLocal(ctx, initials, id);
  // "Northrop Grumman" … "Northrop", "Lockheed Martin" … "Lockheed", "NPD Group" … "NPD".
  const first = words[0]!;
  const key = tokenKey(first);
  const distinctive =
    (first.length > 3 && /^\p{Lu}\p{Ll}/u.test(first)) || (first.length > 1 && isAllCaps(first));
  if (
    distinctive &&
    isFree(ctx, key) &&
    (ctx.kb.firstTokenNames.get(key) ?? 0) < 2 &&
    !ctx.kb.givenNames.has(key) &&
    !ctx.lowerWords.has(first.toLowerCase()) &&
    !NOT_ALONE.has(first) &&
    !ORG_HEAD_RE.test(first)
  )
    setLocal(ctx, key, id);
}

/** "Singapore Airlines (SIA)": an abbreviation in brackets after an organisation names it from then on. */
export function noteAbbreviation(ctx: Ctx, end: number, id: string): void {
  const after = /^\s*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/u.exec(
    ctx.text.slice(ctx.tokens[end]!.end, ctx.tokens[end]!.end + 14),
  );
  if (!after?.[1]) return;
  const key = nameKey(after[1]);
  const known = ctx.kb.byName.get(key);
  if (!known || known === id) setLocal(ctx, key, id);
  ctx.discovered.get(id)?.aliases.add(after[1]);
}

/** The name or alias of a known actor written as `key` (asked for most one-word matches: no array copy). */
function kbSurfaceFor(kb: KnowledgeBase, id: string, key: string): string | undefined {
  const actor = kb.actors.get(id);
  if (!actor) return undefined;
  if (nameKey(actor.name) === key) return actor.name;
  for (const alias of actor.aliases) if (nameKey(alias) === key) return alias;
  return undefined;
}

/** A key no name of the article or the knowledge base uses yet. */
function isFree(ctx: Ctx, key: string): boolean {
  return !ctx.local.has(key) && !ctx.kb.byName.has(key) && !ctx.kb.byDemonym.has(key);
}

function skipTokens(ctx: Ctx, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) ctx.taken[k] = 1;
  return true;
}

/** "Apple Inc.", "General Motors Corporation", "Aer Lingus Group PLC": the same organisation. */
export function extendLegalSuffix(ctx: Ctx, j: number): number {
  let k = j;
  for (;;) {
    const next = ctx.tokens[k + 1];
    if (!next || !LEGAL_SUFFIX_RE.test(next.text) || !contiguous(ctx, k, k + 1) || ctx.taken[k + 1])
      return k;
    k = includeDot(ctx, k + 1);
  }
}

/** "GM Europe", "Ford Australia", "EADS North America": a company's regional arm is the company. */
function extendDivision(ctx: Ctx, j: number): number {
  for (let len = 2; len >= 1; len--) {
    const k = j + len;
    if (
      k >= ctx.tokens.length ||
      !contiguous(ctx, j, k) ||
      ctx.taken[k] ||
      !isCapitalised(ctx.tokens[j + 1]!.text)
    )
      continue;
    const region = ctx.kb.byName.get(spanKey(ctx, j + 1, k));
    const after = ctx.tokens[k + 1];
    if (!region || !(region.startsWith('country:') || region.startsWith('place:'))) continue;
    if (after && contiguous(ctx, k, k + 1) && isCapitalised(after.text)) continue; // "GM Europe Chief …": let the run decide
    return k;
  }
  return j;
}

/** "Microsoft Windows", "Boeing Commercial Airplanes": words right after a company name are its product or unit, not another actor. */
function skipProductRun(ctx: Ctx, end: number): void {
  for (let k = end + 1; k < ctx.tokens.length && k <= end + 3; k++) {
    const t = ctx.tokens[k]!;
    if (
      !contiguous(ctx, k - 1, k) ||
      !/^\p{Lu}[\p{L}\p{N}-]*$/u.test(t.text) ||
      STOP_CAPS.has(t.text) ||
      ctx.kb.firstTokens.has(ctx.keys[k]!) ||
      ctx.kb.givenNames.has(ctx.keys[k]!)
    )
      return;
    ctx.taken[k] = 1;
  }
}

/** "Inc." and "Jr." keep their dot. */
export function includeDot(ctx: Ctx, k: number): number {
  const dot = ctx.tokens[k + 1];
  return dot?.text === '.' &&
    dot.start === ctx.tokens[k]!.end &&
    /^(?:Inc|Corp|Ltd|Co|Jr|Sr|Bros|Mfg|Intl)$/.test(ctx.tokens[k]!.text)
    ? k + 1
    : k;
}

/** "Canadian government", "the US Government": the government stands for the country. */
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
  if (
    /^['’]s\s+(?:decision|position|refusal|stance|demands?|government|response|reaction|policy|plan|proposal|offer|recognition|objections?|approval|rejection|move|call|request|insistence|support|opposition|accusations?|claims?|envoy|ambassador|negotiators?|officials|leadership|ally|allies)\b/.test(
      after,
    ) ||
    GOVERNMENT_VERB_RE.test(after)
  )
    return true;
  // (Not a route, "flying from London to Sydney": there the capital is a place.)
  if (
    /\b(?:between|and|by|from|with|urged|told|pressed|accused)\s+$/i.test(before) &&
    !/\b(?:in|to|at|near|outside|into)\s+$/i.test(before) &&
    !(/\bfrom\s+$/i.test(before) && /^\s+to\s+\p{Lu}/u.test(after))
  )
    return true;
  return (
    /^\s+and\s+(?:Belgrade|Pristina|Moscow|Washington|Brussels|Beijing|Kyiv|Kiev|Tehran|Ankara|Taipei|London|Paris|Berlin|Tokyo|Seoul)\b/.test(
      after,
    ) && !/\b(?:in|to|at|near|outside|into|from)\s+$/i.test(before)
  );
}

/** Capitalised words after token j that end in an organisation or place head noun ("… Liberation Army", "… International Airport"). */
function orgRunAhead(ctx: Ctx, j: number): boolean {
  for (let k = j + 1; k <= j + 4 && k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (
      !isCapitalised(t.text) ||
      STOP_CAPS.has(t.text) ||
      !contiguous(ctx, k - 1, k) ||
      ctx.taken[k]
    )
      return false;
    if (k === j + 1 && INSTITUTION_RE.test(t.text)) return false; // "the US Government" is the country
    if (ORG_HEAD_RE.test(t.text) || LOC_HEAD_RE.test(t.text)) return true;
  }
  return false;
}
