/**
 * Lanes: the timeline's rows split into bands one above the other under the one axis, one per
 * set of items (an actor's events, say), each with its own rows, counts and key events. The
 * engine (engine.ts) draws each lane as if it were the whole canvas, moved into its band.
 */
import type { TimeWindow } from '../model/window.ts';
import type { DensityGrid } from './aggregate.ts';
import type { Cluster } from './clusters.ts';
import { GEOMETRY as G, type ToPx } from './geometry.ts';
import type { ItemIndex } from './item-index.ts';
import type { TimelineItem } from './items.ts';
import type { StripEntry } from './key-strip.ts';
import type { Layout } from './layout.ts';
import type { TimelineTheme } from './theme.ts';

export interface CachedLayout {
  items: readonly TimelineItem[];
  level: number;
  capacity: number;
  /** The stretch of time the layout covers; null for all the items. */
  span: TimeWindow | null;
  layout: Layout;
}

/** What a lane drew in the last frame: its rows, or its counts and the key events named over them. */
export type LaneFrame =
  | { mode: 'events'; layout: Layout; x: ToPx; widthPx: number; clusters: readonly Cluster[] }
  | { mode: 'density'; startMs: number; pxPerMs: number; strip: readonly StripEntry[] };

/** One set of rows: every matching event, or one lane's. */
export interface Lane {
  items: readonly TimelineItem[];
  index: ItemIndex;
  grid: DensityGrid | null;
  layouts: CachedLayout[];
  /** Shown as counts by type (level of detail), with some slack before going back to events. */
  density: boolean;
  frame: LaneFrame | null;
  /**
   * Where it is drawn: the band of the canvas it owns (clipped to), how far its drawing is moved
   * down (it draws as if its rows started at G.rowsTopPx), and the canvas height it draws for.
   */
  band: { topPx: number; heightPx: number; offsetPx: number; drawHeightPx: number };
}

/** Above each lane's rows, a strip for its name (a page element over the canvas). */
export const LANE_HEADER_PX = 22;

/** Lanes share the canvas under the axis equally, top to bottom. */
export function laneBands(heightPx: number, count: number): { topPx: number; heightPx: number }[] {
  const each = Math.floor((heightPx - G.axisHeightPx) / Math.max(count, 1));
  return Array.from({ length: count }, (_, i) => ({
    topPx: G.axisHeightPx + i * each,
    heightPx: each,
  }));
}

const idMaps = new WeakMap<readonly TimelineItem[], Map<string, TimelineItem>>();
/** A lane's items by id (made when an event is first looked up in it). */
function byId(items: readonly TimelineItem[]): Map<string, TimelineItem> {
  let map = idMaps.get(items);
  if (!map) idMaps.set(items, (map = new Map(items.map((item) => [item.id, item]))));
  return map;
}

/**
 * A rule between lanes, and a link between the copies of each `linked` event (the hovered and
 * the selected one) found in more than one lane: a dashed line through its lanes.
 */
export function drawLaneFrames(
  f: { ctx: CanvasRenderingContext2D; theme: TimelineTheme; x: ToPx; widthPx: number },
  lanes: readonly Lane[],
  linked: ReadonlySet<string | null>,
): void {
  const { ctx, theme } = f;
  ctx.strokeStyle = theme.gridMajor;
  ctx.lineWidth = 1;
  for (const lane of lanes.slice(1)) {
    ctx.beginPath();
    ctx.moveTo(0, lane.band.topPx + 0.5);
    ctx.lineTo(f.widthPx, lane.band.topPx + 0.5);
    ctx.stroke();
  }
  for (const id of linked) {
    if (id === null) continue;
    const holding = lanes.filter((lane) => byId(lane.items).has(id));
    if (holding.length < 2) continue;
    const item = byId(holding[0]!.items).get(id)!;
    // Through the marker of a day, the start of a span.
    const xPx = Math.round(f.x(item.shape === 'point' ? item.centerMs : item.startMs)) + 0.5;
    const first = holding[0]!.band;
    const last = holding[holding.length - 1]!.band;
    ctx.save();
    ctx.strokeStyle = theme.accent;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(xPx, first.topPx + LANE_HEADER_PX);
    ctx.lineTo(xPx, last.topPx + last.heightPx);
    ctx.stroke();
    ctx.restore();
  }
}
