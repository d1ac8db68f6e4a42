/**
 * Where a headline too long for its room is cut, and how it ends: at a comma, before a boundary
 * word, never inside a noun phrase or on a dangling word ("of", "would", a participle cut from its
 * phrase); first letter upper-case. headline.ts builds the words, this ends them.
 */
import type { Token } from '../text/doc.ts';
import { REPORTING } from './clauses.ts';
import { verbForm } from './verbs.ts';

/** The longest title, in characters. */
export const MAX_TITLE_CHARS = 70;

const OBJECT_PRONOUN = /^(?:it|them|him|her|us|me|nothing|everything|something|anything|none)$/i;
// (X: a word the tagger could not place, often a name's part, "the iPhone SE"; not a mark, "_".)
const END_POS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'VERB', 'ADV', 'SYM', 'X']);
const WEAK_END = /^(?:where|when|which|who|whom|whose|what|why|how|whether|that|than|as|so|such|also|not|then|there|here|more|most|very|about)$/i;

const PARTICLES = /^(?:out|up|off|down|over|back)$/i;
/** Quantifiers that open a fragment after a comma: "agreements since 2013, many [of which …]". */
const QUANTIFIER_RE = /^(?:many|much|most|some|all|both|each|few|several|none)$/i;

/** First letter upper-case, except in a name written with a small first letter ("iPhone", "eBay"). */
export function capitalise(title: string): string {
  return /^\p{Ll}+\p{Lu}/u.test(title) ? title : title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * Whether kept token k ends a phrase a headline can end on (a verb's particle too: "step down",
 * "set up"), given the token after it.
 */
function endsWell(kept: Token[], k: number, next: Token | undefined, opens: ReadonlySet<Token> = NONE): boolean {
  const t = kept[k]!;
  // ("sign a monument to independence unveiled | in the city centre": a participle describing the
  // noun before it, cut from its phrase, dangles; not the verb of a reported clause's subject,
  // "show the unemployment rate for adult men declined".)
  if (t.pos === 'VERB' && next?.pos === 'ADP' && k > 0 && /^(?:NOUN|PROPN)$/.test(kept[k - 1]!.pos) && verbForm(t) === 'past' && !opensWith(kept, k, opens)) return false;
  // ("an order for up to 60 | of its A350 jets": a number cut from what it counts; not an amount, "$150 million | of notes".)
  if (t.pos === 'NUM' && next?.lower === 'of' && !/^(?:hundred|thousand|million|billion|trillion)s?$/i.test(t.text)) return false;
  // (Nor a quantity cut from its comparison or its whole: "for as many | as 40", "agreements, many | of which".)
  if (/^(?:many|much)$/i.test(t.text) && (next?.lower === 'as' || next?.lower === 'of')) return false;
  if (END_POS.has(t.pos) && !WEAK_END.test(t.text) && (t.pos !== 'X' || /[\p{L}\p{N}]/u.test(t.text))) return true;
  // A verb's pronoun object ends a title better than the verb alone: "Kosovo Albanian leaders accept it", not "… accept".
  if (t.pos === 'PRON' && OBJECT_PRONOUN.test(t.text) && (k === 0 || kept[k - 1]!.pos === 'VERB')) return true;
  // "50 against, with …": a preposition with no object before a comma is an adverb; "run-off" a word.
  // (Not one whose object, a date, was left out: "planned for [2023],".)
  if (t.pos === 'ADP' && next && /^[,;:]$/.test(next.text) && next.start === t.end && !WEAK_END.test(t.text)) return true;
  if (k >= 2 && kept[k - 1]!.text === '-' && t.start === kept[k - 1]!.end && kept[k - 1]!.start === kept[k - 2]!.end) return true;
  return (k === 0 || kept[k - 1]!.pos === 'VERB') && PARTICLES.test(t.text);
}

/**
 * The last place (number of kept tokens, at least `least`) where a long title can be cut: where a
 * phrase ends before a comma, before a boundary word, or anywhere; 0 when there is none.
 */
function lastCut(kept: Token[], cutAt: Token, before: 'comma' | 'boundary' | 'any', least: number, opens: ReadonlySet<Token>): number {
  for (let b = kept.length; b >= least; b--) {
    const next = kept[b] ?? cutAt;
    if (!endsWell(kept, b - 1, next, opens) || continues(kept[b - 1]!, next) || betweenOne(kept, b, next)) continue;
    if (before === 'comma' && next.text !== ',') continue;
    if (before === 'boundary' && !BOUNDARY_POS.has(next.pos)) continue;
    return b;
  }
  return 0;
}

/** "crossings between Kosovo | and Serbia", "between the United States | and Russia": "between" needs both. */
function betweenOne(kept: Token[], b: number, next: Token): boolean {
  if (next.lower !== 'and') return false;
  for (let j = b - 1; j >= 0 && b - j <= 6; j--) {
    if (kept[j]!.pos === 'ADP' || kept[j]!.pos === 'CCONJ') return /^(?:between|among)$/.test(kept[j]!.lower);
  }
  return false;
}

const NONE: ReadonlySet<Token> = new Set();

/** Verbs whose object may be a "that" clause: "to find that …", "explaining that …", "show the rate declined". */
export const THAT_VERBS = new Set('find ensure explain show prove rule declare confirm acknowledge accept recognise recognize believe know think argue claim warn insist conclude decide agree promise suggest indicate note realise realize understand hope fear demand assure guarantee establish determine'.split(' '));

/**
 * Whether the noun phrase before kept token k (its prepositional phrases too) opens a clause: at a
 * token of `opens`, after "that", or after a verb that takes a clause ("agree | the law amounted").
 */
function opensWith(kept: Token[], k: number, opens: ReadonlySet<Token>): boolean {
  let j = k - 1;
  while (j > 0 && !opens.has(kept[j]!) && kept[j - 1]!.lower !== 'that' && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART|ADP)$/.test(kept[j - 1]!.pos)) j--;
  const before = kept[j - 1];
  return opens.has(kept[j]!) || before?.lower === 'that' || (!!before && before.pos === 'VERB' && (THAT_VERBS.has(before.lemma) || REPORTING.has(before.lemma)));
}

