import { describe, expect, it } from 'vitest';
import { dayToMs, MS_PER_DAY } from '../model/dates.ts';
import { visibleClusters } from './carry.ts';
import { clusterItems } from './clusters.ts';
import { item } from './test-items.ts';

// A fortnight from 15 September 2022 on a 1000px canvas.
const start = dayToMs('2022-09-15');
const pxPerMs = 1000 / (14 * MS_PER_DAY);
const x = (ms: number): number => (ms - start) * pxPerMs;
const toTime = (px: number): number => start + px / pxPerMs;

describe('visibleClusters', () => {
  const year = item('year', '2022-01-01', 365);
  const before = item('before', '2022-03-01');
  const later = item('later', '2022-09-25');

  it('carries spans that reach into view from a cluster out of sight to the left edge', () => {
    const clusters = clusterItems([year, before, later], pxPerMs);
    const shown = visibleClusters(clusters, x, toTime);
    expect(shown[0]!.items.map((i) => i.id)).toEqual(['year']);
    expect(x(shown[0]!.startMs)).toBeCloseTo(0, 6);
    expect(shown.slice(1).flatMap((c) => c.items.map((i) => i.id))).toEqual(['later']);
  });

  it('leaves the clusters alone when nothing reaches into view', () => {
    const clusters = clusterItems([before, later], pxPerMs);
    expect(visibleClusters(clusters, x, toTime)).toBe(clusters);
  });

  it('merges into a pill already at the left edge', () => {
    const early = item('early', '2022-09-15');
    const clusters = clusterItems([year, early], pxPerMs);
    const shown = visibleClusters(clusters, x, toTime);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.items.map((i) => i.id).sort()).toEqual(['early', 'year']);
  });
});
