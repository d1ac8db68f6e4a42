/**
 * Key events over the counts. Where events are counted by type rather than drawn one by one
 * (draw-aggregate.ts: a whole dataset, decades at a time), the most important key events in view
 * (model/importance.ts) are named in a few rows above the bars, most important first, none
 * overlapping: the first view of a dataset says what happened, not only how much. They answer
 * the pointer as events do everywhere (hitKeyStrip): a card on hover, the details on a click.
 */
import { NOTE_HEIGHT_PX } from './draw-aggregate.ts';
import { drawMarker } from './draw-items.ts';
import { GEOMETRY as G, type ToPx } from './geometry.ts';
import type { TimelineItem } from './items.ts';
import type { TextFitter } from './text-fit.ts';
import { withAlpha, type TimelineTheme } from './theme.ts';

/** Rows of names above the bars: enough for a story's milestones, few enough to leave the bars readable. */
export const KEY_STRIP_ROWS = 3;
/** A name is cut to this width (an ellipsis), so that more of them fit in a row. */
export const KEY_LABEL_MAX_PX = 200;
/** Key events looked at per frame, most important first: the rows hold a few dozen at most. */
const MAX_CANDIDATES = 2_000;

const candidatesOf = new WeakMap<readonly TimelineItem[], TimelineItem[]>();

/**
 * The key events of `items` (sorted by start), most important first, then in the order given; at
 * most MAX_CANDIDATES. Made once per set, in one pass and without a sort: importance is a whole
 * number up to 100, so the events go into one list per value (a million events, a fifth of them
 * key, took 30-60 ms to sort, in a frame, each time a chunk arrived).
 */
export function keyCandidates(items: readonly TimelineItem[]): TimelineItem[] {
  let found = candidatesOf.get(items);
  if (!found) {
    const byImportance: TimelineItem[][] = [];
    for (const item of items) if (item.key) (byImportance[item.importance] ??= []).push(item);
    found = [];
    for (let v = byImportance.length - 1; v >= 0 && found.length < MAX_CANDIDATES; v--) {
      for (const item of byImportance[v] ?? []) {
        if (found.length === MAX_CANDIDATES) break;
        found.push(item);
      }
    }
    candidatesOf.set(items, found);
  }
  return found;
}

/** Up to this many events, their key events are picked in the frame that first needs them. */
const PICK_IN_FRAME_MAX_ITEMS = 50_000;
const picking = new WeakSet<readonly TimelineItem[]>();

/**
 * keyCandidates when known; for a large set not seen yet, null, and they are picked when the page
 * is idle (then `onReady`, to draw them): the pass over a million events, each time a chunk
 * arrives, stays out of the frames.
 */
