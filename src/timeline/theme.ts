/**
 * Colours and fonts for the canvases, read from the page's CSS custom properties so that the
 * canvas follows the same light or dark theme as the rest of the page (and one place defines
 * the event-type colours, for the canvas and the legend alike).
 */
import { EVENT_TYPES, type EventType } from '../model/dataset.ts';

export interface TimelineTheme {
  fontFamily: string;
  background: string;
  text: string;
  muted: string;
  grid: string;
  gridMajor: string;
  accent: string;
  /** Fill of cluster pills and of the overview's bars for all events. */
  neutral: string;
  types: Record<EventType, string>;
}

const FALLBACK: Omit<TimelineTheme, 'types'> = {
  fontFamily: 'system-ui, sans-serif',
  background: '#ffffff',
  text: '#1c1f23',
  muted: '#5b6169',
  grid: '#ebe8e2',
  gridMajor: '#cfcac0',
  accent: '#0b5cad',
  neutral: '#8a9099',
};

/** The theme as the CSS of `el` defines it (`--text`, `--type-meeting`, …), with fallbacks. */
export function readTheme(el: Element): TimelineTheme {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  const types = Object.fromEntries(
    EVENT_TYPES.map((t) => [t, v(`--type-${t}`, FALLBACK.neutral)]),
  ) as Record<EventType, string>;
  return {
    fontFamily: style.fontFamily || FALLBACK.fontFamily,
    background: v('--surface', FALLBACK.background),
    text: v('--text', FALLBACK.text),
    muted: v('--muted', FALLBACK.muted),
    grid: v('--grid', FALLBACK.grid),
    gridMajor: v('--grid-major', FALLBACK.gridMajor),
    accent: v('--accent', FALLBACK.accent),
    neutral: v('--neutral', FALLBACK.neutral),
    types,
  };
}

const alphaCache = new Map<string, string>();

/** `#rgb` / `#rrggbb` with an alpha, as rgba(); other colour syntaxes are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const key = `${color}/${alpha}`;
  let out = alphaCache.get(key);
  if (out) return out;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  out = `rgba(${r}, ${g}, ${b}, ${alpha})`;
  alphaCache.set(key, out);
  return out;
}
