import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayToMs } from '../model/dates.ts';
import { viewLimits } from '../model/window.ts';
import { createViewState, SETTLE_MS } from './view-state.ts';

const Y2008 = { startMs: dayToMs('2008-01-01'), endMs: dayToMs('2009-01-01') };
const Y2009 = { startMs: dayToMs('2009-01-01'), endMs: dayToMs('2010-01-01') };

function setup() {
  const settled: unknown[] = [];
  let requests = 0;
  const view = createViewState({ request: () => requests++, settled: (w) => settled.push(w) });
  view.limits = viewLimits({ startMs: dayToMs('2000-01-01'), endMs: dayToMs('2020-01-01') });
  return { view, settled, requests: () => requests };
}

describe('view state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("reports a person's moves once, after they stop", () => {
    const { view, settled } = setup();
    view.moveNow(Y2008);
    vi.advanceTimersByTime(SETTLE_MS / 2);
    view.moveNow(Y2009);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(settled).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(settled).toEqual([Y2009]);
  });

  it('never reports windows the program asked for, and ignores what is already shown', () => {
    const { view, settled, requests } = setup();
    expect(view.show(Y2008, false, 1000)).toBe(true);
    const before = requests();
    expect(view.show({ startMs: Y2008.startMs + 1000, endMs: Y2008.endMs }, false, 1000)).toBe(
      false,
    );
    expect(requests()).toBe(before);
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(settled).toEqual([]);
    expect(view.win).toEqual(Y2008);
  });

  it('animates toward the target and reports the end of a move a person asked for', () => {
    const { view, settled } = setup();
    view.show(Y2008, false, 1000);
    view.animateTo(Y2009, true);
    expect(view.target()).toEqual(Y2009);
    expect(view.step(0)).toBe(true);
    expect(view.step(100)).toBe(true);
    expect(view.win.startMs).toBeGreaterThan(Y2008.startMs);
    expect(view.win.startMs).toBeLessThan(Y2009.startMs);
    expect(view.step(1000)).toBe(false);
    expect(view.win).toEqual(Y2009);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settled).toEqual([Y2009]);
  });

  it('a programmatic window cancels a pending report', () => {
    const { view, settled } = setup();
    view.moveNow(Y2008);
    view.show(Y2009, false, 1000);
    vi.advanceTimersByTime(10 * SETTLE_MS);
    expect(settled).toEqual([]);
  });

  it('keeps windows within the limits', () => {
    const { view } = setup();
    view.moveNow({ startMs: 0, endMs: 1 });
    expect(view.win.endMs - view.win.startMs).toBe(view.limits.minSpanMs);
  });
});
