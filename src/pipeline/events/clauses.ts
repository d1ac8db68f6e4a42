/**
 * A sentence's clauses, from the document's part-of-speech tags: where one clause ends and the
 * next begins (subordinators, relatives, "that", "and" before a verb, quotation marks, commas
 * before a new subject or a participle), how each attaches to the one before, and a main clause
 * resumed after the clauses that interrupt it. What each clause says (verb group, subject, tense,
 * modality …) is clause-grammar.ts.
 */
import type { Doc, Token } from '../text/doc.ts';
import { describe, insertedListEnd, insertedListStart, isVerb, nounOfDate, OBJECT_REPORTING, opensInsertedList, POSSESSIVE_RE, RELATIVES, REPORTING, takesObject, type Clause, type Link } from './clause-grammar.ts';
import { verbForm } from './verbs.ts';

export { PREPOSITIONAL, REPORTING, takesObject, type Clause, type Link, type Modality, type Tense } from './clause-grammar.ts';

const SUBORDINATORS = new Set('because although though while whereas after before when whenever if unless since until as once'.split(' '));

const QUOTES = new Set(['"', '“', '”', '«', '»']);

/** Verbs that take a "that"-clause after their object: "warned Serbia that …", "assured them that …". */
const COGNITION = new Set('warn assure remind inform convince persuade promise tell notify advise believe know'.split(' '));

/** Clause openers: a break before token `i` of the sentence. */
function opensClause(tokens: Token[], i: number, isTimexToken: (k: number) => boolean): Link | null {
  const t = tokens[i]!;
  const w = t.lower;
  // The tagger calls "although" and "after" prepositions and "when" an adverb: a subordinator
  // opens a clause when a finite verb follows. "have since recognised" is an adverb in the group.
  if (SUBORDINATORS.has(w) && tokens[i - 1]?.pos !== 'AUX' && finiteVerbFollows(tokens, i)) return 'sub';
  if (RELATIVES.has(w) && i > 0 && tokens[i - 1]!.pos !== 'ADP') return 'rel';
  // "…in the north, where UN police had struggled": a place's relative clause.
  if (w === 'where' && i > 0 && finiteVerbFollows(tokens, i)) return 'rel';
  // "…, in which turnout was low": the clause opens at the preposition.
  if (t.pos === 'ADP' && RELATIVES.has(tokens[i + 1]?.lower ?? '')) return 'rel';
  if (w === 'that' && i > 0 && (t.pos === 'SCONJ' || t.pos === 'PRON' || (t.pos === 'DET' && tokens[i - 1]!.pos === 'CCONJ'))) {
    const prev = tokens[i - 1]!;
    // "announced Friday that …" (a date between), "told reporters that …" (a verb of saying or
    // knowing before the noun) are complements; "the blockade that Soviet forces imposed" is relative.
    // ("said … and that …": a second complement.)
    if (prev.pos === 'VERB' || prev.pos === 'ADV' || prev.pos === 'PUNCT' || prev.pos === 'CCONJ' || isTimexToken(i - 1)) return 'that';
    if (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') {
      let v = i - 1;
      while (v >= 0 && tokens[v]!.sentence === t.sentence && tokens[v]!.pos !== 'VERB') v--;
      const verb = v >= 0 && tokens[v]!.sentence === t.sentence ? tokens[v]! : null;
      return verb && (REPORTING.has(verb.lemma) || COGNITION.has(verb.lemma)) && i - v <= 4 ? 'that' : 'rel';
    }
    if (t.pos === 'SCONJ') return 'that';
  }
  // Only when a verb follows before the next break: "and announced", "but the court ruled".
  // (", and" is a clause break more often than not: its subject may be a longer phrase.)
  if (t.pos === 'CCONJ' && (w === 'and' || w === 'but' || w === 'or' || w === 'yet') && finiteVerbFollows(tokens, i, tokens[i - 1]?.text === ',' ? 14 : 8)) return 'and';
  // "Siemens said it will build …": a reported clause without "that". (After a verb that also
  // takes an object, only with a short subject: "announced the timetable in a video posted …" is an object.)
  // (Also past a date after the verb: "Hemedti said on Sunday the army had started the fighting".)
  let v = i - 1;
  while (v > 0 && isTimexToken(v) && !isTimexToken(i)) v--;
  if (v < i - 1 && tokens[v]!.pos === 'ADP') v--;
  const prev = tokens[v];
  // (Not a participle before its noun: "the recently announced iPhone 4 began" is one clause.)
  // (Nor after a preposition: "according to written submissions filed with the court".)
  const attributive = tokens[v - 1]?.pos === 'DET' || (tokens[v - 1]?.pos === 'ADV' && tokens[v - 2]?.pos === 'DET') || ((tokens[v - 1]?.pos === 'ADP' || tokens[v - 1]?.lower === 'to') && !!prev && verbForm(prev) === 'past');
  if (prev && prev.pos === 'VERB' && !attributive && REPORTING.has(prev.lemma) && /^(?:PRON|DET|PROPN|NOUN|ADJ|NUM)$/.test(t.pos) && (!/^(?:its|his|her|their|our|my|your|me|him|us|them|you|reporters)$/i.test(t.text) || (POSSESSIVE_RE.test(t.text) && /^(?:NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? ''))) && finiteVerbFollows(tokens, i - 1, OBJECT_REPORTING.has(prev.lemma) ? 4 : 8)) return 'that';
  return null;
}

