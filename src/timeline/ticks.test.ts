import { describe, expect, it } from 'vitest';
import { dayToMs, MS_PER_DAY } from '../model/dates.ts';
import { MS_PER_YEAR } from '../model/window.ts';
import { axisTicks, tickLevel } from './ticks.ts';
import { timeScale } from './time-scale.ts';

const ticksFor = (from: string, spanMs: number, widthPx = 1000) =>
  axisTicks(timeScale({ startMs: dayToMs(from), endMs: dayToMs(from) + spanMs }, widthPx));

describe('axis ticks', () => {
  it('goes from days to centuries as the window widens', () => {
    const levels = [
      [10 * MS_PER_DAY, 'day'],
      [70 * MS_PER_DAY, 'week'],
      [2 * MS_PER_YEAR, 'month'],
      [6 * MS_PER_YEAR, '3 months'],
      [20 * MS_PER_YEAR, 'year'],
      [40 * MS_PER_YEAR, '2 years'],
      [100 * MS_PER_YEAR, '5 years'],
      [200 * MS_PER_YEAR, '10 years'],
      [400 * MS_PER_YEAR, '20 years'],
      [2000 * MS_PER_YEAR, '100 years'],
    ] as const;
    for (const [span, level] of levels)
      expect([span, ticksFor('1990-01-01', span).level]).toEqual([span, level]);
  });

  it('labels days with their number under the month', () => {
    const t = ticksFor('2022-09-28', 7 * MS_PER_DAY);
    expect(t.minor.map((x) => x.label).slice(0, 6)).toEqual(['27', '28', '29', '30', '1', '2']);
    expect(t.major.map((x) => x.label)).toEqual(['September 2022', 'October 2022']);
  });

  it('labels months under their year, and years alone', () => {
    const months = ticksFor('2008-01-01', 365 * MS_PER_DAY);
    expect(months.minor.map((x) => x.label)).toContain('Feb');
    expect(months.major.map((x) => x.label)).toContain('2008');
    const years = ticksFor('1999-01-01', 27 * MS_PER_YEAR);
    expect(years.minor.map((x) => x.label)).toContain('2008');
    expect(years.major).toEqual([]);
  });

  it('labels centuries by their first year', () => {
    const t = ticksFor('1500-01-01', 1000 * MS_PER_YEAR, 800);
    expect(t.minor.map((x) => x.label)).toEqual(expect.arrayContaining(['1600', '1800', '2000']));
    expect(t.minor.every((x) => Number(x.label) % 100 === 0)).toBe(true);
  });

  it('keeps labelled ticks far enough apart at every zoom', () => {
    for (let pxPerMs = 1e-13; pxPerMs < 1e-4; pxPerMs *= 1.7) {
      const level = tickLevel(pxPerMs);
      if (level.name !== '500 years')
        expect(level.stepMs * pxPerMs).toBeGreaterThanOrEqual(level.minSpacingPx);
    }
  });

  it('puts ticks in time order, covering the window', () => {
    const t = ticksFor('2001-05-17', 3 * MS_PER_YEAR);
    const ms = t.minor.map((x) => x.ms);
    expect([...ms].sort((a, b) => a - b)).toEqual(ms);
    expect(ms[0]).toBeLessThanOrEqual(dayToMs('2001-05-17'));
    expect(ms[ms.length - 1]).toBeGreaterThanOrEqual(
      dayToMs('2001-05-17') + 3 * MS_PER_YEAR - 120 * MS_PER_DAY,
    );
  });
});
