/**
 * The extent of a mention: the whole noun phrase a name heads, as ACE and MEANTIME annotate it,
 * next to the name itself that the recogniser finds. "U.S. President Barack Obama", "European
 * airframer Airbus", "the United States", "Bangkok, Thailand" are extents; "Barack Obama",
 * "Airbus", "United States", "Bangkok" their names.
 *
 * The phrase grows left over a title or role ("President", "chief executive") or an organisation
 * descriptor ("airframer", "car manufacturer") with their modifiers ("Australian", "federal
 * industry", "The United States's largest"), and over "the" when the name is the head of its
 * phrase, not a modifier of a following noun ("the US economy" keeps "US"). A city grows right
 * over its state or country ("Long Beach, California"). Nothing else in the pipeline depends on
 * extents: the dataset highlights names; `eval-entities` scores both.
 */
import type { ActorMention } from './context.ts';
import { ORG_DESCRIPTOR_WORDS, ROLE_WORDS, STOP_CAPS } from './cues.ts';
import { tokenise, type Token } from './tokens.ts';

export interface Extent {
  start: number;
  end: number;
}

/** Lower-case words that end a phrase going left: function words and common verbs. */
const STOP_WORDS = new Set(
  (
    'a an and or but nor of in on at by for from to with without into onto over under about after before since until as than ' +
    'that which who whom whose what when where while if because although though so such this these those its his her their our ' +
    'your my it he she they we you i is are was were be been being has have had do does did will would can could should may might ' +
    'must shall said says say told tells added according not no also then now only just even still yet both either neither each ' +
    'every all some any many most more less few several other another own same between among against during through per via ' +
    'including like unlike near toward towards across behind beyond within upon amid despite reported announced whether how why once another'
  ).split(' '),
);

/** At most this many lower-case modifiers before a role or descriptor ("New York City-based private equity firm"). */
const MAX_MODIFIERS = 4;

/** Extents of `mentions` (sorted by start) in `text`, one per mention, in the same order. */
export function mentionExtents(text: string, mentions: readonly ActorMention[]): Extent[] {
  const tokens = tokenise(text);
  const tokenAt = new Map<number, number>();
  const tokenEnding = new Map<number, number>();
  tokens.forEach((t, k) => {
    tokenAt.set(t.start, k);
    tokenEnding.set(t.end, k);
  });
  const mentionEnding = new Map<number, ActorMention>();
  for (const m of mentions) mentionEnding.set(m.end, m);
  const mentionStarting = new Map<number, ActorMention>();
  for (const m of mentions) mentionStarting.set(m.start, m);
  const near = { text, tokens, tokenAt, tokenEnding, mentionEnding, mentionStarting };
  return mentions.map((m) => {
    const first = tokenAt.get(m.start);
    const last = tokenEnding.get(m.end);
    if (first === undefined || last === undefined) return { start: m.start, end: m.end };
    const right = m.kind === 'place' ? cityRegionEnd(near, last) : last;
    let left =
      m.kind === 'person'
        ? titleStart(near, first)
        : m.kind === 'organization'
          ? descriptorStart(near, first)
          : m.kind === 'country' || m.kind === 'place'
            ? governmentStart(near, first)
            : possessorStart(near, first);
    if (m.kind !== 'person' || left < first) left = withThe(near, left, right);
    return { start: tokens[left]!.start, end: tokens[right]!.end };
  });
}

interface Near {
  text: string;
  tokens: Token[];
  tokenAt: Map<number, number>;
  tokenEnding: Map<number, number>;
  mentionEnding: Map<number, ActorMention>;
  mentionStarting: Map<number, ActorMention>;
}

/** Only spaces (no line break or punctuation) between tokens a and a + 1. */
const joined = (n: Near, a: number): boolean =>
  /^[ \t]*$/.test(n.text.slice(n.tokens[a]!.end, n.tokens[a + 1]!.start));

