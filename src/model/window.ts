/**
 * Time windows: the stretch of time a view shows, in milliseconds since the epoch (UTC), and its
 * two spellings in a link (`from` / `to`: whole days or UTC minutes). The sizing policy every view
 * shares lives here too: fitting events with a margin, the zoom limits, and clamping to them.
 */
import { dayToMs, formatDay, isValidDay, MS_PER_DAY } from './dates.ts';

/** A half-open interval of time [startMs, endMs). */
export interface TimeWindow {
  startMs: number;
  endMs: number;
}

/**
 * The window as a link writes it. Each side is `YYYY-MM-DD` (a whole UTC day: `from` starts at its
 * beginning, `to` includes it) or `YYYY-MM-DDTHH:MMZ` (that UTC minute). Null leaves the side to
 * the default view. See docs/URL.md.
 */
export interface ViewBounds {
  from: string | null;
  to: string | null;
}

export const NO_BOUNDS: ViewBounds = { from: null, to: null };

const MS_PER_MINUTE = 60_000;
export const MS_PER_YEAR = 365.2425 * MS_PER_DAY;
const MINUTE_RE = /^(-?\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})Z?$/;

/** Below this span a link writes minutes: whole days would shift the edges by more than a pixel. */
export const DAY_BOUNDS_MIN_SPAN_MS = 3 * MS_PER_YEAR;

/** The narrowest window (a week: single days are wide and labelled) and the widest (a millennium). */
export const MIN_SPAN_MS = 7 * MS_PER_DAY;
const ABSOLUTE_MAX_SPAN_MS = 1000 * MS_PER_YEAR;

/** Milliseconds of a bound, or null when it is not a valid bound. `edge` says which side it is. */
export function boundToMs(bound: string, edge: 'from' | 'to'): number | null {
  if (isValidDay(bound)) return dayToMs(bound) + (edge === 'to' ? MS_PER_DAY : 0);
  const m = MINUTE_RE.exec(bound);
  if (!m || !isValidDay(m[1]!)) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  return dayToMs(m[1]!) + hours * 3_600_000 + minutes * MS_PER_MINUTE;
}

export function isBound(s: string): boolean {
  return boundToMs(s, 'from') !== null;
}

