/**
 * What the timeline draws for an event: its interval in ms and how honest its edges are. A day
 * is a point; several known days are a hard-edged span; a week, month, season, quarter, year,
 * decade or century is a span whose edges fade, because the event lies somewhere inside it.
 */
import type { EventRecord, EventType } from '../model/dataset.ts';
import { eventDateText, eventTitle } from '../model/labels.ts';
import { eventWindow } from '../model/window.ts';
import { importance, KEY_IMPORTANCE } from '../model/importance.ts';

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
  /** 0–100 (model/importance.ts): the order key events are named in over the counts (key-strip.ts). */
  importance: number;
  /** A key event (model/importance.ts): placed first when not every event fits. */
  key: boolean;
}

/** An event's item; its date text is written only when first asked for (hover, list). */
class EventItem implements TimelineItem {
  readonly id: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly centerMs: number;
  readonly shape: 'point' | 'span';
  readonly soft: boolean;
  readonly type: EventType;
  readonly title: string;
  readonly future: boolean;
  readonly importance: number;
  readonly key: boolean;
  private readonly event: EventRecord;
  private date: string | null = null;

  constructor(event: EventRecord) {
    const { startMs, endMs } = eventWindow(event);
    const isDay = event.precision === 'day';
    this.event = event;
    this.id = event.id;
    this.startMs = startMs;
    this.endMs = endMs;
    this.centerMs = (startMs + endMs) / 2;
    this.shape = isDay && event.start === event.end ? 'point' : 'span';
    this.soft = !isDay;
    this.type = event.type;
    this.title = eventTitle(event);
    this.future = event.future;
    this.importance = importance(event);
    this.key = this.importance >= KEY_IMPORTANCE;
  }

  get dateText(): string {
    return (this.date ??= eventDateText(this.event));
  }
}

export function toTimelineItem(event: EventRecord): TimelineItem {
  return new EventItem(event);
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
