/**
 * `dateline cluster submit`: list the inputs once, write the run's manifest into the shared store
 * and put one job per batch of files on the queue. Submitting the same inputs again resumes the
 * run: finished jobs stay done, waiting ones are not added twice, and jobs that failed every try
 * (the dead letters) are tried again.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Queue, type JobsOptions } from 'bullmq';
import type { ReadLimits } from '../read/walk.ts';
import { listInputs, type ListedFile } from '../map/shard-map.ts';
import { redisConnection } from './redis.ts';
import {
  finishedJobs,
  jobId,
  latestPath,
  manifestPath,
  runId,
  RUN_VERSION,
  type JobData,
  type RunManifest,
} from './run.ts';

export interface SubmitOptions {
  store: string;
  redisUrl: string;
  queue: string;
  actorsFile: string | null;
  limits?: ReadLimits;
  /** Files per job. */
  jobFiles: number;
  /** Tries per job before it is a dead letter. */
  attempts: number;
  /** First wait before a retry (ms), doubled at each further try. */
  backoffMs: number;
}

export interface Submitted {
  run: string;
  files: number;
  jobs: number;
  /** Jobs put on the queue now. */
  added: number;
  /** Dead letters tried again. */
  retried: number;
  /** Jobs already finished (their shard is in the store). */
  finished: number;
}

/** Writes a file whole or not at all (a reader on another machine never sees half of it). */
export function writeWhole(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

export async function submitRun(inputs: string[], options: SubmitOptions): Promise<Submitted> {
  const store = resolve(options.store);
  const { listing, files } = listInputs(inputs, {
    actorsFile: options.actorsFile,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const listed: ListedFile[] = files.map((file, seq) => ({ seq, file }));
  const run = runId(listing, listed, options.jobFiles);
  const jobs = Math.max(1, Math.ceil(listed.length / options.jobFiles));
  const manifest: RunManifest = {
    v: RUN_VERSION,
    run,
    listing,
    jobs,
    jobFiles: options.jobFiles,
    actorsFile: options.actorsFile && resolve(options.actorsFile),
    cwd: process.cwd(),
    submitted: new Date().toISOString(),
  };
  writeWhole(manifestPath(store, run), `${JSON.stringify(manifest)}\n`);
  writeWhole(latestPath(store), `${run}\n`);
  const finished = finishedJobs(store, run, jobs);
  const queue = new Queue<JobData>(options.queue, {
    connection: redisConnection(options.redisUrl),
  });
  const jobOptions: JobsOptions = {
    attempts: options.attempts,
    backoff: { type: 'exponential', delay: options.backoffMs },
    // Finished jobs leave Redis after a day (their shards are the record); dead letters stay until retried.
    removeOnComplete: { age: 86_400 },
    removeOnFail: false,
  };
  let added = 0;
  let retried = 0;
  try {
    const fresh: { name: string; data: JobData; opts: JobsOptions }[] = [];
    for (let job = 0; job < jobs; job++) {
      if (finished.has(job)) continue;
      const id = jobId(run, job, jobs);
      const existing = await queue.getJob(id);
      if (existing) {
        if ((await existing.getState()) === 'failed') {
          await existing.retry('failed');
          retried++;
        }
        continue;
      }
      const data: JobData = {
        v: RUN_VERSION,
        run,
        store,
        job,
        jobs,
        files: listed.slice(job * options.jobFiles, (job + 1) * options.jobFiles),
      };
      fresh.push({ name: 'map', data, opts: { ...jobOptions, jobId: id } });
      if (fresh.length === 500) added += (await queue.addBulk(fresh.splice(0))).length;
    }
    if (fresh.length) added += (await queue.addBulk(fresh)).length;
  } finally {
    await queue.close();
  }
  return { run, files: listed.length, jobs, added, retried, finished: finished.size };
}
