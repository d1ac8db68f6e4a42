/**
 * How many events fall in each stretch of time, for the overview strip. An event known only to
 * the month or year is spread over its whole span (one event in all), so a vague date shows as a
 * low wide bump rather than a spike at its first day. A `weight` counts a span as that many events
 * (a month of the manifest's overview, for events not loaded).
 */
import type { TimeWindow } from '../model/window.ts';

interface Spread {
  startMs: number;
  endMs: number;
  weight?: number;
}

/** Bins kept apart by series (event types, for the timeline's stacked bars). */
export interface SeriesBins<T> {
  /** The series an item counts in, 0 … count − 1. */
  of: (item: T) => number;
  count: number;
  /** Reused space, so a frame allocates nothing: the result (count × bins, series by series)… */
  out?: Float64Array;
  /** … and scratch (count × (bins + 1)). */
  inner?: Float64Array;
}

/**
 * Per bin, how much of the items falls in it: each spread evenly over its span, so the bins of an
 * item add up to its weight (1 by default). With `series`, series-major: bin b of series s at
 * s × bins + b.
 */
export function densityBins<T extends Spread>(
  items: readonly T[],
  extent: TimeWindow,
  binCount: number,
  series?: SeriesBins<T>,
): Float64Array {
  const n = Math.max(binCount, 1);
  const count = series?.count ?? 1;
  const bins = series?.out ?? new Float64Array(n * count);
  bins.fill(0, 0, n * count);
  // What lies wholly inside bins between an item's first and last goes into a difference
  // array (one step per item, however many bins it covers); the two partial ends directly.
  const inner = series?.inner ?? new Float64Array((n + 1) * count);
  inner.fill(0, 0, (n + 1) * count);
  const binMs = (extent.endMs - extent.startMs) / n;
  const binStart = (b: number): number => extent.startMs + b * binMs;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const first = Math.max(0, Math.floor((item.startMs - extent.startMs) / binMs));
    const last = Math.min(n - 1, Math.floor((item.endMs - 1 - extent.startMs) / binMs));
    if (last < first) continue;
    const s = series ? series.of(item) : 0;
    const at = s * n;
    const perMs = (item.weight ?? 1) / Math.max(item.endMs - item.startMs, 1);
    if (first === last) {
      bins[at + first]! +=
        (Math.min(item.endMs, binStart(first + 1)) - Math.max(item.startMs, binStart(first))) *
        perMs;
      continue;
    }
    bins[at + first]! += (binStart(first + 1) - Math.max(item.startMs, binStart(first))) * perMs;
    bins[at + last]! += (Math.min(item.endMs, binStart(last + 1)) - binStart(last)) * perMs;
    if (last > first + 1) {
      inner[s * (n + 1) + first + 1]! += binMs * perMs;
      inner[s * (n + 1) + last]! -= binMs * perMs;
    }
  }
  for (let s = 0; s < count; s++) {
    let run = 0;
    for (let b = 0; b < n; b++) {
      run += inner[s * (n + 1) + b]!;
      bins[s * n + b]! += run;
    }
  }
  return bins;
}
