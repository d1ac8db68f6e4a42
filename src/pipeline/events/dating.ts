/**
 * When each clause happened. A clause takes the date expression that governs it (in the clause,
 * not modifying a noun: "the 2019 law" dates the law); else the date of the clause it is joined to
 * in the same sentence ("In 1986 he bought Pixar, which …"); else the story's narrative time when
 * the sentence says it continues ("Then", "At the time"); else, for what is reported as having
 * happened or as the state of things, the publication date. Undated plans, hypotheses, negations
 * and past perfects ("had undergone") get no date: placing them at publication would be wrong.
 */
import { addDays, addMonths, dayInterval, isoWeekInterval, isoWeekOf, monthInterval, yearInterval, type DayInterval } from '../../model/dates.ts';
import type { Doc, Token } from '../text/doc.ts';
import type { Timex } from '../time/types.ts';
import type { Clause } from './clauses.ts';
import { verbForm } from './verbs.ts';

export type DateBasis = 'explicit' | 'relative' | 'narrative' | 'publication';

export interface ClauseDate {
  interval: DayInterval;
  basis: DateBasis;
  /** The expressions that date it (one, or two for a range); empty for narrative and publication. */
  timexes: Timex[];
}

/** An expression that names its date outright: a year, or a month with its day. */
const EXPLICIT_RE = /\b\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|^\d{4}-\d{2}/i;

export function basisOf(t: Timex): DateBasis {
  return EXPLICIT_RE.test(t.text) ? 'explicit' : 'relative';
}

const NARRATIVE_CUE_RE = /^(?:then|later|afterwards|afterward|after that|at the time|at that time|subsequently|soon after|shortly after(?:wards)?)\b/i;

