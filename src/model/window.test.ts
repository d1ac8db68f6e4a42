import { describe, expect, it } from 'vitest';
import { dayToMs, MS_PER_DAY } from './dates.ts';
import {
  boundToMs,
  clampWindow,
  extentOf,
  fitWindow,
  MIN_SPAN_MS,
  MS_PER_YEAR,
  resolveWindow,
  viewLimits,
  windowToBounds,
  type TimeWindow,
} from './window.ts';

const day = dayToMs;

describe('bounds', () => {
  it('reads whole days (to is inclusive) and UTC minutes', () => {
    expect(boundToMs('2008-02-17', 'from')).toBe(day('2008-02-17'));
    expect(boundToMs('2008-02-17', 'to')).toBe(day('2008-02-18'));
    expect(boundToMs('2008-02-17T06:30Z', 'to')).toBe(day('2008-02-17') + 6.5 * 3_600_000);
    expect(boundToMs('2008-02-17T06:30', 'from')).toBe(day('2008-02-17') + 6.5 * 3_600_000);
  });

  it.each(['2008-02-30', '2008-2-17', '2008-02-17T24:00Z', '2008-02-17T10:60Z', 'x', ''])(
    'refuses %s',
    (bad) => expect(boundToMs(bad, 'from')).toBeNull(),
  );

  it('writes wide windows as days and narrow ones as minutes, and reads them back', () => {
    const wide: TimeWindow = { startMs: day('2001-03-04') + 3e6, endMs: day('2009-10-11') - 2e6 };
    expect(windowToBounds(wide)).toEqual({ from: '2001-03-04', to: '2009-10-10' });
    const narrow: TimeWindow = { startMs: day('2022-09-20') + 61_000, endMs: day('2022-10-02') };
    const b = windowToBounds(narrow);
    expect(b).toEqual({ from: '2022-09-20T00:01Z', to: '2022-10-02T00:00Z' });
    expect(boundToMs(b.from, 'from')).toBe(narrow.startMs - 1000);
    expect(boundToMs(b.to, 'to')).toBe(narrow.endMs);
  });

  it('round-trips within half a day for wide windows and half a minute for narrow ones', () => {
    for (let i = 0; i < 200; i++) {
      const startMs = day('1990-01-01') + Math.sin(i) * 20 * MS_PER_YEAR;
      // Spans from a week to ~20 years, and some right at the days/minutes threshold.
      const span =
        i % 10 === 0
          ? 3 * MS_PER_YEAR + (i - 100) * 3_600_000
          : MIN_SPAN_MS * Math.exp(Math.abs(Math.cos(i * 7)) * 7);
      const win = { startMs, endMs: startMs + span };
      const b = windowToBounds(win);
      const tolerance = b.from.includes('T') ? 30_000 : MS_PER_DAY / 2;
      expect(Math.abs(boundToMs(b.from, 'from')! - win.startMs)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(boundToMs(b.to, 'to')! - win.endMs)).toBeLessThanOrEqual(tolerance);
      // Writing the window read back gives the same text: links are stable.
      const back = { startMs: boundToMs(b.from, 'from')!, endMs: boundToMs(b.to, 'to')! };
      expect(windowToBounds(back)).toEqual(b);
    }
  });
});

describe('fit, limits and clamping', () => {
  const extent = extentOf([
    { start: '2008-02-17', end: '2008-02-17' },
    { start: '2010-01-01', end: '2010-12-31' },
  ])!;

  it('finds the extent and fits it with a margin', () => {
    expect(extent).toEqual({ startMs: day('2008-02-17'), endMs: day('2011-01-01') });
    const fit = fitWindow(extent);
    expect(fit.startMs).toBeLessThan(extent.startMs);
    expect(fit.endMs).toBeGreaterThan(extent.endMs);
    expect(extentOf([])).toBeNull();
    expect(fitWindow(null).endMs).toBeGreaterThan(fitWindow(null).startMs);
  });

  it('keeps windows between a week and the widest span, centred over the data', () => {
    const limits = viewLimits(extent);
    const tiny = clampWindow({ startMs: day('2009-01-01'), endMs: day('2009-01-02') }, limits);
    expect(tiny.endMs - tiny.startMs).toBe(MIN_SPAN_MS);
    expect((tiny.startMs + tiny.endMs) / 2).toBe(day('2009-01-01') + MS_PER_DAY / 2);
    const huge = clampWindow({ startMs: 0, endMs: day('2500-01-01') }, limits);
    expect(huge.endMs - huge.startMs).toBe(limits.maxSpanMs);
    const far = clampWindow({ startMs: day('1950-01-01'), endMs: day('1951-01-01') }, limits);
    expect((far.startMs + far.endMs) / 2).toBe(extent.startMs);
    const nan = clampWindow({ startMs: NaN, endMs: NaN }, limits);
    expect(Number.isFinite(nan.startMs) && Number.isFinite(nan.endMs)).toBe(true);
  });

  it('with part of the window covered, keeps the middle of the part seen over the data', () => {
    const limits = { ...viewLimits(extent), visibleFraction: 0.4 };
    const year = 365 * MS_PER_DAY;
    const late = clampWindow({ startMs: extent.endMs, endMs: extent.endMs + year }, limits);
    // The data's last day can sit in the middle of the visible 40%, not only of the window.
    expect(late.startMs + 0.2 * year).toBeCloseTo(extent.endMs);
    expect(late.endMs - late.startMs).toBe(year);
    const inside = { startMs: day('2009-01-01'), endMs: day('2009-01-01') + year };
    expect(clampWindow(inside, limits)).toEqual(inside);
  });

  it('resolves link bounds over the fitted view', () => {
    const fit = fitWindow(extent);
    const limits = viewLimits(extent);
    expect(resolveWindow({ from: null, to: null }, fit, limits)).toEqual(fit);
    expect(resolveWindow({ from: '2009-01-01', to: '2009-12-31' }, fit, limits)).toEqual({
      startMs: day('2009-01-01'),
      endMs: day('2010-01-01'),
    });
    expect(resolveWindow({ from: '2009-01-01', to: null }, fit, limits)).toEqual({
      startMs: day('2009-01-01'),
      endMs: fit.endMs,
    });
    expect(resolveWindow({ from: null, to: '2009-01-01' }, fit, limits).endMs).toBe(
      day('2009-01-02'),
    );
  });
});
