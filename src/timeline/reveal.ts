/**
 * Bringing an event into sight: whether it is in the part of the window a person can see (left
 * of a panel covering the canvas, when one does), and the least pan that brings it there.
 */
import type { TimeWindow } from '../model/window.ts';
import type { TimelineItem } from './items.ts';

/** How far inside the visible part an event brought into view lands, as a share of its width. */
export const REVEAL_CONTEXT = 0.15;

type Span = Pick<TimelineItem, 'startMs' | 'endMs' | 'centerMs'>;

/**
 * Whether the item reaches into the first `visibleFraction` of window `t`, away from the very
 * edges (closer in than the padding of the fitted view, so no event of that view counts as out).
 */
export function inSight(item: Span, t: TimeWindow, visibleFraction = 1): boolean {
  const span = (t.endMs - t.startMs) * visibleFraction;
  const margin = span * 0.01;
  return item.endMs > t.startMs + margin && item.startMs < t.startMs + span - margin;
}

/**
 * The window moved as little as brings the item into the visible part with some time around it,
 * so the reader keeps most of what was in view; centred there only when it is too long for that.
 */
export function revealWindow(item: Span, t: TimeWindow, visibleFraction = 1): TimeWindow {
  const span = (t.endMs - t.startMs) * visibleFraction;
  const context = span * REVEAL_CONTEXT;
  const shiftMs =
    item.endMs - item.startMs > span - 2 * context
      ? item.centerMs - (t.startMs + span / 2)
      : item.startMs < t.startMs + context
        ? item.startMs - (t.startMs + context)
        : item.endMs - (t.startMs + span - context);
  return { startMs: t.startMs + shiftMs, endMs: t.endMs + shiftMs };
}
