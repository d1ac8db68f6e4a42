/** Test helpers: timeline items from a few words (not part of the app). */
import { dayToMs, MS_PER_DAY } from '../model/dates.ts';
import type { TimelineItem } from './items.ts';

/** A one-day point item, or a span from `day` lasting `days` days. */
export function item(id: string, day: string, days = 1, soft = days > 1): TimelineItem {
  const startMs = dayToMs(day);
  const endMs = startMs + days * MS_PER_DAY;
  return {
    id,
    startMs,
    endMs,
    centerMs: (startMs + endMs) / 2,
    shape: days === 1 ? 'point' : 'span',
    soft,
    type: 'other',
    title: `Event ${id}`,
    dateText: day,
    future: false,
    importance: 0,
    key: false,
  };
}
