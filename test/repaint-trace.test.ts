/**
 * The browser benchmark's "until repaint" (scripts/bench/repaint-trace.ts), over the main-thread
 * events of a real trace of one actor tick at 100k events (test/fixtures/trace/filter-click.json,
 * cut from a Chromium trace: the click's task, the frame after it, the tasks the app queued after
 * the frame, and one busy task of another thread).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { busyUntilRepaint, type TraceEvent } from '../scripts/bench/repaint-trace.ts';

const trace = JSON.parse(readFileSync('test/fixtures/trace/filter-click.json', 'utf8')) as TraceEvent[];
const task = (ts: number, dur: number, tid = 7): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 1, tid, ts, dur });

describe('busy time until the repaint', () => {
  it('counts the click’s task and the frame after it, not the tasks queued after the frame nor another thread', () => {
    // 9.163 ms of the click's task + 10.521 of the frame's; the 11.9 ms task after the frame, the
    // history write in a timer and the next frame are after the repaint.
    expect(busyUntilRepaint(trace, ['click'])).toEqual({ busyMs: 19.684, tasks: 2, frameMs: 10.521 });
  });

  it('counts a task that ran between the input and the frame', () => {
    const between = [...trace.filter((e) => e.ts !== 11983 && !(e.ts > 11983 && e.ts < 22504)), task(11983, 3000), task(15000, 10521), { name: 'Commit', ph: 'X', pid: 1, tid: 7, ts: 20000, dur: 500 }];
    expect(busyUntilRepaint(between, ['click'])).toEqual({ busyMs: 9.163 + 3 + 10.521, tasks: 3, frameMs: 10.521 });
  });

  it('counts a task nested in another once', () => {
    const nested = [...trace, task(3000, 1000)];
    expect(busyUntilRepaint(nested, ['click'])?.busyMs).toBe(19.684);
  });

  it('finds the input by its type: the click, not the input and change events it fires', () => {
    // The "input" event is dispatched in the same task as the click: the same task and frame.
    expect(busyUntilRepaint(trace, ['input'])?.busyMs).toBe(19.684);
    expect(busyUntilRepaint(trace, ['keydown'])).toBeNull();
  });

  it('is null when no frame follows the input', () => {
    const noFrame = trace.filter((e) => e.ts < 11983);
    expect(busyUntilRepaint(noFrame, ['click'])).toBeNull();
  });
});
