/**
 * The temporal tagger: finds TIMEX3 expressions in a text and normalises them against the
 * publication date, the tense of their clause, and dates mentioned earlier in the same text.
 *
 * Recognition is rule-based (see rules-*.ts); overlapping matches keep the longest, then the
 * highest priority. Normalisation runs in document order so that "two days later" can count from
 * the last full date mentioned before it.
 */
import { timexToInterval } from '../../model/edtf.ts';
import { GATES } from './gates.ts';
import type { Rule } from './rule.ts';
import { DATE_RULES } from './rules-dates.ts';
import { NAMED_RULES } from './rules-named.ts';
import { OTHER_RULES } from './rules-other.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import { clauseTense } from './tense.ts';
import { PIECE_CHARS, pieces } from '../text/pieces.ts';
import type { Candidate, Timex } from './types.ts';

const RULES: Rule[] = [...DATE_RULES, ...NAMED_RULES, ...RELATIVE_RULES, ...OTHER_RULES];
// recognise() steps each rule's regex with exec: without the g flag it would never move on.
for (const rule of RULES)
  if (!rule.re.global) throw new Error(`time rule ${rule.name}: its regex needs the g flag`);
/** Each rule's gate (gates.ts), or null: a text failing it has no match of the rule. */
const RULE_GATES: (RegExp | null)[] = RULES.map((rule) => GATES.get(rule.name) ?? null);

/**
 * Context read on either side of a piece (text/pieces.ts): more than any rule looks around a match
 * or spans, so a rule sees in a piece what it would see in the whole text.
 */
const CONTEXT_CHARS = 256;

/** The chosen (non-overlapping) candidates of the whole text in text order, piece by piece; offsets are the text's. */
function* recogniseInPieces(text: string): Generator<Candidate> {
  if (text.length <= PIECE_CHARS) {
    yield* selectNonOverlapping(recognise(text));
    return;
  }
  let lastEnd = 0;
  for (const [from, to] of pieces(text)) {
    const readFrom = Math.max(0, from - CONTEXT_CHARS);
    const window = text.slice(readFrom, Math.min(text.length, to + CONTEXT_CHARS));
    // A match is the piece's when it starts in it; one that started in the piece before and is still open wins.
    const mine = recognise(window).filter(
      (c) => c.start + readFrom >= from && c.start + readFrom < to,
    );
    for (const c of selectNonOverlapping(mine)) {
      const start = c.start + readFrom;
      if (start < lastEnd) continue;
      lastEnd = c.end + readFrom;
      yield { ...c, start, end: lastEnd };
    }
  }
}

/** All rule matches, before overlap resolution. */
function recognise(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r]!;
    if (RULE_GATES[r]?.test(text) === false) continue;
    // exec in a loop, as matchAll does but without cloning the regex on every call (a fixed cost per
    // rule and text that dominated short articles).
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
      const groups = m.groups ?? {};
      const matchStart = m.index;
      const matchEnd = matchStart + m[0].length;
      let start = matchStart;
      let end = matchEnd;
      const narrowed = groups.x;
      if (narrowed !== undefined) {
        start = matchStart + m[0].lastIndexOf(narrowed);
        end = start + narrowed.length;
      }
      if (end <= start) continue;
      const resolve = rule.build(groups, { text, start: matchStart, end: matchEnd });
      if (!resolve) continue;
      found.push({
        start,
        end,
        type: rule.typeOf?.(groups) ?? rule.type,
        priority: rule.priority,
        comparison: rule.comparison?.(groups) ?? false,
        resolve,
      });
    }
  }
  return found;
}

/** The index after `i`, by code point in a unicode regex (as matchAll steps past an empty match). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/** Non-overlapping candidates: longest first, then priority, then leftmost. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  // Character occupancy keeps this linear in the text size, even with thousands of dates.
  const taken = new Uint8Array(candidates.reduce((n, c) => Math.max(n, c.end), 0));
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export interface TagOptions {
  /** Publication date (document creation time), YYYY-MM-DD. */
  dct: string;
}