/**
 * A finite verb within the next few words, before punctuation: "and announced", "after the vote
 * was held". With `isTimexToken`, a date's words do not count and its comma is no break ("…,
 * clashes on May 29, 2023 injured").
 */
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);
/** Nouns of a time before a subject pronoun ("and last week it said"). */
const TIME_NOUNS = new Set(['day', 'week', 'weekend', 'month', 'year', 'time', 'morning', 'afternoon', 'evening', 'night', 'quarter', 'today', 'yesterday', 'tomorrow']);

function finiteVerbFollows(tokens: Token[], i: number, within = 8, isTimexToken?: (k: number) => boolean): boolean {
  let end = i + within;
  for (let k = i + 1; k < tokens.length && k <= end && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
    const n = tokens[k]!;
    if (isTimexToken?.(k)) {
      end++;
      continue;
    }
    // (Not "the entry and exit documents it has required": a noun with a subject pronoun after it
    // has a clause of its own that describes it; "and last week it said" is a clause.)
    if (n.pos === 'PRON' && SUBJECT_PRONOUNS.has(n.lower) && k > i + 1 && tokens[k - 1]!.pos === 'NOUN' && !TIME_NOUNS.has(tokens[k - 1]!.lower)) return false;
    // Not "the Serb minority living there", not "a decision to end".
    if (n.pos === 'AUX') return true;
    // (Not "of frozen relations": a participle after a preposition describes the noun after it; look on.)
    if (n.pos === 'VERB' && tokens[k - 1]!.pos === 'ADP' && verbForm(n) === 'past') continue;
    // (Nor "plates issued by Belgrade": a participle with its agent describes the noun before it;
    // "the company increased by 5 percent" is a verb with its amount.)
    if (n.pos === 'VERB' && verbForm(n) === 'past' && tokens[k + 1]?.lower === 'by' && tokens[k + 2]?.pos !== 'NUM' && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) continue;
    if (n.pos === 'VERB') return verbForm(n) !== 'ing' && tokens[k - 1]!.lower !== 'to' && isVerb(tokens, k);
    // ("where Russia and China have blocked": "and" between two names is inside a subject; so is a
    // comma between listed names, "the United States, Britain and France are expected".)
    if (n.pos === 'CCONJ' && n.lower === 'and' && tokens[k - 1]!.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN') continue;
    if (n.text === ',' && tokens[k - 1]!.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN') continue;
    // ("but President Vjosa Osmani-Sadriu postponed": the hyphen of a name, written without spaces.)
    if (n.text === '-' && tokens[k - 1]!.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN' && tokens[k - 1]!.end === n.start && n.end === tokens[k + 1]!.start) continue;
    // ("once a majority of the signatories, including the United States, have ratified it": an inserted
    // example list is inside the subject; the verb comes after its closing comma.)
    if (n.text === ',' && opensInsertedList(tokens, k + 1)) {
      const close = insertedListEnd(tokens, k);
      if (close > 0) {
        end += close - k;
        k = close;
        continue;
      }
    }
    // ("said the former officer, Dejan Pantić, was detained": a name set between commas after its noun.)
    if (n.text === ',' && tokens[k - 1]!.pos === 'NOUN') {
      let close = k + 1;
      while (close < tokens.length && close - k <= 4 && tokens[close]!.pos === 'PROPN') close++;
      if (close > k + 1 && tokens[close]?.text === ',') {
        end += close - k;
        k = close;
        continue;
      }
    }
    if (n.pos === 'PUNCT' || n.pos === 'CCONJ' || n.pos === 'SCONJ') return false;
  }
  return false;
}

/** Whether the comma at `k` closes a name set between commas after a noun, since `from` with no verb: "the former officer, Dejan Pantić, | was detained". */
function closesNameAfterNoun(tokens: Token[], k: number, from: number): boolean {
  let open = k - 1;
  while (open > from && k - open <= 4 && tokens[open]!.pos === 'PROPN') open--;
  return open < k - 1 && open > from && tokens[open]!.text === ',' && tokens[open - 1]!.pos === 'NOUN' && !hasPredicate(tokens, from, open);
}

/** ", the presidential office said (in a post on Thursday)." — a short subject, a reporting verb, then the end. */
function attributionFollows(tokens: Token[], k: number, last: number): boolean {
  let v = k;
  // (An abbreviation in brackets too: ", Kosovo's Central Election Commission (CEC) said on Monday".)
  const bracketed = (j: number): boolean => tokens[j]!.text === '(' && tokens[j + 2]?.text === ')' && tokens[j + 1]!.pos === 'PROPN';
  while (v < last && v - k < 8 && (/^(?:DET|ADJ|NOUN|PROPN|PRON|PART)$/.test(tokens[v]!.pos) || bracketed(v))) v += bracketed(v) ? 3 : 1;
  if (v === k || v >= last || tokens[v]!.pos !== 'VERB' || !REPORTING.has(tokens[v]!.lemma)) return false;
  for (let r = v + 1; r < last; r++) if (tokens[r]!.pos === 'VERB' || tokens[r]!.pos === 'AUX' || tokens[r]!.text === ',') return false;
  return true;
}

/** A short noun phrase, then a finite verb that is not a participle: "Jobs said", "the court ruled". */
function newSubjectClause(tokens: Token[], k: number, last: number): boolean {
  let v = k;
  while (v < last && v - k < 5 && /^(?:DET|ADJ|NOUN|PROPN|PRON|PART|NUM)$/.test(tokens[v]!.pos)) v++;
  const verb = tokens[v];
  if (v === k || v >= last || !verb) return false;
  if (verb.pos === 'AUX') return true;
  return verb.pos === 'VERB' && isVerb(tokens, v) && (verbForm(verb) === 'past' || verbForm(verb) === 's');
}

/**
 * "During a media event held at its headquarters, | Apple released …": a phrase opening with a
 * preposition whose only verbs are participles describing the noun before them (no auxiliary) is
 * an adverbial of the clause after it, not a clause. (Not "At least 10 people killed …".)
 */
function frontedPhrase(tokens: Token[], from: number, to: number, isTimexToken: (k: number) => boolean): boolean {
  if (tokens[from]!.pos !== 'ADP' || tokens[from + 1]?.lower === 'least' || tokens[to - 1]!.text !== ',') return false;
  // One noun phrase after the preposition, then the participle: not "In October the Assembly backed …".
  let k = from + 1;
  if (/^(?:DET|PRON)$/.test(tokens[k]?.pos ?? '')) k++;
  while (k < to && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) && !isTimexToken(k)) k++;
  const noun = k - 1;
  // (An adverb may come before the participle: "For consumers still dissatisfied with iPhone 4, …".)
  while (k < to && tokens[k]!.pos === 'ADV') k++;
  const t = tokens[k];
  if (!t || noun === from || !/^(?:NOUN|PROPN)$/.test(tokens[noun]!.pos) || t.pos !== 'VERB' || !isVerb(tokens, k) || (verbForm(t) !== 'past' && verbForm(t) !== 'ing')) return false;
  // No other verb up to the comma that closes the phrase: not "On Monday, Obama said".
  for (let j = k + 1; j < to; j++) if (tokens[j]!.pos === 'AUX' || (tokens[j]!.text === ',' && j < to - 1) || (isVerb(tokens, j) && verbForm(tokens[j]!) !== 'past')) return false;
  return true;
}

/**
 * Whether the comma at `k` closes a list of examples inside a subject, with no verb before it
 * since `from`: "More than 100 countries, including the United States, | recognise …" (not "told
 * him how important membership, including of NATO, | was").
 */
function subjectList(tokens: Token[], k: number, from: number): boolean {
  const opens = insertedListStart(tokens, k);
  return opens > from && !hasPredicate(tokens, from, opens);
}

/** Whether the date ending at token `last` is of a noun with no verb before it since `from`. */
function subjectWithDate(tokens: Token[], last: number, from: number, isTimexToken: (k: number) => boolean): boolean {
  const noun = nounOfDate(tokens, last, from, isTimexToken);
  return noun >= 0 && !hasPredicate(tokens, from, noun);
}

/**
 * Whether the comma before token `k` closes a description set after a name that opens the
 * sentence (`from`), with no verb before it: "Milan Jones, a local politician, | resigned on
 * Friday", "Kaoru Yosano, the Japanese minister of fiscal policy, | said": the verb after it is
 * the main one, not a participle. (Not "The iPhone, | released in 2007, changed …", which has no
 * comma before its phrase's; nor a participle with its agent, "Nelsy, …, flanked by …"; nor after
 * a description, "The primary UK index, the FTSE 100, dropped …", whose name the title wants.)
 */
function closesAppositive(tokens: Token[], k: number, from: number): boolean {
  if (tokens[from]!.pos !== 'PROPN' || tokens[k + 1]?.lower === 'by' || hasPredicate(tokens, from, k)) return false;
  let commas = 0;
  let opens = -1;
  for (let j = from; j < k - 1; j++) {
    if (tokens[j]!.text !== ',') continue;
    commas++;
    opens = j + 1;
  }
  // (Or a name after a description: "Magna International Inc.'s chief financial officer, James McAlpine, | resigned".)
  const name = commas === 1 && k - 1 - opens <= 4 && tokens.slice(opens, k - 1).every((t) => t.pos === 'PROPN');
  return commas === 1 && (tokens[opens]!.pos === 'DET' || name);
}

/**
 * Where token `k`, after the comma that follows a name opening the sentence (`first`), opens a
 * description whose noun a past participle follows, up to a comma and then a finite verb: that
 * participle ("Boeing, a company | based in Chicago, said …", "The Dow, an index | used to gauge
 * the market, fell …"); -1 when it opens none.
 */
function appositiveParticiple(tokens: Token[], k: number, first: number, last: number): number {
  if (k - 1 - first > 6 || !/^(?:PROPN|DET)$/.test(tokens[first]!.pos) || hasPredicate(tokens, first, k - 1)) return -1;
  let n = k;
  while (n < last && n - k < 7 && /^(?:DET|ADJ|NUM|NOUN|PROPN|ADV)$/.test(tokens[n]!.pos)) n++;
  const participle = tokens[n];
  // (Not an attribution set between commas: "Mr. Antar, the SEC said, made …".)
  if (n === k || !/^(?:NOUN|PROPN)$/.test(tokens[n - 1]!.pos) || participle?.pos !== 'VERB' || verbForm(participle) !== 'past' || REPORTING.has(participle.lemma)) return -1;
  for (let j = n + 1; j < last && j <= n + 16; j++) {
    const w = tokens[j]!;
    if (w.pos === 'AUX') return -1;
    if (w.text !== ',') continue;
    const verb = tokens[j + 1];
    return verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && (verbForm(verb) === 'past' || verbForm(verb) === 's'))) ? n : -1;
  }
  return -1;
}