/** Where a cut title may end: before a preposition, a conjunction, a comma or a new verb. */
const BOUNDARY_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'VERB', 'AUX', 'PART']);

/**
 * Whether `next` carries on the phrase `last` ends: a noun after a modifier ("a narrow | question"),
 * a word written on to it ("NATO|-led", "Kosovo|'s"), a verb's particle ("setting | out"), or an
 * "-ing" modifier before its object.
 */
function continues(last: Token, next: Token): boolean {
  if (next.start === last.end && !/^[,;:.!?)]$/.test(next.text)) return true;
  if (/^(?:ADJ|DET|NUM|PROPN|NOUN)$/.test(last.pos) && (/^(?:NOUN|PROPN)$/.test(next.pos) || (last.pos === 'ADJ' && next.pos === 'ADJ') || (last.pos === 'NUM' && next.pos === 'NUM'))) return true;
  if (last.pos === 'VERB' && PARTICLES.test(next.text)) return true;
  if (last.pos === 'VERB' && next.pos === 'VERB') return true; // "include | strengthening"
  if (last.pos === 'VERB' && next.lower === 'by' && verbForm(last) === 'past') return true; // "a rally attended | by a crowd"
  if (last.pos === 'ADV' && /^(?:ADJ|VERB)$/.test(next.pos)) return true; // "the lightly | armed force"
  return last.pos === 'VERB' && /ing$/i.test(last.text) && /^(?:DET|NOUN|PROPN|ADP)$/.test(next.pos);
}

/**
 * The title from the kept tokens. `strict` (a caller with an alternative, that gave a `room`): a
 * cut inside a name, with no place before it where a phrase ends, gives no title ("… breaches UN
 * Security").
 */
export function finish(head: string, kept: Token[], added: string[], cutAt?: Token, strict = false, opens: ReadonlySet<Token> = NONE): string {
  let n = kept.length;
  // Cut for length: end where a phrase ends ("… push for direct talks", not "… talks between
  // Belgrade"), at a comma when there is one after the first word past the verb, else before a
  // preposition, conjunction or verb; never inside a noun phrase ("answered a narrow").
  if (cutAt) {
    // (At a comma, the first word past the verb is enough: "Borrell due to step down, with …".)
    let b = lastCut(kept, cutAt, 'comma', 1, opens);
    if (b === 0) b = lastCut(kept, cutAt, 'boundary', 2, opens);
    if (b === 0) b = lastCut(kept, cutAt, 'any', 2, opens);
    if (b === 0 && strict && kept[n - 1]?.pos === 'PROPN' && cutAt.pos === 'PROPN') return '';
    n = b >= 1 ? b : n;
  }
  while (n > 0 && !endsWell(kept, n - 1, kept[n] ?? cutAt, opens)) n--;
  // What is left of a phrase after a last comma, without a verb, is a fragment whose rest was
  // left out (", a day" of ", a day after …", ", four months" of ", four months after …",
  // ", and Goran Hadžić" of "…, and Goran Hadžić was detained"): it goes too.
  // (At the clause's end only when it opens like a fragment: "a", "four", "and", "many"; not a list's
  // last items, "Albanian, American and European flags". Again after it: ", and Hadžić, the last fugitive".)
  for (;;) {
    const comma = kept.slice(0, n).findLastIndex((t) => t.text === ',');
    const tail = kept.slice(comma + 1, n);
    const fragment = !!cutAt || n < kept.length || /^(?:DET|NUM|CCONJ)$/.test(tail[0]?.pos ?? '') || QUANTIFIER_RE.test(tail[0]?.text ?? '');
    const listEnd = tail.some((t, i) => i > 0 && t.pos === 'CCONJ');
    if (comma <= 0 || tail.length > 4 || !fragment || listEnd || tail.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) break;
    n = comma;
  }
  // The text of the first n kept tokens (each with the gap before it, or the words written for it).
  let rest = added.slice(0, n).join('');
  // A cut inside brackets drops the bracket: "the NATO-led Kosovo Force (KFOR" → "… Kosovo Force".
  const open = rest.lastIndexOf('(');
  if (open >= 0 && rest.indexOf(')', open) < 0) rest = rest.slice(0, open);
  let title = `${head}${rest}`.replace(/\s+([,.;:!?)])/g, '$1').replace(/\(\s+/g, '(').replace(/\s{2,}/g, ' ').trim();
  // A subject and verb longer than a title ("The potential Valley Federal Savings and Loan
  // Association acquisition terminated"): cut at a word, never past the length.
  if (title.length > MAX_TITLE_CHARS) title = title.slice(0, MAX_TITLE_CHARS + 1).replace(/\s+\S*$/, '').replace(/[\s,;:]+$/, '');
  // ("… would not be allowed in.": the tagger reads "in." as the abbreviation of inches; a headline ends without a full stop.)
  title = title.replace(/(\s[a-z]{1,4})\.$/, '$1');
  return capitalise(title);
}
