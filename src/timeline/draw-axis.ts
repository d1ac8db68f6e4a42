/**
 * The time axis: the month or year each stretch belongs to on the top line (the first one sticks
 * to the left edge), tick labels below it, and grid lines down through the rows.
 */
import { GEOMETRY as G } from './geometry.ts';
import type { TimelineTheme } from './theme.ts';
import { axisTicks } from './ticks.ts';
import { timeToPx, type TimeScale } from './time-scale.ts';

const MAJOR_BASELINE_PX = 15;
const MINOR_BASELINE_PX = 34;
const LABEL_INSET_PX = 4;
const LABEL_GAP_PX = 10;

export function drawAxis(
  ctx: CanvasRenderingContext2D,
  scale: TimeScale,
  heightPx: number,
  theme: TimelineTheme,
): void {
  const { minor, major } = axisTicks(scale);
  const width = scale.widthPx;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';

  // Grid: a faint line per tick, a stronger one per month or year.
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.grid;
  ctx.beginPath();
  for (const tick of minor) {
    const x = Math.round(timeToPx(scale, tick.ms)) + 0.5;
    if (x < 0 || x > width) continue;
    ctx.moveTo(x, G.axisHeightPx - 6);
    ctx.lineTo(x, heightPx);
  }
  ctx.stroke();
  ctx.strokeStyle = theme.gridMajor;
  ctx.beginPath();
  for (const tick of major) {
    const x = Math.round(timeToPx(scale, tick.ms)) + 0.5;
    if (x < 0 || x > width) continue;
    ctx.moveTo(x, 2);
    ctx.lineTo(x, heightPx);
  }
  ctx.moveTo(0, G.axisHeightPx + 0.5);
  ctx.lineTo(width, G.axisHeightPx + 0.5);
  ctx.stroke();

  // Tick labels, skipping any that would touch the one before.
  ctx.font = `12px ${theme.fontFamily}`;
  ctx.fillStyle = theme.muted;
  const minorBaseline =
    major.length > 0 ? MINOR_BASELINE_PX : (MAJOR_BASELINE_PX + MINOR_BASELINE_PX) / 2 + 4;
  let lastEnd = -Infinity;
  for (const tick of minor) {
    const x = timeToPx(scale, tick.ms) + LABEL_INSET_PX;
    const w = ctx.measureText(tick.label).width;
    if (x < lastEnd + LABEL_GAP_PX || x > width) continue;
    ctx.fillText(tick.label, x, minorBaseline);
    lastEnd = x + w;
  }

  // Month or year names; the first sticks to the left edge until the next pushes it out.
  ctx.font = `600 12px ${theme.fontFamily}`;
  ctx.fillStyle = theme.text;
  for (let i = 0; i < major.length; i++) {
    const tick = major[i]!;
    const w = ctx.measureText(tick.label).width;
    let x = Math.max(timeToPx(scale, tick.ms) + LABEL_INSET_PX, LABEL_INSET_PX);
    const next = major[i + 1];
    if (next) x = Math.min(x, timeToPx(scale, next.ms) - w - LABEL_GAP_PX);
    // Pushed past the left edge by the next one: a fragment would only be noise.
    if (x < LABEL_INSET_PX - 0.5 || x > width) continue;
    ctx.fillText(tick.label, x, MAJOR_BASELINE_PX);
  }
}