/** "Kosovo's 2008 declaration", "the 2019 law": the expression sits inside a noun phrase. */
export function modifiesNoun(doc: Doc, t: Timex, tokenAt: (offset: number) => number): boolean {
  const before = tokenAt(t.start) - 1;
  const after = tokenAt(t.end - 1) + 1;
  const prev = doc.tokens[before];
  const next = doc.tokens[after];
  // "Resolution 1244 of 1999", "Resolution 1244 (1999)": a year after a numbered name is part of it.
  if (prev?.lower === 'of' && doc.tokens[before - 1]?.pos === 'NUM' && /^\d{4}$/.test(t.text)) return true;
  if (!prev || !next || prev.sentence !== next.sentence) return false;
  if (prev.text === '(' && next.text === ')' && /^(?:NUM|PROPN|NOUN)$/.test(doc.tokens[before - 1]?.pos ?? '')) return true;
  // "gained 0.77%, but after a large loss yesterday": the date of a noun in an "after" phrase is
  // that noun's (not where a verb follows, "after a federal court Thursday refused …").
  if (prev.pos === 'NOUN' && /^(?:PUNCT|CCONJ)$/.test(next.pos)) {
    for (let k = before - 1; k >= 0 && k >= before - 4; k--) {
      const w = doc.tokens[k]!;
      if (/^(?:after|following|before)$/.test(w.lower)) return true;
      if (!/^(?:DET|ADJ|NOUN)$/.test(w.pos)) break;
    }
  }
  const opens = prev.pos === 'DET' || /^['’]s$/.test(prev.text) || /^(?:its|their|his|her|our)$/i.test(prev.text);
  if (!opens || !(next.pos === 'NOUN' || next.pos === 'PROPN') || /^(?:of|in|on)$/i.test(doc.tokens[after + 1]?.text ?? '')) return false;
  // "In a July 16 press conference, Jobs said": a dated occasion that the clause happens at dates it.
  for (let k = before - 1; k >= 0 && k >= before - 4; k--) {
    const w = doc.tokens[k]!;
    if (w.pos === 'ADP') return !/^(?:in|at|during|on|since)$/i.test(w.text);
    if (!/^(?:DET|NOUN|PROPN|ADJ|PART)$/.test(w.pos)) break;
  }
  return true;
}

/** "from June 11 to June 13", "between 2009 and 2010": two expressions, one interval. */
function rangeOf(body: string, a: Timex, b: Timex | undefined): boolean {
  if (!b) return false;
  return /^\s*(?:to|until|till|through|and|-|–)\s*$/i.test(body.slice(a.end, b.start)) && /\b(?:from|between)\s+$/i.test(body.slice(Math.max(0, a.start - 9), a.start)) && b.interval!.end >= a.interval!.start;
}

export function ownDate(body: string, anchors: Timex[]): ClauseDate | null {
  let first = anchors[0];
  if (!first) return null;
  const second = anchors[1];
  // "from January 11 to January 13, 2020": the year written once belongs to both ends.
  if (second && /^\s*(?:to|until|till|through|and|-|–)\s*$/i.test(body.slice(first.end, second.start)) && !/\d{4}/.test(first.text) && /\d{4}/.test(second.text)) first = inYear(first, second.interval!.start.slice(0, 4));
  if (rangeOf(body, first, second)) {
    const precision = rank(first.interval!.precision) >= rank(second!.interval!.precision) ? first.interval!.precision : second!.interval!.precision;
    return { interval: { start: first.interval!.start, end: second!.interval!.end, precision }, basis: basisOf(first), timexes: [first, second!] };
  }
  // "a year ago, on 17 February 2008": two expressions for one date; the more precise one.
  if (second && /^[\s,(]*(?:on|in|at)?\s*$/i.test(body.slice(first.end, second.start)) && body.slice(first.end, second.start).includes(',') && rank(second.interval!.precision) <= rank(first.interval!.precision)) {
    return { interval: second.interval!, basis: basisOf(second), timexes: [second] };
  }
  // "In the spring of 2023, Serbs boycotted local elections on April 23": a day written without its
  // year, in a clause whose other date names the year, is that year's day (not the one nearest publication).
  const day = anchors.find((t) => t !== first && !/\d{4}/.test(t.text) && basisOf(t) === 'explicit' && rank(t.interval!.precision) < rank(first.interval!.precision));
  const year = /\b(\d{4})\b/.exec(first.text)?.[1];
  if (day && year && day.interval!.start.slice(0, 4) !== year) {
    const placed = inYear(day, year);
    if (placed.interval!.start >= first.interval!.start && placed.interval!.end <= first.interval!.end) return { interval: placed.interval!, basis: 'explicit', timexes: [placed] };
  }
  return { interval: first.interval!, basis: basisOf(first), timexes: [first] };
}

/**
 * "appeared in March and June", "on 3, 5 and 9 May": dates listed with "and" (not a range) are
 * that many happenings; the dates after the first that ownDate took, each its own.
 */
export function listedDates(body: string, anchors: Timex[], own: ClauseDate | null): ClauseDate[] {
  if (!own || own.timexes.length !== 1) return [];
  const out: ClauseDate[] = [];
  let last = own.timexes[0]!;
  for (const t of anchors.slice(anchors.indexOf(last) + 1)) {
    const gap = body.slice(last.end, t.start);
    if (!/^\s*(?:,|,?\s*(?:and|or)(?:\s+again)?(?:\s+(?:in|on))?)\s*$/i.test(gap) || t.interval!.precision !== last.interval!.precision) break;
    out.push({ interval: t.interval!, basis: basisOf(t), timexes: [t] });
    last = t;
  }
  return out;
}

const PLANNED = new Set('plan schedule set slate expect intend mean aim hope due'.split(' '));

/**
 * "Kosovo citizens gained visa-free travel on January 1", read on 20 December: a day or month
 * written without its year, in a clause told as done, is the last one before publication, never
 * one after it.
 */
export function doneBeforePublication(date: ClauseDate | null, clause: Clause, tokens: Token[], published: string): ClauseDate | null {
  if (!date || date.timexes.length !== 1 || date.interval.start <= published) return date;
  if (clause.modality !== 'asserted' || !/^(?:past|pastPerfect|perfect)$/.test(clause.tense)) return date;
  // (Only a verb written in the past: not a bare form read as past, "a free software update … on
  // June 21"; nor a plan, whose date is what was planned: "had been planned for December 18".)
  if (clause.head < 0 || verbForm(tokens[clause.head]!) !== 'past' || PLANNED.has(tokens[clause.head]!.lemma)) return date;
  const t = date.timexes[0]!;
  if (/\d{4}/.test(t.text)) return date; // a year written is the year meant
  const moved = inYear(t, String(Number(t.interval!.start.slice(0, 4)) - 1).padStart(4, '0'));
  return moved !== t && moved.interval!.end <= published ? { ...date, interval: moved.interval!, timexes: [moved] } : date;
}

/** The same day or month in another year (a day or month expression; anything else as it is). */
function inYear(t: Timex, year: string): Timex {
  const i = t.interval!;
  if (!/^-?\d{4}-/.test(i.start) || i.start.slice(0, 4) !== i.end.slice(0, 4) || i.precision === 'year') return t;
  const shift = (d: string): string => `${year}${d.slice(4)}`;
  return { ...t, value: t.value.replace(/^\d{4}/, year), interval: { ...i, start: shift(i.start), end: shift(i.end) } };
}

const ORDER = ['day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century'];
function rank(p: string): number {
  return ORDER.indexOf(p);
}

/**
 * Whether an undated clause can be placed at the publication date: something reported as having
 * happened (past, perfect) or being said now ("says"). Not plans, conditions, negations, past
 * perfects, nor states and habits in the present ("Spain faces separatist movements", "the store
 * sells music"): they hold over a time the text does not give.
 */
export function datableByPublication(c: Clause): boolean {
  if (c.negated || c.modality !== 'asserted') return false;
  return c.tense === 'past' || c.tense === 'perfect' || (c.tense === 'present' && c.reporting);
}

/** A first paragraph longer than this (a body without paragraph breaks) is no lead: the lead is taken to end here, four or five paragraphs in. */
const MAX_LEAD_CHARS = 4_000;

/**
 * Where the article's first `paragraphs` paragraphs after the dateline (`contentStart`) end: the
 * first is the lead, which tells the news. Below it, a present perfect that no date places is
 * background: "KFOR has remained the main guarantor of security", "the EU has made normalisation
 * a condition", "Serbia has asked the court for an opinion" months before (detect.ts keeps the
 * first TOP_PARAGRAPHS for a main clause's).
 */
export function leadEnd(body: string, contentStart: number, paragraphs = 1): number {
  // (Within a window: called for each part of a long body, analyse.ts, it must not read the body.)
  const window = body.slice(contentStart, contentStart + MAX_LEAD_CHARS);
  const text = window.search(/\S/);
  if (text < 0) return contentStart + window.length;
  const breaks = /\n\s*\n/g;
  breaks.lastIndex = text;
  let end = -1;
  for (let n = 0; n < paragraphs; n++) {
    const found = breaks.exec(window);
    if (!found) return contentStart + window.length;
    end = found.index;
  }
  return contentStart + end;
}

export function narrativeCue(sentenceText: string): boolean {
  return NARRATIVE_CUE_RE.test(sentenceText.replace(/^[\s"“]+/, ''));
}

export function publicationDate(published: string): ClauseDate {
  return { interval: { start: published, end: published, precision: 'day' }, basis: 'publication', timexes: [] };
}

const GAP_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const GAP_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' };

/**
 * "two days after …", "five years before …": the amount of time right before the "after" or
 * "before" at token `opener`, with +1 for after and -1 for before; null when there is none.
 */
export function gapAt(tokens: Token[], opener: number): { unit: 'day' | 'week' | 'month' | 'year'; count: number; sign: 1 | -1 } | null {
  const word = tokens[opener];
  const unit = GAP_UNITS[tokens[opener - 1]?.lower ?? ''];
  const count = /^\d+$/.test(tokens[opener - 2]?.text ?? '') ? Number(tokens[opener - 2]!.text) : GAP_NUMBERS[tokens[opener - 2]?.lower ?? ''];
  if (!word || !/^(?:after|before)$/.test(word.lower) || !unit || !count || count > 366) return null;
  return { unit, count, sign: word.lower === 'after' ? 1 : -1 };
}

/**
 * `interval` moved by `count` units (negative: back), at its precision or coarser; null when it
 * is too coarse for the unit ("a day after" a month).
 */
export function shiftInterval(interval: DayInterval, unit: 'day' | 'week' | 'month' | 'year', count: number): DayInterval | null {
  const { start, precision } = interval;
  if (unit === 'day' && precision === 'day') return dayInterval(addDays(start, count));
  // (Weeks are counted loosely, "two weeks after": the week, not a day.)
  if (unit === 'week' && precision === 'day') {
    const week = isoWeekOf(addDays(start, count * 7));
    return isoWeekInterval(week.year, week.week);
  }
  const [year, month] = start.split('-').map(Number) as [number, number];
  if (unit === 'month' && (precision === 'day' || precision === 'month')) {
    const shifted = addMonths(year, month, count);
    return monthInterval(shifted.year, shifted.month);
  }
  if (unit === 'year' && precision !== 'decade' && precision !== 'century') return yearInterval(year + count);
  return null;
}

/**
 * "…on Tuesday, two days after the leadership proclaimed independence": a clause opened by
 * "after" or "before" right after an amount of time is that far from the date of the clause it is
 * joined to (Sunday), at that date's precision or coarser; null when there is no such amount, or
 * the joined date is too coarse for it ("a day after" a month).
 */
export function shiftedByGap(tokens: Token[], clause: Clause, joined: ClauseDate): ClauseDate | null {
  const gap = gapAt(tokens, clause.from);
  const interval = gap && shiftInterval(joined.interval, gap.unit, -gap.sign * gap.count);
  return interval ? { interval, basis: 'relative', timexes: [] } : null;
}
