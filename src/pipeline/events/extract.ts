/**
 * One article → candidate events: each dated clause of each sentence, with the actors mentioned
 * in it, a short title, a type, and the sentence as its source.
 */
import type { DateBasis, EventType, Modality, SourceRecord } from '../../model/dataset.ts';
import type { DayInterval } from '../../model/dates.ts';
import { intervalToEdtf } from '../../model/edtf.ts';
import type { ActorMention } from '../actors/context.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Timex } from '../time/types.ts';
import { classifyEvent } from './classify.ts';
import { candidateId } from './ids.ts';
import { makeTitle } from './title.ts';

export interface CandidateEvent {
  /** Id this candidate would have on its own; the merged event takes the smallest of its candidates'. */
  id: string;
  interval: DayInterval;
  /** EDTF of the interval (a range of two expressions is `a/b`). */
  date: string;
  title: string;
  type: EventType;
  actors: string[];
  future: boolean;
  /** How the date was obtained (see the dataset format). */
  dateBasis: DateBasis;
  /** Asserted, scheduled or possible. */
  modality: Modality;
  published: string;
  articlePath: string;
  source: SourceRecord;
}

interface ArticleInput {
  id: string;
  path: string;
  published: string;
  body: string;
  /** Everything before this offset (the dateline) is not a source of events. */
  contentStart: number;
}

/** A clause that only attributes ("the office said in a post on Thursday") dates the report, not the event. */
const ATTRIBUTION_RE = /^[\s,;"”]*(?:the\s+|a\s+)?[\p{L}\s'’-]{0,50}\b(?:said|says|told|reported|added|stated|announced)\b(?:\s+(?:in|on|at|to)\s+[^,.;]{0,50})?\s*[.,;"”]*\s*$/iu;
const CLAUSE_BREAK_RE = /;|,\s+(?:and|but|while|after|before|which|when|as)\b|,\s|\s(?:that|while|and|but|after|before|when)\s/giu;

export function extractEvents(article: ArticleInput, sentences: Sentence[], timexes: Timex[], mentions: ActorMention[]): CandidateEvent[] {
  const events: CandidateEvent[] = [];
  // Timexes, mentions and sentences are all in text order: walk them together (linear, not
  // sentences × expressions, which a 10 MB article would make far too slow).
  const anchorsInText = timexes.filter((t) => t.anchor && t.start >= article.contentStart);
  const actorMentions = mentions.filter((m) => m.kind !== 'place');
  let ti = 0;
  let mi = 0;
  for (const sentence of sentences) {
    while (ti < anchorsInText.length && anchorsInText[ti]!.start < sentence.start) ti++;
    while (mi < actorMentions.length && actorMentions[mi]!.start < sentence.start) mi++;
    if (sentence.end <= article.contentStart) continue;
    const inRange = <T extends { start: number; end: number }>(list: T[], from: number): T[] => {
      const out: T[] = [];
      for (let k = from; k < list.length && list[k]!.start < sentence.end; k++) if (list[k]!.end <= sentence.end) out.push(list[k]!);
      return out;
    };
    const anchors = dropModifiers(article.body, dropAppositions(article.body, inRange(anchorsInText, ti)));
    if (anchors.length === 0) continue;
    const inSentence = inRange(actorMentions, mi);
    for (const group of groupRanges(article.body, anchors)) {
      const segment = segmentFor(sentence, group, anchors, article.contentStart);
      const first = group[0]!;
      const last = group[group.length - 1]!;
      const clause = article.body.slice(segment.start, segment.end);
      const withoutDate = article.body.slice(segment.start, first.start) + article.body.slice(last.end, segment.end);
      // Only a trailing clause can be a mere attribution; the first dated clause carries the news.
      if (first !== anchors[0] && ATTRIBUTION_RE.test(withoutDate)) continue;
      let actors = uniq(inSentence.filter((m) => m.start >= segment.start && m.end <= segment.end).map((m) => m.actor));
      if (actors.length === 0) actors = uniq(inSentence.filter((m) => m.end <= first.start).map((m) => m.actor));
      const interval: DayInterval = group.length === 1 ? first.interval! : { start: first.interval!.start, end: last.interval!.end, precision: coarser(first.interval!, last.interval!) };
      const date = group.length === 1 ? intervalToEdtf(interval) : `${intervalToEdtf(first.interval!)}/${intervalToEdtf(last.interval!)}`;
      const timexInSentence = { start: first.start - sentence.start, end: last.end - sentence.start, text: article.body.slice(first.start, last.end), value: group.map((t) => t.value).join('/') };
      events.push({
        id: candidateId(article.id, sentence.start, first.start),
        interval,
        date,
        title: titleFor(clause, segment, sentence, first, last),
        type: classifyEvent(clause),
        actors: actors.sort(),
        future: interval.start > article.published,
        dateBasis: 'explicit',
        modality: interval.start > article.published ? 'future' : 'asserted',
        published: article.published,
        articlePath: article.path,
        source: {
          article: article.id,
          sentence: sentence.text,
          start: sentence.start,
          end: sentence.end,
          timex: timexInSentence,
          trigger: null,
          mentions: inSentence.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start, actor: m.actor })),
        },
      });
    }
  }
  return events;
}

