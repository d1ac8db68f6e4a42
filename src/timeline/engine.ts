/**
 * The timeline engine: owns a canvas inside a host element that React leaves empty, draws the
 * axis and the events in frames from the shared scheduler, and turns gestures into view changes.
 * It knows nothing of React or the store: it is told what to show (items, window, selection)
 * and reports what a person did (selected an event, moved the view, once it settles).
 *
 * Scale: a frame costs about the same with a thousand events or a million.
 * - Which items a window holds comes from an index (item-index.ts), never a scan.
 * - Level of detail: a view with more than DETAIL_MAX_IN_VIEW events, or one where not every
 *   event is loaded yet (a chunked dataset), shows counts by type (aggregate.ts) instead of
 *   the events one by one.
 * - Rows are laid out once per zoom step (layout.ts) and cached. Up to GLOBAL_LAYOUT_MAX events
 *   the layout covers all of them, so rows never change while panning. Beyond that, it covers the
 *   events around the view (three view widths) and is made again only when the view leaves them.
 */
import { EVENT_TYPE_LABELS, windowText } from '../model/labels.ts';
import type { TimeWindow, ViewLimits } from '../model/window.ts';
import { DensityGrid, touches, type PartialData } from './aggregate.ts';
import { createSurface } from './canvas.ts';
import { visibleClusters } from './carry.ts';
import { clusterWindow } from './clusters.ts';
import { AggregateScratch, aggregateBins, binItems, drawAggregate } from './draw-aggregate.ts';
import { drawAxis } from './draw-axis.ts';
import { drawBrush } from './draw-brush.ts';
import { drawItems, drawSelectionGuide, LABEL_FONT_PX, type LabelStats } from './draw-items.ts';
import { frameScheduler, type FrameScheduler } from './frame-scheduler.ts';
import { GEOMETRY as G, rowCapacity, type ToPx } from './geometry.ts';
import { attachGestures } from './gestures.ts';
import { hitTest, type Hit } from './hit-test.ts';
import { ItemIndex } from './item-index.ts';
import type { TimelineItem } from './items.ts';
import { layoutItems, layoutScale, type Layout } from './layout.ts';
import {
  drawLaneFrames,
  LANE_HEADER_PX,
  laneBands,
  type CachedLayout,
  type Lane,
} from './lanes.ts';
import { TextFitter } from './text-fit.ts';
import { drawKeyStrip, hitKeyStrip, keyCandidatesWhenReady, placeKeyStrip } from './key-strip.ts';
import { inSight, revealWindow } from './reveal.ts';
import { readTheme } from './theme.ts';
import { panBy, pxToTime, timeScale, zoomAround } from './time-scale.ts';
import { createTooltip } from './tooltip.ts';
import { createViewState } from './view-state.ts';

/** What the engine derives from one set of items. */
interface Derived {
  index: ItemIndex;
  /** The set's layouts, as a lane of it last cached them, made with label widths of `fontGeneration`. */
  layouts: CachedLayout[];
  fontGeneration: number;
  grid: {
    grid: DensityGrid;
    partial: PartialData | null;
    minCenterMs: number;
    maxCenterMs: number;
  } | null;
}

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
  /** A person asked for the next (1: the J key) or previous (-1: K) event in time. */
  onStep?(direction: 1 | -1): void;
  /** A person pressed Enter on the timeline: open the event it shows. */
  onActivate?(): void;
  /** A span of time is being selected (its size in words), or no longer (null). */
  onSelecting?(description: string | null): void;
  /**
   * Whether a change of the canvas' width keeps the scale (the window's start stays, its end
   * follows the width) rather than the window: true for a window a person chose, so opening a
   * side panel does not squeeze every label; false while the view fits all the events.
   */
  keepsScale?(): boolean;
  /** The canvas' accessible name for a window showing `count` events (`approximate` when not all are loaded). */
  describe(win: TimeWindow, count: number, approximate: boolean): string;
  /** After each frame: how long it took to draw and what it showed (for measurements). */
  onFrameDrawn?(frame: FrameInfo): void;
}

