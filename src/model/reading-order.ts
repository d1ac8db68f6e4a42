/**
 * The order a chronology is read in. Events come sorted by start. One dated only to a period
 * longer than a day ("2008", "March 2008", "spring 2008") would then open its period, before
 * everything dated inside it: "2008: …" above the year's January. It is read after what starts
 * inside its period instead, as a chronology lists "in 2008, …" after the year's dated entries.
 * Days and ranges ("2019/2021") keep their start; the events of one kind keep their order.
 */
import type { EventRecord } from './dataset.ts';
import { dayToMs } from './dates.ts';

/** What the order reads of an event (its EDTF `date` has a "/" when it is a range). */
type Dated = Pick<EventRecord, 'start' | 'end' | 'precision' | 'date'>;

const isPeriod = (e: Dated): boolean => e.precision !== 'day' && !e.date.includes('/');

/** Days of years 0000-9999 compare as strings (as in window.ts extentOf); others by their times. */
function compareDays(a: string, b: string): number {
  if (a.length === 10 && b.length === 10 && a[0] !== '-' && b[0] !== '-') return a < b ? -1 : a > b ? 1 : 0;
  return dayToMs(a) - dayToMs(b);
}

export function readingOrder<T extends Dated>(events: T[]): T[] {
  const periods: T[] = [];
  const rest: T[] = [];
  for (const e of events) (isPeriod(e) ? periods : rest).push(e);
  if (periods.length === 0) return events;
  // By last day; Array.prototype.sort is stable, so periods that end together keep their order.
  periods.sort((a, b) => compareDays(a.end, b.end));
  const out: T[] = [];
  let next = 0; // the first of `rest` not yet out
  for (const p of periods) {
    // Everything that starts on or before the period's last day comes first (binary search: `rest` is by start).
    let lo = next;
    let hi = rest.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareDays(rest[mid]!.start, p.end) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (; next < lo; next++) out.push(rest[next]!);
    out.push(p);
  }
  for (; next < rest.length; next++) out.push(rest[next]!);
  return out;
}
