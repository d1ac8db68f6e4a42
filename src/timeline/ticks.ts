/**
 * Adaptive axis ticks, from centuries down to days: the finest level whose labels still fit,
 * with a second, coarser row naming the month or year the ticks belong to.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { MONTH_NAMES } from '../model/edtf.ts';
import type { TimeScale } from './time-scale.ts';

export interface Tick {
  ms: number;
  label: string;
}

export interface AxisTicks {
  /** Name of the level, for tests and debugging ("day", "month", "5 years", …). */
  level: string;
  minor: Tick[];
  /** Month or year boundaries under day, week and month ticks; empty for year levels. */
  major: Tick[];
}

const monthLong = (d: Date): string => `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const monthShort = (d: Date): string => MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3);
const yearText = (d: Date): string => String(d.getUTCFullYear());

interface Level {
  name: string;
  /** Typical distance between ticks. */
  stepMs: number;
  /** Pixels a tick needs for its label. */
  minSpacingPx: number;
  interval: TimeInterval;
  label: (d: Date) => string;
  major: { interval: TimeInterval; label: (d: Date) => string } | null;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;
const byMonth = { interval: utcMonth, label: monthLong };
const byYear = { interval: utcYear, label: yearText };

function years(n: number, minSpacingPx = 44): Level {
  return {
    name: n === 1 ? 'year' : `${n} years`,
    stepMs: n * YEAR_MS,
    minSpacingPx,
    interval: n === 1 ? utcYear : utcYear.every(n)!,
    label: yearText,
    major: null,
  };
}

/** Finest first. */
const LEVELS: Level[] = [
  {
    name: 'day',
    stepMs: DAY_MS,
    minSpacingPx: 26,
    interval: utcDay,
    label: (d) => String(d.getUTCDate()),
    major: byMonth,
  },
  {
    name: 'week',
    stepMs: 7 * DAY_MS,
    minSpacingPx: 26,
    interval: utcMonday,
    label: (d) => String(d.getUTCDate()),
    major: byMonth,
  },
  {
    name: 'month',
    stepMs: YEAR_MS / 12,
    minSpacingPx: 36,
    interval: utcMonth,
    label: monthShort,
    major: byYear,
  },
  {
    name: '3 months',
    stepMs: YEAR_MS / 4,
    minSpacingPx: 36,
    interval: utcMonth.every(3)!,
    label: monthShort,
    major: byYear,
  },
  {
    name: '6 months',
    stepMs: YEAR_MS / 2,
    minSpacingPx: 36,
    interval: utcMonth.every(6)!,
    label: monthShort,
    major: byYear,
  },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((n) => years(n)),
];

/** The level the axis uses at this scale: the finest whose ticks are far enough apart. */
export function tickLevel(pxPerMs: number): Level {
  return LEVELS.find((l) => l.stepMs * pxPerMs >= l.minSpacingPx) ?? LEVELS[LEVELS.length - 1]!;
}

/** Ticks for the visible window, plus one before it so a label can be half in view. */
export function axisTicks(scale: TimeScale): AxisTicks {
  const level = tickLevel(scale.pxPerMs);
  const pad = level.stepMs;
  const start = new Date(scale.startMs - pad);
  const end = new Date(scale.endMs + pad);
  const minor = level.interval
    .range(start, end)
    .map((d) => ({ ms: d.getTime(), label: level.label(d) }));
  const major = level.major
    ? [
        // The unit the window starts in, even when its first day is out of view (sticky label).
        level.major.interval.floor(new Date(scale.startMs)),
        ...level.major.interval.range(new Date(scale.startMs), end),
      ].map((d) => ({ ms: d.getTime(), label: level.major!.label(d) }))
    : [];
  return { level: level.name, minor, major };
}
