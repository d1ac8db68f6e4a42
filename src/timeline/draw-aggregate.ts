/**
 * The level of detail for crowded views: a bar per few pixels, as tall as the square root of the
 * number of events there (relative to the busiest bar in view, as in the overview strip), split
 * by event type in the legend's colours; events that could not be filtered (not loaded) in grey.
 * A line of text says what the bars are. See aggregate.ts for where the counts come from.
 */
import { EVENT_TYPES } from '../model/dataset.ts';
import { SERIES, seriesOf, UNFILTERED, type DensityGrid, type Spanned } from './aggregate.ts';
import { densityBins } from './density.ts';
import { GEOMETRY as G } from './geometry.ts';
import { withAlpha, type TimelineTheme } from './theme.ts';
import type { TimeScale } from './time-scale.ts';

export const AGGREGATE_BIN_PX = 4;
/** The line of text above the bars saying what they are. */
export const NOTE_HEIGHT_PX = 20;

/** Scratch space reused from frame to frame (no allocation per frame once sized). */
export class AggregateScratch {
  edges = new Float64Array(0);
  mass = new Float64Array(0);
  totals = new Float64Array(0);
  stacked = new Float64Array(0);
  inner = new Float64Array(0);

  size(bins: number): void {
    if (this.totals.length >= bins) return;
    this.edges = new Float64Array((bins + 1) * SERIES);
    this.mass = new Float64Array(bins * SERIES);
    this.totals = new Float64Array(bins);
    this.stacked = new Float64Array(bins);
    this.inner = new Float64Array((bins + 1) * SERIES);
  }
}

/** Counts per bar and series for the frame: scratch.mass[s * bins + b]; returns the bar count. */
export function aggregateBins(
  grid: DensityGrid,
  scale: TimeScale,
  scratch: AggregateScratch,
): number {
  const bins = Math.ceil(scale.widthPx / AGGREGATE_BIN_PX);
  scratch.size(bins);
  const { edges, mass, totals } = scratch;
  const msPerBin = AGGREGATE_BIN_PX / scale.pxPerMs;
  for (let s = 0; s < SERIES; s++) {
    for (let b = 0; b <= bins; b++)
      edges[s * (bins + 1) + b] = grid.at(s, scale.startMs + b * msPerBin);
  }
  totals.fill(0, 0, bins);
  for (let s = 0; s < SERIES; s++) {
    for (let b = 0; b < bins; b++) {
      const m = Math.max(0, edges[s * (bins + 1) + b + 1]! - edges[s * (bins + 1) + b]!);
      mass[s * bins + b] = m;
      totals[b]! += m;
    }
  }
  return bins;
}

/**
 * As aggregateBins, straight from the items: each spread evenly over the time it may fall in.
 * Walking every item each frame is cheaper than building a grid for sets up to a few tens of
 * thousands (a filtered or searched subset), and exact to the millisecond rather than the day.
 */
export function binItems(
  items: readonly Spanned[],
  scale: TimeScale,
  scratch: AggregateScratch,
): number {
  const bins = Math.ceil(scale.widthPx / AGGREGATE_BIN_PX);
  scratch.size(bins);
  const { mass, inner, totals } = scratch;
  const endMs = scale.startMs + (bins * AGGREGATE_BIN_PX) / scale.pxPerMs;
  densityBins(items, { startMs: scale.startMs, endMs }, bins, {
    of: (item) => seriesOf(item.type),
    count: SERIES,
    out: mass,
    inner,
  });
  totals.fill(0, 0, bins);
  for (let s = 0; s < SERIES; s++) for (let b = 0; b < bins; b++) totals[b]! += mass[s * bins + b]!;
  return bins;
}

export interface AggregateFrame {
  ctx: CanvasRenderingContext2D;
  widthPx: number;
  heightPx: number;
  theme: TimelineTheme;
  scratch: AggregateScratch;
  bins: number;
  /** Events in view (rounded), for the note. */
  inView: number;
  /** Some bars include events the filters could not be applied to. */
  unfiltered: boolean;
}

export function drawAggregate(f: AggregateFrame): void {
  const { ctx, theme, scratch, bins } = f;
  const { mass, totals } = scratch;
  const top = G.rowsTopPx + NOTE_HEIGHT_PX;
  const bottom = f.heightPx - G.bottomPadPx;
  const height = Math.max(bottom - top, 10);
  let max = 0;
  for (let b = 0; b < bins; b++) max = Math.max(max, totals[b]!);
  if (max > 0) {
    const barPx = AGGREGATE_BIN_PX - 1;
    // Whole-pixel rectangles, one colour at a time: the cheapest thing a canvas can fill.
    const base = scratch.stacked;
    base.fill(0, 0, bins);
    for (let s = 0; s < SERIES; s++) {
      ctx.fillStyle =
        s === UNFILTERED
          ? withAlpha(theme.neutral, 0.45)
          : withAlpha(theme.types[EVENT_TYPES[s]!], 0.85);
      for (let b = 0; b < bins; b++) {
        const m = mass[s * bins + b]!;
        const total = totals[b]!;
        if (m <= 0 || total <= 0) continue;
        const barHeight = Math.max(2, Math.sqrt(total / max) * height);
        // Cumulative edges rounded, so the stack has no gaps or overlaps.
        const below = Math.round((barHeight * base[b]!) / total);
        base[b]! += m;
        const above = Math.round((barHeight * base[b]!) / total);
        if (above > below)
          ctx.fillRect(b * AGGREGATE_BIN_PX, Math.round(bottom) - above, barPx, above - below);
      }
    }
  }
  const count = f.inView.toLocaleString('en-US');
  const note = `${count} events in view, counted by type: zoom in to see them one by one${f.unfiltered ? ' (grey: not loaded yet, counted before filters)' : ''}`;
  ctx.font = `12px ${theme.fontFamily}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const w = ctx.measureText(note).width;
  ctx.fillStyle = withAlpha(theme.background, 0.85);
  ctx.fillRect(4, G.rowsTopPx - 2, w + 8, NOTE_HEIGHT_PX - 2);
  ctx.fillStyle = theme.muted;
  ctx.fillText(note, 8, G.rowsTopPx + NOTE_HEIGHT_PX / 2 - 2);
}
