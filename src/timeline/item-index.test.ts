import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../model/dates.ts';
import { DensityGrid, touches } from './aggregate.ts';
import { ItemIndex } from './item-index.ts';
import type { TimelineItem } from './items.ts';
import { item } from './test-items.ts';

const DAYS = [1, 3, 7, 30, 91, 365, 3650, 36500, 80000];
const itemsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 20000 }), fc.constantFrom(...DAYS)), { maxLength: 200 })
  .map((list) =>
    list
      .map(([day, days], i) =>
        item(
          `e${i}`,
          new Date(Date.UTC(1950, 0, 1) + day * MS_PER_DAY).toISOString().slice(0, 10),
          days,
        ),
      )
      .sort((a, b) => a.startMs - b.startMs),
  );
const winArb = fc
  .tuple(fc.integer({ min: -1000, max: 22000 }), fc.integer({ min: 1, max: 30000 }))
  .map(([day, days]) => {
    const startMs = Date.UTC(1950, 0, 1) + day * MS_PER_DAY + 3_600_000;
    return { startMs, endMs: startMs + days * MS_PER_DAY };
  });

const overlapping = (items: TimelineItem[], w: { startMs: number; endMs: number }) =>
  items.filter((i) => i.startMs < w.endMs && i.endMs > w.startMs);

describe('ItemIndex', () => {
  it('finds and counts exactly the items a window overlaps, and those starting in it', () => {
    fc.assert(
      fc.property(itemsArb, winArb, (items, win) => {
        const index = new ItemIndex(items);
        const expected = overlapping(items, win);
        expect(index.overlapping(win).map((i) => i.id)).toEqual(expected.map((i) => i.id));
        expect(index.count(win)).toBe(expected.length);
        expect(index.countStarting(win)).toBe(
          items.filter((i) => i.startMs >= win.startMs && i.startMs < win.endMs).length,
        );
      }),
    );
  });
});

describe('DensityGrid', () => {
  it('counts every item once, spread over its days, and the background months as given', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const extent = { startMs: Date.UTC(1940, 0, 1), endMs: Date.UTC(2300, 0, 1) };
        const bins = [
          {
            startMs: Date.UTC(2000, 0, 1),
            endMs: Date.UTC(2000, 1, 1),
            counts: [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3],
          },
        ];
        const grid = new DensityGrid(extent, items, { bins, exact: true, unknown: [] });
        expect(grid.total(extent.startMs, extent.endMs)).toBeCloseTo(items.length + 5, 6);
        const apart = new DensityGrid(extent, items, { bins, exact: false, unknown: [] });
        expect(apart.total(extent.startMs, extent.endMs)).toBeCloseTo(items.length + 5, 6);
        // A day-long item is all within the cell holding its day (cells are days, or a few days
        // for a long extent such as this one).
        const one = items.find((i) => i.endMs - i.startMs === MS_PER_DAY);
        if (one) {
          const solo = new DensityGrid(extent, [one], null);
          expect(solo.cellMs).toBeGreaterThan(MS_PER_DAY);
          const cell =
            solo.originMs + Math.floor((one.startMs - solo.originMs) / solo.cellMs) * solo.cellMs;
          expect(solo.total(cell, cell + solo.cellMs)).toBeCloseTo(1, 6);
          const short = new DensityGrid(
            { startMs: extent.startMs, endMs: Date.UTC(2010, 0, 1) },
            [one],
            null,
          );
          expect(short.total(one.startMs, one.endMs)).toBeCloseTo(1, 6);
        }
      }),
    );
  });

  it('tells whether a window touches sorted spans', () => {
    const spans = [
      { startMs: 10, endMs: 20 },
      { startMs: 30, endMs: 40 },
    ];
    expect(touches(spans, { startMs: 0, endMs: 10 })).toBe(false);
    expect(touches(spans, { startMs: 0, endMs: 11 })).toBe(true);
    expect(touches(spans, { startMs: 20, endMs: 30 })).toBe(false);
    expect(touches(spans, { startMs: 39, endMs: 50 })).toBe(true);
    expect(touches([], { startMs: 0, endMs: 50 })).toBe(false);
  });
});
