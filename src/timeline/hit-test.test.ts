import { describe, expect, it } from 'vitest';
import { dayToMs, MS_PER_DAY } from '../model/dates.ts';
import { GEOMETRY as G, itemExtentAt, rowTopPx, type ToPx } from './geometry.ts';
import { hitTest, type HitFrame } from './hit-test.ts';
import { layoutItems } from './layout.ts';
import { item } from './test-items.ts';

const pxPerMs = 20 / MS_PER_DAY;
const origin = dayToMs('2008-01-01');
const x: ToPx = (ms) => (ms - origin) * pxPerMs;
const labelPxOf = (): number => 80;

const items = [
  item('a', '2008-01-02'),
  item('b', '2008-01-03'),
  item('c', '2008-01-20'),
  item('m', '2008-02-01', 29),
  ...Array.from({ length: 6 }, (_, i) => item(`z${i}`, '2008-03-10')),
];
const layout = layoutItems(items, pxPerMs, 4, labelPxOf);
const frame: HitFrame = { layout, x, labelPxOf, widthPx: 1500 };
const rowMiddle = (row: number): number => rowTopPx(row) + G.rowHeightPx / 2;

describe('hitTest', () => {
  it('finds a point by its marker and by its label', () => {
    const row = layout.rows.findIndex((r) => r.some((i) => i.id === 'c'));
    const c = items[2]!;
    expect(hitTest(frame, x(c.centerMs), rowMiddle(row))).toMatchObject({
      kind: 'item',
      item: { id: 'c' },
    });
    expect(hitTest(frame, x(c.centerMs) + 40, rowMiddle(row))).toMatchObject({ item: { id: 'c' } });
  });

  it('finds a span anywhere along it', () => {
    const row = layout.rows.findIndex((r) => r.some((i) => i.id === 'm'));
    expect(hitTest(frame, x(dayToMs('2008-02-25')), rowMiddle(row))).toMatchObject({
      item: { id: 'm' },
    });
  });

  it('misses empty space and the axis', () => {
    expect(hitTest(frame, x(dayToMs('2008-01-12')), rowMiddle(0), 0)).toBeNull();
    expect(hitTest(frame, x(dayToMs('2008-01-02')), 10)).toBeNull();
    expect(hitTest(frame, 5, rowMiddle(20))).toBeNull();
  });

  it('finds clusters in the last row', () => {
    expect(layout.clusters.length).toBeGreaterThan(0);
    const hit = hitTest(
      frame,
      x(dayToMs('2008-03-10') + MS_PER_DAY / 2),
      rowMiddle(layout.rows.length),
    );
    expect(hit?.kind).toBe('cluster');
  });

  it('finds a label drawn before its marker at the right edge, and the label before it', () => {
    const c = items[2]!;
    const row = layout.rows.findIndex((r) => r.some((i) => i.id === 'c'));
    const narrow: HitFrame = { ...frame, widthPx: x(c.centerMs) + 30 };
    // After the marker there would be 19px before the edge: the 80px label is drawn before it.
    expect(hitTest(narrow, x(c.centerMs) - 40, rowMiddle(row), 0)).toMatchObject({
      item: { id: 'c' },
    });
    expect(hitTest(frame, x(c.centerMs) - 40, rowMiddle(row), 0)).toBeNull();
    // The item before it in the row keeps its own label.
    const first = layout.rows[row]![0]!;
    expect(hitTest(narrow, x(first.centerMs) + 40, rowMiddle(row), 0)).toMatchObject({
      item: { id: first.id },
    });
  });

  it('agrees with a linear scan on every pixel, at any canvas width', () => {
    for (const widthPx of [1500, 400, 700]) {
      const f = { ...frame, widthPx };
      for (let row = 0; row < layout.rows.length; row++) {
        const r = layout.rows[row]!;
        for (let px = -20; px < 1500; px += 3) {
          const expected = r.find((_, i) => {
            const e = itemExtentAt(r, i, x, labelPxOf, { leftPx: 0, rightPx: widthPx });
            return px >= e.start && px <= e.end;
          });
          const hit = hitTest(f, px, rowMiddle(row), 0);
          expect(hit?.kind === 'item' ? hit.item.id : undefined).toBe(expected?.id);
        }
      }
    }
  });
});
