/**
 * "Until repaint", read from a Chrome trace of one interaction: the page's main-thread busy time
 * from the task that dispatched the input to the end of the first rendering update after it (the
 * frame that draws the change: animation-frame callbacks, style, layout, paint, commit), every
 * task in between included.
 *
 * Why a trace: Chrome's `TaskDuration` (CDP Performance.getMetrics) can only be read when the page
 * answers, and it answers after the tasks already queued. The app queues its follow-up work right
 * after the repaint (the history entry, the list of events in view, the actor counts), so a reading
 * there counted that work as part of the repaint. The trace says which task was the frame.
 */

/** The fields of a Chrome trace event this reads (Trace Event Format, "X" complete events in µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Trace events that happen only inside a rendering update (Chrome's BeginMainFrame task). */
const FRAME_EVENTS = new Set(['FireAnimationFrame', 'Paint', 'Commit', 'PrePaint']);
/** Chrome's name for one task of a thread's message loop. */
const TASK = 'RunTask';

export interface RepaintBusy {
  /** Main-thread busy ms from the input's task through the frame's. */
  busyMs: number;
  /** Tasks counted, the input's and the frame's included. */
  tasks: number;
  /** Busy ms of the frame's task alone. */
  frameMs: number;
}

/**
 * Busy time from the main-thread task that dispatched an event of one of `inputTypes` to the end of
 * the first rendering update after it; null when the trace holds no such input or no frame after it.
 */
export function busyUntilRepaint(events: readonly TraceEvent[], inputTypes: readonly string[]): RepaintBusy | null {
  const input = events.find((e) => e.name === 'EventDispatch' && inputTypes.includes(e.args?.data?.type ?? ''));
  if (!input) return null;
  const thread = (e: TraceEvent): boolean => e.pid === input.pid && e.tid === input.tid;
  const tasks = outermost(events.filter((e) => thread(e) && e.ph === 'X' && e.name === TASK)).sort((a, b) => a.ts - b.ts);
  const first = tasks.findIndex((t) => within(input, t));
  if (first < 0) return null;
  const frameEvents = events.filter((e) => thread(e) && e.ph === 'X' && FRAME_EVENTS.has(e.name));
  for (let k = first + 1; k < tasks.length; k++) {
    const task = tasks[k]!;
    if (!frameEvents.some((e) => within(e, task))) continue;
    const counted = tasks.slice(first, k + 1);
    return {
      busyMs: counted.reduce((n, t) => n + (t.dur ?? 0), 0) / 1000,
      tasks: counted.length,
      frameMs: (task.dur ?? 0) / 1000,
    };
  }
  return null;
}

/** Whether `e` starts inside `task` (input and frame events are nested in the task that runs them). */
function within(e: TraceEvent, task: TraceEvent): boolean {
  return e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0);
}

/** Tasks not nested in another (a nested message loop runs tasks inside a task). */
function outermost(tasks: TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let endTs = -Infinity;
  for (const t of sorted) {
    if (t.ts < endTs) continue;
    out.push(t);
    endTs = t.ts + (t.dur ?? 0);
  }
  return out;
}
