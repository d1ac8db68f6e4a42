/** Smooth moves between two windows: the middle glides, the span changes geometrically. */
import type { TimeWindow } from '../model/window.ts';

export function easeInOutCubic(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

export function interpolateWindow(a: TimeWindow, b: TimeWindow, t: number): TimeWindow {
  const midA = (a.startMs + a.endMs) / 2;
  const midB = (b.startMs + b.endMs) / 2;
  const spanA = a.endMs - a.startMs;
  const spanB = b.endMs - b.startMs;
  const mid = midA + (midB - midA) * t;
  const span = spanA * (spanB / spanA) ** t;
  return { startMs: mid - span / 2, endMs: mid + span / 2 };
}

export interface WindowAnimation {
  from: TimeWindow;
  to: TimeWindow;
  startedMs: number | null;
  durationMs: number;
  /** Whether a person asked for it (its end is then reported as a settled view). */
  byUser: boolean;
}

/** The window at `nowMs`, and whether the animation is over. */
export function stepAnimation(
  anim: WindowAnimation,
  nowMs: number,
): { win: TimeWindow; done: boolean } {
  if (anim.startedMs === null) anim.startedMs = nowMs;
  const t = Math.min(1, (nowMs - anim.startedMs) / anim.durationMs);
  return {
    win: t >= 1 ? anim.to : interpolateWindow(anim.from, anim.to, easeInOutCubic(t)),
    done: t >= 1,
  };
}
