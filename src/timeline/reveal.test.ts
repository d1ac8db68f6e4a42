import { describe, expect, it } from 'vitest';
import { inSight, REVEAL_CONTEXT, revealWindow } from './reveal.ts';

const DAY = 86_400_000;
const t = { startMs: 0, endMs: 100 * DAY };
const day = (d: number) => ({ startMs: d * DAY, endMs: (d + 1) * DAY, centerMs: (d + 0.5) * DAY });

describe('inSight', () => {
  it('counts an event inside the window, not one at its very edge or past it', () => {
    expect(inSight(day(50), t)).toBe(true);
    expect(inSight(day(99.5), t)).toBe(false);
    expect(inSight(day(120), t)).toBe(false);
  });

  it('counts only the part left of a covering panel', () => {
    expect(inSight(day(70), t, 0.6)).toBe(false);
    expect(inSight(day(50), t, 0.6)).toBe(true);
  });
});

describe('revealWindow', () => {
  it('moves as little as brings the event in with context, keeping the span', () => {
    const next = revealWindow(day(120), t);
    expect(next.endMs - next.startMs).toBe(t.endMs - t.startMs);
    expect(next.endMs).toBeCloseTo(121 * DAY + REVEAL_CONTEXT * 100 * DAY);
    const back = revealWindow(day(-30), t);
    expect(back.startMs).toBeCloseTo(-30 * DAY - REVEAL_CONTEXT * 100 * DAY);
  });

  it('brings an event under a covering panel into the part left of it', () => {
    const next = revealWindow(day(70), t, 0.6);
    expect(inSight(day(70), next, 0.6)).toBe(true);
    // Its end lands the context (of the visible 60 days) inside the visible part's right edge.
    expect(next.startMs + 60 * DAY - 71 * DAY).toBeCloseTo(REVEAL_CONTEXT * 60 * DAY);
  });

  it('centres an event too long for the visible part', () => {
    const long = { startMs: 0, endMs: 400 * DAY, centerMs: 200 * DAY };
    const next = revealWindow(long, t, 0.5);
    expect(next.startMs + 25 * DAY).toBeCloseTo(200 * DAY);
  });
});