export interface FrameInfo {
  drawMs: number;
  win: TimeWindow;
  /** Events one by one, or counts by type (level of detail). */
  mode: 'events' | 'density';
  inView: number;
  /** Rows were laid out for this frame (a new zoom step, or the view left the last layout). */
  laidOut: boolean;
  /** Events drawn one by one, how many had a label, and the labels' characters (zero for counts). */
  labels: LabelStats;
}

export interface TimelineEngine {
  /** The matching events, sorted by start. */
  setItems(items: readonly TimelineItem[]): void;
  /**
   * Split the rows into lanes, one above the other under the one axis, each the items of one
   * lane sorted by start (null: one set of rows for every item). An event may be in several
   * lanes; hovered or selected, its copies are linked by a line. Each lane has its own rows,
   * counts and key events.
   */
  setLanes(lanes: readonly (readonly TimelineItem[])[] | null): void;
  /** What is known of events that are not loaded (a chunked dataset); null when all are. */
  setPartial(partial: PartialData | null): void;
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
  /**
   * A panel over the page (the details drawer) hides the timeline from this page x on; null when
   * nothing does. Labels stop at its edge and the selected event is kept out from under it.
   */
  setCoveredFrom(pageXPx: number | null): void;
  refreshTheme(): void;
  /** `performance.mark(name)` once the next frame is drawn. */
  markNextFrame(name: string): void;
  toBlob(): Promise<Blob | null>;
  focus(): void;
  destroy(): void;
}

const KEY_ZOOM = 1.6;
/** On the axis band, where a drag selects a span of time rather than panning. */
const onAxis = (yPx: number): boolean => yPx < G.axisHeightPx;
/** A selection on the axis narrower than this is taken as a slip, not a span. */
const MIN_BRUSH_PX = 6;
const TOUCH_SLOP_PX = 8;
/**
 * More events than this starting in view are shown as counts (and back to events below 80% of
 * it). Long spans reaching in from before the view do not count: they are carried to one pill.
 */
export const DETAIL_MAX_IN_VIEW = 800;
/** Up to this many events, one layout per zoom step covers them all. */
export const GLOBAL_LAYOUT_MAX = 4000;
/** A click on the counts zooms in this much around the pointer. */
const DENSITY_ZOOM = 4;
/** The hover card of the counts sums this many pixels around the pointer. */
const DENSITY_HOVER_PX = 16;
const MAX_CACHED_LAYOUTS = 8;
/** Up to this many items, the density bars are binned from the items every frame (no grid to build). */
const DIRECT_BIN_MAX_ITEMS = 30_000;
/** While the view moves, rows may lag behind the zoom; they catch up once it is still this long. */
const REFINE_MS = 150;
/** A layout made while moving is this many zoom steps (of 2^(1/8)) coarser than needed. */
const COARSER_STEPS = 4;
export const FIRST_PAINT_MARK = 'dateline:first-paint';

