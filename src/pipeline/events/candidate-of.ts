/**
 * One event of a sentence: its clauses that share a date (detect.ts), made into a candidate event:
 * the main clause's title and event word, the subject's actor first, the predicates merging
 * compares, the type, and the source with its offsets.
 */
import type { ActorMention } from '../actors/context.ts';
import type { Doc, Token } from '../text/doc.ts';
import { intervalToEdtf } from '../../model/edtf.ts';
import type { Clause } from './clauses.ts';
import { classifyEvent } from './classify.ts';
import type { ClauseDate } from './dating.ts';
import type { CandidateEvent } from './candidate.ts';
import { eventTitle } from './titling.ts';
import type { Trigger } from './triggers.ts';
import { candidateId } from './ids.ts';

export interface ArticleInput {
  id: string;
  path: string;
  published: string;
  body: string;
  /** Everything before this offset (the dateline) is not a source of events. */
  contentStart: number;
}

/** A clause of the sentence with its date and actors, on its way to an event. */
export interface Dated {
  clause: Clause;
  date: ClauseDate;
  actors: string[];
  subjectActor: string | null;
  subjectWords: string | null;
  /** A title made elsewhere (a nominal event's noun phrase). */
  title?: string;
  /** Background: a "when" clause dated by the clause it sets the time of, a product's description; another clause of the date is the news. */
  setting?: boolean;
}

/**
 * The actors named in the clause a reporting clause introduces, when its title shows their names
 * (places aside; a pronoun or a description resolved to an actor is no name the title shows).
 */
function saidActors(tokens: Token[], clause: Clause, clauses: Clause[], mentions: ActorMention[], title: string): string[] {
  const said = clauses[clauses.indexOf(clause) + 1];
  if (!said || said.from < clause.from) return [];
  const from = tokens[said.from]!.start;
  const to = tokens[said.to - 1]!.end;
  const words = ` ${title.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return mentions
    .filter((m) => {
      const name = m.text.replace(/^the\s+/i, '');
      // (A name has a capital, "iPhone 4" too; "the company" has none.)
      return m.kind !== 'place' && m.start >= from && m.end <= to && /\p{Lu}/u.test(name) && !isPronoun(m) && words.includes(` ${name.replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
    })
    .map((m) => m.actor);
}

/** A pronoun the coreference step resolved to an actor (actors/coref.ts): capitalised at a sentence's start, still no name. */
const isPronoun = (m: ActorMention): boolean => 'via' in m && m.via === 'pronoun';

export function groupByDate(dated: Dated[]): Dated[][] {
  // (A sentence has a few clauses: a scan, not a map keyed by a string made per clause.)
  const groups: Dated[][] = [];
  for (const d of dated) {
    const { start, end, precision } = d.date.interval;
    const g = groups.find(([first]) => first!.date.interval.start === start && first!.date.interval.end === end && first!.date.interval.precision === precision);
    if (g) g.push(d);
    else groups.push([d]);
  }
  return groups;
}

