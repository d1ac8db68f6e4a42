import { describe, expect, it } from 'vitest';
import { dayToMs, MS_PER_DAY } from '../model/dates.ts';
import { viewLimits, type TimeWindow } from '../model/window.ts';
import {
  panBy,
  pxToTime,
  timeScale,
  timeToPx,
  windowDistancePx,
  zoomAround,
} from './time-scale.ts';

const WIN: TimeWindow = { startMs: dayToMs('2008-01-01'), endMs: dayToMs('2009-01-01') };
const limits = viewLimits({ startMs: dayToMs('2000-01-01'), endMs: dayToMs('2020-01-01') });

describe('time scale', () => {
  it('maps time to pixels and back', () => {
    const s = timeScale(WIN, 1000);
    expect(timeToPx(s, WIN.startMs)).toBe(0);
    expect(timeToPx(s, WIN.endMs)).toBeCloseTo(1000, 9);
    const mid = (WIN.startMs + WIN.endMs) / 2;
    expect(timeToPx(s, mid)).toBeCloseTo(500, 9);
    expect(pxToTime(s, timeToPx(s, mid))).toBeCloseTo(mid, 0);
  });

  it('zooms around the pointer: the time under it stays under it', () => {
    for (const anchorPx of [0, 123, 500, 999]) {
      const before = pxToTime(timeScale(WIN, 1000), anchorPx);
      const zoomed = zoomAround(WIN, 1000, 2, anchorPx, limits);
      expect(zoomed.endMs - zoomed.startMs).toBeCloseTo((WIN.endMs - WIN.startMs) / 2, 0);
      expect(pxToTime(timeScale(zoomed, 1000), anchorPx)).toBeCloseTo(before, 0);
    }
  });

  it('stops at the zoom limits', () => {
    let win = WIN;
    for (let i = 0; i < 50; i++) win = zoomAround(win, 1000, 2, 500, limits);
    expect(win.endMs - win.startMs).toBe(limits.minSpanMs);
    for (let i = 0; i < 50; i++) win = zoomAround(win, 1000, 0.5, 500, limits);
    expect(win.endMs - win.startMs).toBe(limits.maxSpanMs);
  });

  it('pans with the drag and stops at the data', () => {
    const moved = panBy(WIN, 1000, 100, limits);
    expect(WIN.startMs - moved.startMs).toBeCloseTo((WIN.endMs - WIN.startMs) / 10, 0);
    const far = panBy(WIN, 1000, 1e6, limits);
    expect((far.startMs + far.endMs) / 2).toBe(limits.minCenterMs);
  });

  it('measures how far apart two windows are on screen', () => {
    const shifted = { startMs: WIN.startMs + MS_PER_DAY, endMs: WIN.endMs + MS_PER_DAY };
    expect(windowDistancePx(WIN, shifted, 366)).toBeCloseTo(1, 5);
  });
});
