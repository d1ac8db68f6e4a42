/**
 * The colour of an event type in CSS: its quad class's (`--class-…` in app.css), so that the
 * swatches in the page match the timeline's canvas (timeline/theme.ts reads the same variables).
 */
import { EVENT_TYPE_CLASS, type EventClass, type EventType } from '../model/dataset.ts';

export const classColor = (eventClass: EventClass): string => `var(--class-${eventClass})`;

export const typeColor = (type: EventType): string => classColor(EVENT_TYPE_CLASS[type]);
