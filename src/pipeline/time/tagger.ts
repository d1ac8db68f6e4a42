/**
 * The temporal tagger: finds TIMEX3 expressions in a text and normalises them against the
 * publication date, the tense of their clause, and dates mentioned earlier in the same text.
 *
 * Recognition is rule-based (see rules-*.ts); overlapping matches keep the longest, then the
 * highest priority. Normalisation runs in document order so that "two days later" can count from
 * the last full date mentioned before it.
 */
import { timexToInterval } from '../../model/edtf.ts';
import type { Rule } from './rule.ts';
import { DATE_RULES } from './rules-dates.ts';
import { OTHER_RULES } from './rules-other.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import { clauseTense } from './tense.ts';
import type { Candidate, Timex } from './types.ts';

const RULES: Rule[] = [...DATE_RULES, ...RELATIVE_RULES, ...OTHER_RULES];

/** All rule matches, before overlap resolution. */
function recognise(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
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
      found.push({ start, end, type: rule.typeOf?.(groups) ?? rule.type, priority: rule.priority, resolve });
    }
  }
  return found;
}

/** Non-overlapping candidates: longest first, then priority, then leftmost. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
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
  for (const c of selectNonOverlapping(recognise(text))) {
    const tense = clauseTense(text, c.start, c.end);
    const value = c.resolve({ dct, anchorDay, future: tense === 'future', past: tense === 'past' });
    if (value === null) continue;
    const interval = c.type === 'DATE' || c.type === 'TIME' ? timexToInterval(value) : null;
    // Later relative expressions ("two days later", "the following month") count from here.
    if (interval && ['day', 'week', 'month'].includes(interval.precision)) anchorDay = interval.start;
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
  return out;
}
