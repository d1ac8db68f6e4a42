import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../model/dates.ts';
import { DensityGrid, SERIES, seriesOf } from './aggregate.ts';
import { AggregateScratch, aggregateBins, binItems } from './draw-aggregate.ts';
import { item } from './test-items.ts';
import { timeScale } from './time-scale.ts';

const ORIGIN = Date.UTC(2000, 0, 1);
const itemsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(1, 7, 31, 365)), {
    maxLength: 150,
  })
  .map((list) =>
    list.map(([day, days], i) =>
      item(`e${i}`, new Date(ORIGIN + day * MS_PER_DAY).toISOString().slice(0, 10), days),
    ),
  );

/** Bars of `bins` (mass per series and bar) as plain numbers. */
function bars(scratch: AggregateScratch, bins: number): number[][] {
  return Array.from({ length: SERIES }, (_, s) =>
    Array.from(scratch.mass.subarray(s * bins, s * bins + bins)),
  );
}

describe('binItems', () => {
  it('spreads each item over the bars it overlaps, in its type series', () => {
    const scale = timeScale({ startMs: ORIGIN, endMs: ORIGIN + 10 * MS_PER_DAY }, 40); // 10 bars of 4 px = 1 day each
    const scratch = new AggregateScratch();
    const two = item('a', '2000-01-03', 2); // days 2 and 3
    const bins = binItems([two], scale, scratch);
    expect(bins).toBe(10);
    const s = seriesOf(two.type);
    expect(bars(scratch, bins)[s]).toEqual([0, 0, 0.5, 0.5, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(scratch.totals.subarray(0, bins))).toEqual([
      0, 0, 0.5, 0.5, 0, 0, 0, 0, 0, 0,
    ]);
    // Out of view: nothing; the scratch is cleared between frames.
    binItems([item('b', '1999-01-01', 1)], scale, scratch);
    expect(Array.from(scratch.totals.subarray(0, bins)).every((v) => v === 0)).toBe(true);
  });

  it('agrees with the grid when bars are whole days', () => {
    fc.assert(
      fc.property(
        itemsArb,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 40 }),
        (items, day, barDays) => {
          const startMs = ORIGIN + day * MS_PER_DAY;
          const bins = 50;
          // Whole-day bars: the grid (one cell per day here) and direct binning see the same days.
          const scale = timeScale(
            { startMs, endMs: startMs + bins * barDays * MS_PER_DAY },
            bins * 4,
          );
          const direct = new AggregateScratch();
          const viaGrid = new AggregateScratch();
          binItems(items, scale, direct);
          const grid = new DensityGrid(
            { startMs: ORIGIN - 400 * MS_PER_DAY, endMs: ORIGIN + 4000 * MS_PER_DAY },
            items,
            null,
          );
          aggregateBins(grid, scale, viaGrid);
          for (let k = 0; k < bins * SERIES; k++)
            expect(direct.mass[k]).toBeCloseTo(viaGrid.mass[k]!, 6);
        },
      ),
    );
  });
});
