/**
 * A clause's subject: the noun phrase before its verb group, back to a comma, a preposition or a
 * clause opener, with what may stand inside it (prepositional phrases, "and", an abbreviation in
 * brackets, a describing participle) and what may not (dates, appositions between commas, a list
 * of examples). clause-grammar.ts describes the clause and asks this for its subject.
 */
import type { Token } from '../text/doc.ts';
import { floatingQuantifier, isVerb, NP_PREPOSITIONS, RELATIVES, type Link } from './clause-words.ts';
import { verbForm } from './verbs.ts';

/**
 * Where the bracket that token `close` (")") ends opens, when it holds an abbreviation after a
 * name without a preposition in it ("European Union (EU)"; not "Alliance for the Future of
 * Kosovo (AAK)", whose words the subject walk cannot take); else -1.
 */
function abbreviationOpens(tokens: Token[], from: number, close: number): number {
  let open = close - 1;
  while (open > from && open > close - 6 && tokens[open]!.text !== '(') open--;
  if (tokens[open]!.text !== '(' || open - 1 < from || !/^(?:PROPN|NOUN)$/.test(tokens[open - 1]!.pos)) return -1;
  for (let k = Math.max(from, open - 5); k < open; k++) if (tokens[k]!.pos === 'ADP') return -1;
  return open;
}

/** Whether "and" joins two parts between tokens `from` and `to` (a list's last link). */
function hasAnd(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'CCONJ' && tokens[k]!.lower === 'and') return true;
  return false;
}

/** The noun phrase before the verb group: back from the verb to a comma, a preposition or a clause opener. */
/**
 * "Milan Radoičić, deputy leader of the Serb List, the main Kosovo Serb party, said …": a name
 * opening the clause, then descriptions between commas up to the comma before the verb (at
 * `comma`): the subject is the name. Not a list ("Kosovo, Serbia and Albania signed").
 */
/** Words that head a subject with "of" after them: "one of the", "most of the", "two of the". */
const OF_QUANTIFIERS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|most|many|all|none|each|both|several|few|half|any|\d+)$/;

/** An "of" between two capitalised words of one name: "Bank of Montreal Group", "Ministry of Defence". */
function ofInName(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === 'of' && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN';
}

