/**
 * The mapping between time and horizontal pixels for one frame, and the two things a person does
 * to it: zoom around a point and pan. Times are ms since the epoch (UTC); pixels are CSS pixels
 * from the canvas' left edge.
 */
import { clampWindow, type TimeWindow, type ViewLimits } from '../model/window.ts';

export interface TimeScale {
  readonly startMs: number;
  readonly endMs: number;
  readonly widthPx: number;
  readonly pxPerMs: number;
}

export function timeScale(win: TimeWindow, widthPx: number): TimeScale {
  const spanMs = Math.max(win.endMs - win.startMs, 1);
  return { startMs: win.startMs, endMs: win.startMs + spanMs, widthPx, pxPerMs: widthPx / spanMs };
}

export function timeToPx(scale: TimeScale, tMs: number): number {
  return (tMs - scale.startMs) * scale.pxPerMs;
}

export function pxToTime(scale: TimeScale, xPx: number): number {
  return scale.startMs + xPx / scale.pxPerMs;
}

/**
 * The window zoomed by `factor` (> 1 zooms in) keeping the time under `anchorPx` where it is,
 * then kept within the limits.
 */
export function zoomAround(
  win: TimeWindow,
  widthPx: number,
  factor: number,
  anchorPx: number,
  limits: ViewLimits,
): TimeWindow {
  const scale = timeScale(win, widthPx);
  const anchorMs = pxToTime(scale, anchorPx);
  const spanMs = Math.min(
    Math.max((scale.endMs - scale.startMs) / factor, limits.minSpanMs),
    limits.maxSpanMs,
  );
  const startMs = anchorMs - (anchorPx / widthPx) * spanMs;
  return clampWindow({ startMs, endMs: startMs + spanMs }, limits);
}

/** The window moved so that the content follows a drag of `dxPx` (right = back in time). */
export function panBy(
  win: TimeWindow,
  widthPx: number,
  dxPx: number,
  limits: ViewLimits,
): TimeWindow {
  const deltaMs = (dxPx / widthPx) * (win.endMs - win.startMs);
  return clampWindow({ startMs: win.startMs - deltaMs, endMs: win.endMs - deltaMs }, limits);
}

/** Largest edge difference between two windows, in pixels at this width. */
export function windowDistancePx(a: TimeWindow, b: TimeWindow, widthPx: number): number {
  const pxPerMs = widthPx / Math.max(a.endMs - a.startMs, 1);
  return Math.max(Math.abs(a.startMs - b.startMs), Math.abs(a.endMs - b.endMs)) * pxPerMs;
}
