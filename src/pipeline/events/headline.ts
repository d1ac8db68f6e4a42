/**
 * An event's title as a news editor writes it: who + did what (+ to what), present tense, at most
 * 70 characters, cut at a word and never with an ellipsis, built from the clause's parse rather
 * than cut from the sentence. "He was fired from the company" → "Steve Jobs fired from the company";
 * "Apple will unveil the iPhone 4 on Monday" → "Apple to unveil the iPhone 4".
 */
import type { Token } from '../text/doc.ts';
import { REPORTING, type Clause } from './clauses.ts';
import { thirdPerson, verbForm } from './verbs.ts';

export const MAX_TITLE_CHARS = 70;

export interface HeadlineInput {
  body: string;
  tokens: Token[];
  clause: Clause;
  /** The subject as words: the clause's own, or the one it shares, or the actor a pronoun stands for. */
  subject: string | null;
  /** Tokens [from, to) that must not appear (dates, attributions). */
  skip: (k: number) => boolean;
  /** Token range that continues the predicate (a reported clause: "announced that …"), or null. */
  complement: [number, number] | null;
  /** What the verb acts on when the clause cannot say it ("the blockade that Soviet forces imposed"). */
  object?: string | null;
  /** Keep the "that" opening the complement ("to find that …": without it the verb reads otherwise). */
  keepThat?: boolean;
  /** Characters available (MAX_TITLE_CHARS unless the title is part of a longer one). */
  room?: number;
  /** The subject is one actor's name given for the clause's own subject ("Serbia" for "Serbian officials"): the verb agrees with the name. */
  named?: boolean;
  /** The kind of actor whose name token k is part of, or null (a plural-looking name is no plural). */
  nameAt?: (k: number) => string | null;
  /** The short form the article uses for the person whose name token k is part of ("Kurti"), or null. */
  shortAt?: (k: number) => string | null;
  /** For a description opening at token k that stands for a named entity ("the agreement"): its last token and the words to write ("the Brussels Agreement"). */
  referentAt?: (k: number) => { last: number; words: string } | null;
}


