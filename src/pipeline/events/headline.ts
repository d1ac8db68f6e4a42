/**
 * An event's title as a news editor writes it: who + did what (+ to what), present tense, at most
 * 70 characters, cut at a word and never with an ellipsis, built from the clause's parse rather
 * than cut from the sentence. "He was fired from the company" → "Steve Jobs fired from the company";
 * "Apple will unveil the iPhone 4 on Monday" → "Apple to unveil the iPhone 4".
 */
import type { Token } from '../text/doc.ts';
import { REPORTING, type Clause } from './clauses.ts';
import { finish, MAX_TITLE_CHARS, THAT_VERBS } from './headline-cut.ts';
import { thirdPerson, verbForm } from './verbs.ts';

export { capitalise, MAX_TITLE_CHARS, THAT_VERBS } from './headline-cut.ts';

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
  if (verb) words.push(verb);
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
  if (last.pos === 'PROPN' && PEOPLE_PLURAL_RE.test(last.text) && nameAt(clause.subject[1] - 1) !== 'person') return true;
  // ("The gunmen take refuge": compounds of "men" too, not "regimen" or "acumen".)
  if (last.pos === 'NOUN') return (/s$/i.test(last.text) && last.lower !== last.lemma) || (/^(?:[a-z]*men|children|people|police)$/i.test(last.text) && !/(?:^a|^o|gi|cu|bdo|sta|se|peci)men$/i.test(last.text));
  // The tagger reads a capitalised plural at the start of a sentence as a name ("Protesters",
  // "Talks"): a plural-looking word there that is no actor's name is a plural noun.
  const before = tokens[clause.subject[0] - 1];
  const first = !before || before.sentence !== last.sentence || before.pos === 'PUNCT';
  // ("Police" too, however tagged: "Police seize a car bomb".)
  if (subject.length === 1 && /^police$/i.test(last.text)) return true;
  // "Shares of Apple fell", "Pre-orders of the iPhone 4 began": a plural-looking word of no name
  // before "of", opening the sentence.
  if (subject.length === 1 && cut === 1 && all[1]!.lower === 'of' && first && /[^sui'’]s$/.test(last.text) && nameAt(clause.subject[0]) === null) return true;
  return last.pos === 'PROPN' && subject.length === 1 && first && PLURAL_CAPITAL_RE.test(last.text) && nameAt(clause.subject[0]) === null;
}

/** Endings of a people named in the plural: "Serbs", "Albanians", "Croats" (and a name like "Jobs", hence the checks beside it). */
const PEOPLE_PLURAL_RE = /(?:ans|ons|bs|ars|ites)$/;

/**
 * Endings of plural nouns, not of names: "Crowds", "Thousands", "Protests", "Barricades", "Shares",
 * "Futures", "Markets", "Profits", "Exports", "Troops"; not "Siemens" nor "Netherlands" (nor "Soares").
 */
const PLURAL_CAPITAL_RE = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ats|ents|ives|ees|ies|als|ces|les|ks|tions|ments|ings|(?<!lan)ds|sts|des|ures|kets|fits|orts|oops)$|^(?:Shares|Fares|Wares)$/u;

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
  // (A name given for another subject, "Serbia" for "Serbian officials", agrees as that name.)
  // (A shortened subject is plural as a people is, "Serbs", in one word: not "Steve Jobs".)
  const plural = subject !== null && (named ? / and |&/.test(subject) : shortened ? /^\S+$/.test(subject) && PEOPLE_PLURAL_RE.test(subject) : isPlural(tokens, clause, nameAt) || borrowedPlural || (/ and /.test(clause.subject ? subject : (borrowedHead ?? subject)) && !andInName) || /^(?:we|they|i|you)$/i.test(subject));
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
    // An intention keeps its verb: "plans to launch", "is due to report" → "due to report".
    if (!/^(?:VERB|NOUN)$/.test(group.find((t) => t.pos !== 'AUX')?.pos ?? '')) return words[0] === 'to' || words[0] === 'due' || words[0] === 'set' ? words.join(' ') : `to ${words.join(' ')}`;
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
  if (clause.passive || participle || withAgent(tokens, group, g1)) return group.filter((t) => t.pos !== 'AUX').map((t) => t.text).join(' ');
  if (clause.stative) return group.map((t) => t.text).join(' ');
  // Keep "to"-chains after the first verb: "began to ship" → "begins to ship".
  const verbs = group.filter((t) => t.pos === 'VERB' || t.pos === 'PART' || t.pos === 'ADV');
  const first = verbs.findIndex((t) => t.pos === 'VERB');
  // ("The Nikkei had its worst fall": a "have" the tagger calls an auxiliary.)
  // ("The Nasdaq was down 3.2%": a move by a copula is headlined without it, "The Nasdaq down 3.2%".)
  if (first < 0) return head.lemma === 'have' ? (plural ? 'have' : 'has') : head.lemma === 'be' && !!subject ? '' : head.text;
  const words = verbs.slice(first).map((t) => t.text);
  const lemma = verbs[first]!.lemma;
  // The tagger leaves some rare verbs unlemmatised ("reassumed"): keep those as written.
  if (!(lemma === verbs[first]!.text.toLowerCase() && /ed$/.test(lemma))) words[0] = plural ? lemma : thirdPerson(lemma);
  return words.join(' ');
}

/** Words after "by" that give an amount or a means, not an agent. */
const MEANS_RE = /^(?:one|a|an|telephone|phone|email|e-mail|mail|post|car|air|train|road|sea|land|hand|force)$/;

/**
 * A past form followed by its agent is a participle, whatever the clause's reading:
 * "Preliminary results published by the state electoral commission", "Bosnia … was also hit by
 * the tariff" (not "publish by", "hits by").
 */
function withAgent(tokens: Token[], group: Token[], g1: number): boolean {
  const verb = group[group.length - 1]!;
  // (Alone and past, or after a form of "be": "was also hit by", whose "hit" reads as a base form.)
  const passive = group.length === 1 ? verbForm(verb) === 'past' : group.some((t) => t.lemma === 'be' && t.pos === 'AUX');
  if (verb.pos !== 'VERB' || !passive) return false;
  const by = tokens[g1 + 1]?.pos === 'ADV' ? g1 + 2 : g1 + 1;
  const after = tokens[by + 1];
  // (Not an amount, "rose by 5 percent", "followed by one day", nor a means, "responded by sending …", "talked by telephone".)
  return tokens[by]?.lower === 'by' && !!after && after.pos !== 'NUM' && !MEANS_RE.test(after.lower) && !(after.pos === 'VERB' && verbForm(after) === 'ing');
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

/** Participles that schedule: "slated for release", "scheduled to open". */
const SCHEDULED = new Set(['slated', 'scheduled', 'set', 'due', 'poised', 'expected']);

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
  const plural = !!before && (/^(?:they|we|you|i|police|people)$/i.test(before.text) || (before.pos === 'NOUN' && before.lower !== before.lemma && /s$/.test(before.lower)) || (before.pos === 'PROPN' && PEOPLE_PLURAL_RE.test(before.text) && nameAt(k - 1) !== 'person'));
  return plural ? 'have' : 'has';
}
