/**
 * Events that do not fit in the rows are gathered into clusters: one "+N" pill per stretch of
 * time, which zooms into its events when clicked. The stretches are a fixed grid of bins at the
 * layout's scale (about 56px wide there): pills never chain into one vague band, stay put while
 * panning, and only move apart when zooming in.
 */
import type { ToPx } from './geometry.ts';
import type { TimelineItem } from './items.ts';

export interface Cluster {
  /** The bin: the stretch of time the pill stands for. */
  startMs: number;
  endMs: number;
  items: TimelineItem[];
}

const BIN_PX = 56;
const INSET_PX = 2;

/** Where an item belongs in time: a point at its middle, a span at its start. */
function anchor(item: TimelineItem): number {
  return item.shape === 'point' ? item.centerMs : item.startMs;
}

/** The pill of a cluster: its bin, with a little space each side. */
export function clusterExtentPx(cluster: Cluster, x: ToPx): { start: number; end: number } {
  return { start: x(cluster.startMs) + INSET_PX, end: x(cluster.endMs) - INSET_PX };
}

/** Clusters of the items, one per occupied bin at this scale (px per ms), in time order. */
export function clusterItems(items: readonly TimelineItem[], pxPerMs: number): Cluster[] {
  const binMs = BIN_PX / pxPerMs;
  const byBin = new Map<number, TimelineItem[]>();
  for (const item of items) {
    const bin = Math.floor(anchor(item) / binMs);
    const list = byBin.get(bin);
    if (list) list.push(item);
    else byBin.set(bin, [item]);
  }
  return [...byBin.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bin, list]) => ({
      startMs: bin * binMs,
      endMs: (bin + 1) * binMs,
      items: list.sort((a, b) => anchor(a) - anchor(b) || (a.id < b.id ? -1 : 1)),
    }));
}

/**
 * `clusters` (in time order) with `items` added as one more cluster, in the bin of the earliest
 * of them (merged with a cluster already there): for the many long spans that cover a whole
 * stretch being laid out, which all end up carried into the pill at the view's left edge anyway,
 * binning them one by one would only cost time.
 */
export function withLump(
  clusters: Cluster[],
  items: readonly TimelineItem[],
  pxPerMs: number,
): Cluster[] {
  if (items.length === 0) return clusters;
  const binMs = BIN_PX / pxPerMs;
  let first = Infinity;
  for (const item of items) first = Math.min(first, anchor(item));
  const bin = Math.floor(first / binMs);
  const startMs = bin * binMs;
  const at = clusters.findIndex((c) => c.startMs >= startMs - binMs / 2);
  const same = at >= 0 && Math.abs(clusters[at]!.startMs - startMs) < binMs / 2;
  if (same) {
    const c = clusters[at]!;
    return [
      ...clusters.slice(0, at),
      { ...c, items: [...c.items, ...items] },
      ...clusters.slice(at + 1),
    ];
  }
  const lump = { startMs, endMs: (bin + 1) * binMs, items: [...items] };
  const i = at < 0 ? clusters.length : at;
  return [...clusters.slice(0, i), lump, ...clusters.slice(i)];
}

/** The time a click on a cluster zooms to: its items' full extent, with a margin. */
export function clusterWindow(cluster: Cluster): { startMs: number; endMs: number } {
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const item of cluster.items) {
    startMs = Math.min(startMs, item.startMs);
    endMs = Math.max(endMs, item.endMs);
  }
  const margin = (endMs - startMs) * 0.1;
  return { startMs: startMs - margin, endMs: endMs + margin };
}