export function headline(input: HeadlineInput): string {
  const { tokens, clause } = input;
  if (!clause.group || clause.head < 0) return '';
  const verb = verbPhrase(tokens, clause, input.subject, input.nameAt ?? (() => null), input.named ?? false);
  const words: string[] = [];
  if (input.subject) words.push(input.subject);
  words.push(verb);
  if (input.object) words.push(input.object);
  const restRanges: [number, number][] = [];
  // "Kurti announced in a video on Monday that the rule …": what was announced, not where.
  if (!input.complement || tokens[clause.group[1] + 1]?.pos !== 'ADP') restRanges.push([clause.group[1] + 1, clause.to]);
  if (input.complement) restRanges.push(input.complement);
  // Where a clause may open among the kept tokens: the reported clause, and what follows a verb
  // that takes one ("show | the unemployment rate declined"): a noun phrase there is a subject,
  // and the participle-looking verb after it finite.
  const opens = new Set<Token>();
  if (input.complement) opens.add(tokens[input.complement[0]]!);
  // (The group's last verb: "seem to agree | the law amounted".)
  const lastVerb = tokens[clause.group[1]]!;
  if (THAT_VERBS.has(lastVerb.lemma) || REPORTING.has(lastVerb.lemma)) opens.add(tokens[clause.group[1] + 1]!);
  const head = words.join(' ');
  /** Token k is in what was said: the reported clause, or what follows a verb of saying. */
  const said = (k: number): boolean => (!!input.complement && k >= input.complement[0] && k < input.complement[1]) || (REPORTING.has(lastVerb.lemma) && k > clause.group![1]);
  // The rest as written (original spacing: "NATO-led", "(KFOR)"), token by token within the length,
  // then back to the last word a headline can end on (not "of", "would", "where" or a comma).
  const kept: Token[] = [];
  /** What each kept token adds to the text (its gap and words), to take a name back out. */
  const added: string[] = [];
  let text = '';
  let prev: Token | null = null;
  let shortened = false;
  const nameAt = input.nameAt ?? (() => null);
  for (const [from, to] of restRanges) {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      const subjectAfter = !!clause.subject && clause.subject[0] > clause.group[1] && k >= clause.subject[0] && k < clause.subject[1];
      if (input.skip(k) || subjectAfter || QUOTE_RE.test(t.text) || (k === from && ((t.lower === 'that' && !input.keepThat) || t.pos === 'PUNCT'))) {
        prev = null;
        continue;
      }
      if (t.text === ',' && isTrailingAttribution(tokens, k + 1, to)) break; // "…, Jobs said"

      const gap = prev ? input.body.slice(prev.end, t.start) : ' ';
      // ("Kosovo ratifies the agreement": the agreement by its name, when the text made clear which.)
      const referent = input.referentAt?.(k);
      if (referent && referent.last < to) {
        const named = ` ${referent.words}`;
        if (head.length + text.length + named.length <= (input.room ?? MAX_TITLE_CHARS)) {
          text += named;
          kept.push(tokens[referent.last]!);
          added.push(named);
          prev = tokens[referent.last]!;
          k = referent.last;
          continue;
        }
      }
      const piece = (gap === '' ? '' : ' ') + (said(k) ? presentOfReported(tokens, k, nameAt) : t.text);
      if (head.length + text.length + piece.length > (input.room ?? MAX_TITLE_CHARS)) {
        // "… urge Kosovo Prime Minister Albin [Kurti]": a person's name the title would cut, with the
        // capitalised words before it, gives way to the article's short form ("… urge Kurti to
        // withdraw …"), once.
        // ("urged the International Court of Justice (ICJ) to find …": a name with its abbreviation
        // in brackets gives way to the abbreviation, "the ICJ", once.)
        const bracket = shortened ? -1 : abbreviatedName(kept);
        if (bracket >= 0) {
          shortened = true;
          const abbreviation = kept[bracket + 1]!;
          // (The name's words, "of" and "and" between capitalised ones included: "Court of Justice".)
          let from = bracket;
          while (from > 0 && ((/^\p{Lu}/u.test(kept[from - 1]!.text) && kept[from - 1]!.pos !== 'PUNCT') || (NAME_JOINS.has(kept[from - 1]!.lower) && from > 1 && /^\p{Lu}/u.test(kept[from - 2]!.text)))) from--;
          kept.splice(from, bracket + 3 - from, abbreviation);
          added.splice(from, bracket + 3 - from, ` ${abbreviation.text}`);
          text = added.join('');
          k--; // the token that did not fit is tried again
          continue;
        }
        const surname = input.shortAt?.(k);
        const run = shortened || !surname ? -1 : personRunStart(kept, tokens, k, nameAt);
        if (run < 0) return finish(head, kept, added, t, input.room !== undefined, opens);
        shortened = true;
        let last = k;
        while (last + 1 < to && tokens[last + 1]!.pos === 'PROPN' && nameAt(last + 1) === 'person' && tokens[last + 1]!.start === tokens[last]!.end + 1) last++;
        kept.splice(run);
        added.splice(run);
        text = added.join('');
        const spoken = ` ${surname}`;
        // (The name's last token stands for the surname among the kept tokens: where a cut may end.)
        if (head.length + text.length + spoken.length > (input.room ?? MAX_TITLE_CHARS)) return finish(head, kept, added, tokens[last], input.room !== undefined, opens);
        text += spoken;
        kept.push(tokens[last]!);
        added.push(spoken);
        prev = tokens[last]!;
        k = last;
        continue;
      }
      text += piece;
      kept.push(t);
      added.push(piece);
      prev = t;
    }
  }
  return finish(head, kept, added, undefined, false, opens);
}

const NAME_JOINS = new Set(['of', 'for', 'and', 'on']);

/** The index in `kept` of a "(" that holds an abbreviation right after a name: "Court of Justice ( ICJ )"; -1 when none. */
function abbreviatedName(kept: Token[]): number {
  for (let j = kept.length - 3; j >= 1; j--) {
    if (kept[j]!.text === '(' && /^[A-Z]{2,6}$/.test(kept[j + 1]!.text) && kept[j + 2]!.text === ')' && /^\p{Lu}/u.test(kept[j - 1]!.text)) return j;
  }
  return -1;
}

/**
 * Where the capitalised run of kept tokens that `tokens[k]` (inside a person's name) goes on starts
 * ("Kosovo Prime Minister Albin" before "Kurti"; "Prime Minister" before "Albin Kurti"): its index
 * in `kept`, or -1 when `k` is no person's name or the run is not written right before it.
 */
