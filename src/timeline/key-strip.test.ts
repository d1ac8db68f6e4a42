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
    const placed = placeKeyStrip(items, x, 1000, labelPx);
    expect(placed.map((e) => [e.item.id, e.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    // Far apart, they share the first row.
    const apart = ['a', 'b'].map((id, k) => keyItem(id, `2008-0${1 + 5 * k}-01`, 80));
    expect(placeKeyStrip(apart, x, 1000, labelPx).map((e) => e.row)).toEqual([0, 0]);
  });

  it('skips events out of view, puts a label before its marker at the right edge, and caps label widths', () => {
    const items = [
      keyItem('out', '2007-06-01', 90),
      keyItem('edge', '2008-12-20', 80),
      keyItem('long', '2008-03-01', 70),
    ];
    const placed = placeKeyStrip(items, x, 360, (i) => (i.id === 'long' ? 900 : 100));
    expect(placed.map((e) => e.item.id)).toEqual(['edge', 'long']);
    const edge = placed[0]!;
    expect(edge.labelBefore).toBe(true);
    expect(edge.labelEnd).toBeLessThan(edge.markerPx);
    expect(placed[1]!.labelEnd - placed[1]!.labelStart).toBe(KEY_LABEL_MAX_PX);
  });

  it('finds the event under its marker or label, in its row only', () => {
    const placed = placeKeyStrip([keyItem('a', '2008-02-10', 90)], x, 1000, labelPx);
    const e = placed[0]!;
    const mid = stripRowTopPx(0) + G.rowHeightPx / 2;
    expect(hitKeyStrip(placed, e.markerPx, mid, 2)?.item.id).toBe('a');
    expect(hitKeyStrip(placed, e.labelEnd - 5, mid, 2)?.item.id).toBe('a');
    expect(hitKeyStrip(placed, e.labelEnd + 20, mid, 2)).toBeNull();
    expect(hitKeyStrip(placed, e.markerPx, stripRowTopPx(1) + 5, 2)).toBeNull();
  });
});