function hasPredicate(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerb(tokens, k) || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** The clauses of sentence `s`; `timexTokens` marks tokens inside date expressions (never a subject). */
export function clausesOf(doc: Doc, s: number, isTimexToken: (k: number) => boolean): Clause[] {
  const [first, last] = doc.sentenceTokens[s] ?? [0, 0];
  if (last <= first) return []; // a sentence without tokens has no clause
  const tokens = doc.tokens;
  // Cut at openers and at ";" / ":" / quotation marks; pieces without a verb join their neighbour.
  const opener = tokens[first] ? SUBORDINATORS.has(tokens[first]!.lower) && finiteVerbFollows(tokens, first) : false;
  const cuts: { at: number; link: Link }[] = [{ at: first, link: opener ? 'sub' : 'first' }];
  let inSubordinate = opener;
  for (let k = first + 1; k < last; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    /** Where a description's participle opens its relative clause (appositiveParticiple), when one does. */
    let apposed: number;
    if (prev.text === ';' || prev.text === ':') cuts.push({ at: k, link: 'and' });
    // "Although sales fell, the retailer raised …": the opening subordinate clause ends at its comma;
    // without one, where a new subject and its verb follow its own verb ("After the case closed Apple's
    // chief executive extended …").
    // (Not at the comma inside a date: "on May 29, 2023".)
    else if (prev.text === ',' && isTimexToken(k - 2) && isTimexToken(k)) continue;
    // (Nor at the comma that closes a date inside a subject: "that the declaration of Feb. 17, 2008,
    // breached …"; after a verb the phrase is an object, "called for by a resolution of September
    // 2010, | adopted after …".)
    else if (prev.text === ',' && isTimexToken(k - 2) && subjectWithDate(tokens, k - 2, cuts[cuts.length - 1]!.at, isTimexToken)) continue;
    else if (inSubordinate && ((prev.text === ',' && finiteVerbFollows(tokens, k - 1, 8, isTimexToken)) || (prev.pos === 'VERB' && /^(?:PROPN|DET|PRON)$/.test(t.pos) && hasPredicate(tokens, first + 1, k) && newSubjectClause(tokens, k, last)))) {
      cuts.push({ at: k, link: 'and' });
      inSubordinate = false;
    }
    else if (QUOTES.has(t.text) || QUOTES.has(prev.text)) cuts.push({ at: k, link: 'and' });
    // "Jobs, born in San Francisco in 1955, has built …": a comma before a verb opens a clause.
    else if (prev.text === ',' && attributionFollows(tokens, k, last)) cuts.push({ at: k, link: 'and' });
    // "Boeing, a company based in Chicago, said …": in a description between commas after the
    // opening name, the participle after its noun opens a relative clause; the verb after the
    // closing comma is the main one.
    else if (prev.text === ',' && (apposed = appositiveParticiple(tokens, k, first, last)) > k) {
      k = apposed;
      cuts.push({ at: k, link: 'rel' });
    }
    // "…, Jobs said that …", "…, the company announced …": after a comma, a new subject and its verb.
    else if (prev.text === ',' && /^(?:DET|PROPN|PRON|NOUN)$/.test(t.pos) && !RELATIVES.has(t.lower) && t.lower !== 'that' && newSubjectClause(tokens, k, last)) cuts.push({ at: k, link: 'and' });
    // "Jobs, born in San Francisco, …" is a participle; "Pixar, which …, released a film" resumes the main clause.
    // After a relative clause it is the main verb again ("Siemens, which employs …, filed for bankruptcy").
    // (", ending 47 years of membership" is an -ing adjunct of the clause before: no cut.)
    // ("The proposal, first drafted by France, …": an adverb may come before the participle.)
    else if (prev.text === ',' && t.pos === 'ADV' && tokens[k + 1]?.pos === 'VERB' && verbForm(tokens[k + 1]!) === 'past' && isVerb(tokens, k + 1) && !takesObject(tokens, k + 1)) {
      if (!closesAppositive(tokens, k, first)) cuts.push({ at: k, link: 'rel' });
    }
    // (Not after an inserted list that closes the subject of a subordinate clause: "once a majority of
    // the signatories, including the United States, have ratified it".)
    else if (prev.text === ',' && ((isVerb(tokens, k) && verbForm(t) !== 'ing') || t.pos === 'AUX') && !subjectList(tokens, k - 1, cuts[cuts.length - 1]!.at) && !(cuts.length > 1 && closesNameAfterNoun(tokens, k - 1, cuts[cuts.length - 1]!.at))) {
      const participle = t.pos === 'VERB' && verbForm(t) !== 'base' && verbForm(t) !== 's' && !takesObject(tokens, k) && cuts[cuts.length - 1]!.link !== 'rel' && !saysThat(tokens, k);
      if (participle && closesAppositive(tokens, k, first)) continue; // (the main verb: its clause goes on)
      cuts.push({ at: k, link: participle ? 'rel' : 'and' });
    }
    // "Drivers whose cars carry plates … will have to switch": a relative clause without commas
    // ends where a new auxiliary follows its object; the main clause resumes there.
    // (Also right after its verb or an adverb: "the Serb mayors who resigned have been postponed",
    // "where no candidate won outright are due"; not "which he said would …".)
    else if (t.pos === 'AUX' && (/^(?:NOUN|PROPN|ADV)$/.test(prev.pos) || (prev.pos === 'VERB' && !REPORTING.has(prev.lemma) && !COGNITION.has(prev.lemma))) && cuts[cuts.length - 1]!.link === 'rel' && hasPredicate(tokens, cuts[cuts.length - 1]!.at, k)) {
      // ("KFOR, deployed in June 1999, still has …": the adverbs before the verb are the main clause's.)
      let at = k;
      while (tokens[at - 1]!.pos === 'ADV' && tokens[at - 2]?.text === ',' && at - 1 > cuts[cuts.length - 1]!.at) at--;
      cuts.push({ at, link: 'and' });
    }
    // (Or a past tense with nothing after it: "Most states that have recognised Kosovo abstained, …";
    // not a participle with its agent, "that saw the plates issued by Belgrade".)
    // (Not an attribution after a comma: "…that triggered unrest last month, Josep Borrell said".)
    else if (t.pos === 'VERB' && verbForm(t) === 'past' && isVerb(tokens, k) && !REPORTING.has(t.lemma) && /^(?:NOUN|PROPN)$/.test(prev.pos) && /^(?:PUNCT)$/.test(tokens[k + 1]?.pos ?? 'PUNCT') && cuts[cuts.length - 1]!.link === 'rel' && hasPredicate(tokens, cuts[cuts.length - 1]!.at, k)) cuts.push({ at: k, link: 'and' });
    else {
      const link = opensClause(tokens, k, isTimexToken);
      // ("…, where Russia and China have blocked": "and" after a piece with no verb yet joins names, not clauses.)
      if (link && !(link === 'and' && t.lower === 'and' && prev.pos !== 'PUNCT' && !hasPredicate(tokens, cuts[cuts.length - 1]!.at, k))) cuts.push({ at: k, link });
    }
  }
  const pieces: { from: number; to: number; link: Link }[] = [];
  for (let c = 0; c < cuts.length; c++) {
    const from = cuts[c]!.at;
    const to = cuts[c + 1]?.at ?? last;
    const prev = pieces[pieces.length - 1];
    // A piece without a verb joins its neighbour, except a subject before a relative clause
    // ("Pixar, | which was acquired …, | released a film"): it stays apart (and makes no event).
    const link = cuts[c]!.link;
    if (prev && (!hasPredicate(tokens, from, to) || ((!hasPredicate(tokens, prev.from, prev.to) || (prev.link === 'first' && frontedPhrase(tokens, prev.from, prev.to, isTimexToken))) && link !== 'rel'))) prev.to = to;
    else pieces.push({ from, to, link });
  }
  const quoted = quotedTokens(tokens, first, last);
  return resumeMainClause(tokens, sharePassive(tokens, pieces.map((p) => describe(tokens, p.from, p.to, p.link, quoted, isTimexToken))));
}

/**
 * "…, which is made by Apple and | marketed alongside the iTunes Store": a participle joined by
 * "and" to a passive relative clause, with no subject of its own, shares that clause's auxiliary,
 * so its tense and voice ("is marketed", present; not "marketed", past). (Not after a past one:
 * "who was born in Prague and fled" is no passive, and the tense is the same.)
 */
function sharePassive(tokens: Token[], clauses: Clause[]): Clause[] {
  for (let c = 1; c < clauses.length; c++) {
    const [prev, clause] = [clauses[c - 1]!, clauses[c]!];
    const verb = clause.group ? tokens[clause.group[0]]! : null;
    if (clause.link !== 'and' || clause.subject || prev.link !== 'rel' || !prev.passive || prev.tense === 'past' || tokens[clause.from]!.lower !== 'and' || !verb || clause.group![0] !== clause.from + 1 || verb.pos !== 'VERB' || verbForm(verb) !== 'past') continue;
    clauses[c] = { ...clause, tense: prev.tense, modality: prev.modality, passive: true };
  }
  return clauses;
}

/**
 * "In Belgrade, the government of Prime Minister Vučić, who took office in April after his party
 * won in March, said it would …": after a subject and the relative and subordinate clauses that
 * interrupt it, the main clause resumes; it is the sentence's first clause again (it borrows no
 * date from them) and its subject is the opening noun phrase.
 */
function resumeMainClause(tokens: Token[], clauses: Clause[]): Clause[] {
  const opener = clauses[0];
  // (Also after an attribution between commas: "This switch, he said, would happen next year".)
  const interposed = clauses[1]?.reporting && tokens[clauses[1].from - 1]?.text === ',' && tokens[clauses[1].to - 1]?.text === ',';
  // (An opener whose only verb is an infinitive has no verb of its own: "Local elections to replace the mayors, who …".)
  const g0 = opener?.group?.[0] ?? -1;
  const finite = !!opener && opener.head >= 0 && tokens[g0]?.lower !== 'to' && tokens[g0 - 1]?.lower !== 'to';
  if (!opener || finite || (clauses[1]?.link !== 'rel' && !interposed)) return clauses;
  for (let c = 2; c < clauses.length; c++) {
    const clause = clauses[c]!;
    if (clause.link === 'rel' || clause.link === 'sub') continue;
    if (clause.link !== 'and' || clause.subject || !/^(?:VERB|AUX)$/.test(tokens[clause.from]!.pos)) break;
    let from = opener.from;
    let to = opener.to;
    // Not a fronted phrase ("In Belgrade, …").
    if (tokens[from]!.pos === 'ADP') for (let k = from; k < to - 1; k++) if (tokens[k]!.text === ',') {
      from = k + 1;
      break;
    }
    // (Up to the comma before a description whose participle opened the relative clause: "Boeing, | a company based in …".)
    if (tokens[clauses[1]!.from - 1]?.text !== ',') for (let k = from + 1; k < to; k++) if (tokens[k]!.text === ',') {
      to = k;
      break;
    }
    while (to > from && tokens[to - 1]!.pos === 'PUNCT') to--;
    // (Without an abbreviation whose bracket the comma cut off: "The European Union (EU), which …".)
    for (let k = to - 1; k > from && k > to - 6; k--) if (tokens[k]!.text === '(') to = k;
    clauses[c] = { ...clause, link: 'first', subject: to > from ? [from, to] : null };
    break;
  }
  return clauses;
}

/**
 * "Burhan, the head of the army, said on Saturday that …": a verb of saying with its "that" before
 * any comma is the sentence's verb, not a participle ("The plan, announced on Monday, was …").
 */
function saysThat(tokens: Token[], k: number): boolean {
  if (!REPORTING.has(tokens[k]!.lemma)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 6 && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    if (tokens[j]!.text === ',') return false;
    if (tokens[j]!.lower === 'that') return true;
  }
  return false;
}

function quotedTokens(tokens: Token[], first: number, last: number): Set<number> {
  const inside = new Set<number>();
  let open = false;
  for (let k = first; k < last; k++) {
    const w = tokens[k]!.text;
    if (w === '“' || (w === '"' && !open)) open = true;
    else if (w === '”' || w === '"') open = false;
    else if (open) inside.add(k);
  }
  return inside;
}
