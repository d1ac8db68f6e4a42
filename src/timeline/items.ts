/**
 * What the timeline draws for an event: its interval in ms and how honest its edges are. A day
 * is a point; several known days are a hard-edged span; a week, month, season, quarter, year,
 * decade or century is a span whose edges fade, because the event lies somewhere inside it.
 */
import type { EventRecord, EventType } from '../model/dataset.ts';
import { eventDateText, eventTitle } from '../model/labels.ts';
import { eventWindow } from '../model/window.ts';

export interface TimelineItem {
  id: string;
  /** First instant and end (exclusive) of the days the event may fall on. */
  startMs: number;
  endMs: number;
  /** Where a point sits: the middle of its day (or of the span). */
  centerMs: number;
  shape: 'point' | 'span';
  /** True when the event lies somewhere inside the span rather than across all of it. */
  soft: boolean;
  type: EventType;
  title: string;
  /** The date as written for its precision ("February 2008"). */
  dateText: string;
  future: boolean;
}

export function toTimelineItem(event: EventRecord): TimelineItem {
  const { startMs, endMs } = eventWindow(event);
  const isDay = event.precision === 'day';
  return {
    id: event.id,
    startMs,
    endMs,
    centerMs: (startMs + endMs) / 2,
    shape: isDay && event.start === event.end ? 'point' : 'span',
    soft: !isDay,
    type: event.type,
    title: eventTitle(event),
    dateText: eventDateText(event),
    future: event.future,
  };
}

const cache = new WeakMap<EventRecord, TimelineItem>();

/** Items for events, made once per event record. */
export function timelineItems(events: readonly EventRecord[]): TimelineItem[] {
  return events.map((e) => {
    let item = cache.get(e);
    if (!item) cache.set(e, (item = toTimelineItem(e)));
    return item;
  });
}
