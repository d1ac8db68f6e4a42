/**
 * How an event is known, in words for the details panel: where its date comes from, whether it
 * was reported as happened, scheduled or possible, and why several reports became one event.
 */
import type { EventRecord, Modality, SourceRecord } from './dataset.ts';
import type { DayInterval } from './dates.ts';
import { describeInterval, timexToInterval } from './edtf.ts';

type Merge = NonNullable<EventRecord['merge']>;

/**
 * The date expression that dates the event: the first source's whose expression names the
 * event's date, else the first source's that has one (another report may give only the year).
 */
function dateExpression(event: Pick<EventRecord, 'sources'> & Partial<Pick<EventRecord, 'start' | 'end'>>): string | null {
  const written = event.sources.filter((s) => s.timex && s.timex.text.trim());
  const exact = written.find((s) => {
    const interval = timexToInterval(s.timex!.value);
    return interval !== null && interval.start === event.start && interval.end === event.end;
  });
  return (exact ?? written[0])?.timex!.text.trim() ?? null;
}

/** One sentence on how the event's date was obtained (EventRecord.dateBasis). */
export function dateBasisText(event: Pick<EventRecord, 'dateBasis' | 'sources'> & Partial<Pick<EventRecord, 'start' | 'end'>>): string {
  const quoted = (lead: string): string => {
    const expression = dateExpression(event);
    return expression ? `${lead}: “${expression}”` : lead;
  };
  switch (event.dateBasis) {
    case 'explicit':
      return quoted('Dated from the text');
    case 'relative':
      return quoted('Dated relative to the publication date or an earlier date in the text');
    case 'narrative':
      return 'Dated from the story’s narrative time: the sentence gives no date and continues an earlier, dated passage';
    case 'publication':
      return 'Dated from the article’s publication date (the text gives no date)';
  }
}

/** A short mark for an event that is not reported as having happened; null when it is. */
export function modalityLabel(modality: Modality): { label: string; description: string } | null {
  switch (modality) {
    case 'asserted':
      return null;
    case 'future':
      return { label: 'Scheduled', description: 'Scheduled or expected when it was reported' };
    case 'hypothetical':
      return { label: 'Possible', description: 'Reported as possible or conditional' };
  }
}

/** "Reported by 3 sources"; null for a single source. */
export function sourcesText(count: number): string | null {
  return count > 1 ? `Reported by ${count} sources` : null;
}

/** A merge reason code (EventRecord.merge.reasons) in plain words; an unknown code as it is. */
export function mergeReasonText(code: string): string {
  if (code === 'same-date') return 'they give the same date';
  if (code === 'same-type') return 'they report the same kind of event';
  if (code === 'similar-predicate') return 'they use similar words for what happened';
  if (code === 'named-again') return 'a later sentence of the article refers back to it';
  if (code === 'dated-by-another') return 'a report that dates it less precisely takes the day another gives';
  const shared = /^shared-actors:(\d+)$/.exec(code);
  if (shared) {
    const n = Number(shared[1]);
    return n === 1 ? 'they name one actor in common' : `they name ${n} actors in common`;
  }
  return code;
}

/** How strongly the merged reports agree, from the merge score. */
export function mergeScoreText(score: number): string {
  const strength = score >= 0.75 ? 'strong' : score >= 0.5 ? 'fair' : 'weak';
  return `${strength} match (score ${score.toFixed(2)})`;
}

/** "a, b and c". */
function listText(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Why several reports are one event, in one sentence. */
export function mergeExplanation(merge: Merge): string {
  const score = mergeScoreText(merge.score);
  if (merge.reasons.length === 0) return `Merged as one event: a ${score}.`;
  return `Merged because ${listText(merge.reasons.map(mergeReasonText))}: a ${score}.`;
}

/** The date one report gives the event: its date expression and what it denotes, if any. */
export interface ReportedDate {
  source: SourceRecord;
  /** Null when the sentence gives no calendar date (the event is then dated otherwise). */
  interval: DayInterval | null;
  /** The report's date is the event's (the one chosen). */
  chosen: boolean;
}

/**
 * What each report says of the event's date, and whether the reports that give one agree: each
 * gives the event's date, or a longer time that holds it ("in 2008" for 17 February 2008: a report
 * dated by another's day, pipeline/events/refine.ts). Reports are merged only so, so `agree` is
 * false only for datasets made otherwise. `coarser` lists the longer times given, in report order.
 */
export function reportedDates(
  event: Pick<EventRecord, 'start' | 'end'>,
  sources: readonly SourceRecord[],
): { dates: ReportedDate[]; agree: boolean; dated: number; coarser: DayInterval[] } {
  const dates = sources.map((source) => {
    const interval = source.timex ? timexToInterval(source.timex.value) : null;
    const chosen =
      interval !== null && interval.start === event.start && interval.end === event.end;
    return { source, interval, chosen };
  });
  const dated = dates.filter((d) => d.interval !== null);
  const holds = (i: DayInterval): boolean => i.start <= event.start && i.end >= event.end;
  const coarser = dated.filter((d) => !d.chosen && holds(d.interval!)).map((d) => d.interval!);
  return { dates, agree: dated.every((d) => d.chosen || holds(d.interval!)), dated: dated.length, coarser };
}

/**
 * The sentence for reports that agree on the date (`reportedDates`): "Both reports date it 17
 * February 2008.", "1 of 3 reports dates it 17 February 2008; 2 give only February 2008 or 2008."
 */
export function agreementText(total: number, dated: number, coarser: readonly DayInterval[], when: string): string {
  const undated = total - dated;
  const none = undated > 0 ? `; ${undated} give${undated === 1 ? 's' : ''} no date in the sentence` : '';
  if (coarser.length === 0) {
    if (undated === 0) return `${total === 2 ? 'Both reports' : `All ${total} reports`} date it ${when}.`;
    return `${dated} of ${total} reports date it ${when}; the others give no date in the sentence.`;
  }
  const exact = dated - coarser.length;
  const longer = [...new Set(coarser.map(describeInterval))];
  const either = longer.length === 1 ? longer[0] : `${longer.slice(0, -1).join(', ')} or ${longer.at(-1)}`;
  const only = `${coarser.length} give${coarser.length === 1 ? 's' : ''} only ${either}`;
  return `${exact} of ${total} report${total === 1 ? '' : 's'} date${exact === 1 ? 's' : ''} it ${when}; ${only}${none}.`;
}
