/**
 * Measurements for the browser benchmark (scripts/bench/browser.ts), only when the page is opened
 * with `?perf`: each timeline frame's draw time and what it showed, and the window, on
 * `window.__datelinePerf`. Without the flag nothing is recorded. (The first-paint marks are always
 * set: `performance.mark` costs nothing worth saving.)
 */
import type { TimeWindow } from '../model/window.ts';
import type { FrameInfo } from '../timeline/engine.ts';

export interface PerfRecord {
  /** How the data was loaded: dataset.json, all chunks, or chunks by time window. */
  source: string;
  /** Draw time of each frame, ms. */
  frames: number[];
  /** How many frames drew counts (level of detail) rather than events. */
  densityFrames: number;
  /** Per frame: `d` counts, `e` events, `E` events with a new layout; and the draw ms. */
  log: string[];
  /** The window of the last frame. */
  window: TimeWindow;
  /** What the last frame's labels showed (see FrameInfo.labels). */
  labels: FrameInfo['labels'];
}

declare global {
  interface Window {
    __datelinePerf?: PerfRecord;
  }
}

export function startPerf(search: string): void {
  if (!new URLSearchParams(search).has('perf')) return;
  window.__datelinePerf = {
    source: '',
    frames: [],
    densityFrames: 0,
    log: [],
    window: { startMs: 0, endMs: 0 },
    labels: { events: 0, labels: 0, chars: 0, keyLabels: 0 },
  };
}

/** Record a frame (a no-op without `?perf`). */
export function recordFrame(frame: FrameInfo): void {
  const perf = window.__datelinePerf;
  if (!perf) return;
  perf.frames.push(frame.drawMs);
  if (frame.mode === 'density') perf.densityFrames++;
  perf.log.push(
    `${frame.mode === 'density' ? 'd' : frame.laidOut ? 'E' : 'e'}${frame.drawMs.toFixed(0)}`,
  );
  perf.window = frame.win;
  perf.labels = frame.labels;
}

export function recordSource(source: string): void {
  const perf = window.__datelinePerf;
  if (perf) perf.source = source;
}

/** Whether frames are being recorded (to pass the callback to the engine only then). */
export function perfEnabled(): boolean {
  return window.__datelinePerf !== undefined;
}
