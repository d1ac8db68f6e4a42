import { describe, expect, it } from 'vitest';
import { dayToMs, MS_PER_DAY } from '../model/dates.ts';
import { clusterExtentPx, clusterItems, clusterWindow } from './clusters.ts';
import {
  GEOMETRY as G,
  itemExtentAt,
  markerEndPx,
  markerStartPx,
  UNBOUNDED,
  type ToPx,
} from './geometry.ts';
import type { TimelineItem } from './items.ts';
import { layoutItems, layoutScale, type Layout } from './layout.ts';
import { item } from './test-items.ts';

const LABEL = 100;
const labelPx = (): number => LABEL;
/** px per ms so that one day is `pxPerDay` pixels. */
const perDay = (pxPerDay: number): number => pxPerDay / MS_PER_DAY;

/** Every pair of neighbours in a row is apart at scale `pxPerMs` (markers and drawn labels). */
function expectNoOverlap(layout: Layout, pxPerMs: number): void {
  const x: ToPx = (ms) => ms * pxPerMs;
  for (const row of layout.rows) {
    for (let i = 0; i + 1 < row.length; i++) {
      const e = itemExtentAt(row, i, x, labelPx, UNBOUNDED);
      const nextStart = markerStartPx(row[i + 1]!, x);
      expect(e.end + G.gapPx).toBeLessThanOrEqual(nextStart + 1e-6);
    }
  }
  const pills = layout.clusters.map((c) => clusterExtentPx(c, x));
  for (let i = 0; i + 1 < pills.length; i++)
    expect(pills[i]!.end).toBeLessThan(pills[i + 1]!.start);
}

/** Deterministic pseudo-random items: points and soft spans over three years. */
function manyItems(n: number): TimelineItem[] {
  let seed = 7;
  const rand = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(dayToMs('2008-01-01') + Math.floor(rand() * 1000) * MS_PER_DAY);
    const days = rand() < 0.7 ? 1 : [7, 30, 91, 365][Math.floor(rand() * 4)]!;
    return item(`e${i}`, day.toISOString().slice(0, 10), days);
  });
}

