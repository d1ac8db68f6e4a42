/**
 * The events: points for days, bars for spans (with edges that fade out when the date is only
 * known to the month, season or year), labels cut to the room they have, clusters as "+N" pills,
 * and the selected, hovered and highlighted events marked.
 */
import { clusterExtentPx, type Cluster } from './clusters.ts';
import { GEOMETRY as G, itemExtentAt, rowTopPx, type ToPx } from './geometry.ts';
import type { TimelineItem } from './items.ts';
import type { Layout } from './layout.ts';
import type { TextFitter } from './text-fit.ts';
import { withAlpha, type TimelineTheme } from './theme.ts';

export interface ItemsFrame {
  ctx: CanvasRenderingContext2D;
  widthPx: number;
  heightPx: number;
  layout: Layout;
  x: ToPx;
  theme: TimelineTheme;
  fitter: TextFitter;
  labelPxOf: (item: TimelineItem) => number;
  selectedId: string | null;
  /** Under the pointer, or focused in the list. */
  hoveredId: string | null;
}

export const LABEL_FONT_PX = 12;

/** What a frame's labels showed (for measurements): events drawn, labels drawn, their characters, labels of key events. */
export interface LabelStats {
  events: number;
  labels: number;
  chars: number;
  keyLabels: number;
}

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}

function drawSpan(
  f: ItemsFrame,
  item: TimelineItem,
  start: number,
  end: number,
  top: number,
): void {
  const { ctx, theme } = f;
  const color = theme.types[item.type];
  const w = Math.max(end - start, 1);
  const y = top + (G.rowHeightPx - G.barHeightPx) / 2;
  if (item.soft) {
    // Fades over its outer fifth (at most 24px): the event lies somewhere inside.
    const fade = Math.min(24, w / 5) / w;
    const gradient = ctx.createLinearGradient(start, 0, end, 0);
    gradient.addColorStop(0, withAlpha(color, 0));
    gradient.addColorStop(fade, withAlpha(color, 0.4));
    gradient.addColorStop(1 - fade, withAlpha(color, 0.4));
    gradient.addColorStop(1, withAlpha(color, 0));
    ctx.fillStyle = gradient;
    roundRect(ctx, start, y, w, G.barHeightPx, 3);
    ctx.fill();
  } else {
    ctx.fillStyle = withAlpha(color, 0.45);
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    roundRect(ctx, start, y, w, G.barHeightPx, 3);
    ctx.fill();
    ctx.stroke();
  }
  if (item.future) {
    ctx.setLineDash([3, 3]);
    ctx.strokeStyle = color;
    ctx.lineWidth = 1;
    roundRect(ctx, start + 0.5, y + 0.5, w - 1, G.barHeightPx - 1, 3);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

function drawPoint(f: ItemsFrame, item: TimelineItem, top: number): void {
  drawMarker(f.ctx, f.theme, item, f.x(item.centerMs), top + G.rowHeightPx / 2);
}

/** A day's marker: a dot in its type's colour, hollow for an expected (scheduled) event. */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  theme: TimelineTheme,
  item: Pick<TimelineItem, 'type' | 'future'>,
  xPx: number,
  yPx: number,
): void {
  const color = theme.types[item.type];
  ctx.beginPath();
  ctx.arc(xPx, yPx, G.markerRadiusPx, 0, Math.PI * 2);
  ctx.fillStyle = item.future ? theme.background : color;
  ctx.fill();
  ctx.lineWidth = item.future ? 2 : 1.5;
  ctx.strokeStyle = item.future ? color : theme.background;
  ctx.stroke();
}

function drawMarkRing(
  f: ItemsFrame,
  item: TimelineItem,
  start: number,
  end: number,
  top: number,
  color: string,
): void {
  const { ctx } = f;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  if (item.shape === 'point') {
    ctx.beginPath();
    ctx.arc(f.x(item.centerMs), top + G.rowHeightPx / 2, G.markerRadiusPx + 3, 0, Math.PI * 2);
  } else {
    const y = top + (G.rowHeightPx - G.barHeightPx) / 2 - 2.5;
    roundRect(ctx, start - 2.5, y, end - start + 5, G.barHeightPx + 5, 5);
  }
  ctx.stroke();
}

function drawRow(
  f: ItemsFrame,
  items: readonly TimelineItem[],
  row: number,
  stats: LabelStats,
): void {
  const { ctx, theme } = f;
  const top = rowTopPx(row);
  ctx.font = `${LABEL_FONT_PX}px ${theme.fontFamily}`;
  ctx.textBaseline = 'middle';
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const e = itemExtentAt(items, i, f.x, f.labelPxOf, { leftPx: 0, rightPx: f.widthPx });
    if (e.end < 0 || e.start > f.widthPx) continue;
    stats.events++;
    if (item.shape === 'point') drawPoint(f, item, top);
    else drawSpan(f, item, e.markerStart, e.markerEnd, top);
    const selected = item.id === f.selectedId;
    if (selected) drawMarkRing(f, item, e.markerStart, e.markerEnd, top, theme.accent);
    else if (item.id === f.hoveredId)
      drawMarkRing(f, item, e.markerStart, e.markerEnd, top, theme.text);
    if (e.labelEnd > e.labelStart) {
      const text = f.fitter.fit(item.title, e.labelEnd - e.labelStart);
      stats.labels++;
      stats.chars += text.length;
      if (item.key) stats.keyLabels++;
      const w = f.fitter.width(text);
      // A label before its marker ends next to it.
      const left = e.labelBefore ? e.labelEnd - w : e.labelStart;
      ctx.fillStyle = selected ? theme.accent : theme.text;
      ctx.fillText(text, left, top + G.rowHeightPx / 2 + 0.5);
      if (selected || item.id === f.hoveredId)
        ctx.fillRect(left, top + G.rowHeightPx / 2 + 8, w, 1);
    }
  }
}

