/**
 * Level of detail: when a view holds more events than can be drawn one by one, the timeline draws
 * how many there are instead, as bars stacked by event type. The counts come from a grid of
 * cumulative counts (one cell per day, or coarser for a very long extent), so a frame costs a few
 * lookups per bar whatever the number of events:
 *
 * - events that are loaded count exactly, each spread evenly over the days it may fall on (one
 *   event in all, as in the overview strip);
 * - events not loaded yet (a chunked dataset, far from where the view has been) count from the
 *   manifest's monthly overview, spread over their start month. The overview knows types, so the
 *   type filter applies to it; when other filters are on, it cannot be filtered, and those counts
 *   are kept apart (`unfiltered`) to be drawn in grey.
 *
 * Built when the events or filters change, not per frame.
 */
import { EVENT_TYPES, type EventType } from '../model/dataset.ts';
import { MS_PER_DAY } from '../model/dates.ts';
import type { TimeWindow } from '../model/window.ts';

/** Events not loaded that start in one stretch of time (a month of the manifest's overview). */
export interface BackgroundBin {
  startMs: number;
  endMs: number;
  /** Per event type, in the order of EVENT_TYPES. */
  counts: readonly number[];
}

/** What a frame needs to know about events that are not loaded. */
export interface PartialData {
  /** Counts of the events not loaded, by start month; only types the filter lets through. */
  bins: readonly BackgroundBin[];
  /** True when `bins` respect every filter (only the type filter can be applied to them). */
  exact: boolean;
  /** Stretches of time where some overlapping event is not loaded (sorted, disjoint). */
  unknown: readonly TimeWindow[];
}

export interface Spanned {
  startMs: number;
  endMs: number;
  type: EventType;
}

/** Number of stacked series: one per type, then the unfiltered background. */
export const SERIES = EVENT_TYPES.length + 1;
export const UNFILTERED = EVENT_TYPES.length;
const TYPE_INDEX = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));

/** The series an event type is counted in. */
export const seriesOf = (type: EventType): number => TYPE_INDEX.get(type) ?? UNFILTERED;
const MAX_CELLS = 32_768;

export class DensityGrid {
  readonly originMs: number;
  readonly cellMs: number;
  readonly cells: number;
  /** Cumulative counts, series-major: cum[s * (cells + 1) + i] = count of series s in cells [0, i). */
  private readonly cum: Float64Array;

  constructor(extent: TimeWindow, items: readonly Spanned[], partial: PartialData | null) {
    const days = Math.max(1, Math.ceil((extent.endMs - extent.startMs) / MS_PER_DAY));
    const daysPerCell = Math.max(1, Math.ceil(days / MAX_CELLS));
    this.cellMs = daysPerCell * MS_PER_DAY;
    this.originMs = Math.floor(extent.startMs / MS_PER_DAY) * MS_PER_DAY;
    this.cells = Math.max(1, Math.ceil((extent.endMs - this.originMs) / this.cellMs));
    const stride = this.cells + 1;
    // First the rate of each series per cell as a difference array, then two running sums.
    const cum = new Float64Array(stride * SERIES);
    const last = this.cells - 1;
    const { originMs, cellMs } = this;
    const add = (series: number, startMs: number, endMs: number, amount: number): void => {
      const a = Math.min(last, Math.max(0, Math.floor((startMs - originMs) / cellMs)));
      const b = Math.min(last, Math.max(a, Math.ceil((endMs - originMs) / cellMs) - 1));
      const rate = amount / (b - a + 1);
      cum[series * stride + a]! += rate;
      cum[series * stride + b + 1]! -= rate;
    };
    // The items' fields read once into typed arrays, then the arithmetic on those (faster in V8
    // than interleaving object reads with writes all over `cum`).
    const n = items.length;
    const startOf = new Float64Array(n);
    const endOf = new Float64Array(n);
    const seriesOf = new Uint8Array(n);
    let lastType: EventType | null = null;
    let lastSeries: number = UNFILTERED;
    for (let i = 0; i < n; i++) {
      const item = items[i]!;
      startOf[i] = item.startMs;
      endOf[i] = item.endMs;
      if (item.type !== lastType) {
        lastType = item.type;
        lastSeries = TYPE_INDEX.get(item.type) ?? UNFILTERED;
      }
      seriesOf[i] = lastSeries;
    }
    for (let i = 0; i < n; i++) {
      const a = Math.min(last, Math.max(0, Math.floor((startOf[i]! - originMs) / cellMs)));
      const b = Math.min(last, Math.max(a, Math.ceil((endOf[i]! - originMs) / cellMs) - 1));
      const base = seriesOf[i]! * stride;
      const rate = 1 / (b - a + 1);
      cum[base + a]! += rate;
      cum[base + b + 1]! -= rate;
    }
    for (const bin of partial?.bins ?? []) {
      if (partial!.exact) bin.counts.forEach((n, t) => n > 0 && add(t, bin.startMs, bin.endMs, n));
      else
        add(
          UNFILTERED,
          bin.startMs,
          bin.endMs,
          bin.counts.reduce((s, n) => s + n, 0),
        );
    }
    for (let s = 0; s < SERIES; s++) {
      let rate = 0;
      let total = 0;
      const base = s * stride;
      for (let i = 0; i < this.cells; i++) {
        rate += cum[base + i]!;
        cum[base + i] = total;
        total += rate;
      }
      cum[base + this.cells] = total;
    }
    this.cum = cum;
  }

  /** Cumulative count of `series` up to time `ms` (interpolated inside a cell). */
  at(series: number, ms: number): number {
    const p = (ms - this.originMs) / this.cellMs;
    const base = series * (this.cells + 1);
    if (p <= 0) return this.cum[base]!;
    if (p >= this.cells) return this.cum[base + this.cells]!;
    const i = Math.floor(p);
    const c0 = this.cum[base + i]!;
    return c0 + (p - i) * (this.cum[base + i + 1]! - c0);
  }

  /** Events (all series) overlapping [startMs, endMs), as spread over their days. */
  total(startMs: number, endMs: number): number {
    let n = 0;
    for (let s = 0; s < SERIES; s++) n += this.at(s, endMs) - this.at(s, startMs);
    return n;
  }
}

/** True when some part of `win` is in one of the sorted, disjoint `spans`. */
export function touches(spans: readonly TimeWindow[], win: TimeWindow): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.endMs <= win.startMs) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.startMs < win.endMs;
}