describe('layoutItems', () => {
  it('puts items that are apart in one row, with room for their labels', () => {
    const items = [item('a', '2008-01-01'), item('b', '2008-01-20'), item('c', '2008-02-10')];
    const layout = layoutItems(items, perDay(10), 5, labelPx);
    expect(layout.rows.map((r) => r.map((i) => i.id))).toEqual([['a', 'b', 'c']]);
    expect(layout.clusters).toEqual([]);
  });

  it('stacks items that are close, preferring a row where the label fits', () => {
    const items = [item('a', '2008-01-01'), item('b', '2008-01-03'), item('c', '2008-01-20')];
    const layout = layoutItems(items, perDay(10), 5, labelPx);
    expect(layout.rows.map((r) => r.map((i) => i.id))).toEqual([['a', 'c'], ['b']]);
  });

  it('cuts a label short rather than leave a marker out', () => {
    const items = [item('a', '2008-01-01'), item('b', '2008-01-03')];
    const layout = layoutItems(items, perDay(10), 1, labelPx);
    expect(layout.rows.map((r) => r.map((i) => i.id))).toEqual([['a', 'b']]);
    const x: ToPx = (ms) => ms * perDay(10);
    const first = itemExtentAt(layout.rows[0]!, 0, x, labelPx, UNBOUNDED);
    expect(first.labelEnd).toBe(first.labelStart);
  });

  it('clusters what does not fit into a last row', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(`p${i}`, '2008-05-01'));
    const layout = layoutItems(items, perDay(10), 4, labelPx);
    expect(layout.rows).toHaveLength(3);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]!.items).toHaveLength(7);
    const placed = layout.rows.flat().length + layout.clusters.flatMap((c) => c.items).length;
    expect(placed).toBe(10);
  });

  it('gives rows to the events of a busy day before the month-long spans around it', () => {
    const days = Array.from({ length: 6 }, (_, i) => item(`d${i}`, '2008-02-17'));
    const months = Array.from({ length: 6 }, (_, i) => item(`m${i}`, '2008-02-01', 29));
    // 30px a day: the days are points, the months 870px-wide bars.
    const layout = layoutItems([...months, ...days], perDay(30), 7, labelPx);
    const inRows = new Set(layout.rows.flat().map((i) => i.id));
    for (const d of days) expect(inRows.has(d.id)).toBe(true);
    const clustered = layout.clusters.flatMap((c) => c.items.map((i) => i.id));
    expect(clustered.length).toBeGreaterThan(0);
    expect(clustered.every((id) => id.startsWith('m'))).toBe(true);
  });

  it('when not all fit, places key events first: they get rows, lesser events the pills', () => {
    // Ten events on one day, four rows: three rows of markers and a row of pills.
    const items = Array.from({ length: 10 }, (_, i) => item(`p${i}`, '2008-05-01'));
    const key = new Set(['p6', 'p8', 'p9']);
    const plain = layoutItems(items, perDay(10), 4, labelPx);
    expect(plain.rows.flat().map((i) => i.id)).toEqual(['p0', 'p1', 'p2']); // in order otherwise
    const layout = layoutItems(
      items.map((it) => ({ ...it, key: key.has(it.id) })),
      perDay(10),
      4,
      labelPx,
    );
    expect(
      layout.rows
        .flat()
        .map((i) => i.id)
        .sort(),
    ).toEqual([...key].sort());
    expect(layout.clusters.flatMap((c) => c.items)).toHaveLength(7);
    expectNoOverlap(layout, perDay(10));
  });

  it('keeps a key event\'s label room: a lesser event is not squeezed in after its marker', () => {
    // One row and the pills: the key event first, then events five days later, inside its label.
    const items = [item('k', '2008-10-08'), ...Array.from({ length: 4 }, (_, i) => item(`p${i}`, '2008-10-13'))];
    const layout = layoutItems(
      items.map((it) => ({ ...it, key: it.id === 'k' })),
      perDay(10),
      2,
      labelPx,
    );
    const row = layout.rows.find((r) => r.some((it) => it.id === 'k'))!;
    const extent = itemExtentAt(row, row.findIndex((it) => it.id === 'k'), (ms) => ms * perDay(10), labelPx, UNBOUNDED);
    expect(extent.labelEnd - extent.labelStart).toBe(LABEL);
    expectNoOverlap(layout, perDay(10));
  });

  it('when all fit, lays out in time order whatever is key', () => {
    const items = manyItems(60);
    const withKeys = items.map((it, i) => ({ ...it, key: i % 3 === 0 }));
    const a = layoutItems(items, perDay(3), 40, labelPx);
    expect(a.clusters).toEqual([]);
    const b = layoutItems(withKeys, perDay(3), 40, labelPx);
    expect(b.rows.map((r) => r.map((i) => i.id))).toEqual(a.rows.map((r) => r.map((i) => i.id)));
  });

  it('never overlaps, at its scale and at any finer one', () => {
    const items = manyItems(400);
    for (const pxPerDay of [0.05, 0.4, 3, 25]) {
      const level = layoutScale(perDay(pxPerDay));
      expect(level).toBeLessThanOrEqual(perDay(pxPerDay));
      const layout = layoutItems(items, level, 12, labelPx);
      const count =
        layout.rows.flat().length + layout.clusters.reduce((n, c) => n + c.items.length, 0);
      expect(count).toBe(400);
      for (const zoom of [1, 1.09, 2, 10]) expectNoOverlap(layout, level * zoom);
    }
  });

  it('is deterministic whatever the input order', () => {
    const items = manyItems(120);
    const a = layoutItems(items, perDay(1), 6, labelPx);
    const b = layoutItems([...items].reverse(), perDay(1), 6, labelPx);
    expect(b.rows.map((r) => r.map((i) => i.id))).toEqual(a.rows.map((r) => r.map((i) => i.id)));
  });

  it('rounds scales down to steps of 2^(1/8)', () => {
    expect(layoutScale(1)).toBe(1);
    expect(layoutScale(1.05)).toBe(1);
    expect(layoutScale(1.1)).toBeCloseTo(2 ** (1 / 8), 12);
  });
});

describe('clusters', () => {
  it('gathers items by stretch of time (bins of the layout scale), in time order', () => {
    const items = [
      item('c', '2008-06-01'),
      item('b', '2008-01-02'),
      item('a', '2008-01-01'),
      item('y', '2008-01-01', 366),
    ];
    // 2px a day: a 56px bin is 28 days.
    const clusters = clusterItems(items, perDay(2));
    expect(clusters.map((c) => c.items.map((i) => i.id))).toEqual([['y', 'a', 'b'], ['c']]);
    for (const c of clusters) {
      expect(c.endMs - c.startMs).toBeCloseTo(28 * MS_PER_DAY, -3);
      for (const i of c.items) expect(i.startMs).toBeGreaterThanOrEqual(c.startMs);
    }
  });

  it('zooms to its items with a margin', () => {
    const items = [item('a', '2008-01-01'), item('b', '2008-01-10')];
    const win = clusterWindow({ startMs: 0, endMs: 1, items });
    expect(win.startMs).toBeLessThan(dayToMs('2008-01-01'));
    expect(win.endMs).toBeGreaterThan(dayToMs('2008-01-11'));
  });
});

describe('geometry', () => {
  it('draws a day as a point and a span at least minSpanPx wide', () => {
    const x: ToPx = (ms) => ms * perDay(0.001);
    const day = item('d', '2008-01-01');
    expect(markerEndPx(day, x) - markerStartPx(day, x)).toBe(2 * G.markerRadiusPx + 2);
    const month = item('m', '2008-01-01', 31);
    expect(markerEndPx(month, x) - markerStartPx(month, x)).toBeCloseTo(G.minSpanPx, 9);
  });
});
