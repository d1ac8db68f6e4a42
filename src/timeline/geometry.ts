/**
 * Sizes of everything drawn in the timeline (CSS pixels) and where an item's marker and label sit
 * at a given scale. Layout, drawing and hit-testing all measure items with these functions, so
 * what is drawn is exactly what can be pointed at.
 */
import type { TimelineItem } from './items.ts';

export const GEOMETRY = {
  /** Height of the axis band at the top: the major label row, then the tick labels. */
  axisHeightPx: 44,
  /** Where the first row of events starts. */
  rowsTopPx: 52,
  rowHeightPx: 24,
  markerRadiusPx: 5,
  barHeightPx: 14,
  /** A span is never drawn narrower than this, however far out the view is. */
  minSpanPx: 8,
  /** Free space between two items in a row. */
  gapPx: 4,
  labelGapPx: 5,
  labelPadPx: 6,
  /** A span narrower than this has its label after it rather than inside it. */
  spanLabelInsidePx: 96,
  maxLabelPx: 240,
  /** A label narrower than this after truncation is not drawn at all. */
  minLabelPx: 52,
  bottomPadPx: 6,
} as const;

const G = GEOMETRY;

/** Maps a time to a horizontal pixel. */
export type ToPx = (ms: number) => number;

export function markerStartPx(item: TimelineItem, x: ToPx): number {
  return item.shape === 'point' ? x(item.centerMs) - G.markerRadiusPx - 1 : x(item.startMs);
}

export function markerEndPx(item: TimelineItem, x: ToPx): number {
  if (item.shape === 'point') return x(item.centerMs) + G.markerRadiusPx + 1;
  return Math.max(x(item.endMs), x(item.startMs) + G.minSpanPx);
}

/**
 * Where the label starts: after a point or a short span; inside a long span, staying in view
 * while the span starts off to the left.
 */
export function labelStartPx(item: TimelineItem, x: ToPx, viewLeftPx = -Infinity): number {
  if (item.shape === 'point') return x(item.centerMs) + G.markerRadiusPx + G.labelGapPx;
  const start = x(item.startMs);
  const end = markerEndPx(item, x);
  if (end - start < G.spanLabelInsidePx) return end + G.labelGapPx;
  return Math.max(start, Math.min(viewLeftPx, end - G.minLabelPx)) + G.labelPadPx;
}

/** Rightmost pixel the item would use with its whole label (capped at maxLabelPx). */
export function fullEndPx(item: TimelineItem, x: ToPx, labelPx: number): number {
  return Math.max(markerEndPx(item, x), labelStartPx(item, x) + labelPx);
}

export interface ItemExtent {
  markerStart: number;
  markerEnd: number;
  labelStart: number;
  /** Equal to labelStart when there is no room for a label. */
  labelEnd: number;
  /** Rightmost pixel drawn: the end of the label, or of the marker when there is no label. */
  end: number;
}

/**
 * How an item is drawn in its row: its marker, and its label cut short before the next item in
 * the same row (or left out when too little would remain, or when it would start left of
 * `viewLeftPx`, the canvas' edge).
 */
export function itemExtent(
  item: TimelineItem,
  next: TimelineItem | undefined,
  x: ToPx,
  labelPx: number,
  viewLeftPx = -Infinity,
): ItemExtent {
  const markerStart = markerStartPx(item, x);
  const markerEnd = markerEndPx(item, x);
  const labelStart = labelStartPx(item, x, viewLeftPx);
  const limit = next ? markerStartPx(next, x) - G.gapPx : Infinity;
  let labelEnd = Math.min(labelStart + labelPx, limit);
  // Too short to read, or the tail of a label whose event is out of view to the left.
  if (labelEnd - labelStart < G.minLabelPx || labelStart < viewLeftPx) labelEnd = labelStart;
  const end = labelEnd > labelStart ? Math.max(markerEnd, labelEnd) : markerEnd;
  return { markerStart, markerEnd, labelStart, labelEnd, end };
}

/** Top of row `row` (the cluster row comes after the item rows). */
export function rowTopPx(row: number): number {
  return G.rowsTopPx + row * G.rowHeightPx;
}

/** How many rows fit in a canvas of this height. */
export function rowCapacity(heightPx: number): number {
  return Math.max(1, Math.floor((heightPx - G.rowsTopPx - G.bottomPadPx) / G.rowHeightPx));
}