type EngineHit = Hit | { kind: 'density'; startMs: number; endMs: number; count: number };

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
  // Laying out thousands of labels at a new zoom step: their widths from character widths.
  const layoutLabelPxOf = (item: TimelineItem): number =>
    Math.min(fitter.estimate(item.title), G.maxLabelPx);
  const stripWidths = {
    exact: labelPxOf,
    estimate: (item: TimelineItem) => Math.min(fitter.quickWidth(item.title), G.maxLabelPx),
  };

  let items: readonly TimelineItem[] = [];
  let index = new ItemIndex(items);
  let partial: PartialData | null = null;
  // Index, grid and layouts of each item set seen: clearing a filter brings back the very same
  // set (the unfiltered one), which then repaints without rebuilding any of them.
  const derived = new WeakMap<readonly TimelineItem[], Derived>();
  /** Counts changes of the label font: layouts made before one measured labels otherwise. */
  let fontGeneration = 0;
  /** Every matching item in one set of rows; `lanes`, when set, are drawn instead. */
  let main = newLane(items);
  let lanes: Lane[] | null = null;
  const scratch = new AggregateScratch();
  let selectedId: string | null = null;
  let selectedItem: TimelineItem | null = null;
  let pointerHoverId: string | null = null;
  let highlightedId: string | null = null;
  /** Where each drawn lane was in the last frame, for hit tests. */
  let drawn: readonly Lane[] = [];
  let lastReported: TimeWindow | null = null;
  let painted = false;
  let marks: string[] = [];
  /** The accessible name is due for an update (done after the next frame, not on every change). */
  let describeDue = true;
  let laidOut = false;
  let lastMoveMs = -Infinity;
  let lastPxPerMs = 0;
  let refineTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * A span of time being selected: by a drag on the axis, or with Shift and the arrows (from an
   * anchor at the middle of the view). Shown as a band until released, applied or given up.
   */
  let selecting: { anchorMs: number; focusMs: number } | null = null;
  let coveredFromPageX: number | null = null;
  /** CSS pixels at the canvas' right hidden under a panel, as of the last frame. */
  let coveredPx = 0;

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
    fontGeneration++;
    for (const lane of [main, ...(lanes ?? [])]) lane.layouts = [];
  }

  /** A lane for a set of items, with the index, grid and layouts made before for the same set. */
  function newLane(laneItems: readonly TimelineItem[]): Lane {
    let d = derived.get(laneItems);
    if (!d) {
      d = { index: new ItemIndex(laneItems), layouts: [], fontGeneration, grid: null };
      derived.set(laneItems, d);
    }
    return {
      items: laneItems,
      index: d.index,
      grid: null,
      layouts: d.fontGeneration === fontGeneration ? d.layouts : [],
      density: false,
      frame: null,
      band: { topPx: 0, heightPx: 0, offsetPx: 0, drawHeightPx: 0 },
    };
  }

  /**
   * The rows for this frame. A layout made for a scale stays valid at every finer one, so while
   * the view moves (a zoom in, a drag) the finest valid layout in the cache is used; zooming out,
   * a new one is made half an octave coarser than needed (valid for the next steps out too). Once
   * the view has been still for REFINE_MS, the layout for the exact zoom step is made.
   */
  function layoutFor(lane: Lane, win: TimeWindow, pxPerMs: number, capacity: number): Layout {
    const { items: laneItems, index: laneIndex } = lane;
    let layouts = lane.layouts;
    const exact = layoutScale(pxPerMs);
    const moving = performance.now() - lastMoveMs < REFINE_MS;
    const covers = (c: CachedLayout): boolean =>
      c.items === laneItems &&
      c.capacity === capacity &&
      c.level <= exact &&
      (c.span === null || (c.span.startMs <= win.startMs && c.span.endMs >= win.endMs));
    let best = -1;
    for (let i = 0; i < layouts.length; i++) {
      const c = layouts[i]!;
      if (!covers(c)) continue;
      if (c.level === exact) {
        best = i;
        break;
      }
      if (moving && (best < 0 || c.level > layouts[best]!.level)) best = i;
    }
    if (best >= 0) {
      const hit = layouts[best]!;
      if (best > 0) keepLayouts(lane, [hit, ...layouts.slice(0, best), ...layouts.slice(best + 1)]);
      if (hit.level !== exact) refineSoon();
      return hit.layout;
    }
    // Zooming out, the next frames need coarser layouts still: make one that serves them too.
    const zoomingOut = moving && pxPerMs < lastPxPerMs;
    const level = zoomingOut
      ? 2 ** ((Math.round(Math.log2(exact) * 8) - COARSER_STEPS) / 8)
      : exact;
    if (level !== exact) refineSoon();
    let span: TimeWindow | null = null;
    let subset = laneItems;
    if (laneItems.length > GLOBAL_LAYOUT_MAX) {
      // The events around the view: a view width (at this layout step) each side of it.
      const width = surface.widthPx / level;
      const mid = (win.startMs + win.endMs) / 2;
      span = { startMs: mid - 1.5 * width, endMs: mid + 1.5 * width };
      subset = laneIndex.overlapping(span);
    }
    const layout = layoutItems(subset, level, capacity, layoutLabelPxOf, span);
    laidOut = true;
    layouts = [{ items: laneItems, level, capacity, span, layout }, ...layouts];
    keepLayouts(lane, layouts.slice(0, MAX_CACHED_LAYOUTS));
    return layout;
  }

  /** The lane's cached layouts, kept with its item set too (for the next lane of the same set). */
  function keepLayouts(lane: Lane, layouts: CachedLayout[]): void {
    lane.layouts = layouts;
    const d = derived.get(lane.items);
    if (!d) return;
    d.layouts = layouts;
    d.fontGeneration = fontGeneration;
  }

  function refineSoon(): void {
    if (refineTimer !== null) return;
    refineTimer = setTimeout(() => {
      refineTimer = null;
      request();
    }, REFINE_MS + 20);
  }

  /** What the lane knows of events not loaded: all of it for the one set of rows, none for a lane. */
  const partialOf = (lane: Lane): PartialData | null => (lane === main ? partial : null);

  function gridFor(lane: Lane): DensityGrid {
    if (!lane.grid) {
      const { minCenterMs, maxCenterMs } = view.limits;
      const known = partialOf(lane);
      lane.grid = new DensityGrid({ startMs: minCenterMs, endMs: maxCenterMs }, lane.items, known);
      const d = derived.get(lane.items);
      if (d) d.grid = { grid: lane.grid, partial: known, minCenterMs, maxCenterMs };
    }
    return lane.grid;
  }

  /** The grid built before for the lane's items, partial data and limits, if any. */
  function reusableGrid(lane: Lane): DensityGrid | null {
    const g = derived.get(lane.items)?.grid;
    const { minCenterMs, maxCenterMs } = view.limits;
    return g &&
      g.partial === partialOf(lane) &&
      g.minCenterMs === minCenterMs &&
      g.maxCenterMs === maxCenterMs
      ? g.grid
      : null;
  }

  /** Events overlapping `w`: exact when all are loaded there, else with the overview's counts. */
  function countInView(w: TimeWindow): { count: number; approximate: boolean } {
    const exact = index.count(w);
    if (!partial || !touches(partial.unknown, w)) return { count: exact, approximate: false };
    const g = gridFor(main);
    return { count: Math.round(g.total(w.startMs, w.endMs)), approximate: true };
  }

  function describe(): void {
    const { count, approximate } = countInView(view.win);
    canvas.setAttribute('aria-label', options.describe(view.win, count, approximate));
  }

  function draw(nowMs: number): void {
    const started = performance.now();
    // The canvas first: a new width may move the window (resized) before this frame reads it.
    const widthBefore = surface.widthPx;
    if (surface.fit()) resized(widthBefore);
    measureCover();
    if (view.step(nowMs)) request();
    const win = view.win;
    if (
      lastReported &&
      (lastReported.startMs !== win.startMs || lastReported.endMs !== win.endMs)
    ) {
      lastMoveMs = performance.now();
    }
    const { ctx, heightPx } = surface;
    const width = surface.widthPx;
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, width, heightPx);
    const scale = timeScale(win, width);
    const x: ToPx = (ms) => (ms - scale.startMs) * scale.pxPerMs;
    drawAxis(ctx, scale, heightPx, theme);
    const inView = countInView(win);
    drawn = lanes ?? [main];
    placeLanes(drawn, heightPx);
    const labels: LabelStats = { events: 0, labels: 0, chars: 0, keyLabels: 0 };
    for (const lane of drawn) {
      const { band } = lane;
      ctx.save();
      if (lanes) {
        ctx.beginPath();
        ctx.rect(0, band.topPx, width, band.heightPx);
        ctx.clip();
        ctx.translate(0, band.offsetPx);
      }
      const stats = drawLane(lane, scale, x, width, win, inView);
      ctx.restore();
      labels.events += stats.events;
      labels.labels += stats.labels;
      labels.chars += stats.chars;
      labels.keyLabels += stats.keyLabels;
    }
    if (lanes) {
      const linked = new Set([selectedId, pointerHoverId ?? highlightedId]);
      drawLaneFrames({ ctx, theme, x, widthPx: width }, drawn, linked);
    }
    if (selecting) drawSelectedSpan(ctx, selecting, x, heightPx);
    lastPxPerMs = scale.pxPerMs;
    if (!painted && (items.length > 0 || (partial?.bins.length ?? 0) > 0)) {
      painted = true;
      performance.mark(FIRST_PAINT_MARK);
    }
    if (marks.length > 0) {
      for (const name of marks) performance.mark(name);
      marks = [];
    }
    if (describeDue) {
      describeDue = false;
      describe();
    }
    if (
      lastReported === null ||
      lastReported.startMs !== win.startMs ||
      lastReported.endMs !== win.endMs
    ) {
      lastReported = win;
      options.onFrameWindow?.(win);
    }
    options.onFrameDrawn?.({
      drawMs: performance.now() - started,
      win,
      mode: drawn.some((lane) => lane.density) ? 'density' : 'events',
      inView: inView.count,
      laidOut,
      labels,
    });
    laidOut = false;
  }

  /**
   * One lane's events, or its counts by type when it holds too many in view (or not all are
   * loaded): drawn as if it were the whole canvas, `lane.band.drawHeightPx` high (the caller
   * clips and moves it into its band).
   */
  function drawLane(
    lane: Lane,
    scale: ReturnType<typeof timeScale>,
    x: ToPx,
    width: number,
    win: TimeWindow,
    inView: { count: number; approximate: boolean },
  ): LabelStats {
    const { ctx } = surface;
    const heightPx = lane.band.drawHeightPx;
    const approximate = lane === main && inView.approximate;
    const starting = lane.index.countStarting(win);
    lane.density =
      approximate || starting > (lane.density ? 0.8 * DETAIL_MAX_IN_VIEW : DETAIL_MAX_IN_VIEW);
    if (lane.density) {
      if (selectedItem) drawSelectionGuide({ ctx, theme, x, heightPx }, selectedItem);
      // A small set is binned directly every frame; a large one (or one with events not loaded,
      // counted from the overview) through the grid, built once per set.
      const bins =
        partialOf(lane) === null && lane.items.length <= DIRECT_BIN_MAX_ITEMS
          ? binItems(lane.items, scale, scratch)
          : aggregateBins(gridFor(lane), scale, scratch);
      drawAggregate({
        ctx,
        widthPx: width,
        heightPx,
        theme,
        scratch,
        bins,
        inView: lane === main ? inView.count : lane.index.count(win),
        unfiltered:
          lane === main && partial !== null && !partial.exact && touches(partial.unknown, win),
      });
      // What happened, over how much: the key events in view named above the bars.
      const candidates = keyCandidatesWhenReady(lane.items, request);
      const strip = candidates ? placeKeyStrip(candidates, x, width - coveredPx, stripWidths) : [];
      ctx.font = `${LABEL_FONT_PX}px ${theme.fontFamily}`;
      drawKeyStrip(
        { ctx, theme, fitter, selectedId, hoveredId: pointerHoverId ?? highlightedId },
        strip,
      );
      lane.frame = { mode: 'density', startMs: scale.startMs, pxPerMs: scale.pxPerMs, strip };
      return { events: strip.length, labels: strip.length, chars: 0, keyLabels: strip.length };
    }
    const layout = layoutFor(lane, win, scale.pxPerMs, rowCapacity(heightPx));
    const frame = {
      ctx,
      // What is under a covering panel is not drawn: labels stop at its edge.
      widthPx: width - coveredPx,
      heightPx,
      layout,
      x,
      theme,
      fitter,
      labelPxOf,
      selectedId,
      hoveredId: pointerHoverId ?? highlightedId,
    };
    const clusters = visibleClusters(layout.clusters, x, (px) => pxToTime(scale, px));
    lane.frame = { mode: 'events', layout, x, widthPx: width - coveredPx, clusters };
    return drawItems(frame, selectedItem, clusters);
  }

  /**
   * Lanes share the canvas below the axis equally (laneBands); in each, the rows start under a
   * header strip that the page labels (the lane's name and its actions are page elements).
   */
  function placeLanes(drawnLanes: readonly Lane[], heightPx: number): void {
    if (!lanes) {
      main.band = { topPx: 0, heightPx, offsetPx: 0, drawHeightPx: heightPx };
      return;
    }
    laneBands(heightPx, drawnLanes.length).forEach((band, i) => {
      drawnLanes[i]!.band = {
        ...band,
        offsetPx: band.topPx + LANE_HEADER_PX - G.rowsTopPx,
        drawHeightPx: G.rowsTopPx + band.heightPx - LANE_HEADER_PX,
      };
    });
  }

  /** The lane drawn at canvas y, and y as that lane's drawing sees it. */
  function laneAt(yPx: number): { lane: Lane; yPx: number } | null {
    for (const lane of drawn) {
      const { topPx, heightPx, offsetPx } = lane.band;
      if (yPx >= topPx && yPx < topPx + heightPx) return { lane, yPx: yPx - offsetPx };
    }
    return null;
  }

  function hitAt(xPx: number, canvasYPx: number, slopPx: number): EngineHit | null {
    const at = laneAt(canvasYPx);
    const frame = at?.lane.frame;
    if (!at || !frame) return null;
    const { yPx } = at;
    if (frame.mode === 'events') return hitTest({ ...frame, labelPxOf }, xPx, yPx, slopPx);
    if (yPx < G.rowsTopPx) return null;
    const named = hitKeyStrip(frame.strip, xPx, yPx, slopPx);
    if (named) return { kind: 'item', item: named.item, row: named.row };
    const left = Math.floor(xPx / DENSITY_HOVER_PX) * DENSITY_HOVER_PX;
    const startMs = frame.startMs + left / frame.pxPerMs;
    const endMs = startMs + DENSITY_HOVER_PX / frame.pxPerMs;
    const count = gridFor(at.lane).total(startMs, endMs);
    return count >= 0.5 ? { kind: 'density', startMs, endMs, count: Math.round(count) } : null;
  }

  function hoverAt(xPx: number, yPx: number): void {
    const hit = hitAt(xPx, yPx, 2);
    const id = hit?.kind === 'item' ? hit.item.id : null;
    if (id !== pointerHoverId) {
      pointerHoverId = id;
      request();
    }
    // On the axis a drag selects a span of time: a cross-hair says so.
    canvas.style.cursor = hit
      ? hit.kind === 'item'
        ? 'pointer'
        : 'zoom-in'
      : onAxis(yPx)
        ? 'crosshair'
        : 'grab';
    if (hit?.kind === 'density') {
      tooltip.show(
        {
          title:
            hit.count === 1 ? 'About 1 event' : `About ${hit.count.toLocaleString('en-US')} events`,
          meta: `${windowText(hit)} · click to zoom in`,
        },
        xPx,
        yPx,
      );
    } else if (hit?.kind === 'item') {
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

  /**
   * The canvas is now `surface.widthPx` wide, was `beforePx`: with keepsScale, the window keeps
   * its start and scale (its end follows the width), and the selected event, in view before,
   * stays in view.
   */
  function resized(beforePx: number): void {
    const afterPx = surface.widthPx;
    if (beforePx <= 1 || afterPx === beforePx || !options.keepsScale?.()) return;
    const t = view.target();
    const wasInView = selectedItem !== null && inSight(selectedItem, t, 1);
    const endMs = t.startMs + ((t.endMs - t.startMs) * afterPx) / beforePx;
    view.moveNow({ startMs: t.startMs, endMs });
    if (wasInView) bringIntoSight(selectedItem!, false);
  }

  /** How much of the canvas the covering panel hides; keeps the selected event out from under it. */
  function measureCover(): void {
    let px = 0;
    if (coveredFromPageX !== null) {
      const rect = canvas.getBoundingClientRect();
      px = Math.min(Math.max(rect.right - coveredFromPageX, 0), surface.widthPx);
    }
    if (px === coveredPx) return;
    const t = view.target();
    const wasInView = selectedItem !== null && inSight(selectedItem, t, 1);
    coveredPx = px;
    // The view may go as far as brings the data's edge to the middle of the part not covered.
    view.limits = { ...view.limits, visibleFraction: visibleFraction() };
    if (wasInView && !inSight(selectedItem!, t, visibleFraction()))
      bringIntoSight(selectedItem!, true);
  }

  /** The part of the canvas a person can see (left of a panel covering it), as a share. */
  const visibleFraction = (): number => Math.max(widthPx() - coveredPx, 1) / widthPx();

  function bringIntoSight(item: TimelineItem, animate: boolean): void {
    const next = revealWindow(item, view.target(), visibleFraction());
    if (animate) view.animateTo(next, true);
    else view.moveNow(next);
  }

  const selectedSpan = (sel: { anchorMs: number; focusMs: number }): TimeWindow => ({
    startMs: Math.min(sel.anchorMs, sel.focusMs),
    endMs: Math.max(sel.anchorMs, sel.focusMs),
  });

  /** The selection in words: "12 events · 3 Feb – 9 Feb 2008". */
  function spanText(span: TimeWindow): string {
    const { count, approximate } = countInView(span);
    return `${approximate ? 'about ' : ''}${count} ${count === 1 ? 'event' : 'events'} · ${windowText(span)}`;
  }

  /** The selection's band over the rows and its size in words. */
  function drawSelectedSpan(
    ctx: CanvasRenderingContext2D,
    sel: { anchorMs: number; focusMs: number },
    x: ToPx,
    heightPx: number,
  ): void {
    const span = selectedSpan(sel);
    const band = {
      leftPx: x(span.startMs),
      rightPx: x(span.endMs),
      widthPx: surface.widthPx,
      heightPx,
    };
    drawBrush(ctx, theme, band, spanText(span));
  }

  /**
   * Select from the anchor to `focusMs` (null: give the selection up). A keyboard selection is
   * said in words too (onSelecting); a drag is not, move by move: that would be a React render
   * per pointer move, and the band shows it.
   */
  function select(next: { anchorMs: number; focusMs: number } | null, say = false): void {
    const was = selecting;
    selecting = next;
    if (say || (next === null && was !== null))
      options.onSelecting?.(next ? spanText(selectedSpan(next)) : null);
    request();
  }

  /** The selection becomes the view, as a person's move (so it reaches the link). */
  function applySelection(): void {
    if (!selecting) return;
    const span = selectedSpan(selecting);
    const pxPerMs = widthPx() / (view.win.endMs - view.win.startMs);
    select(null);
    if ((span.endMs - span.startMs) * pxPerMs >= MIN_BRUSH_PX) view.animateTo(span, true);
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
      // What the card described moves away: it goes until the pointer moves again.
      tooltip.hide();
      const from = smooth ? view.target() : view.win;
      const next = zoomAround(from, widthPx(), factor, xPx, view.limits);
      if (smooth) view.animateTo(next, true);
      else view.moveNow(next);
    },
    panBy(dxPx) {
      tooltip.hide();
      view.moveNow(panBy(view.win, widthPx(), dxPx, view.limits));
    },
    tap(xPx, yPx, pointerType) {
      tooltip.hide();
      const hit = hitAt(xPx, yPx, pointerType === 'touch' ? TOUCH_SLOP_PX : 2);
      if (hit?.kind === 'item') options.onSelect(hit.item.id);
      else if (hit?.kind === 'cluster') view.animateTo(clusterWindow(hit.cluster), true);
      else if (hit?.kind === 'density') {
        view.animateTo(zoomAround(view.target(), widthPx(), DENSITY_ZOOM, xPx, view.limits), true);
      }
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
      else if ((key === 'ArrowLeft' || key === 'ArrowRight') && shiftKey) {
        // Select: the far edge moves a twentieth of the view per press, from the middle.
        const t = view.target();
        const stepMs = ((t.endMs - t.startMs) / 20) * (key === 'ArrowLeft' ? -1 : 1);
        const anchorMs = selecting?.anchorMs ?? (t.startMs + t.endMs) / 2;
        select({ anchorMs, focusMs: (selecting?.focusMs ?? anchorMs) + stepMs }, true);
      } else if (key === 'ArrowLeft' || key === 'ArrowRight') {
        const dx = 0.15 * width * (key === 'ArrowLeft' ? 1 : -1);
        view.animateTo(panBy(view.target(), width, dx, view.limits), true);
      } else if (key === 'Enter' && selecting) applySelection();
      else if (key === 'Escape' && selecting) select(null);
      else if (key === 'Home') jump('start');
      else if (key === 'End') jump('end');
      else if (key === '0') options.onReset?.();
      else if ((key === 'j' || key === 'J') && options.onStep) options.onStep(1);
      else if ((key === 'k' || key === 'K') && options.onStep) options.onStep(-1);
      else if (key === 'Enter' && options.onActivate) options.onActivate();
      else return false;
      return true;
    },
    brushes: onAxis,
    brush(fromPx, toPx, phase) {
      tooltip.hide();
      const scale = timeScale(view.win, widthPx());
      const at = (px: number): number => pxToTime(scale, Math.min(Math.max(px, 0), widthPx()));
      if (phase === 'cancel') select(null);
      else select({ anchorMs: at(fromPx), focusMs: at(toPx) });
      if (phase === 'end') applySelection();
    },
  });

  const resizeObserver = new ResizeObserver(request);
  resizeObserver.observe(host);
  applyFont();
  request();

  const engine: TimelineEngine = {
    setItems(next) {
      items = next;
      // Counts stay counts down to 80% of the threshold, whatever the set: no flicker on a filter.
      const density = main.density;
      main = newLane(next);
      main.density = density;
      index = main.index;
      main.grid = reusableGrid(main);
      selectedItem = selectedId === null ? null : (next.find((i) => i.id === selectedId) ?? null);
      // New items (a filter changed): a card about the old ones would be stale.
      tooltip.hide();
      pointerHoverId = null;
      describeDue = true;
      request();
    },
    setLanes(next) {
      lanes =
        next === null
          ? null
          : next.map((laneItems) => {
              // A lane that was there keeps its rows and counts.
              const same = lanes?.find((lane) => lane.items === laneItems);
              if (same) return same;
              const lane = newLane(laneItems);
              lane.grid = reusableGrid(lane);
              lane.density = main.density;
              return lane;
            });
      tooltip.hide();
      pointerHoverId = null;
      // The canvas' name says how many lanes it has.
      describeDue = true;
      request();
    },
    setPartial(next) {
      if (next === partial) return;
      partial = next;
      main.grid = reusableGrid(main);
      describeDue = true;
      request();
    },
    setLimits(next) {
      const { minCenterMs, maxCenterMs, visibleFraction: seen } = view.limits;
      view.limits = { ...next, visibleFraction: seen };
      if (next.minCenterMs !== minCenterMs || next.maxCenterMs !== maxCenterMs)
        for (const lane of [main, ...(lanes ?? [])]) lane.grid = reusableGrid(lane);
    },
    setWindow(next, animate) {
      if (view.show(next, animate, widthPx()) && !animate) describeDue = true;
    },
    moveTo(next, animate) {
      if (animate) view.animateTo(next, true);
      else view.moveNow(next);
    },
    zoomBy(factor) {
      const width = widthPx();
      tooltip.hide();
      view.animateTo(zoomAround(view.target(), width, factor, width / 2, view.limits), true);
    },
    setSelected(id) {
      if (id === selectedId) return;
      selectedId = id;
      selectedItem = id === null ? null : (items.find((i) => i.id === id) ?? null);
      request();
    },
    reveal(id) {
      const item = id === selectedId ? selectedItem : items.find((i) => i.id === id);
      if (item && !inSight(item, view.target(), visibleFraction())) bringIntoSight(item, true);
    },
    setCoveredFrom(pageXPx) {
      if (pageXPx === coveredFromPageX) return;
      coveredFromPageX = pageXPx;
      request();
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
    markNextFrame(name) {
      marks.push(name);
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
      if (refineTimer !== null) clearTimeout(refineTimer);
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