export function toCandidate(article: ArticleInput, doc: Doc, s: number, group: Dated[], clauses: Clause[], timexToken: Uint8Array, mentions: ActorMention[], triggerAt: Map<number, Trigger>, { names, short }: { names: Map<string, string>; short: Map<string, string> }): CandidateEvent {
  const { body, tokens } = doc;
  const sentence = doc.sentences[s]!;
  // The main clause: one that is not only a report nor a relative clause, else the first.
  // (Not a "when" clause that only sets the time: "When the mayors took office, clashes injured …".)
  // (A report over the scene it is set in: "Speaking to reporters on Monday, Merkel said …".)
  const main = group.find((d) => !d.clause.reporting && !d.clause.stative && d.clause.link !== 'rel' && !d.setting) ?? group.find((d) => !d.clause.stative && d.clause.link !== 'rel' && !d.setting) ?? group.find((d) => !d.clause.reporting && !d.clause.stative && d.clause.link !== 'rel') ?? group.find((d) => !d.clause.reporting && !d.clause.stative) ?? group[0]!;
  // "Serbian officials said the decision threatened peace": what was said, when its subject is a
  // description and no name, is titled with who said it (the type and the trigger stay its own).
  const report = group.find((d) => d.clause.reporting && d.subjectActor !== null && clauses[clauses.indexOf(d.clause) + 1] === main.clause);
  const byline = report && main.clause.link === 'that' && main.subjectActor === null && /^(?:the|a|an|this|that|these|those)\s/i.test(main.subjectWords ?? '') ? report : main;
  const titled = (subject: string | null, named = false): string => eventTitle({ doc, clause: byline.clause, subject, clauses, timexToken, mentions, contentStart: article.contentStart, sentence, short, names, named });
  let title = byline.title ?? titled(byline.subjectWords);
  // A long name that leaves no room for what happened: the article's short form ("ICJ", "Vučić"),
  // and a country for its government ("Kosovo welcomes …" for "Kosovo's government welcomes …").
  const name = names.get(byline.subjectActor ?? '');
  // (Also a country's institution named by its adjective: "The Russian foreign ministry says …" → "Russia says …".)
  const government = (/^(.+)['’]s (?:government|authorities|administration|leadership)$/i.exec(byline.subjectWords ?? '')?.[1] === name || (!!byline.subjectActor?.startsWith('country:') && COUNTRY_INSTITUTION_RE.test(byline.subjectWords ?? '') && !adjectiveOf(name ?? '', byline.subjectWords!))) && !!name;
  // ("Albin Kurti and Vjosa Osmani-Sadriu": each name of a subject that lists them by its short form.)
  const listed = !government && byline.subjectWords && / and /.test(byline.subjectWords) ? shortenNames(byline.subjectWords, group, names, short) : undefined;
  const shortSubject = government ? name : listed ?? (byline.subjectActor ? short.get(byline.subjectActor) : undefined);
  const byName = government || !!listed || (!!byline.subjectWords && byline.subjectWords.replace(/^the /i, '') === name);
  // (Tried whenever there is a short form: a title cut before its object is short, not long — "Boris
  // Tadić says Serbia would never recognise"; the short form wins only where it keeps more.)
  if (!byline.title && shortSubject && byName && byline.subjectWords !== shortSubject) {
    const alternative = titled(shortSubject, government);
    // (Several names shortened count what is kept in words: "urge Kosovo Prime Minister Albin Kurti"
    // keeps no more than "urge Kurti to withdraw special police".)
    const size = listed ? wordCount : (text: string): number => text.length;
    if (size(alternative) - size(shortSubject) > size(title) - size(byline.subjectWords!)) title = alternative;
  }
  const clauseText = body.slice(tokens[main.clause.from]!.start, tokens[main.clause.to - 1]!.end);
  const actors: string[] = [];
  const subjectFirst = group.map((d) => d.subjectActor).find((a): a is string => !!a);
  if (subjectFirst) actors.push(subjectFirst);
  for (const d of group) for (const a of d.actors) if (!actors.includes(a)) actors.push(a);
  // What was said is in a report's title, and so are its names: "Consumer Reports says it could
  // not recommend the iPhone 4" is on the iPhone 4's timeline too.
  if (byline.clause.reporting) for (const a of saidActors(tokens, byline.clause, clauses, mentions, title)) if (!actors.includes(a)) actors.push(a);
  const { interval, basis, timexes } = main.date;
  const first = timexes[0];
  const lastT = timexes[timexes.length - 1];
  // The event word, highlighted in the source: the clause's head, or the first trigger after it.
  const head = tokens[eventWord(main.clause, triggerAt)]!;
  const date = timexes.length === 2 ? `${intervalToEdtf(first!.interval!)}/${intervalToEdtf(lastT!.interval!)}` : intervalToEdtf(interval);
  const inThisSentence = first && first.start >= sentence.start && first.end <= sentence.end;
  return {
    id: candidateId(article.id, sentence.start, inThisSentence ? first.start : head.start),
    interval,
    date,
    title,
    type: classifyEvent(clauseText, head.lemma, clauseWords(tokens, main.clause)),
    actors: [actors[0]!, ...actors.slice(1).sort()].filter((a) => a !== undefined),
    future: interval.start > article.published,
    published: article.published,
    articlePath: article.path,
    dateBasis: basis,
    // "would be released in 2007", read in 2005: reported speech about a later date is a plan.
    predicates: predicatesOf(group, tokens, triggerAt),
    eventLemma: head.lemma,
    modality: main.clause.modality === 'hypothetical' && timexes.length > 0 && interval.start > article.published ? 'future' : main.clause.modality,
    source: {
      article: article.id,
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      timex: first && inThisSentence ? { start: first.start - sentence.start, end: lastT!.end - sentence.start, text: body.slice(first.start, lastT!.end), value: timexes.map((t) => t.value).join('/') } : null,
      trigger: { start: head.start - sentence.start, end: head.end - sentence.start, text: head.text },
      mentions: mentions.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start, actor: m.actor })),
    },
  };
}

