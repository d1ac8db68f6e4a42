/**
 * `dateline cluster status`: how far a run is. What is finished comes from the store (a job's
 * shard file), what failed every try from the queue's failed set (the dead letters, with their
 * files and error), what waits or runs from the queue's counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import type { JobData } from './run.ts';
import { deadLettersDir, finishedJobs, readManifest } from './run.ts';
import { redisConnection } from './redis.ts';

export interface DeadLetter {
  job: number;
  files: number;
  /** The job's first and last file, as the listing shows them. */
  first: string;
  last: string;
  error: string;
  tries: number;
}

/** A file left out because its analysis stopped the worker on every try (cluster/worker.ts). */
export interface DeadArticle {
  seq: number;
  path: string;
  job: number;
  stops: number;
}

export interface RunStatus {
  run: string;
  files: number;
  jobs: number;
  finished: number;
  /** Files in finished jobs. */
  filesDone: number;
  deadLetters: DeadLetter[];
  /** Files left out of finished jobs as dead letters. */
  deadArticles: DeadArticle[];
  /** The queue's counts (all runs on it). */
  queue: { waiting: number; active: number; delayed: number };
}

export async function runStatus(
  store: string,
  run: string,
  redisUrl: string,
  queueName: string,
): Promise<RunStatus> {
  const manifest = readManifest(store, run);
  const finished = finishedJobs(store, run, manifest.jobs);
  const per = manifest.jobFiles;
  let filesDone = 0;
  for (const job of finished)
    filesDone += Math.max(0, Math.min(per, manifest.listing.files - job * per));
  const queue = new Queue<JobData>(queueName, {
    connection: { ...redisConnection(redisUrl), maxRetriesPerRequest: 3 },
  });
  try {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    const deadLetters: DeadLetter[] = [];
    for (const job of await queue.getFailed(0, -1)) {
      if (job.data.run !== run || finished.has(job.data.job)) continue;
      const files = job.data.files;
      deadLetters.push({
        job: job.data.job,
        files: files.length,
        first: files[0]?.file.displayPath ?? '',
        last: files.at(-1)?.file.displayPath ?? '',
        error: job.failedReason ?? 'unknown',
        tries: job.attemptsMade,
      });
    }
    deadLetters.sort((a, b) => a.job - b.job);
    const deadDir = deadLettersDir(store, run);
    const deadArticles = existsSync(deadDir)
      ? readdirSync(deadDir)
          .filter((name) => name.endsWith('.json'))
          .map((name) => JSON.parse(readFileSync(join(deadDir, name), 'utf8')) as DeadArticle)
          .sort((a, b) => a.seq - b.seq)
      : [];
    return {
      run,
      files: manifest.listing.files,
      jobs: manifest.jobs,
      finished: finished.size,
      filesDone,
      deadLetters,
      deadArticles,
      queue: {
        waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
      },
    };
  } finally {
    await queue.close();
  }
}

/** The status as lines for a person. */
export function describeStatus(s: RunStatus): string[] {
  const lines = [
    `run ${s.run}: ${s.finished} of ${s.jobs} jobs finished (${s.filesDone} of ${s.files} files)`,
    `queue: ${s.queue.waiting} waiting, ${s.queue.active} running, ${s.queue.delayed} waiting to be retried`,
  ];
  if (s.deadArticles.length) {
    lines.push(
      `${s.deadArticles.length} article file(s) left out as dead letters (each stopped the worker on every try):`,
    );
    for (const d of s.deadArticles) lines.push(`  ${d.path} (job ${d.job + 1}, ${d.stops} tries)`);
  }
  if (s.deadLetters.length) {
    lines.push(
      `${s.deadLetters.length} dead letter(s), jobs that failed every try (cluster submit tries them again):`,
    );
    for (const d of s.deadLetters)
      lines.push(
        `  job ${d.job + 1}: ${d.files} files (${d.first} … ${d.last}), ${d.tries} tries: ${d.error}`,
      );
  }
  return lines;
}
