/**
 * Colours and fonts for the canvases, read from the page's CSS custom properties so that the
 * canvas follows the same light or dark theme as the rest of the page (and one place defines
 * the event colours, for the canvas and the legend alike). Events are coloured by their type's
 * quad class (`--class-verbal-cooperation`, …): five colours that can be told apart, rather than
 * one for each of eighteen types.
 */
import {
  EVENT_CLASSES,
  EVENT_TYPE_CLASS,
  EVENT_TYPES,
  type EventClass,
  type EventType,
} from '../model/dataset.ts';

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
  /** Each type's colour: its class's. */
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

/** The theme as the CSS of `el` defines it (`--text`, `--class-neutral`, …), with fallbacks. */
export function readTheme(el: Element): TimelineTheme {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  const classes = Object.fromEntries(
    EVENT_CLASSES.map((c) => [c, v(`--class-${c}`, FALLBACK.neutral)]),
  ) as Record<EventClass, string>;
  const types = Object.fromEntries(
    EVENT_TYPES.map((t) => [t, classes[EVENT_TYPE_CLASS[t]]]),
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
