/**
 * The timeline engine: owns a canvas inside a host element that React leaves empty, draws the
 * axis and the events in frames from the shared scheduler, and turns gestures into view changes.
 * It knows nothing of React or the store: it is told what to show (items, window, selection)
 * and reports what a person did (selected an event, moved the view, once it settles).
 */
import { EVENT_TYPE_LABELS } from '../model/labels.ts';
import type { TimeWindow, ViewLimits } from '../model/window.ts';
import { createSurface } from './canvas.ts';
import { visibleClusters } from './carry.ts';
import { clusterWindow, type Cluster } from './clusters.ts';
import { drawAxis } from './draw-axis.ts';
import { drawItems, LABEL_FONT_PX } from './draw-items.ts';
import { frameScheduler, type FrameScheduler } from './frame-scheduler.ts';
import { GEOMETRY as G, rowCapacity, type ToPx } from './geometry.ts';
import { attachGestures } from './gestures.ts';
import { hitTest, type Hit } from './hit-test.ts';
import type { TimelineItem } from './items.ts';
import { layoutItems, layoutScale, type Layout } from './layout.ts';
import { TextFitter } from './text-fit.ts';
import { readTheme } from './theme.ts';
import { panBy, pxToTime, timeScale, zoomAround } from './time-scale.ts';
import { createTooltip } from './tooltip.ts';
import { createViewState } from './view-state.ts';

export interface TimelineOptions {
  scheduler?: FrameScheduler;
  /** A person clicked or tapped an event. */
  onSelect(id: string): void;
  /** The window after a person moved it, once it has been still for a moment. */
  onViewSettled(win: TimeWindow): void;
  /** Every frame in which the window moved (keep it cheap: the overview strip listens). */
  onFrameWindow?(win: TimeWindow): void;
  /** A person asked for the default view (the 0 key). */
  onReset?(): void;
  /** The canvas' accessible name for a window showing `count` events. */
  describe(win: TimeWindow, count: number): string;
}

export interface TimelineEngine {
  setItems(items: readonly TimelineItem[]): void;
  setLimits(limits: ViewLimits): void;
  /** Show this window (from the URL or the store); ignored when it is what is shown already. */
  setWindow(win: TimeWindow, animate: boolean): void;
  /** Move as a person would (toolbar buttons, overview strip): reported once it settles. */
  moveTo(win: TimeWindow, animate: boolean): void;
  zoomBy(factor: number): void;
  setSelected(id: string | null): void;
  /** Pan (or zoom out) so that the event is in view, as a person's move. */
  reveal(id: string): void;
  /** Mark an event as if hovered (focus in the list). */
  setHighlighted(id: string | null): void;
  refreshTheme(): void;
  toBlob(): Promise<Blob | null>;
  focus(): void;
  destroy(): void;
}

const KEY_ZOOM = 1.6;
const TOUCH_SLOP_PX = 8;