const PRECISION_ORDER = ['day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century'];

/** "a year ago, on 17 February 2008": two expressions for one date; keep the more precise. */
function dropAppositions(body: string, anchors: Timex[]): Timex[] {
  const out: Timex[] = [];
  for (const t of anchors) {
    const prev = out[out.length - 1];
    if (prev && /^[\s,(]*(?:on|in|at)?\s*$/i.test(body.slice(prev.end, t.start)) && body.slice(prev.end, t.start).includes(',')) {
      const rank = (x: Timex): number => PRECISION_ORDER.indexOf(x.interval!.precision);
      if (rank(t) <= rank(prev)) out[out.length - 1] = t;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * "Kosovo's 2008 declaration … was legal, the court ruled on Thursday": a date that modifies a
 * noun dates that noun, not the sentence's news. When the sentence has another date, drop it.
 */
function dropModifiers(body: string, anchors: Timex[]): Timex[] {
  const isModifier = (t: Timex): boolean =>
    /(?:['’]s|\b(?:the|a|an|its|their|his|her|this|that|whose))\s+$/i.test(body.slice(Math.max(0, t.start - 8), t.start)) &&
    /^\s+[a-z][a-z-]+\b(?!\s+(?:of|in|on)\b)/.test(body.slice(t.end, t.end + 30)) &&
    !/^\s+(?:and|or|to|until|through|when|as|after|before|is|was|were|will|had|has)\b/.test(body.slice(t.end, t.end + 12));
  const kept = anchors.filter((t) => !isModifier(t));
  return kept.length > 0 ? kept : anchors;
}

/** The clause's title, or the whole sentence's when the clause alone says too little. */
function titleFor(clause: string, segment: { start: number }, sentence: Sentence, first: Timex, last: Timex): string {
  const title = makeTitle(clause, { start: first.start - segment.start, end: last.end - segment.start });
  if (title.split(/\s+/).length >= 2) return title;
  return makeTitle(sentence.text, { start: first.start - sentence.start, end: last.end - sentence.start });
}

/** "from June 11 to June 13", "between 2009 and 2010": two expressions, one interval. */
function groupRanges(body: string, anchors: Timex[]): Timex[][] {
  const groups: Timex[][] = [];
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k]!;
    const b = anchors[k + 1];
    const between = b ? body.slice(a.end, b.start) : '';
    const opener = body.slice(Math.max(0, a.start - 9), a.start);
    if (b && /^\s*(?:to|until|till|through|and|-|–)\s*$/i.test(between) && /\b(?:from|between)\s+$/i.test(opener) && b.interval!.end >= a.interval!.start) {
      groups.push([a, b]);
      k++;
    } else groups.push([a]);
  }
  return groups;
}

/** The part of the sentence that belongs to this date: split halfway to neighbouring dates, at a clause break. */
function segmentFor(sentence: Sentence, group: Timex[], all: Timex[], contentStart: number): { start: number; end: number } {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const prev = [...all].reverse().find((t) => t.end <= first.start);
  const next = all.find((t) => t.start >= last.end);
  const start = prev ? breakBetween(sentence, prev.end, first.start) : Math.max(sentence.start, contentStart);
  const end = next ? breakBetween(sentence, last.end, next.start) : sentence.end;
  return { start, end };
}

function breakBetween(sentence: Sentence, from: number, to: number): number {
  const text = sentence.text.slice(from - sentence.start, to - sentence.start);
  let best = -1;
  for (const m of text.matchAll(CLAUSE_BREAK_RE)) {
    best = m.index;
    break;
  }
  if (best >= 0) return from + best;
  // No clause break: cut at the space nearest the middle, never inside a word ("until his electio").
  const middle = Math.floor(text.length / 2);
  let cut = -1;
  for (const m of text.matchAll(/\s+/g)) if (cut < 0 || Math.abs(m.index - middle) < Math.abs(cut - middle)) cut = m.index;
  return from + (cut >= 0 ? cut : middle);
}

function coarser(a: DayInterval, b: DayInterval): DayInterval['precision'] {
  return PRECISION_ORDER.indexOf(a.precision) >= PRECISION_ORDER.indexOf(b.precision) ? a.precision : b.precision;
}

function uniq(ids: string[]): string[] {
  return [...new Set(ids)];
}
