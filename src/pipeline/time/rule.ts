/** The shape of a recognition rule, shared by the rule families. */
import type { ResolveContext, TimexType } from './types.ts';

/** Where a match sits: the whole text and the match's full extent (before narrowing to `x`). */
export interface MatchSite {
  text: string;
  start: number;
  end: number;
}

export interface Rule {
  name: string;
  type: TimexType;
  /** Wins over overlapping matches of the same length from lower-priority rules. */
  priority: number;
  /**
   * Global, unicode regex; named groups feed `build`; group `x`, when present, is the span. Linear
   * in the text (test/linear-time.test.ts checks the shape): no unbounded quantifier inside a
   * lookbehind (`\s{1,20}`, not `\s+`), no unbounded repetition of a group that repeats (`{0,4}`).
   */
  re: RegExp;
  /** A resolver for this match, or null when the match is a false positive. */
  build: (groups: Record<string, string | undefined>, at: MatchSite) => ((ctx: ResolveContext) => string | null) | null;
  /**
   * True when the match compares with an earlier period ("a year earlier", "the year-ago
   * quarter"): it does not become the period later comparisons count from.
   */
  comparison?: (groups: Record<string, string | undefined>) => boolean;
  /** Type chosen per match (TIME for "Friday morning"), defaulting to `type`. */
  typeOf?: (groups: Record<string, string | undefined>) => Rule['type'];
}

/** Month and weekday names count only when capitalised ("march" and "may" are verbs). */
export function capitalised(word: string | undefined): boolean {
  return !!word && /^\p{Lu}/u.test(word);
}
