import { describe, expect, it } from 'vitest';
import { densityBins } from './density.ts';

describe('densityBins', () => {
  const extent = { startMs: 0, endMs: 100 };

  it('puts a short event in its bin and spreads a long one over its span', () => {
    const bins = densityBins(
      [
        { startMs: 12, endMs: 13 },
        { startMs: 40, endMs: 80 },
      ],
      extent,
      10,
    );
    expect(bins[1]).toBe(1);
    expect([...bins.slice(4, 8)]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(bins.reduce((a, b) => a + b, 0)).toBeCloseTo(2, 12);
  });

  it('counts only the part of an event inside the extent', () => {
    const bins = densityBins([{ startMs: -50, endMs: 50 }], extent, 4);
    expect(bins.reduce((a, b) => a + b, 0)).toBeCloseTo(0.5, 12);
    expect(densityBins([{ startMs: 200, endMs: 300 }], extent, 4).every((b) => b === 0)).toBe(true);
  });
});
