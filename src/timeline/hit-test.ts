/**
 * What is under the pointer: a row lookup from y, then a binary search along the row (items in a
 * row never overlap and stay in order at any scale the layout is valid for). O(log n) per query.
 */
import { clusterExtentPx, type Cluster } from './clusters.ts';
import { GEOMETRY as G, itemExtentAt, markerStartPx, type ToPx } from './geometry.ts';
import type { TimelineItem } from './items.ts';
import type { Layout } from './layout.ts';

export type Hit =
  { kind: 'item'; item: TimelineItem; row: number } | { kind: 'cluster'; cluster: Cluster };

export interface HitFrame {
  layout: Layout;
  x: ToPx;
  labelPxOf: (item: TimelineItem) => number;
  /** The canvas' width: a label its right edge would cut is drawn before its marker. */
  widthPx: number;
  /** The cluster pills as drawn (see carry.ts); the layout's when absent. */
  clusters?: readonly Cluster[];
}

/** Index of the last of `count` elements whose start is ≤ xPx, or -1. */
function lastStartingBefore(
  count: number,
  startAt: (index: number) => number,
  xPx: number,
): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startAt(mid) <= xPx) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function hitRow(frame: HitFrame, row: number, xPx: number, slopPx: number): Hit | null {
  const items = frame.layout.rows[row]!;
  const edges = { leftPx: 0, rightPx: frame.widthPx };
  const extentOf = (i: number) => itemExtentAt(items, i, frame.x, frame.labelPxOf, edges);
  const i = lastStartingBefore(
    items.length,
    (k) => markerStartPx(items[k]!, frame.x),
    xPx + slopPx,
  );
  // The candidate, the one before it when the pointer is on that one's label or just past it,
  // or the one after it when the pointer is on a label drawn before that one's marker.
  let best: { index: number; distance: number } | null = null;
  for (const index of [i, i - 1, i + 1]) {
    if (index < 0 || index >= items.length) continue;
    const e = extentOf(index);
    const distance = xPx < e.start ? e.start - xPx : xPx > e.end ? xPx - e.end : 0;
    if (distance <= slopPx && (!best || distance < best.distance)) best = { index, distance };
  }
  return best ? { kind: 'item', item: items[best.index]!, row } : null;
}

function hitClusters(
  clusters: readonly Cluster[],
  x: ToPx,
  xPx: number,
  slopPx: number,
): Hit | null {
  const i = lastStartingBefore(
    clusters.length,
    (k) => clusterExtentPx(clusters[k]!, x).start,
    xPx + slopPx,
  );
  if (i < 0) return null;
  const cluster = clusters[i]!;
  return xPx <= clusterExtentPx(cluster, x).end + slopPx ? { kind: 'cluster', cluster } : null;
}

/** The item or cluster at (xPx, yPx) in canvas CSS pixels, within `slopPx` sideways. */
export function hitTest(frame: HitFrame, xPx: number, yPx: number, slopPx = 2): Hit | null {
  const row = Math.floor((yPx - G.rowsTopPx) / G.rowHeightPx);
  if (row < 0) return null;
  if (row < frame.layout.rows.length) return hitRow(frame, row, xPx, slopPx);
  const clusters = frame.clusters ?? frame.layout.clusters;
  if (row === frame.layout.rows.length && clusters.length > 0) {
    return hitClusters(clusters, frame.x, xPx, slopPx);
  }
  return null;
}