function nameBeforeAppositions(tokens: Token[], from: number, comma: number): [number, number] | null {
  let k = from;
  if (tokens[k]?.pos === 'DET') k++;
  if (tokens[k]?.pos !== 'PROPN') return nameInApposition(tokens, from, comma) ?? nounBeforeAdjectivePhrase(tokens, from, comma);
  // (Its words, hyphenated ones and a possessor too: "General Abdel Fattah al-Burhan", "Kosovo's Prime Minister Hashim Thaçi".)
  while (k < comma && (/^(?:PROPN|NOUN)$/.test(tokens[k]!.pos) || /^['’]s$/.test(tokens[k]!.text) || (tokens[k]!.text === '-' && tokens[k - 1]!.end === tokens[k]!.start) || ofInName(tokens, k))) k++;
  // (Or a phrase set off the same way: "Hashim Thaçi, on a visit to Washington, welcomed …".)
  // (A possessor's description first: "The European Union's largest civilian mission, the EU Rule of Law Mission …,".)
  if (k >= comma || tokens[k]!.text !== ',' || !/^(?:DET|ADJ|NOUN|ADP)$/.test(tokens[k + 1]?.pos ?? '')) return /^['’]s$/.test(tokens[k - 1]?.text ?? '') ? nameInApposition(tokens, from, comma) : null;
  for (let j = k + 1; j < comma; j++) if (/^(?:VERB|AUX)$/.test(tokens[j]!.pos) && tokens[j - 1]!.text !== '-') return null;
  return [from, k];
}

/**
 * "The screen layout, similar to that of the iPhone, offers …": a noun phrase, then between commas
 * a phrase opened by an adjective; the subject is the noun phrase, not the noun before the verb.
 */
function nounBeforeAdjectivePhrase(tokens: Token[], from: number, comma: number): [number, number] | null {
  if (tokens[from]?.pos !== 'DET') return null;
  let k = from + 1;
  while (k < comma && /^(?:ADJ|NOUN)$/.test(tokens[k]!.pos)) k++;
  if (k === from + 1 || tokens[k - 1]!.pos !== 'NOUN' || tokens[k]?.text !== ',' || tokens[k + 1]?.pos !== 'ADJ') return null;
  for (let j = k + 1; j < comma; j++) if (/^(?:VERB|AUX)$/.test(tokens[j]!.pos)) return null;
  return [from, k];
}

/**
 * "Its head, French general Yves de Kermabon, told reporters …": a description, then between
 * commas the name of whom it describes (its last word a name); the subject is the name.
 */
function nameInApposition(tokens: Token[], from: number, comma: number): [number, number] | null {
  if (!/^(?:DET|PRON)$/.test(tokens[from]?.pos ?? '')) return null;
  let first = from;
  while (first < comma && tokens[first]!.text !== ',') {
    if (/^(?:VERB|AUX)$/.test(tokens[first]!.pos)) return null;
    first++;
  }
  // (A name may end in its abbreviation, "the EU Rule of Law Mission in Kosovo (EULEX)", and hold
  // "of" or "in" between capitalised words.)
  const end = tokens[comma - 1]?.text === ')' && tokens[comma - 3]?.text === '(' && /^[A-Z]{2,8}$/.test(tokens[comma - 2]!.text) ? comma - 3 : comma;
  if (first >= end || tokens[end - 1]?.pos !== 'PROPN') return null;
  const joins = (j: number): boolean => /^(?:of|in|for|on)$/.test(tokens[j]!.lower) && /^\p{Lu}/u.test(tokens[j - 1]!.text) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
  for (let j = first + 1; j < end; j++) if (!/^(?:ADJ|NOUN|PROPN|DET)$/.test(tokens[j]!.pos) && tokens[j]!.lower !== 'de' && tokens[j]!.lower !== 'van' && tokens[j]!.lower !== 'von' && !joins(j)) return null;
  return [first + 1, end];
}

/** Words that open a list of examples set off by commas inside a noun phrase. */
export const INSERTED_LIST = new Set(['including', 'notably', 'especially', 'particularly', 'mainly', 'mostly', 'among']);

/** Token `k` opens such a list: one of those words, or "such as" ("Other indices, such as the Nasdaq and the Dow, dipped"). */
export function opensInsertedList(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (INSERTED_LIST.has(t.lower) || (t.lower === 'such' && tokens[k + 1]?.lower === 'as'));
}
/** Most tokens of such a list. */
const MAX_INSERTED = 10;

/** The comma that opens the inserted list (", including …,") the comma at `k` closes, or -1. */
export function insertedListStart(tokens: Token[], k: number): number {
  for (let j = k - 2; j >= 0 && j >= k - MAX_INSERTED && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    if (tokens[j]!.text === ',') return opensInsertedList(tokens, j + 1) && insertedListEnd(tokens, j) === k ? j : -1;
  }
  return -1;
}

/** The closing comma of the inserted list that opens after the comma at `k`, or -1. */
export function insertedListEnd(tokens: Token[], k: number): number {
  for (let j = k + 2; j < tokens.length && j <= k + MAX_INSERTED && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    if (tokens[j]!.text === ',') return j;
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * The noun a date ending at token `last` is "of" ("the declaration | of Feb. 17, 2008"), not before
 * `from`; -1 when the date is not so attached.
 */
export function nounOfDate(tokens: Token[], last: number, from: number, isTimexToken: (k: number) => boolean): number {
  let first = last;
  while (first > from && (isTimexToken(first - 1) || (tokens[first - 1]!.text === ',' && first - 2 >= from && isTimexToken(first - 2)))) first--;
  return first - 2 >= from && tokens[first - 1]!.lower === 'of' && /^(?:NOUN|PROPN)$/.test(tokens[first - 2]!.pos) ? first - 2 : -1;
}

export function subjectOf(tokens: Token[], from: number, group: [number, number] | null, link: Link, isTimexToken: (k: number) => boolean): [number, number] | null {
  if (!group) return null;
  // (Up to the verb group, or to a quantifier floated off the subject before it: "the indices each closed".)
  const before = floatingQuantifier(tokens, group[0] - 1) ? group[0] - 1 : group[0];
  let k = before - 1;
  // ("the declaration of Feb. 17, 2008, breached …": the date of the noun and its closing comma are no subject words.)
  const noun = tokens[k]?.text === ',' && k - 1 >= from && isTimexToken(k - 1) ? nounOfDate(tokens, k - 1, from, isTimexToken) : -1;
  if (noun >= 0) k = noun;
  // ("More than 100 countries, including the United States and most EU member states, recognise …": the list is no subject.)
  const listOpens = tokens[k]?.text === ',' ? insertedListStart(tokens, k) : -1;
  if (listOpens > from) k = listOpens - 1;
  // ("The British FTSE, however, gained …": an adverb set between commas is no subject word.)
  if (tokens[k]?.text === ',' && tokens[k - 1]?.pos === 'ADV' && tokens[k - 2]?.text === ',' && k - 3 >= from) k -= 3;
  while (k >= from && tokens[k]!.pos === 'ADV') k--; // "He also announced", "Jobs then moved on"
  // (Also after a name's abbreviation in brackets: "…, the EU Rule of Law Mission in Kosovo (EULEX), has begun".)
  const skipped = k > from && tokens[k]!.text === ',' && (/^(?:PROPN|NOUN|PRON)$/.test(tokens[k - 1]!.pos) || tokens[k - 1]!.text === ')');
  if (skipped) {
    const named = nameBeforeAppositions(tokens, from, k);
    if (named) return named;
  }
  if (skipped) k--; // "Jobs, born in …"
  // "… Democratic Party of Kosovo (PDK) won": an abbreviation in brackets belongs to the name before it.
  let bracket = -1;
  if (tokens[k]?.text === ')' && k > from) {
    let open = k - 1;
    while (open > from && open > k - 6 && tokens[open]!.text !== '(') open--;
    if (tokens[open]!.text === '(' && /^(?:PROPN|NOUN)$/.test(tokens[open - 1]?.pos ?? '')) {
      k = open - 1;
      bracket = open;
    }
  }
  let start = k + 1;
  /** Where a date that ends the subject phrase begins (it is not the subject's words), or -1. */
  let dateAt = -1;
  while (k >= from) {
    const t = tokens[k]!;
    // "Friday's ceremony": a date that owns the subject is part of it; any other date ends it.
    // ("the recently announced iPhone 4": "recently", a time expression, describes the noun.)
    if (isTimexToken(k) && !/^['’]s$/.test(tokens[k + 1]?.text ?? '') && !attributiveAdverb(tokens, k)) {
      // ("Clashes in Zvečan on May 29, 2023 injured …", "Serbia on Monday recalled …": a date
      // with its preposition after a noun, just before the verb, leaves the subject before it.)
      // (Or without one: "General Motors today named …", "the court Thursday refused …".)
      let b = k;
      while (b > from && isTimexToken(b - 1)) b--;
      const withPreposition = b - 2 >= from && /^(?:on|in)$/.test(tokens[b - 1]!.lower) && /^(?:NOUN|PROPN)$/.test(tokens[b - 2]!.pos);
      // (Only right before the verb: not "… off Florida's coast Nov. 25, setting off …".)
      const bare = k + 1 === before && b - 1 >= from && /^(?:NOUN|PROPN)$/.test(tokens[b - 1]!.pos) && !isTimexToken(b - 1);
      if (start !== k + 1 || (!withPreposition && !bare)) break;
      dateAt = withPreposition ? b - 1 : b;
      start = dateAt;
      k = dateAt - 1;
      continue;
    }
    // ("Demonstrators there damaged …": "there" after a noun says where, it is no subject.)
    const placeAdverb = /^(?:there|here)$/i.test(t.text) && k > from && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos);
    if (placeAdverb && start === k + 1) {
      start = k;
      k--;
      continue;
    }
    if (t.pos === 'PRON' && !RELATIVES.has(t.lower) && t.lower !== 'that') {
      if (start === k + 1 && !/^(?:its|his|her|their|our|my|your)$/i.test(t.text)) {
        start = k;
        // "Most of them", "some of us": the quantifier is the subject's head.
        if (k - 2 >= from && tokens[k - 1]!.lower === 'of' && /^(?:most|some|many|all|none|several|each|both|few|two|three|half)$/i.test(tokens[k - 2]!.text)) start = k - 2;
        break;
      }
    }
    // ("masked men": a participle just before the subject's noun describes it; "the recently
    // announced iPhone 4": its adverb too.)
    const nominal = (t.pos === 'VERB' && !isVerb(tokens, k)) || attributiveAdverb(tokens, k) || (t.pos === 'VERB' && verbForm(t) === 'past' && start === k + 1 && k + 1 < group[0]) || (t.pos === 'VERB' && verbForm(t) === 'ing' && k > from && /^(?:DET|ADJ|PROPN|NOUN)$/.test(tokens[k - 1]!.pos)) || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PRON' || (t.pos === 'PART' && /^['’]s$/.test(t.text)) || /^[-&.'’]$/.test(t.text);
    // "The dialogue between Belgrade and Pristina", "Serb officers in the Kosovo Police": a
    // preposition or "and" between two noun phrases stays inside the subject.
    const inside = (NP_PREPOSITIONS.has(t.lower) && t.pos === 'ADP') || (t.pos === 'CCONJ' && t.lower === 'and');
    // ("The soldiers injured in Zvečan were …": a participle and its phrase stay inside the subject.)
    if (describing(tokens, from, k)) {
      start = k;
      k--;
      continue;
    }
    // ("The European Union (EU) and NATO condemned": an abbreviation in brackets after a name is inside.)
    if (t.text === ')' && start === k + 1 && tokens[k + 1]?.lower === 'and') {
      const open = abbreviationOpens(tokens, from, k);
      if (open >= 0) {
        start = open;
        k = open - 1;
        continue;
      }
    }
    // ("Spain, Cyprus and several other governments said": a comma in a list that "and" ends.)
    const listed = t.text === ',' && k > from && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) && tokens[k + 1]?.pos === 'PROPN' && hasAnd(tokens, k + 1, group[0]);
    if (listed) {
      start = k;
      k--;
      continue;
    }
    // ("One of the protesters was arrested", "Most of the banks": the quantifier heads the subject.)
    const ofQuantifier = t.lower === 'of' && k > from && OF_QUANTIFIERS.test(tokens[k - 1]!.lower);
    if (!nominal && !(inside && k > from && (/^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || ofQuantifier || (tokens[k - 1]!.text === ')' && abbreviationOpens(tokens, from, k - 1) >= 0) || describing(tokens, from, k - 1)) && start === k + 1)) break;
    start = k;
    // "During his tenure the alliance reduced …": an article after a noun opens the subject.
    if (t.pos === 'DET' && /^(?:the|a|an)$/i.test(t.text) && k > from && (/^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || (tokens[k - 1]!.pos === 'VERB' && !isVerb(tokens, k - 1))) && !isTimexToken(k - 1)) break;
    k--;
  }
  while (start < group[0] && tokens[start]!.pos === 'PRON' && (RELATIVES.has(tokens[start]!.lower) || (link === 'rel' && tokens[start]!.lower === 'that'))) start++;
  // "…that applications can be submitted": the complementizer opens the clause, it is not the subject's.
  if (start === from && start < group[0] && tokens[start]!.lower === 'that' && link === 'that') start++;
  // "Dačić, a former spokesman for Milošević, became …": the phrase between commas is an
  // apposition; the subject is the name before it.
  // (Also "The United States, Kosovo's closest ally, supported …": an apposition with a possessor.)
  const possessed = tokens[start]!.pos === 'PROPN' && /^['’]s$/.test(tokens[start + 1]?.text ?? '');
  // (An adverb may open it: "Hashim Thaçi, now deputy prime minister, negotiated …".)
  let opening = start;
  while (opening > from + 2 && tokens[opening - 1]!.pos === 'ADV' && opening > start - 2) opening--;
  const adverb = opening < start;
  if (skipped && opening > from + 1 && tokens[opening - 1]!.text === ',' && /^(?:PROPN|NOUN)$/.test(tokens[opening - 2]!.pos) && (/^(?:DET|ADJ)$/.test(tokens[start]!.pos) || possessed || adverb)) {
    const end = opening - 1;
    let b = end - 1;
    while (b > from && (/^(?:PROPN|NOUN|ADJ|DET|PART)$/.test(tokens[b - 1]!.pos) || ofInName(tokens, b - 1)) && !isTimexToken(b - 1)) b--;
    return [b, end];
  }
  while (start < group[0] && tokens[start]!.pos === 'PUNCT') start++; // "CARBIS BAY (Wire) - Leaders …"
  // "During the case Apple Corps showed …": after a fronted phrase without a comma, the subject is
  // the name or article that follows the phrase's noun (also when a date ended the walk inside it:
  // "During the first quarter of the year Apple sold …").
  if ((start > from && tokens[start - 1]!.pos === 'ADP' && start - 1 === from) || tokens[start]!.pos === 'ADP') {
    for (let k = start + 1; k < group[0]; k++) {
      if (tokens[k - 1]!.pos === 'NOUN' && /^(?:PROPN|DET)$/.test(tokens[k]!.pos)) {
        start = k;
        break;
      }
    }
  }
  // ("an officer whose arrest on December 10 had triggered …": "whose arrest" is no subject to write.)
  if (dateAt >= 0 && RELATIVES.has(tokens[start]!.lower)) return null;
  let end = start;
  const limit = dateAt >= 0 ? dateAt : noun >= 0 ? noun + 1 : listOpens > from ? listOpens : bracket >= 0 ? bracket : before;
  while (end < limit && (tokens[end]!.pos !== 'ADV' || attributiveAdverb(tokens, end))) end++;
  while (end > start && tokens[end - 1]!.pos === 'PUNCT') end--;
  return start < end ? [start, end] : null;
}

/** "the recently announced iPhone 4": an adverb between a determiner and a participle describing a noun. */
export function attributiveAdverb(tokens: Token[], k: number): boolean {
  return tokens[k]!.pos === 'ADV' && tokens[k - 1]?.pos === 'DET' && tokens[k + 1]?.pos === 'VERB' && verbForm(tokens[k + 1]!) === 'past' && !isVerb(tokens, k + 1);
}

/** "soldiers injured in …": a participle after a noun and before a preposition, inside a noun phrase. */
function describing(tokens: Token[], from: number, j: number): boolean {
  return tokens[j]!.pos === 'VERB' && verbForm(tokens[j]!) === 'past' && j > from && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos) && tokens[j + 1]?.pos === 'ADP';
}
