import { describe, expect, it } from 'vitest';
import { createFrameScheduler } from './frame-scheduler.ts';

function fakeFrames() {
  let callbacks: ((now: number) => void)[] = [];
  return {
    requestAnimationFrame: (cb: (now: number) => void) => callbacks.push(cb),
    cancelAnimationFrame: () => void (callbacks = []),
    flush(now = 16) {
      const run = callbacks;
      callbacks = [];
      for (const cb of run) cb(now);
    },
    get pending() {
      return callbacks.length;
    },
  };
}

describe('frame scheduler', () => {
  it('runs each task once per frame however often it is asked for', () => {
    const frames = fakeFrames();
    const scheduler = createFrameScheduler(frames);
    const calls: string[] = [];
    const a = (): number => calls.push('a');
    const b = (): number => calls.push('b');
    scheduler.request(a);
    scheduler.request(b);
    scheduler.request(a);
    expect(frames.pending).toBe(1);
    frames.flush();
    expect(calls).toEqual(['a', 'b']);
    frames.flush();
    expect(calls).toEqual(['a', 'b']);
  });

  it('runs a task asked for during a frame in the next one', () => {
    const frames = fakeFrames();
    const scheduler = createFrameScheduler(frames);
    let n = 0;
    const tick = (): void => {
      if (++n < 3) scheduler.request(tick);
    };
    scheduler.request(tick);
    frames.flush();
    expect(n).toBe(1);
    frames.flush();
    frames.flush();
    expect(n).toBe(3);
  });

  it('cancels', () => {
    const frames = fakeFrames();
    const scheduler = createFrameScheduler(frames);
    let ran = false;
    const task = (): void => void (ran = true);
    scheduler.request(task);
    scheduler.cancel(task);
    frames.flush();
    expect(ran).toBe(false);
  });
});
