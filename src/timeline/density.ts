/**
 * How many events fall in each stretch of time, for the overview strip. An event known only to
 * the month or year is spread over its whole span (one event in all), so a vague date shows as a
 * low wide bump rather than a spike at its first day.
 */
import type { TimeWindow } from '../model/window.ts';

export function densityBins(
  items: readonly { startMs: number; endMs: number }[],
  extent: TimeWindow,
  binCount: number,
): Float64Array {
  const bins = new Float64Array(Math.max(binCount, 1));
  const binMs = (extent.endMs - extent.startMs) / bins.length;
  for (const item of items) {
    const span = Math.max(item.endMs - item.startMs, 1);
    const first = Math.max(0, Math.floor((item.startMs - extent.startMs) / binMs));
    const last = Math.min(bins.length - 1, Math.floor((item.endMs - 1 - extent.startMs) / binMs));
    for (let b = first; b <= last; b++) {
      const binStart = extent.startMs + b * binMs;
      const overlap = Math.min(item.endMs, binStart + binMs) - Math.max(item.startMs, binStart);
      if (overlap > 0) bins[b]! += overlap / span;
    }
  }
  return bins;
}