export function tagTimexes(text: string, { dct }: TagOptions): Timex[] {
  const out: Timex[] = [];
  let anchorDay = dct;
  let lastDay = dct;
  let anchorYear = Number(dct.slice(0, 4));
  let lastValue: string | null = null;
  for (const c of recogniseInPieces(text)) {
    const tense = clauseTense(text, c.start, c.end);
    const value = c.resolve({
      dct,
      anchorDay,
      lastDay,
      anchorYear,
      lastValue,
      future: tense === 'future',
      past: tense === 'past',
    });
    if (value === null) continue;
    const interval = c.type === 'DATE' || c.type === 'TIME' ? timexToInterval(value) : null;
    // Later relative expressions ("two days later", "the following month") count from here; a bare
    // clock time says nothing new about the day, so it moves no anchor.
    const clockOnly = /^\d{4}-\d{2}-\d{2}T\d/.test(value) && value.startsWith(lastDay);
    if (interval && !clockOnly && ['day', 'week', 'month'].includes(interval.precision))
      anchorDay = interval.start;
    if (interval && !clockOnly && interval.precision === 'day' && interval.start === interval.end)
      lastDay = interval.start;
    if (interval && !clockOnly && !['decade', 'century'].includes(interval.precision))
      anchorYear = Number(interval.start.slice(0, 4));
    if (interval && !clockOnly && !c.comparison) lastValue = value;
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: c.type,
      value,
      interval,
      anchor: interval !== null,
    });
  }
  return joinClockAndDay(text, dateClocks(text, out));
}

/**
 * A clock time takes its day from a day named just after it in the same sentence ("at 16:15 UTC,
 * June 1", "at 10:35 a.m. (0735 GMT) Friday"); otherwise it keeps the last day named before it.
 */
function dateClocks(text: string, found: Timex[]): Timex[] {
  // The first expression after each one that is not a clock time, found in one backward pass (a
  // search per clock time was quadratic in a text of clock times: "3 p.m. 3 p.m. …").
  const nextNonClock: (Timex | undefined)[] = new Array<Timex | undefined>(found.length);
  for (let i = found.length - 1, next: Timex | undefined; i >= 0; i--) {
    nextNonClock[i] = next;
    if (!isClock(found[i]!)) next = found[i];
  }
  return found.map((t, i) => {
    if (!isClock(t)) return t;
    const day = nextNonClock[i];
    if (
      !day ||
      !isDay(day) ||
      day.start - t.end > 30 ||
      /[;!?]|\.\s/.test(text.slice(t.end, day.start))
    )
      return t;
    return {
      ...t,
      value: `${day.value}${t.value.slice(t.value.indexOf('T'))}`,
      interval: day.interval,
    };
  });
}

const isClock = (t: Timex): boolean => t.type === 'TIME' && /T\d{2}:\d{2}Z?$/.test(t.value);
const isDay = (t: Timex): boolean =>
  t.type === 'DATE' && t.interval?.precision === 'day' && t.interval.start === t.interval.end;

/**
 * "at 11 p.m. on Friday", "3 p.m. the following day", "on Friday at 11 p.m.": the clock time and
 * its day are one expression, on that day (the clock alone would be dated to the day mentioned
 * before it, and the two would make two events).
 */
function joinClockAndDay(text: string, found: Timex[]): Timex[] {
  const out: Timex[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    const clockFirst = b && isClock(a) && isDay(b) && /^\s+(?:on\s+)?$/i.test(gap);
    const dayFirst = b && isDay(a) && isClock(b) && /^,?\s+at\s+$/i.test(gap);
    if (!b || !(clockFirst || dayFirst)) {
      out.push(a);
      continue;
    }
    const [day, clock] = clockFirst ? [b, a] : [a, b];
    out.push({
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      type: 'TIME',
      value: `${day.value}${clock.value.slice(clock.value.indexOf('T'))}`,
      interval: day.interval,
      anchor: true,
    });
    i++;
  }
  return out;
}
