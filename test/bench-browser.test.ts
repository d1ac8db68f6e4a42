/**
 * The browser benchmark's arguments and how it reports several runs of one measurement
 * (scripts/bench/browser.ts): each figure the median over the runs, the p95 steps of all runs kept.
 */
import { describe, expect, it } from 'vitest';
import { medianOfRuns, parseArgs, type AppResult } from '../scripts/bench/browser.ts';

function run(p95: number, filterMs: number, firstPaintMs: number): AppResult {
  return {
    size: '1m',
    events: 1_000_000,
    lanes: 0,
    source: 'chunks: time window',
    firstPaintMs,
    eventsPaintMs: firstPaintMs + 10,
    afterDataMs: 5,
    frames: { steps: 160, p50: p95 / 4, p95, max: p95 * 3 },
    engineP95: p95 / 2,
    filterMs,
    filterDoneMs: filterMs + 1,
    searchMs: 40,
    searchDoneMs: 41,
    heapMb: 70,
    peakHeapMb: 140,
    windows: [{ startMs: p95, endMs: p95 + 1 }],
    pauseBusyMs: 2000,
    chunkParses: 49,
    chunkParseMax: 100,
    commitMax: 120,
    densityShare: 0.7,
    p95Runs: [p95],
  };
}

describe('browser benchmark runs', () => {
  it('reports each figure as its median over the runs, keeping every run’s p95', () => {
    const m = medianOfRuns([run(61, 70, 900), run(35, 45, 1100), run(46, 90, 950)]);
    expect(m.frames.p95).toBe(46);
    expect(m.frames.max).toBe(138);
    expect(m.filterMs).toBe(70);
    expect(m.firstPaintMs).toBe(950);
    expect(m.p95Runs).toEqual([61, 35, 46]);
    // The peer replays the first run's windows.
    expect(m.windows).toEqual([{ startMs: 61, endMs: 62 }]);
  });

  it('takes the mean of the middle two of an even number of runs', () => {
    expect(medianOfRuns([run(10, 1, 1), run(20, 2, 2)]).frames.p95).toBe(15);
  });

  it('runs each measurement three times unless told otherwise, and refuses a bad count', () => {
    expect(parseArgs([]).runs).toBe(3);
    expect(parseArgs(['--runs', '5']).runs).toBe(5);
    expect(() => parseArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseArgs(['--runs', 'two'])).toThrow(/--runs/);
  });
});
