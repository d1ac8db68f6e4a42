/**
 * The one frame loop of the app: every canvas asks for a frame here, and all the tasks asked for
 * before the next animation frame run together in it, once each, in the order they were asked.
 * Nothing draws outside a frame, so any number of changes between two frames cost one redraw.
 */

export type FrameTask = (nowMs: number) => void;

export interface FrameScheduler {
  /** Run `task` in the next frame (once, however often it is asked for before then). */
  request(task: FrameTask): void;
  cancel(task: FrameTask): void;
}

export interface FrameHost {
  requestAnimationFrame(callback: (nowMs: number) => void): number;
  cancelAnimationFrame(handle: number): void;
}

export function createFrameScheduler(host?: FrameHost): FrameScheduler {
  const pending = new Set<FrameTask>();
  let handle: number | null = null;
  const frames = (): FrameHost => host ?? globalThis;

  const run = (nowMs: number): void => {
    handle = null;
    const tasks = [...pending];
    pending.clear();
    // A task may ask for another frame (an animation): it lands in `pending` for the next one.
    for (const task of tasks) task(nowMs);
  };

  return {
    request(task) {
      pending.add(task);
      if (handle === null) handle = frames().requestAnimationFrame(run);
    },
    cancel(task) {
      pending.delete(task);
      if (pending.size === 0 && handle !== null) {
        frames().cancelAnimationFrame(handle);
        handle = null;
      }
    },
  };
}

/** The app's scheduler, shared by the timeline and the overview strip. */
export const frameScheduler: FrameScheduler = createFrameScheduler();