function personRunStart(kept: Token[], tokens: Token[], k: number, nameAt: (k: number) => string | null): number {
  if (tokens[k]!.pos !== 'PROPN' || nameAt(k) !== 'person') return -1;
  let run = kept.length;
  while (run > 0 && /^\p{Lu}/u.test(kept[run - 1]!.text) && kept[run - 1]!.pos !== 'PUNCT' && (kept[run]?.start ?? tokens[k]!.start) === kept[run - 1]!.end + 1) run--;
  // (Only the verb's object or a preposition's: "urge …", "call on …", "talks with …".)
  if (run > 0 && kept[run - 1]!.pos !== 'ADP') return -1;
  return run < kept.length ? run : -1;
}

/** "Protesters", "Serbia and Kosovo", "they": the verb agrees with a plural subject. */
function isPlural(tokens: Token[], clause: Clause, nameAt: (k: number) => string | null): boolean {
  if (!clause.subject) return false;
  const all = tokens.slice(clause.subject[0], clause.subject[1]);
  // The head noun phrase decides: "Officials in Belgrade say".
  const cut = all.findIndex((t) => t.pos === 'ADP');
  let subject = cut > 0 ? all.slice(0, cut) : all;
  // "Demonstrators there": the place word after the noun does not count.
  if (subject.length > 1 && /^(?:there|here)$/i.test(subject[subject.length - 1]!.text)) subject = subject.slice(0, -1);
  const last = subject[subject.length - 1]!;
  if (subject.some((t, i) => t.pos === 'CCONJ' && nameAt(clause.subject![0] + i) === null) || /^(?:they|we|some|many|several|others|both|all|few|most|them)$/i.test(last.text) || /^(?:most|some|many|all|several|both|few)$/i.test(subject[0]!.text)) return true;
  // A people named in the plural ("Britons", "Serbs", "Albanians") is plural, though a name; a
  // person's name is not ("Steve Jobs").
  if (last.pos === 'PROPN' && /(?:ans|ons|bs|ars|ites)$/.test(last.text) && nameAt(clause.subject[1] - 1) !== 'person') return true;
  // ("The gunmen take refuge": compounds of "men" too, not "regimen" or "acumen".)
  if (last.pos === 'NOUN') return (/s$/i.test(last.text) && last.lower !== last.lemma) || (/^(?:[a-z]*men|children|people|police)$/i.test(last.text) && !/(?:^a|^o|gi|cu|bdo|sta|se|peci)men$/i.test(last.text));
  // The tagger reads a capitalised plural at the start of a sentence as a name ("Protesters",
  // "Talks"): a plural-looking word there that is no actor's name is a plural noun.
  const before = tokens[clause.subject[0] - 1];
  const first = !before || before.sentence !== last.sentence || before.pos === 'PUNCT';
  // ("Police" too, however tagged: "Police seize a car bomb".)
  if (subject.length === 1 && /^police$/i.test(last.text)) return true;
  return last.pos === 'PROPN' && subject.length === 1 && first && PLURAL_CAPITAL_RE.test(last.text) && nameAt(clause.subject[0]) === null;
}

/** Endings of plural nouns, not of names: "Crowds", "Thousands", "Protests", "Barricades"; not "Siemens" nor "Netherlands". */
const PLURAL_CAPITAL_RE = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ats|ents|ives|ees|ies|als|ces|les|ks|tions|ments|ings|(?<!lan)ds|sts|des)$/u;