function drawClusters(f: ItemsFrame, clusters: readonly Cluster[], row: number): void {
  const { ctx, theme } = f;
  const top = rowTopPx(row) + 3;
  const h = G.rowHeightPx - 6;
  ctx.font = `600 11px ${theme.fontFamily}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const cluster of clusters) {
    const { start, end } = clusterExtentPx(cluster, f.x);
    if (end < 0 || start > f.widthPx) continue;
    const hasSelected = f.selectedId !== null && cluster.items.some((i) => i.id === f.selectedId);
    roundRect(ctx, start, top, end - start, h, h / 2);
    ctx.fillStyle = withAlpha(theme.neutral, 0.22);
    ctx.fill();
    ctx.lineWidth = hasSelected ? 2 : 1;
    ctx.strokeStyle = hasSelected ? theme.accent : theme.neutral;
    ctx.stroke();
    ctx.fillStyle = theme.text;
    // Centred in the visible part of the pill, so the count stays readable at the edges.
    const text = `+${cluster.items.length}`;
    const half = f.fitter.width(text) / 2;
    const mid = Math.min(
      Math.max((Math.max(start, 0) + Math.min(end, f.widthPx)) / 2, half + 2),
      f.widthPx - half - 2,
    );
    ctx.fillText(text, mid, top + h / 2 + 0.5);
  }
  ctx.textAlign = 'left';
}

/** A band (span) or line (day) through all rows where the selected event lies. */
export function drawSelectionGuide(
  f: Pick<ItemsFrame, 'ctx' | 'theme' | 'x' | 'heightPx'>,
  item: TimelineItem,
): void {
  const { ctx, theme } = f;
  const start = f.x(item.startMs);
  const end = f.x(item.endMs);
  const top = G.axisHeightPx + 1;
  if (item.shape === 'point' || end - start < 3) {
    const x = Math.round(f.x(item.centerMs)) + 0.5;
    ctx.strokeStyle = withAlpha(theme.accent, 0.6);
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, f.heightPx);
    ctx.stroke();
    ctx.setLineDash([]);
  } else {
    ctx.fillStyle = withAlpha(theme.accent, 0.08);
    ctx.fillRect(start, top, end - start, f.heightPx - top);
  }
}

/** Draws the rows, and the cluster pills as given (the layout's, with carried ones: carry.ts); says what the labels showed. */
export function drawItems(
  f: ItemsFrame,
  selected: TimelineItem | null,
  clusters: readonly Cluster[],
): LabelStats {
  const stats: LabelStats = { events: 0, labels: 0, chars: 0, keyLabels: 0 };
  if (selected) drawSelectionGuide(f, selected);
  f.layout.rows.forEach((items, row) => drawRow(f, items, row, stats));
  if (clusters.length > 0) drawClusters(f, clusters, f.layout.rows.length);
  return stats;
}
