/**
 * The overview strip under the timeline: how the events spread over the whole dataset (all in
 * grey, those matching the filters in colour) and the timeline's window as a frame. Drag the frame
 * to move it, drag its edges to resize it, drag elsewhere to brush a new window, click to centre.
 */
import type { TimeWindow } from '../model/window.ts';
import { createSurface } from './canvas.ts';
import { densityBins } from './density.ts';
import { frameScheduler, type FrameScheduler } from './frame-scheduler.ts';
import { readTheme, withAlpha } from './theme.ts';
import { axisTicks } from './ticks.ts';
import { pxToTime, timeScale, timeToPx } from './time-scale.ts';

interface Span {
  startMs: number;
  endMs: number;
  /** How many events the span stands for (1 when absent). */
  weight?: number;
}

export interface OverviewOptions {
  scheduler?: FrameScheduler;
  /** A person moved the window here (`animate` for a click, not for a drag). */
  onMove(win: TimeWindow, animate: boolean): void;
}

export interface Overview {
  setData(all: readonly Span[], matching: readonly Span[]): void;
  /** The stretch of time the strip shows (the whole dataset, with a margin). */
  setExtent(extent: TimeWindow): void;
  /** The timeline's window, every frame it moves. */
  setWindow(win: TimeWindow): void;
  refreshTheme(): void;
  destroy(): void;
}

const BIN_PX = 3;
const LABEL_BAND_PX = 15;
const EDGE_GRAB_PX = 6;
const CLICK_SLOP_PX = 4;

type Drag =
  | { mode: 'move'; offsetMs: number }
  | { mode: 'start' | 'end' }
  | { mode: 'brush'; anchorMs: number; anchorPx: number; moved: boolean };