/** The longest phrase of `words` (lower-cased keys, up to 4 tokens) ending at token k: its first token, or -1. */
function phraseEndingAt(n: Near, k: number, words: ReadonlySet<string>): number {
  for (let len = 4; len >= 1; len--) {
    const from = k - len + 1;
    if (from < 0) continue;
    let key = '';
    let ok = true;
    for (let j = from; j <= k; j++) {
      const t = n.tokens[j]!;
      if (j > from && t.text !== '.' && !joined(n, j - 1)) ok = false;
      key += j > from && t.text !== '.' ? ` ${t.text.toLowerCase()}` : t.text.toLowerCase();
    }
    if (ok && words.has(key)) return from;
  }
  return -1;
}

/** Person: a title or role right before the name, with its modifiers ("Airbus chief executive"). */
function titleStart(n: Near, first: number): number {
  if (first === 0 || !joined(n, first - 1)) return first;
  const role = phraseEndingAt(n, first - 1, ROLE_WORDS);
  return role < 0 ? first : modifiersStart(n, role);
}

/** Organisation: a descriptor right before the name ("aircraft manufacturer Boeing", "European airframer, Airbus"). */
function descriptorStart(n: Near, first: number): number {
  const comma =
    n.tokens[first - 1]?.text === ',' &&
    n.text.slice(n.tokens[first - 1]!.end, n.tokens[first]!.start) === ' ';
  const k = comma ? first - 2 : first - 1;
  if (k < 0 || (!comma && !joined(n, k)) || (comma && n.tokens[k]!.end !== n.tokens[k + 1]!.start))
    return possessorStart(n, first);
  const head = phraseEndingAt(n, k, ORG_DESCRIPTOR_WORDS);
  if (head < 0) return possessorStart(n, first);
  const start = modifiersStart(n, head);
  // An appositive descriptor belongs to the name only when it opens the sentence ("Irish low cost airline, Ryanair, …").
  return comma && !opensSentence(n, start) ? possessorStart(n, first) : start;
}

/** Token k starts a sentence or a line. */
function opensSentence(n: Near, k: number): boolean {
  const prev = n.tokens[k - 1];
  return (
    !prev || /\n/.test(n.text.slice(prev.end, n.tokens[k]!.start)) || /^[.!?:]$/.test(prev.text)
  );
}

/** Country or region: "the (provincial) government of Ontario" stands for it, as one phrase. */
function governmentStart(n: Near, first: number): number {
  const of = first - 1;
  if (
    of < 1 ||
    n.tokens[of]!.text !== 'of' ||
    !joined(n, of) ||
    !joined(n, of - 1) ||
    !/^governments?$/i.test(n.tokens[of - 1]!.text)
  )
    return possessorStart(n, first);
  const k = of - 1;
  return k > 0 && joined(n, k - 1) && isModifier(n.tokens[k - 1]!.text) ? k - 1 : k;
}

