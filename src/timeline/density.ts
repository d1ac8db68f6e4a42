/**
 * How many events fall in each stretch of time, for the overview strip. An event known only to
 * the month or year is spread over its whole span (one event in all), so a vague date shows as a
 * low wide bump rather than a spike at its first day. A `weight` counts a span as that many events
 * (a month of the manifest's overview, for events not loaded).
 */
import type { TimeWindow } from '../model/window.ts';

export function densityBins(
  items: readonly { startMs: number; endMs: number; weight?: number }[],
  extent: TimeWindow,
  binCount: number,
): Float64Array {
  const n = Math.max(binCount, 1);
  const bins = new Float64Array(n);
  // What lies wholly inside bins between an item's first and last goes into a difference
  // array (one step per item, however many bins it covers); the two partial ends directly.
  const inner = new Float64Array(n + 1);
  const binMs = (extent.endMs - extent.startMs) / n;
  const binStart = (b: number): number => extent.startMs + b * binMs;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const span = Math.max(item.endMs - item.startMs, 1);
    const perMs = (item.weight ?? 1) / span;
    const first = Math.max(0, Math.floor((item.startMs - extent.startMs) / binMs));
    const last = Math.min(n - 1, Math.floor((item.endMs - 1 - extent.startMs) / binMs));
    if (last < first) continue;
    if (first === last) {
      bins[first]! +=
        (Math.min(item.endMs, binStart(first + 1)) - Math.max(item.startMs, binStart(first))) *
        perMs;
      continue;
    }
    bins[first]! += (binStart(first + 1) - Math.max(item.startMs, binStart(first))) * perMs;
    bins[last]! += (Math.min(item.endMs, binStart(last + 1)) - binStart(last)) * perMs;
    if (last > first + 1) {
      inner[first + 1]! += binMs * perMs;
      inner[last]! -= binMs * perMs;
    }
  }
  let run = 0;
  for (let b = 0; b < n; b++) {
    run += inner[b]!;
    bins[b]! += run;
  }
  return bins;
}
