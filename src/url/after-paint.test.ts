import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, whenIdle } from './after-paint.ts';

/** Frames run when the test says (node has no requestAnimationFrame). */
let frames: Map<number, FrameRequestCallback>;

beforeEach(() => {
  vi.useFakeTimers();
  frames = new Map();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function paint(): void {
  const due = [...frames.values()];
  frames.clear();
  for (const cb of due) cb(0);
}

describe('afterNextPaint', () => {
  it('runs in a task of its own after the next frame, not in the frame', () => {
    const ran = vi.fn();
    afterNextPaint(ran);
    vi.advanceTimersByTime(1000);
    expect(ran).not.toHaveBeenCalled(); // no frame yet, and no fallback asked for
    paint();
    expect(ran).not.toHaveBeenCalled(); // the frame's callbacks come first
    vi.advanceTimersByTime(0);
    expect(ran).toHaveBeenCalledOnce();
  });

  it('runs after the fallback where no frame comes (a hidden tab), once', () => {
    const ran = vi.fn();
    afterNextPaint(ran, 200);
    vi.advanceTimersByTime(199);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledOnce();
    paint();
    vi.advanceTimersByTime(1000);
    expect(ran).toHaveBeenCalledOnce();
  });

  it('runs nothing once cancelled, before or after the frame', () => {
    const early = vi.fn();
    afterNextPaint(early, 200)();
    const late = vi.fn();
    const cancelLate = afterNextPaint(late, 200);
    paint();
    cancelLate();
    vi.advanceTimersByTime(1000);
    paint();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});

describe('whenIdle', () => {
  it('asks the browser for idle time, with the deadline given, and can be cancelled', () => {
    const idle = new Map<number, { cb: () => void; timeout: number | undefined }>();
    vi.stubGlobal('requestIdleCallback', (cb: () => void, options?: { timeout?: number }) => {
      idle.set(idle.size + 1, { cb, timeout: options?.timeout });
      return idle.size;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => idle.delete(id));
    const ran = vi.fn();
    whenIdle(ran, 300);
    const cancelled = vi.fn();
    whenIdle(cancelled, 300)();
    expect([...idle.values()].map((i) => i.timeout)).toEqual([300]);
    paint();
    vi.advanceTimersByTime(1000);
    expect(ran).not.toHaveBeenCalled(); // not a frame's matter: the browser calls it when idle
    for (const { cb } of idle.values()) cb();
    expect(ran).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('runs after the next paint where the browser has no idle callbacks', () => {
    const ran = vi.fn();
    whenIdle(ran, 300);
    paint();
    vi.advanceTimersByTime(0);
    expect(ran).toHaveBeenCalledOnce();
  });
});