/** Any name: a possessor right before it ("Singapore's Changi International Airport"). */
function possessorStart(n: Near, first: number): number {
  const s = n.tokens[first - 1];
  if (!s || !/^['’]s?$/.test(s.text) || !joined(n, first - 1)) return first;
  const owner =
    n.mentionEnding.get(n.tokens[first - 2]?.end ?? -1) ??
    (s.text !== 's' ? n.mentionEnding.get(s.start) : undefined);
  return owner ? (n.tokenAt.get(owner.start) ?? first) : first;
}

/** Modifiers before a role or descriptor starting at token k: names, possessors, adjectives. */
function modifiersStart(n: Near, k: number): number {
  let start = k;
  let lower = 0;
  while (start > 0 && joined(n, start - 1)) {
    const prev = n.tokens[start - 1]!;
    const owner = n.mentionEnding.get(prev.end);
    // (A mention that does not start on one of these tokens cannot be stepped over: stop there,
    // never loop in place.)
    const ownerStart = owner ? n.tokenAt.get(owner.start) : undefined;
    if (owner) {
      if (ownerStart === undefined || ownerStart >= start) break;
      start = ownerStart; // "Australian", "Ford Motor Company", "U.S."
    } else if (/^['’]s?$/.test(prev.text) && start > 1) {
      const before = n.mentionEnding.get(n.tokens[start - 2]!.end);
      const beforeStart = before ? n.tokenAt.get(before.start) : undefined;
      if (before) {
        if (beforeStart === undefined || beforeStart >= start) break;
        start = beforeStart; // "The United States's largest …"
      } else if (
        /^\p{Ll}+$/u.test(n.tokens[start - 2]!.text) &&
        !STOP_WORDS.has(n.tokens[start - 2]!.text)
      )
        start -= 2; // "the company's"
      else break;
    } else if (/^\p{Lu}[\p{L}\p{N}.&-]*$/u.test(prev.text) && !isSentenceWord(n, start - 1)) {
      start--; // "Uralsib", "JSA Research"
    } else if (isModifier(prev.text) && lower < MAX_MODIFIERS) {
      start--;
      lower++;
    } else break;
  }
  return start;
}

/** A lower-case word that can modify a noun: not a function word, verb form or adverb. */
function isModifier(word: string): boolean {
  if (!/^\p{Ll}[\p{L}\p{N}-]*$/u.test(word) || STOP_WORDS.has(word)) return false;
  if (/-/.test(word)) return true; // "New York City-based", "low-cost"
  return word === 'based' || (!/(?:ly|ed)$|[^su]s$/.test(word) && !IRREGULAR_VERBS.has(word));
}

/** A capitalised function word opening the sentence ("When", "The"): not a modifier. */
const isSentenceWord = (n: Near, k: number): boolean =>
  STOP_CAPS.has(n.tokens[k]!.text) || STOP_WORDS.has(n.tokens[k]!.text.toLowerCase());

/**
 * "the" belongs to the phrase when the name heads it: the next word is not a noun it modifies
 * ("the United States said", "the IMF and the World Bank", but "the US economy", "the UK's FTSE-100").
 */
function withThe(n: Near, left: number, right: number): number {
  const the = n.tokens[left - 1];
  if (!the || !/^the$/i.test(the.text) || !joined(n, left - 1)) return left;
  const next = n.tokens[right + 1];
  if (!next) return left - 1;
  const gap = n.text.slice(n.tokens[right]!.end, next.start);
  if (/\n/.test(gap)) return left - 1;
  if (/^['’]s?$/.test(next.text) && gap === '') return left; // a possessor
  if (gap === '' || !/^[\p{L}\p{N}]/u.test(next.text)) return left - 1; // punctuation
  if (/^\p{Lu}/u.test(next.text)) return left; // "the US Bankruptcy Court": part of a longer name
  return isVerbOrFunctionWord(next.text) ? left - 1 : left;
}

/** Irregular verb forms that follow a subject in news copy ("the GAO upheld"). */
const IRREGULAR_VERBS = new Set(
  (
    'upheld held won lost made took gave got cut put set sold bought paid went came fell rose grew began brought kept left led ' +
    'met ran saw sent spent stood struck thought became built chose drew drove fought found hit knew let meant shut slid sank ' +
    'spoke swung threw wrote bid beat broke dealt fled forecast forgave overtook quit read sought shed split spread stuck took ' +
    'must can cannot could may might shall should will would do does did is are was were be been has have had'
  ).split(' '),
);

/** After a name: a function word or a verb (the name is a subject or object, not a modifier). */
function isVerbOrFunctionWord(word: string): boolean {
  return (
    STOP_WORDS.has(word) ||
    IRREGULAR_VERBS.has(word) ||
    /(?:ed|ly)$/.test(word) ||
    (/[^s]s$/.test(word) && word.length > 3)
  );
}

/** A city followed by its state or country ("Long Beach, California"), unless a list goes on. */
function cityRegionEnd(n: Near, last: number): number {
  const comma = n.tokens[last + 1];
  if (comma?.text !== ',' || comma.start !== n.tokens[last]!.end) return last;
  const cityStart = n.mentionEnding.get(n.tokens[last]!.end)?.start ?? n.tokens[last]!.start;
  if (/,\s*$/.test(n.text.slice(Math.max(0, cityStart - 2), cityStart))) return last; // "Paris, London, Berlin": a list
  const region = n.mentionStarting.get(n.tokens[last + 2]?.start ?? -1);
  if (!region || (region.kind !== 'place' && region.kind !== 'country')) return last;
  const end = n.tokenEnding.get(region.end);
  if (end === undefined) return last;
  const after = n.text.slice(region.end, region.end + 12);
  return /^,\s+\p{Lu}|^\s+(?:and|or)\b/u.test(after) ? last : end;
}