/** Present-tense headline verb: "announced" → "announces", "will unveil" → "to unveil", "was fired" → "fired". */
function verbPhrase(tokens: Token[], clause: Clause, subject: string | null, nameAt: (k: number) => string | null, named: boolean): string {
  const [g0, g1] = clause.group!;
  const group = tokens.slice(g0, g1 + 1);
  const head = tokens[clause.head]!;
  // (A subject that is not the clause's own — a relative clause's antecedent — by its last word: "other countries".)
  // (Its head noun, before any prepositional phrase: "Kosovo's ban on payments in dinars takes effect".)
  const borrowedHead = subject?.split(/\s(?:of|on|in|for|with|against|to|from|at|by|over|under|between|among)\s/)[0] ?? null;
  // (A capitalised one only by a plural noun's ending: "Protesters plan", not "Siemens plans".)
  const borrowedPlural = !clause.subject && borrowedHead !== null && ((/(?:^|\s)[a-z]+[^su'’i]s$/.test(borrowedHead) && !/(?:series|species|news|means)$/i.test(borrowedHead)) || PLURAL_CAPITAL_RE.test(borrowedHead) || /^police$/i.test(borrowedHead));
  // "NATO and Yugoslav commanders signed" titled by its actor, "NATO": the verb agrees with the
  // name kept ("NATO signs"), unless it names a people ("Serbs").
  // (An "and" inside a phrase after the head is no coordination of the subject: "talks between Vučić and Kurti".)
  const subjectTokens = clause.subject ? tokens.slice(clause.subject[0], clause.subject[1]) : [];
  const firstAdp = subjectTokens.findIndex((t, i) => i > 0 && t.pos === 'ADP' && t.lower !== 'of');
  const headTokens = firstAdp > 0 ? subjectTokens.slice(0, firstAdp) : subjectTokens;
  // ("Bosnia and Herzegovina", "the Stabilisation and Association Agreement": an "and" inside a name joins nothing.)
  const andInName = subjectTokens.some((t) => t.pos === 'CCONJ') && subjectTokens.every((t, i) => t.pos !== 'CCONJ' || nameAt(clause.subject![0] + i) !== null);
  const shortened = subject !== null && !!clause.subject && !/ and |&/.test(subject) && headTokens.some((t) => t.pos === 'CCONJ');
  // (Unless it names a people for a plural: "They" → "Serbs".)
  // (A name given for another subject, "Serbia" for "Serbian officials", agrees as that name.)
  const plural = subject !== null && (named ? / and |&/.test(subject) : shortened ? /(?:ans|ons|bs|ars|ites)$/.test(subject) : isPlural(tokens, clause, nameAt) || borrowedPlural || (/ and /.test(clause.subject ? subject : (borrowedHead ?? subject)) && !andInName) || /^(?:we|they|i|you)$/i.test(subject));
  if (clause.modality === 'future') {
    // "will unveil" → "to unveil", "will be released" → "to be released", "will not recognise" →
    // "not to recognise" (a copula or passive keeps its "be").
    if (group.some((t) => /^(?:will|'ll|shall)$/i.test(t.text))) {
      const rest = group.filter((t) => !/^(?:will|'ll|shall)$/i.test(t.text)).map((t) => t.text);
      const negation = /^(?:not|never)$/i.test(rest[0] ?? '') ? [rest.shift()!] : [];
      if (rest[0] === 'to' || rest[0] === 'due' || rest[0] === 'set') return [...negation, ...rest].join(' ');
      return [...negation, 'to', ...rest].join(' ');
    }
    const words = group.filter((t) => !/^(?:be|is|are|was|were|am)$/i.test(t.text)).map((t) => t.text);
    // "will unveil" → "to unveil"; an intention keeps its verb: "plans to launch", "is due to report" → "due to report".
    if (group.some((t) => /^(?:will|'ll|shall)$/i.test(t.text)) || !/^(?:VERB|NOUN)$/.test(group.find((t) => t.pos !== 'AUX')?.pos ?? '')) return words[0] === 'to' || words[0] === 'due' || words[0] === 'set' ? words.join(' ') : `to ${words.join(' ')}`;
    const first = group.findIndex((t) => t.pos !== 'AUX');
    const verb = group[first]!;
    const out = group.slice(first).map((t) => t.text);
    // "is slated for release", "is scheduled to open": the participle stays as written.
    if (!SCHEDULED.has(verb.lower)) out[0] = plural ? verb.lemma : thirdPerson(verb.lemma);
    return out.join(' ');
  }
  // (As written, "n't" on its verb: "should n't" → "shouldn't".)
  if (clause.modality === 'hypothetical') return group.map((t) => t.text).join(' ').replace(/ (n['’]t)\b/g, '$1');
  // "Jobs, born in San Francisco": a participle without an auxiliary stays as written.
  // A participle ("Jobs, born in 1955", "Pixar, bought by Disney") stays as written; a past tense
  // with its object ("…, Osmani-Sadriu, told Stoltenberg") is the clause's verb.
  const participle = group[0]!.pos === 'VERB' && verbForm(group[0]!) === 'past' && clause.link === 'rel' && !clause.subject && tokens[g0 - 1]?.pos !== 'PRON' && !/^(?:DET|PROPN|PRON|NOUN|NUM)$/.test(tokens[g1 + 1]?.pos ?? '');
  if (clause.passive || participle) return group.filter((t) => t.pos !== 'AUX').map((t) => t.text).join(' ');
  if (clause.stative) return group.map((t) => t.text).join(' ');
  // Keep "to"-chains after the first verb: "began to ship" → "begins to ship".
  const verbs = group.filter((t) => t.pos === 'VERB' || t.pos === 'PART' || t.pos === 'ADV');
  const first = verbs.findIndex((t) => t.pos === 'VERB');
  if (first < 0) return head.text;
  const words = verbs.slice(first).map((t) => t.text);
  const lemma = verbs[first]!.lemma;
  // The tagger leaves some rare verbs unlemmatised ("reassumed"): keep those as written.
  if (!(lemma === verbs[first]!.text.toLowerCase() && /ed$/.test(lemma))) words[0] = plural ? lemma : thirdPerson(lemma);
  return words.join(' ');
}

/** Up to six words to the end of the clause that end in a reporting verb: "the ministry said". */
function isTrailingAttribution(tokens: Token[], from: number, to: number): boolean {
  // ('…,” said Juan Miguel Gonzalez, the boy's father': a verb of saying right after the comma, however long what follows.)
  let first = from;
  while (first < to && QUOTE_RE.test(tokens[first]!.text)) first++;
  if (tokens[first]?.pos === 'VERB' && REPORTING.has(tokens[first]!.lemma) && /^(?:said|says)$/i.test(tokens[first]!.text)) return true;
  let end = to;
  while (end > from && tokens[end - 1]!.pos === 'PUNCT') end--;
  if (end - from > 6 || end <= from) return false;
  return tokens.slice(from, end).some((t) => t.pos === 'VERB' && REPORTING.has(t.lemma));
}

/** A quotation mark, which no title keeps. */
const QUOTE_RE = /^["“”'‘’«»]$/;
const OBJECT_PRONOUN = /^(?:it|them|him|her|us|me|nothing|everything|something|anything|none)$/i;
// (X: a word the tagger could not place, often a name's part, "the iPhone SE"; not a mark, "_".)
const END_POS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'VERB', 'ADV', 'SYM', 'X']);
const WEAK_END = /^(?:where|when|which|who|whom|whose|what|why|how|whether|that|than|as|so|such|also|not|then|there|here|more|most|very|about)$/i;

/** Participles that schedule: "slated for release", "scheduled to open". */
const SCHEDULED = new Set(['slated', 'scheduled', 'set', 'due', 'poised', 'expected']);

const PARTICLES = /^(?:out|up|off|down|over|back)$/i;

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

/**
 * What was said, in the tense of a headline's "says": "would" → "will", "had" before a participle
 * → "has"/"have" ("NATO says it has authorised additional forces", not "it had authorised").
 */
function presentOfReported(tokens: Token[], k: number, nameAt: (k: number) => string | null): string {
  const t = tokens[k]!;
  if (t.pos === 'AUX' && t.lower === 'would') return 'will';
  const next = tokens[k + 1];
  if (t.pos !== 'AUX' || t.lower !== 'had' || !next || !/^(?:VERB|AUX)$/.test(next.pos) || verbForm(next) !== 'past') return t.text;
  const before = tokens[k - 1];
  // (A people named in the plural too, "the Serbs had been left", not a person, "Jobs had".)
  const plural = !!before && (/^(?:they|we|you|i|police|people)$/i.test(before.text) || (before.pos === 'NOUN' && before.lower !== before.lemma && /s$/.test(before.lower)) || (before.pos === 'PROPN' && /(?:ans|ons|bs|ars|ites)$/.test(before.text) && nameAt(k - 1) !== 'person'));
  return plural ? 'have' : 'has';
}

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

/** No dangling "of", "the", "would" or comma at the end; first letter upper-case. */
/**
 * The title from the kept tokens. `strict` (a caller with an alternative, that gave a `room`): a
 * cut inside a name, with no place before it where a phrase ends, gives no title ("… breaches UN
 * Security").
 */
function finish(head: string, kept: Token[], added: string[], cutAt?: Token, strict = false, opens: ReadonlySet<Token> = NONE): string {
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
  // (At the clause's end only when it opens like a fragment: "a", "four", "and"; not a list's
  // last items, "Albanian, American and European flags". Again after it: ", and Hadžić, the last fugitive".)
  for (;;) {
    const comma = kept.slice(0, n).findLastIndex((t) => t.text === ',');
    const tail = kept.slice(comma + 1, n);
    const fragment = !!cutAt || n < kept.length || /^(?:DET|NUM|CCONJ)$/.test(tail[0]?.pos ?? '');
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