export function createOverview(host: HTMLElement, options: OverviewOptions): Overview {
  const scheduler = options.scheduler ?? frameScheduler;
  const surface = createSurface(host, 'ov-canvas');
  const { canvas } = surface;
  let theme = readTheme(host);
  let all: readonly Span[] = [];
  let matching: readonly Span[] = [];
  let extent: TimeWindow = { startMs: 0, endMs: 1 };
  let win: TimeWindow = { startMs: 0, endMs: 1 };
  let drag: Drag | null = null;
  const cached = (data: () => readonly Span[]) => {
    let key: unknown[] = [];
    let bins: Float64Array = new Float64Array(0);
    return (count: number): Float64Array => {
      const next = [data(), extent.startMs, extent.endMs, count];
      if (next.some((k, i) => k !== key[i])) {
        key = next;
        bins = densityBins(data(), extent, count);
      }
      return bins;
    };
  };
  const allBins = cached(() => all);
  const filteredBins = cached(() => matching);
  // Nothing filtered: the matching events are all of them, binned once.
  const matchingBins = (count: number): Float64Array =>
    matching === all ? allBins(count) : filteredBins(count);

  const request = (): void => scheduler.request(draw);
  const scale = () => timeScale(extent, surface.widthPx || host.clientWidth || 1);

  /** The bars and labels, drawn once per change of data, size or theme and copied every frame. */
  const layer = document.createElement('canvas');
  let layerKey: unknown[] = [];

  function drawLayer(widthPx: number, heightPx: number): void {
    const count = Math.max(1, Math.floor(widthPx / BIN_PX));
    const everything = allBins(count);
    const matchingValues = matchingBins(count);
    const key = [everything, matchingValues, canvas.width, canvas.height, theme];
    if (key.every((k, i) => k === layerKey[i])) return;
    layerKey = key;
    layer.width = canvas.width;
    layer.height = canvas.height;
    const ctx = layer.getContext('2d')!;
    ctx.setTransform(canvas.width / widthPx, 0, 0, canvas.height / heightPx, 0, 0);
    const s = scale();
    const barsHeight = heightPx - LABEL_BAND_PX;
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, widthPx, heightPx);
    let max = 1;
    for (const v of everything) max = Math.max(max, v);
    const binPx = widthPx / count;
    const bar = (values: Float64Array, color: string): void => {
      ctx.fillStyle = color;
      values.forEach((v, i) => {
        if (v <= 0) return;
        // Square root: a single event in a quiet year stays visible next to a busy one.
        const h = Math.max(1.5, Math.sqrt(v / max) * (barsHeight - 4));
        ctx.fillRect(i * binPx, barsHeight - h, Math.max(binPx - 0.5, 1), h);
      });
    };
    bar(everything, withAlpha(theme.neutral, 0.35));
    bar(matchingValues, theme.accent);

    ctx.font = `11px ${theme.fontFamily}`;
    ctx.fillStyle = theme.muted;
    ctx.textBaseline = 'alphabetic';
    let lastEnd = -Infinity;
    for (const tick of axisTicks(s).minor) {
      const x = timeToPx(s, tick.ms);
      if (x < lastEnd + 8 || x < 0 || x > widthPx - 20) continue;
      ctx.fillText(tick.label, x + 2, heightPx - 3);
      lastEnd = x + 2 + ctx.measureText(tick.label).width;
    }
  }

  function draw(): void {
    surface.fit();
    const { ctx, widthPx, heightPx } = surface;
    const s = scale();
    drawLayer(widthPx, heightPx);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(layer, 0, 0);
    surface.fit();

    // The window: everything outside it dimmed, a frame around it.
    const x0 = Math.max(timeToPx(s, win.startMs), -2);
    const x1 = Math.min(timeToPx(s, win.endMs), widthPx + 2);
    ctx.fillStyle = withAlpha(theme.background, 0.6);
    ctx.fillRect(0, 0, Math.max(x0, 0), heightPx);
    ctx.fillRect(x1, 0, widthPx - x1, heightPx);
    ctx.strokeStyle = theme.accent;
    ctx.lineWidth = 2;
    ctx.strokeRect(x0 + 1, 1, Math.max(x1 - x0 - 2, 2), heightPx - 2);
  }

  const local = (e: PointerEvent): number => e.clientX - canvas.getBoundingClientRect().left;

  function zoneAt(xPx: number): 'start' | 'end' | 'inside' | 'outside' {
    const s = scale();
    const x0 = timeToPx(s, win.startMs);
    const x1 = timeToPx(s, win.endMs);
    if (Math.abs(xPx - x0) <= EDGE_GRAB_PX && x1 - x0 > 3 * EDGE_GRAB_PX) return 'start';
    if (Math.abs(xPx - x1) <= EDGE_GRAB_PX && x1 - x0 > 3 * EDGE_GRAB_PX) return 'end';
    return xPx > x0 && xPx < x1 ? 'inside' : 'outside';
  }

  const cursors = { start: 'ew-resize', end: 'ew-resize', inside: 'grab', outside: 'crosshair' };

  function onPointerDown(e: PointerEvent): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const xPx = local(e);
    const t = pxToTime(scale(), xPx);
    const zone = zoneAt(xPx);
    canvas.setPointerCapture?.(e.pointerId);
    if (zone === 'inside') drag = { mode: 'move', offsetMs: t - win.startMs };
    else if (zone === 'outside') drag = { mode: 'brush', anchorMs: t, anchorPx: xPx, moved: false };
    else drag = { mode: zone };
    if (drag.mode === 'move') canvas.style.cursor = 'grabbing';
  }

  function onPointerMove(e: PointerEvent): void {
    const xPx = local(e);
    if (!drag) {
      canvas.style.cursor = cursors[zoneAt(xPx)];
      return;
    }
    const t = pxToTime(scale(), xPx);
    const span = win.endMs - win.startMs;
    if (drag.mode === 'move')
      options.onMove({ startMs: t - drag.offsetMs, endMs: t - drag.offsetMs + span }, false);
    else if (drag.mode === 'start')
      options.onMove({ startMs: Math.min(t, win.endMs - 1), endMs: win.endMs }, false);
    else if (drag.mode === 'end')
      options.onMove({ startMs: win.startMs, endMs: Math.max(t, win.startMs + 1) }, false);
    else if (
      drag.mode === 'brush' &&
      (drag.moved || Math.abs(xPx - drag.anchorPx) > CLICK_SLOP_PX)
    ) {
      drag.moved = true;
      options.onMove(
        { startMs: Math.min(t, drag.anchorMs), endMs: Math.max(t, drag.anchorMs) },
        false,
      );
    }
  }

  function onPointerUp(e: PointerEvent): void {
    if (drag?.mode === 'brush' && !drag.moved && e.type === 'pointerup') {
      const span = win.endMs - win.startMs;
      options.onMove({ startMs: drag.anchorMs - span / 2, endMs: drag.anchorMs + span / 2 }, true);
    }
    drag = null;
    canvas.style.cursor = cursors[zoneAt(local(e))];
  }

  canvas.setAttribute('aria-hidden', 'true');
  canvas.addEventListener('pointerdown', onPointerDown);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerup', onPointerUp);
  canvas.addEventListener('pointercancel', onPointerUp);
  const resizeObserver = new ResizeObserver(request);
  resizeObserver.observe(host);
  request();

  return {
    setData(nextAll, nextMatching) {
      all = nextAll;
      matching = nextMatching;
      request();
    },
    setExtent(next) {
      extent = next;
      request();
    },
    setWindow(next) {
      win = next;
      request();
    },
    refreshTheme() {
      theme = readTheme(host);
      request();
    },
    destroy() {
      scheduler.cancel(draw);
      resizeObserver.disconnect();
      surface.destroy();
    },
  };
}
