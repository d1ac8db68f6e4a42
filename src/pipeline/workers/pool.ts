/**
 * A pool of worker threads (worker.ts). Jobs are handed out in small batches as workers finish;
 * each result comes back with its job index, and callers that need an order (the fold) restore
 * it, so a build does not depend on which thread was faster. One run at a time.
 */
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, ToWorker, WorkerSetup } from './protocol.ts';

/** The compiled command line's worker, beside the bundle's chunks (cli/compile.mjs); else the TypeScript one, through tsx. */
declare const DATELINE_WORKER_FILE: string | undefined;
const BOOT = new URL(typeof DATELINE_WORKER_FILE === 'string' ? `./${DATELINE_WORKER_FILE}` : './worker-boot.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  pending: number;
}

export class Pool {
  private readonly slots: Slot[];
  private run: { jobs: Job[]; next: number; left: number; batch: number; onResult: (r: JobResult) => void; resolve: () => void; reject: (e: Error) => void } | null = null;
  private broken: Error | null = null;
  private closing = false;

  /**
   * `work`: what the threads are for. Analysis gets a larger young generation than the default: it
   * makes many short-lived objects (~5% faster; `npm run bench:stages` runs with the same,
   * --max-semi-space-size=32: keep the two together). Merging months gets node's default.
   */
  constructor(threads: number, setup: WorkerSetup, work: 'analyse' | 'merge' = 'analyse') {
    const resourceLimits = work === 'analyse' ? { maxYoungGenerationSizeMb: 96 } : {};
    this.slots = Array.from({ length: threads }, () => ({ worker: new Worker(BOOT, { workerData: setup, resourceLimits }), pending: 0 }));
    for (const slot of this.slots) {
      slot.worker.on('message', (result: JobResult) => this.done(slot, result));
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a pipeline worker stopped (exit code ${code})`));
      });
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Send a message to every worker (before the jobs that depend on it). */
  broadcast(message: ToWorker): void {
    for (const { worker } of this.slots) worker.postMessage(message);
  }

  /** Run the jobs; onResult sees each result as it arrives (any order). */
  runJobs(jobs: Job[], onResult: (r: JobResult) => void, batch = 8): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    if (jobs.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.run = { jobs, next: 0, left: jobs.length, batch, onResult, resolve, reject };
      for (const slot of this.slots) this.feed(slot);
    });
  }

  /** Stop the workers. */
  async close(): Promise<void> {
    this.closing = true;
    const run = this.run;
    this.run = null;
    run?.reject(new Error('pool closed'));
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }

  private feed(slot: Slot): void {
    const run = this.run;
    // Two batches in flight per worker: it never waits for the main thread.
    while (run && slot.pending < 2 * run.batch && run.next < run.jobs.length) {
      const jobs = run.jobs.slice(run.next, run.next + run.batch);
      run.next += jobs.length;
      slot.pending += jobs.length;
      slot.worker.postMessage({ kind: 'jobs', jobs } satisfies ToWorker);
    }
  }

  private done(slot: Slot, result: JobResult): void {
    const run = this.run;
    slot.pending--;
    if (!run) return;
    try {
      run.onResult(result);
    } catch (error) {
      this.fail(error as Error);
      return;
    }
    if (--run.left === 0) {
      this.run = null;
      run.resolve();
    } else this.feed(slot);
  }

  private fail(error: Error): void {
    this.broken ??= error;
    const run = this.run;
    this.run = null;
    run?.reject(error);
  }
}
