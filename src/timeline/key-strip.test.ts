import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../model/dates.ts';
import { GEOMETRY as G } from './geometry.ts';
import type { TimelineItem } from './items.ts';
import {
  hitKeyStrip,
  keyCandidates,
  keyCandidatesWhenReady,
  KEY_LABEL_MAX_PX,
  placeKeyStrip,
  type LabelWidths,
  type StripEntry,
  stripRowTopPx,
} from './key-strip.ts';
import { item } from './test-items.ts';

const keyItem = (id: string, day: string, importance: number): TimelineItem => ({
  ...item(id, day),
  key: importance >= 50,
  importance,
});
/** 1 px per day from 2008-01-01. */
const originMs = Date.parse('2008-01-01T00:00Z');
const x = (ms: number): number => (ms - originMs) / MS_PER_DAY;
const labelPx = (): number => 100;
/** The day `days` after 2008-01-01. */
const dayAfter = (days: number): string =>
  new Date(originMs + days * MS_PER_DAY).toISOString().slice(0, 10);
/** Exact widths, estimated exactly. */
const widths = (exact: (i: TimelineItem) => number): LabelWidths => ({ exact, estimate: exact });

describe('keyCandidates', () => {
  it('keeps key events only, most important first, then in the order given (by start)', () => {
    const items = [
      keyItem('b', '2008-01-01', 90),
      keyItem('d', '2008-01-15', 60),
      keyItem('c', '2008-02-01', 10),
      keyItem('a', '2008-03-01', 60),
      keyItem('e', '2008-04-01', 90),
    ];
    expect(keyCandidates(items).map((i) => i.id)).toEqual(['b', 'e', 'd', 'a']);
    expect(keyCandidates(items)).toBe(keyCandidates(items)); // made once per set
  });
});

describe('keyCandidatesWhenReady', () => {
  it('picks them in the frame for a small set, and when idle for a large one, then says so', async () => {
    const small = [keyItem('a', '2008-01-01', 90)];
    expect(keyCandidatesWhenReady(small, () => {})?.map((i) => i.id)).toEqual(['a']);
    const large = Array.from({ length: 60_000 }, (_, k) =>
      keyItem(`e${k}`, '2008-01-01', k === 59_999 ? 95 : 40),
    );
    let ready = 0;
    expect(keyCandidatesWhenReady(large, () => ready++)).toBeNull();
    expect(keyCandidatesWhenReady(large, () => ready++)).toBeNull(); // asked once
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ready).toBe(1);
    expect(keyCandidatesWhenReady(large, () => ready++)?.map((i) => i.id)).toEqual(['e59999']);
  });
});

describe('placeKeyStrip', () => {
  it('gives each event the first row where it clears the others, in the order given, and leaves out what does not fit', () => {
    // Four events within 30 px of each other, 100 px labels: one per row, three rows, the fourth left out.
    const days = ['2008-02-10', '2008-02-20', '2008-03-01', '2008-03-10'];
    const items = ['a', 'b', 'c', 'd'].map((id, k) => keyItem(id, days[k]!, 90 - k));
    const placed = placeKeyStrip(items, x, 1000, widths(labelPx));
    expect(placed.map((e) => [e.item.id, e.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    // Far apart, they share the first row.
    const apart = ['a', 'b'].map((id, k) => keyItem(id, `2008-0${1 + 5 * k}-01`, 80));
    expect(placeKeyStrip(apart, x, 1000, widths(labelPx)).map((e) => e.row)).toEqual([0, 0]);
  });

  it('skips events out of view, puts a label before its marker at the right edge, and caps label widths', () => {
    const items = [
      keyItem('out', '2007-06-01', 90),
      keyItem('edge', '2008-12-20', 80),
      keyItem('long', '2008-03-01', 70),
    ];
    const placed = placeKeyStrip(
      items,
      x,
      360,
      widths((i) => (i.id === 'long' ? 900 : 100)),
    );
    expect(placed.map((e) => e.item.id)).toEqual(['edge', 'long']);
    const edge = placed[0]!;
    expect(edge.labelBefore).toBe(true);
    expect(edge.labelEnd).toBeLessThan(edge.markerPx);
    expect(placed[1]!.labelEnd - placed[1]!.labelStart).toBe(KEY_LABEL_MAX_PX);
  });

  it('places by exact widths, measuring only the candidates an estimate cannot rule out', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 400 }),
            exactPx: fc.integer({ min: 10, max: 260 }),
            // An estimate up to a quarter over the exact width, or a little under it.
            over: fc.double({ min: 0.97, max: 1.25, noNaN: true }),
          }),
          { maxLength: 80 },
        ),
        (specs) => {
          const items = specs.map((s, k) => ({
            ...keyItem(`e${k}`, dayAfter(s.day), 90),
            exactPx: s.exactPx,
            estimatePx: s.exactPx * s.over,
          }));
          const measured = new Set<string>();
          const exact = (i: TimelineItem): number => {
            measured.add(i.id);
            return (i as (typeof items)[number]).exactPx;
          };
          const estimate = (i: TimelineItem): number => (i as (typeof items)[number]).estimatePx;
          const withEstimates = placeKeyStrip(items, x, 360, { exact, estimate });
          const rowsOf = (entries: StripEntry[]) =>
            entries.map((e) => [e.item.id, e.row, e.labelStart, e.labelEnd]);
          // The same strip as measuring every candidate…
          expect(rowsOf(withEstimates)).toEqual(
            rowsOf(placeKeyStrip(items, x, 360, widths(exact))),
          );
          // …each placed by its measured width.
          for (const e of withEstimates) expect(measured.has(e.item.id)).toBe(true);
        },
      ),
      { seed: 20261207, numRuns: 300 },
    );
    // Many candidates on one spot: three are placed, and the rest, ruled out by their estimates,
    // are never measured.
    const crowd = Array.from({ length: 50 }, (_, k) => keyItem(`c${k}`, '2008-03-01', 90));
    let calls = 0;
    const counted = (): number => (calls++, 100);
    const placed = placeKeyStrip(crowd, x, 1000, { exact: counted, estimate: () => 100 });
    expect(placed).toHaveLength(3);
    expect(calls).toBe(3);
  });

  it('finds the event under its marker or label, in its row only', () => {
    const placed = placeKeyStrip([keyItem('a', '2008-02-10', 90)], x, 1000, widths(labelPx));
    const e = placed[0]!;
    const mid = stripRowTopPx(0) + G.rowHeightPx / 2;
    expect(hitKeyStrip(placed, e.markerPx, mid, 2)?.item.id).toBe('a');
    expect(hitKeyStrip(placed, e.labelEnd - 5, mid, 2)?.item.id).toBe('a');
    expect(hitKeyStrip(placed, e.labelEnd + 20, mid, 2)).toBeNull();
    expect(hitKeyStrip(placed, e.markerPx, stripRowTopPx(1) + 5, 2)).toBeNull();
  });
});
