/**
 * Stacking events into rows without overlap. Narrow items (points, and spans that are short at
 * this zoom) are placed first, in time order; wider spans after them, narrowest first. So when
 * zoomed in on a busy day, its events get the rows and the month- or year-long spans around it
 * give way, rather than the other way round. Each item goes into the first row where it and its
 * whole label fit; failing that, the first row where its marker fits (a label before it is then
 * cut short); failing that, it is clustered in a last row. When not every item fits (a wide
 * zoom), key events (model/importance.ts) are placed before all others, in the same order among
 * themselves: they get the rows and the labels, and the "+N" pills hold lesser events.
 *
 * A layout is made for a scale and stays valid for any finer one: every gap between items is
 * a distance in time, and zooming in only widens it. The engine lays out at scales rounded down
 * to steps of 2^(1/8), so rows change only every ~9% of zoom and never during a pan.
 */
import { clusterItems, withLump, type Cluster } from './clusters.ts';
import { fullEndPx, GEOMETRY as G, markerEndPx, markerStartPx, type ToPx } from './geometry.ts';
import type { TimelineItem } from './items.ts';

export interface Layout {
  /** The scale it was made for (px per ms). */
  pxPerMs: number;
  /** Items of each row, left to right. */
  rows: TimelineItem[][];
  /** Pills of the row after the last item row, left to right; empty when everything fits. */
  clusters: Cluster[];
}

const STEPS_PER_DOUBLING = 8;

/** The scale to lay out at: `pxPerMs` rounded down to a step of 2^(1/8). */
export function layoutScale(pxPerMs: number): number {
  return 2 ** (Math.floor(Math.log2(pxPerMs) * STEPS_PER_DOUBLING) / STEPS_PER_DOUBLING);
}

interface Entry {
  item: TimelineItem;
  start: number;
  end: number;
  /** With its whole label: measured only once the item is placed in a row (NaN until then). */
  full: number;
}

/** Items up to this wide (at the layout's scale) count as narrow and go in time order. */
const NARROW_PX = 40;

/** Index of the first entry in `row` (sorted by start) starting after `start`. */
function firstAfter(row: readonly Entry[], start: number): number {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where `e` would go in `row`, or -1 if it does not fit: after its predecessor's marker (or whole
 * label, with `roomForLabels`, and always after a key event's label: a lesser event never cuts
 * it short) and before its successor's marker. Items in a row never overlap, so only the two
 * neighbours matter.
 */
function slotIn(row: readonly Entry[], e: Entry, roomForLabels: boolean): number {
  const i = firstAfter(row, e.start);
  const before = row[i - 1];
  const after = row[i];
  if (before && (roomForLabels || (before.item.key && !e.item.key) ? before.full : before.end) + G.gapPx > e.start) return -1;
  if (after && (roomForLabels ? e.full : e.end) + G.gapPx > after.start) return -1;
  return i;
}

function pack(
  entries: readonly Entry[],
  rowCount: number,
  spanPx: { start: number; end: number } | null,
  fullOf: (item: TimelineItem) => number,
) {
  const rows: Entry[][] = Array.from({ length: rowCount }, () => []);
  const overflow: TimelineItem[] = [];
  let emptyRows = rowCount;
  for (const e of entries) {
    // Every item laid out overlaps the span: one covering all of it fits only in an empty row.
    if (spanPx && emptyRows === 0 && e.start <= spanPx.start && e.end >= spanPx.end) {
      overflow.push(e.item);
      continue;
    }
    if (Number.isNaN(e.full)) e.full = fullOf(e.item);
    let placed = false;
    for (const roomForLabels of [true, false]) {
      for (const row of rows) {
        const i = slotIn(row, e, roomForLabels);
        if (i < 0) continue;
        if (row.length === 0) emptyRows--;
        row.splice(i, 0, e);
        placed = true;
        break;
      }
      if (placed) break;
    }
    if (!placed) overflow.push(e.item);
  }
  return { rows: rows.map((row) => row.map((e) => e.item)), overflow };
}

/**
 * Lay out `items` at `pxPerMs` in at most `capacity` rows (one of which becomes the cluster row
 * when they do not all fit). `labelPxOf` is the width of an item's label, capped.
 */
export function layoutItems(
  items: readonly TimelineItem[],
  pxPerMs: number,
  capacity: number,
  labelPxOf: (item: TimelineItem) => number,
  /** The stretch of time every item overlaps, when the layout covers only part of the events. */
  span: { startMs: number; endMs: number } | null = null,
): Layout {
  const x: ToPx = (ms) => ms * pxPerMs;
  const spanPx = span && { start: x(span.startMs), end: x(span.endMs) };
  let entries: Entry[] = items.map((item) => ({
    item,
    start: markerStartPx(item, x),
    end: markerEndPx(item, x),
    full: NaN,
  }));
  // Items covering the whole span (a decade seen a week at a time) each need a row of their own:
  // of the thousands there may be, only the first `capacity` in order can ever be placed.
  const unplaceable: TimelineItem[] = [];
  if (spanPx) {
    const covering: Entry[] = [];
    const others: Entry[] = [];
    for (const e of entries)
      (e.start <= spanPx.start && e.end >= spanPx.end ? covering : others).push(e);
    if (covering.length > capacity) {
      const first = smallest(
        covering,
        capacity,
        (a, b) => Number(b.item.key) - Number(a.item.key) || byOrder(a, b),
      );
      const kept = new Set(first);
      for (const e of covering) if (!kept.has(e)) unplaceable.push(e.item);
      entries = others.concat(first);
    }
  }
  entries.sort(byOrder);

  const fullOf = (item: TimelineItem): number => fullEndPx(item, x, labelPxOf(item));
  const all = pack(entries, capacity, spanPx, fullOf);
  if (all.overflow.length === 0 && unplaceable.length === 0) {
    return { pxPerMs, rows: trim(all.rows), clusters: [] };
  }
  const some = pack(keyFirst(entries), Math.max(capacity - 1, 0), spanPx, fullOf);
  return {
    pxPerMs,
    rows: trim(some.rows),
    clusters: withLump(clusterItems(some.overflow, pxPerMs), unplaceable, pxPerMs),
  };
}

/** The order items are placed in: narrow ones by time, then wider ones, narrowest first. */
function byOrder(a: Entry, b: Entry): number {
  const wa = a.end - a.start;
  const wb = b.end - b.start;
  const rank = (wa <= NARROW_PX ? 0 : wa) - (wb <= NARROW_PX ? 0 : wb);
  return rank || a.start - b.start || b.end - a.end || (a.item.id < b.item.id ? -1 : 1);
}

/** Key events first, each group in the order given (stable). */
function keyFirst(entries: readonly Entry[]): Entry[] {
  const key: Entry[] = [];
  const rest: Entry[] = [];
  for (const e of entries) (e.item.key ? key : rest).push(e);
  return key.length === 0 || rest.length === 0 ? [...entries] : key.concat(rest);
}

/** The `k` first of `list` in `order`, in that order (without sorting the whole list). */
function smallest<T>(list: readonly T[], k: number, order: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const x of list) {
    if (best.length === k && order(x, best[k - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && order(x, best[i - 1]!) < 0) i--;
    best.splice(i, 0, x);
    if (best.length > k) best.pop();
  }
  return best;
}

/** Drop empty rows at the end, so clusters sit right under the last used row. */
function trim(rows: TimelineItem[][]): TimelineItem[][] {
  let n = rows.length;
  while (n > 0 && rows[n - 1]!.length === 0) n--;
  return rows.slice(0, n);
}