export function keyCandidatesWhenReady(
  items: readonly TimelineItem[],
  onReady: () => void,
): TimelineItem[] | null {
  if (items.length <= PICK_IN_FRAME_MAX_ITEMS || candidatesOf.has(items))
    return keyCandidates(items);
  if (!picking.has(items)) {
    picking.add(items);
    const pick = (): void => {
      keyCandidates(items);
      onReady();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(pick, { timeout: 500 });
    else setTimeout(pick, 0);
  }
  return null;
}

/** A named key event: its row, marker and label in canvas pixels. */
export interface StripEntry {
  item: TimelineItem;
  row: number;
  markerPx: number;
  labelStart: number;
  labelEnd: number;
  /** The label is before the marker (no room after it before the edge). */
  labelBefore: boolean;
}

/** Top of a strip row: under the note that says what the bars are. */
export const stripRowTopPx = (row: number): number =>
  G.rowsTopPx + NOTE_HEIGHT_PX + row * G.rowHeightPx;

/** Label widths for the strip: measured exactly (cached, but a search brings thousands of new titles), or estimated. */
export interface LabelWidths {
  exact: (item: TimelineItem) => number;
  /** From character widths (TextFitter.estimate): cheap, within a few percent. */
  estimate: (item: TimelineItem) => number;
}

/**
 * At most how much narrower a label can be than its estimate: kerning takes a few percent; 20% is
 * kept in hand (a ligature-heavy script or emoji sequences can take more: such a label may then be
 * left out where it would have fitted, never drawn over another).
 */
const ESTIMATE_SLACK = 0.8;

/**
 * Places the candidates in view, in their order: each in the first row where its marker and label
 * (after the marker, or before it near the right edge) clear every one placed, else left out.
 *
 * Most candidates at a wide view are left out (three rows hold a few dozen names), and measuring
 * each exactly cost 45 ms in the frame after a search at 100,000 events. So a candidate is first
 * tried at the least width its estimate allows: if even that collides in every row it is left out
 * unmeasured (a wider label collides too, on the same side of its marker). Only the others are
 * measured, and placed by their exact width, as if all had been.
 */
export function placeKeyStrip(
  candidates: readonly TimelineItem[],
  x: ToPx,
  widthPx: number,
  widths: LabelWidths,
  rows = KEY_STRIP_ROWS,
): StripEntry[] {
  const taken: [number, number][][] = Array.from({ length: rows }, () => []);
  const placed: StripEntry[] = [];
  const r = G.markerRadiusPx;
  const rowFor = (start: number, end: number): number =>
    taken.findIndex((spans) => spans.every(([a, b]) => end + G.gapPx <= a || start >= b + G.gapPx));
  const labelBeforeAt = (markerPx: number, labelPx: number): boolean =>
    markerPx + r + G.gapPx + labelPx > widthPx;
  for (const item of candidates) {
    const markerPx = x(item.centerMs);
    if (markerPx < 0 || markerPx > widthPx) continue;
    // The least width: if the label goes on the same side at it as at the widest (a label is
    // before its marker only near the right edge), a collision at it is a collision for sure.
    const leastPx = Math.min(widths.estimate(item) * ESTIMATE_SLACK, KEY_LABEL_MAX_PX);
    const leastBefore = labelBeforeAt(markerPx, leastPx);
    if (leastBefore || !labelBeforeAt(markerPx, KEY_LABEL_MAX_PX)) {
      const [start, end] = spanOf(markerPx, leastPx, leastBefore);
      if (rowFor(start, end) < 0) continue;
    }
    const labelPx = Math.min(widths.exact(item), KEY_LABEL_MAX_PX);
    const labelBefore = labelBeforeAt(markerPx, labelPx);
    const [start, end, labelStart, labelEnd] = spanOf(markerPx, labelPx, labelBefore);
    const row = rowFor(start, end);
    if (row < 0) continue;
    taken[row]!.push([start, end]);
    placed.push({ item, row, markerPx, labelStart, labelEnd, labelBefore });
  }
  return placed;
}

/** A marker and its label: [start, end] of both together, then the label's [start, end]. */
function spanOf(
  markerPx: number,
  labelPx: number,
  labelBefore: boolean,
): [number, number, number, number] {
  const r = G.markerRadiusPx;
  const labelStart = labelBefore
    ? Math.max(0, markerPx - r - G.gapPx - labelPx)
    : markerPx + r + G.gapPx;
  const labelEnd = labelBefore ? markerPx - r - G.gapPx : labelStart + labelPx;
  return [
    Math.min(markerPx - r, labelStart),
    Math.max(markerPx + r, labelEnd),
    labelStart,
    labelEnd,
  ];
}

export interface StripFrame {
  ctx: CanvasRenderingContext2D;
  theme: TimelineTheme;
  fitter: TextFitter;
  selectedId: string | null;
  hoveredId: string | null;
}

/** Draws the placed names: a marker in the type's colour, the title on a backing that keeps it readable over the bars. */
export function drawKeyStrip(f: StripFrame, entries: readonly StripEntry[]): void {
  const { ctx, theme } = f;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const e of entries) {
    const mid = stripRowTopPx(e.row) + G.rowHeightPx / 2;
    const text = f.fitter.fit(e.item.title, e.labelEnd - e.labelStart);
    const w = f.fitter.width(text);
    const left = e.labelBefore ? e.labelEnd - w : e.labelStart;
    ctx.fillStyle = withAlpha(theme.background, 0.85);
    ctx.fillRect(left - 2, mid - 9, w + 4, 18);
    drawMarker(ctx, theme, e.item, e.markerPx, mid);
    const marked = e.item.id === f.selectedId || e.item.id === f.hoveredId;
    ctx.fillStyle = e.item.id === f.selectedId ? theme.accent : theme.text;
    ctx.fillText(text, left, mid + 0.5);
    if (marked) ctx.fillRect(left, mid + 8, w, 1);
  }
}

/** The named key event under a point (canvas pixels), if any: on its marker or its label. */
export function hitKeyStrip(
  entries: readonly StripEntry[],
  xPx: number,
  yPx: number,
  slopPx: number,
): StripEntry | null {
  for (const e of entries) {
    const top = stripRowTopPx(e.row);
    if (yPx < top || yPx >= top + G.rowHeightPx) continue;
    const start = Math.min(e.markerPx - G.markerRadiusPx, e.labelStart) - slopPx;
    const end = Math.max(e.markerPx + G.markerRadiusPx, e.labelEnd) + slopPx;
    if (xPx >= start && xPx <= end) return e;
  }
  return null;
}
