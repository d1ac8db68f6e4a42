/** A span of time being selected on the axis: a band over the rows and what it holds, in words. */
import { GEOMETRY as G } from './geometry.ts';
import { withAlpha, type TimelineTheme } from './theme.ts';

export function drawBrush(
  ctx: CanvasRenderingContext2D,
  theme: TimelineTheme,
  band: { leftPx: number; rightPx: number; widthPx: number; heightPx: number },
  text: string,
): void {
  const { leftPx, rightPx, widthPx, heightPx } = band;
  ctx.fillStyle = withAlpha(theme.accent, 0.12);
  ctx.fillRect(leftPx, 0, rightPx - leftPx, heightPx);
  ctx.fillStyle = theme.accent;
  ctx.fillRect(leftPx, 0, 1, heightPx);
  ctx.fillRect(rightPx - 1, 0, 1, heightPx);
  // The words under the axis, at the band's start, kept inside the canvas.
  ctx.font = `600 12px ${theme.fontFamily}`;
  const w = ctx.measureText(text).width + 12;
  const x = Math.min(Math.max(leftPx, 0), Math.max(widthPx - w, 0));
  ctx.fillStyle = theme.background;
  ctx.fillRect(x, G.axisHeightPx + 2, w, 20);
  ctx.fillStyle = theme.text;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x + 6, G.axisHeightPx + 12);
}
