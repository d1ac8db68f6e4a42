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
  /** The label is drawn before the marker (it would run off the view's right edge after it). */
  labelBefore: boolean;
  /** Leftmost pixel drawn: the marker's start, or a label drawn before it. */
  start: number;
  /** Rightmost pixel drawn: the end of the label, or of the marker when there is no label. */
  end: number;
}

/** The stretch of the row's pixels that is on screen. */
export interface ViewEdges {
  leftPx: number;
  rightPx: number;
}

/** No edges: every label as the layout placed it (layout checks, tests). */
export const UNBOUNDED: ViewEdges = { leftPx: -Infinity, rightPx: Infinity };

/** row[i] with its label after its marker, cut short before the next marker or the right edge. */
function extentAfter(
  row: readonly TimelineItem[],
  i: number,
  x: ToPx,
  labelPx: number,
  edges: ViewEdges,
): ItemExtent {
  const item = row[i]!;
  const next = row[i + 1];
  const markerStart = markerStartPx(item, x);
  const markerEnd = markerEndPx(item, x);
  const labelStart = labelStartPx(item, x, edges.leftPx);
  const limit = Math.min(next ? markerStartPx(next, x) - G.gapPx : Infinity, edges.rightPx);
  let labelEnd = Math.min(labelStart + labelPx, limit);
  // Too short to read, or the tail of a label whose event is out of view to the left.
  if (labelEnd - labelStart < G.minLabelPx || labelStart < edges.leftPx) labelEnd = labelStart;
  const end = labelEnd > labelStart ? Math.max(markerEnd, labelEnd) : markerEnd;
  return {
    markerStart,
    markerEnd,
    labelStart,
    labelEnd,
    labelBefore: false,
    start: markerStart,
    end,
  };
}

/**
 * How row[i] is drawn: its marker, and its label after it, cut short before the next marker in
 * the row and the view's right edge (or left out when too little would remain, or when it would
 * start left of the view's left edge). Near the right edge, where a label after its marker
 * would reach past the edge, a label that does not fit goes before its marker instead when there
 * is more room there: up to where the previous item's label ends, so labels after their markers
 * keep their room and no two labels overlap. Labels inside long spans stay inside.
 */
export function itemExtentAt(
  row: readonly TimelineItem[],
  i: number,
  x: ToPx,
  labelPxOf: (item: TimelineItem) => number,
  edges: ViewEdges,
): ItemExtent {
  const item = row[i]!;
  const labelPx = labelPxOf(item);
  const after = extentAfter(row, i, x, labelPx, edges);
  const fits = after.labelEnd - after.labelStart >= labelPx;
  const nearEdge = after.labelStart + labelPx > edges.rightPx;
  const labelFollows = after.labelStart >= after.markerEnd;
  if (fits || !nearEdge || !labelFollows || after.markerEnd > edges.rightPx) return after;
  const prev = i > 0 ? extentAfter(row, i - 1, x, labelPxOf(row[i - 1]!), edges) : null;
  const floor = Math.max(prev ? prev.end + G.gapPx : -Infinity, edges.leftPx);
  const end = after.markerStart - G.labelGapPx;
  const roomBefore = end - floor;
  if (roomBefore < G.minLabelPx || roomBefore <= after.labelEnd - after.labelStart) return after;
  const start = Math.max(end - labelPx, floor);
  return {
    ...after,
    labelStart: start,
    labelEnd: end,
    labelBefore: true,
    start,
    end: after.markerEnd,
  };
}

/** Top of row `row` (the cluster row comes after the item rows). */
export function rowTopPx(row: number): number {
  return G.rowsTopPx + row * G.rowHeightPx;
}

/** How many rows fit in a canvas of this height. */
export function rowCapacity(heightPx: number): number {
  return Math.max(1, Math.floor((heightPx - G.rowsTopPx - G.bottomPadPx) / G.rowHeightPx));
}