const wordCount = (text: string): number => text.split(' ').length;

/** Whether the name the article uses is the subject's own adjective ("Cuban" in "The Cuban government"): no name to write. */
function adjectiveOf(name: string, words: string): boolean {
  return words.replace(/^the\s+/i, '').toLowerCase().startsWith(`${name.toLowerCase()} `);
}

/** A country's institution named by its adjective: "the Russian foreign ministry", "Serbian officials". */
const COUNTRY_INSTITUTION_RE = /^(?:the\s+)?\p{Lu}\p{Ll}+\s+(?:foreign\s+|defence\s+|defense\s+|interior\s+)?(?:government|ministry|officials|authorities|presidency|leadership|administration|diplomats)$/iu;

/** Subject words naming several actors, each name written by its short form; undefined when none has one. */
function shortenNames(words: string, group: Dated[], names: Map<string, string>, short: Map<string, string>): string | undefined {
  let out = words;
  for (const d of group) {
    for (const a of d.actors) {
      const full = names.get(a);
      const brief = short.get(a);
      if (full && brief && full !== brief) out = out.replace(full, brief);
    }
  }
  return out !== words ? out : undefined;
}

/** The clause's words for its type, from the document's tokens (lower case, offsets in the clause's text). */
function clauseWords(tokens: Token[], clause: Clause): { words: string[]; offsets: number[] } {
  const words: string[] = [];
  const offsets: number[] = [];
  const start = tokens[clause.from]!.start;
  for (let k = clause.from; k < clause.to; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // "high-yield", "write-off": one word, as written.
    if (t.text === '-' && words.length > 0 && next && k + 1 < clause.to && tokens[k - 1]!.end === t.start && next.start === t.end && /^\p{L}/u.test(next.text)) {
      words[words.length - 1] += `-${next.lower}`;
      k++;
      continue;
    }
    if (t.pos === 'PUNCT' || t.pos === 'NUM' || t.pos === 'SYM') continue;
    words.push(t.lower === '’s' ? "'s" : t.lower);
    offsets.push(t.start - start);
  }
  return { words, offsets };
}

/** The lemmas of the event words in the group's clauses, sorted and unique. */
function predicatesOf(group: Dated[], tokens: Token[], triggerAt: Map<number, Trigger>): string[] {
  const out = new Set<string>();
  for (const d of group) {
    if (d.clause.head >= 0) out.add(tokens[d.clause.head]!.lemma);
    for (let k = d.clause.from; k < d.clause.to; k++) if (triggerAt.has(k)) out.add(tokens[k]!.lemma);
  }
  return [...out].sort();
}

/** The head of the clause when it is an event word; else the clause's first event word; else the head. */
function eventWord(clause: Clause, triggerAt: Map<number, Trigger>): number {
  if (triggerAt.has(clause.head)) return clause.head;
  for (let k = clause.group?.[0] ?? clause.from; k < clause.to; k++) if (triggerAt.has(k)) return k;
  return clause.head;
}