function minuteText(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${formatDay(ms)}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}Z`;
}

/**
 * How a link writes a window: whole days for wide windows (the edges round to the nearest
 * midnight), UTC minutes for narrow ones, so that reopening the link shows the same view.
 */
export function windowToBounds(win: TimeWindow): { from: string; to: string } {
  const startDay = Math.round(win.startMs / MS_PER_DAY) * MS_PER_DAY;
  const endDay = Math.round(win.endMs / MS_PER_DAY) * MS_PER_DAY;
  // Decided on the rounded span, so that reading the link back and writing it again is stable.
  if (endDay - startDay >= DAY_BOUNDS_MIN_SPAN_MS) {
    return { from: formatDay(startDay), to: formatDay(endDay - MS_PER_DAY) };
  }
  const startMinute = Math.round(win.startMs / MS_PER_MINUTE) * MS_PER_MINUTE;
  const endMinute = Math.max(
    Math.round(win.endMs / MS_PER_MINUTE) * MS_PER_MINUTE,
    startMinute + MS_PER_MINUTE,
  );
  return { from: minuteText(startMinute), to: minuteText(endMinute) };
}

/** The interval an event's days cover: from the start of its first day to the end of its last. */
export function eventWindow(event: { start: string; end: string }): TimeWindow {
  return { startMs: dayToMs(event.start), endMs: dayToMs(event.end) + MS_PER_DAY };
}

export function overlaps(a: TimeWindow, b: TimeWindow): boolean {
  return a.startMs < b.endMs && b.startMs < a.endMs;
}

/** The smallest window covering all the events, or null when there are none. */
export function extentOf(events: readonly { start: string; end: string }[]): TimeWindow | null {
  if (events.length === 0) return null;
  // Days of years 0000-9999 sort as strings: compare those, and convert only the two winners.
  let first = events[0]!.start;
  let last = events[0]!.end;
  for (const e of events) {
    if (e.start.length !== 10 || e.end.length !== 10 || e.start[0] === '-')
      return extentByMs(events);
    if (e.start < first) first = e.start;
    if (e.end > last) last = e.end;
  }
  return eventWindow({ start: first, end: last });
}

function extentByMs(events: readonly { start: string; end: string }[]): TimeWindow {
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const e of events) {
    const w = eventWindow(e);
    startMs = Math.min(startMs, w.startMs);
    endMs = Math.max(endMs, w.endMs);
  }
  return { startMs, endMs };
}

/** What an empty dataset shows: the years around 2000–2030, so the axis is not blank. */
const FALLBACK_WINDOW: TimeWindow = {
  startMs: dayToMs('2000-01-01'),
  endMs: dayToMs('2030-01-01'),
};

/** The default view of an extent: all of it, with a 4% margin each side, at least a month wide. */
export function fitWindow(extent: TimeWindow | null): TimeWindow {
  if (!extent) return FALLBACK_WINDOW;
  const span = Math.max(extent.endMs - extent.startMs, 30 * MS_PER_DAY);
  const mid = (extent.startMs + extent.endMs) / 2;
  const padded = span * 1.08;
  return { startMs: mid - padded / 2, endMs: mid + padded / 2 };
}

export interface ViewLimits {
  minSpanMs: number;
  maxSpanMs: number;
  /** The middle of the window stays between these, so the events are never far out of sight. */
  minCenterMs: number;
  maxCenterMs: number;
  /**
   * The share of the window a person sees, from its start (a panel may cover the rest): the
   * middle of that part is what stays between the two; the whole window when absent.
   */
  visibleFraction?: number;
}

/** Zoom from a week up to three times the dataset's span (at least 10 years); pan over the data. */
export function viewLimits(extent: TimeWindow | null): ViewLimits {
  const e = extent ?? FALLBACK_WINDOW;
  const span = e.endMs - e.startMs;
  return {
    minSpanMs: MIN_SPAN_MS,
    maxSpanMs: Math.min(Math.max(3 * span, 10 * MS_PER_YEAR), ABSOLUTE_MAX_SPAN_MS),
    minCenterMs: e.startMs,
    maxCenterMs: e.endMs,
  };
}

/** The window moved and resized as little as possible to respect the limits. */
export function clampWindow(win: TimeWindow, limits: ViewLimits): TimeWindow {
  const rawSpan = win.endMs - win.startMs;
  const span = Math.min(
    Math.max(Number.isFinite(rawSpan) ? rawSpan : 0, limits.minSpanMs),
    limits.maxSpanMs,
  );
  // The middle of the part a person sees, kept between the limits.
  const seen = span * (limits.visibleFraction ?? 1);
  const rawMid = win.startMs + ((win.endMs - win.startMs) * (limits.visibleFraction ?? 1)) / 2;
  const mid = Math.min(
    Math.max(Number.isFinite(rawMid) ? rawMid : limits.minCenterMs, limits.minCenterMs),
    limits.maxCenterMs,
  );
  const startMs = mid - seen / 2;
  return { startMs, endMs: startMs + span };
}

/**
 * The window a view shows: the bounds from the link over the fitted default (a missing side keeps
 * the default's edge; a side that would invert the window keeps the default's span), clamped.
 */
export function resolveWindow(
  bounds: ViewBounds,
  fitted: TimeWindow,
  limits: ViewLimits,
): TimeWindow {
  const fromMs = bounds.from === null ? null : boundToMs(bounds.from, 'from');
  const toMs = bounds.to === null ? null : boundToMs(bounds.to, 'to');
  const span = fitted.endMs - fitted.startMs;
  let win: TimeWindow;
  if (fromMs !== null && toMs !== null && toMs > fromMs) win = { startMs: fromMs, endMs: toMs };
  else if (fromMs !== null)
    win = { startMs: fromMs, endMs: Math.max(fitted.endMs, fromMs + span / 4) };
  else if (toMs !== null) win = { startMs: Math.min(fitted.startMs, toMs - span / 4), endMs: toMs };
  else win = fitted;
  return clampWindow(win, limits);
}
