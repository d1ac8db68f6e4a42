/** The temporal tagger's output: TIMEX3-style expressions with offsets into the text. */
import type { DayInterval } from '../../model/dates.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  /** Offset of the first character in the text (UTF-16). */
  start: number;
  /** Offset after the last character. */
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2022-09-21, 2008-02, 2022-W38, 2022-SU, 199, PRESENT_REF, P6W, XXXX-WXX-1 … */
  value: string;
  /** The calendar interval for DATE/TIME values that name one; null for durations, sets, refs. */
  interval: DayInterval | null;
  /** True when the expression can date an event: a DATE or TIME with a calendar interval. */
  anchor: boolean;
}

/** What a rule's resolver may consult, for one match, in document order. */
export interface ResolveContext {
  /** Publication date (document creation time), YYYY-MM-DD. */
  dct: string;
  /** The latest day-precision date mentioned before this expression (or the DCT). */
  anchorDay: string;
  /** The latest date of exactly one day mentioned before this expression (or the DCT): "the day". */
  lastDay: string;
  /** The year of the latest date (day to year precision) mentioned before this expression, or the DCT's ("that year"). */
  anchorYear: number;
  /** Value of the last calendar expression before this one (for "a year earlier" than a quarter). */
  lastValue: string | null;
  /** True when the clause around the expression is about the future (will, next, scheduled …). */
  future: boolean;
  /** True when the clause is explicitly past (said, was, had, ago …). */
  past: boolean;
}

/** A recognised expression before normalisation. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** Rule priority for overlaps of equal length (higher wins). */
  priority: number;
  /** A comparison with an earlier period: not a reference for later comparisons. */
  comparison: boolean;
  /** Normalises to a TIMEX3 value, or null to drop the candidate (a false positive). */
  resolve: (ctx: ResolveContext) => string | null;
}
