import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RebuildScheduler, type BuildOutcome } from './watch-scheduler.ts';

const QUIET_MS = 300;
const BUSY_MS = 1000;

/** A build the test finishes by hand, recording how many ran at once. */
function controlledBuilds() {
  const pending: ((outcome: BuildOutcome) => void)[] = [];
  let running = 0;
  let most = 0;
  const build = (): Promise<BuildOutcome> => {
    running++;
    most = Math.max(most, running);
    return new Promise((resolve) =>
      pending.push((outcome) => {
        running--;
        resolve(outcome);
      }),
    );
  };
  return {
    build,
    /** End the oldest running build. */
    finish: async (outcome: BuildOutcome = 'done') => {
      pending.shift()!(outcome);
      await vi.advanceTimersByTimeAsync(0);
    },
    get running() {
      return running;
    },
    get most() {
      return most;
    },
  };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('RebuildScheduler', () => {
  it('builds once for a burst of changes, after they have been quiet for quietMs', async () => {
    const b = controlledBuilds();
    const s = new RebuildScheduler(b.build, { quietMs: QUIET_MS, busyRetryMs: BUSY_MS });
    for (let i = 0; i < 10; i++) {
      s.changed();
      await vi.advanceTimersByTimeAsync(QUIET_MS - 1); // a file written in pieces: never quiet for long
    }
    expect(s.builds).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.builds).toBe(1);
    await b.finish();
    await vi.advanceTimersByTimeAsync(10 * QUIET_MS);
    expect(s.builds).toBe(1);
    expect(s.idle).toBe(true);
  });

  it('follows a build during which files changed with exactly one more, never two at once', async () => {
    const b = controlledBuilds();
    const s = new RebuildScheduler(b.build, { quietMs: QUIET_MS, busyRetryMs: BUSY_MS });
    s.changed();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(b.running).toBe(1);
    for (let i = 0; i < 5; i++) {
      s.changed();
      await vi.advanceTimersByTimeAsync(QUIET_MS * 2); // long past quiet: still no second build while one runs
    }
    expect(s.builds).toBe(1);
    await b.finish();
    expect(s.builds).toBe(1); // waits for quiet again
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(s.builds).toBe(2);
    await b.finish();
    await vi.advanceTimersByTimeAsync(10 * QUIET_MS);
    expect(s.builds).toBe(2);
    expect(b.most).toBe(1);
    expect(s.idle).toBe(true);
  });

  it('tells a running build whether a change was heard since it started (a write as it began is one)', async () => {
    const b = controlledBuilds();
    const s = new RebuildScheduler(b.build, { quietMs: QUIET_MS, busyRetryMs: BUSY_MS });
    expect(s.changedSinceStart).toBe(false);
    s.changed();
    expect(s.changedSinceStart).toBe(false); // waiting for quiet, no build yet
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(s.changedSinceStart).toBe(false); // the change before it is what it builds
    s.changed();
    expect(s.changedSinceStart).toBe(true);
    await b.finish('stale');
    expect(s.changedSinceStart).toBe(false); // no build runs
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(s.builds).toBe(2);
    expect(s.changedSinceStart).toBe(false);
    await b.finish();
    expect(s.idle).toBe(true);
  });

  it('builds again after a build whose inputs moved under it, even if no change was seen', async () => {
    const b = controlledBuilds();
    const s = new RebuildScheduler(b.build, { quietMs: QUIET_MS, busyRetryMs: BUSY_MS });
    s.changed();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    await b.finish('stale');
    expect(s.idle).toBe(false);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(s.builds).toBe(2);
    await b.finish();
    expect(s.idle).toBe(true);
  });

  it('retries after busyRetryMs when another process holds the out folder', async () => {
    const b = controlledBuilds();
    const s = new RebuildScheduler(b.build, { quietMs: QUIET_MS, busyRetryMs: BUSY_MS });
    s.changed();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    await b.finish('busy');
    await vi.advanceTimersByTimeAsync(BUSY_MS - 1);
    expect(s.builds).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.builds).toBe(2);
    await b.finish();
    expect(s.idle).toBe(true);
  });

  it('keeps watching after a build throws, and whenIdle waits for the pending build', async () => {
    let calls = 0;
    const s = new RebuildScheduler(
      () => {
        calls++;
        return calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve('done');
      },
      { quietMs: QUIET_MS, busyRetryMs: BUSY_MS },
    );
    s.changed();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    s.changed();
    let idle = false;
    void s.whenIdle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(QUIET_MS - 1);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    expect(idle).toBe(true);
  });

  it('starts nothing after close, and close waits for the running build', async () => {
    const b = controlledBuilds();
    const s = new RebuildScheduler(b.build, { quietMs: QUIET_MS, busyRetryMs: BUSY_MS });
    s.changed();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    s.changed();
    let closed = false;
    void s.close().then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(false);
    await b.finish();
    expect(closed).toBe(true);
    s.changed();
    await vi.advanceTimersByTimeAsync(10 * QUIET_MS);
    expect(s.builds).toBe(1);
  });
});