export function createTimeline(host: HTMLElement, options: TimelineOptions): TimelineEngine {
  const scheduler = options.scheduler ?? frameScheduler;
  const surface = createSurface(host, 'tl-canvas');
  const { canvas } = surface;
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  const tooltip = createTooltip(host);
  let theme = readTheme(host);
  const measureCtx = document.createElement('canvas').getContext('2d')!;
  const fitter = new TextFitter((text) => measureCtx.measureText(text).width);
  const labelPxOf = (item: TimelineItem): number =>
    Math.min(fitter.width(item.title), G.maxLabelPx);

  let items: readonly TimelineItem[] = [];
  let byId = new Map<string, TimelineItem>();
  let selectedId: string | null = null;
  let pointerHoverId: string | null = null;
  let highlightedId: string | null = null;
  let layoutCache: {
    items: readonly TimelineItem[];
    level: number;
    capacity: number;
    layout: Layout;
  } | null = null;
  let lastFrame: { layout: Layout; x: ToPx; clusters: readonly Cluster[] } | null = null;
  let lastReported: TimeWindow | null = null;

  const widthPx = (): number => surface.widthPx || host.clientWidth || 1000;
  const request = (): void => scheduler.request(draw);
  const view = createViewState({
    request,
    settled(win) {
      describe();
      options.onViewSettled(win);
    },
  });

  function applyFont(): void {
    measureCtx.font = `${LABEL_FONT_PX}px ${theme.fontFamily}`;
    fitter.reset();
    layoutCache = null;
  }

  function layoutFor(pxPerMs: number, capacity: number): Layout {
    const level = layoutScale(pxPerMs);
    const c = layoutCache;
    if (c && c.items === items && c.level === level && c.capacity === capacity) return c.layout;
    const layout = layoutItems(items, level, capacity, labelPxOf);
    layoutCache = { items, level, capacity, layout };
    return layout;
  }

  function countInView(w: TimeWindow): number {
    let n = 0;
    for (const item of items) if (item.startMs < w.endMs && item.endMs > w.startMs) n++;
    return n;
  }

  function describe(): void {
    canvas.setAttribute('aria-label', options.describe(view.win, countInView(view.win)));
  }

  function draw(nowMs: number): void {
    if (view.step(nowMs)) request();
    const win = view.win;
    surface.fit();
    const { ctx, heightPx } = surface;
    const width = surface.widthPx;
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, width, heightPx);
    const scale = timeScale(win, width);
    const x: ToPx = (ms) => (ms - scale.startMs) * scale.pxPerMs;
    const layout = layoutFor(scale.pxPerMs, rowCapacity(heightPx));
    drawAxis(ctx, scale, heightPx, theme);
    const hoveredId = pointerHoverId ?? highlightedId;
    const frame = {
      ctx,
      widthPx: width,
      heightPx,
      layout,
      x,
      theme,
      fitter,
      labelPxOf,
      selectedId,
      hoveredId,
    };
    const clusters = visibleClusters(layout.clusters, x, (px) => pxToTime(scale, px));
    drawItems(frame, selectedId === null ? null : (byId.get(selectedId) ?? null), clusters);
    lastFrame = { layout, x, clusters };
    if (
      lastReported === null ||
      lastReported.startMs !== win.startMs ||
      lastReported.endMs !== win.endMs
    ) {
      lastReported = win;
      options.onFrameWindow?.(win);
    }
  }

  function hitAt(xPx: number, yPx: number, slopPx: number): Hit | null {
    return lastFrame ? hitTest({ ...lastFrame, labelPxOf }, xPx, yPx, slopPx) : null;
  }

  function hoverAt(xPx: number, yPx: number): void {
    const hit = hitAt(xPx, yPx, 2);
    const id = hit?.kind === 'item' ? hit.item.id : null;
    if (id !== pointerHoverId) {
      pointerHoverId = id;
      request();
    }
    canvas.style.cursor = hit ? (hit.kind === 'cluster' ? 'zoom-in' : 'pointer') : 'grab';
    if (hit?.kind === 'item') {
      const { item } = hit;
      const meta = `${item.dateText} · ${EVENT_TYPE_LABELS[item.type]}${item.future ? ' · expected' : ''}`;
      tooltip.show({ title: item.title, meta }, xPx, yPx);
    } else if (hit?.kind === 'cluster') {
      const n = hit.cluster.items.length;
      const title = n === 1 ? '1 more event here' : `${n} more events here`;
      // Spans longer than the view are shown by zooming out to them, not in.
      const to = clusterWindow(hit.cluster);
      const t = view.target();
      const zoomsIn = to.endMs - to.startMs < t.endMs - t.startMs;
      tooltip.show(
        { title, meta: zoomsIn ? 'Click to zoom in' : 'Click to zoom out to them' },
        xPx,
        yPx,
      );
    } else tooltip.hide();
  }

  function jump(edge: 'start' | 'end'): void {
    const t = view.target();
    const span = t.endMs - t.startMs;
    const margin = span * 0.04;
    const { minCenterMs, maxCenterMs } = view.limits;
    const startMs = edge === 'start' ? minCenterMs - margin : maxCenterMs + margin - span;
    view.animateTo({ startMs, endMs: startMs + span }, true);
  }

  const detachGestures = attachGestures(canvas, {
    zoomAt(factor, xPx, smooth) {
      const from = smooth ? view.target() : view.win;
      const next = zoomAround(from, widthPx(), factor, xPx, view.limits);
      if (smooth) view.animateTo(next, true);
      else view.moveNow(next);
    },
    panBy(dxPx) {
      view.moveNow(panBy(view.win, widthPx(), dxPx, view.limits));
    },
    tap(xPx, yPx, pointerType) {
      tooltip.hide();
      const hit = hitAt(xPx, yPx, pointerType === 'touch' ? TOUCH_SLOP_PX : 2);
      if (hit?.kind === 'item') options.onSelect(hit.item.id);
      else if (hit?.kind === 'cluster') view.animateTo(clusterWindow(hit.cluster), true);
    },
    hover: hoverAt,
    leave() {
      tooltip.hide();
      if (pointerHoverId !== null) {
        pointerHoverId = null;
        request();
      }
    },
    dragging(active) {
      tooltip.hide();
      canvas.style.cursor = active ? 'grabbing' : 'grab';
    },
    key(key, shiftKey) {
      const width = widthPx();
      if (key === '+' || key === '=') engine.zoomBy(KEY_ZOOM);
      else if (key === '-' || key === '_') engine.zoomBy(1 / KEY_ZOOM);
      else if (key === 'ArrowLeft' || key === 'ArrowRight') {
        const dx = (shiftKey ? 0.5 : 0.15) * width * (key === 'ArrowLeft' ? 1 : -1);
        view.animateTo(panBy(view.target(), width, dx, view.limits), true);
      } else if (key === 'Home') jump('start');
      else if (key === 'End') jump('end');
      else if (key === '0') options.onReset?.();
      else return false;
      return true;
    },
  });

  const resizeObserver = new ResizeObserver(request);
  resizeObserver.observe(host);
  applyFont();
  request();

  const engine: TimelineEngine = {
    setItems(next) {
      items = next;
      byId = new Map(next.map((i) => [i.id, i]));
      if (pointerHoverId !== null && !byId.has(pointerHoverId)) pointerHoverId = null;
      describe();
      request();
    },
    setLimits(next) {
      view.limits = next;
    },
    setWindow(next, animate) {
      if (view.show(next, animate, widthPx()) && !animate) describe();
    },
    moveTo(next, animate) {
      if (animate) view.animateTo(next, true);
      else view.moveNow(next);
    },
    zoomBy(factor) {
      const width = widthPx();
      view.animateTo(zoomAround(view.target(), width, factor, width / 2, view.limits), true);
    },
    setSelected(id) {
      if (id === selectedId) return;
      selectedId = id;
      request();
    },
    reveal(id) {
      const item = byId.get(id);
      if (!item) return;
      const t = view.target();
      const span = t.endMs - t.startMs;
      // In sight already when it reaches into the window, away from the very edges.
      const margin = span * 0.05;
      if (item.endMs > t.startMs + margin && item.startMs < t.endMs - margin) return;
      view.animateTo({ startMs: item.centerMs - span / 2, endMs: item.centerMs + span / 2 }, true);
    },
    setHighlighted(id) {
      if (id === highlightedId) return;
      highlightedId = id;
      request();
    },
    refreshTheme() {
      theme = readTheme(host);
      applyFont();
      request();
    },
    toBlob() {
      draw(performance.now());
      return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    },
    focus() {
      canvas.focus();
    },
    destroy() {
      view.dispose();
      scheduler.cancel(draw);
      resizeObserver.disconnect();
      detachGestures();
      tooltip.destroy();
      surface.destroy();
    },
  };
  return engine;
}
