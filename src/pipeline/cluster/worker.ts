/**
 * `dateline cluster worker`: takes jobs from the queue, maps their files (map/shard-map.ts: the
 * same analysis as a local build, with the per-file cache in the store) and writes each job's
 * shard into the run's folder, whole or not at all. Run as many as wanted, on any machine that
 * sees the store and the inputs at the paths of the run's manifest. A worker that dies mid-job
 * loses nothing: its lock runs out and another worker takes the job again (BullMQ's stalled-job
 * check); a job that fails is retried with backoff, and after its last try stays in the queue's
 * failed set, the run's dead letters (`cluster status` lists them, `cluster submit` retries them).
 */
import { join, resolve } from 'node:path';
import { Queue, Worker, type Job } from 'bullmq';
import { mapListed, type ListedFile } from '../map/shard-map.ts';
import { writeWhole } from './submit.ts';
import { redisConnection } from './redis.ts';
import { readManifest, RUN_VERSION, shardPath, type JobData } from './run.ts';

export interface WorkerOptions {
  redisUrl: string;
  queue: string;
  /** Threads per job for the per-article stage ('auto': all cores). */
  jobs: number | 'auto';
  /** Whether to keep the per-file cache in the store (store/cache): a re-run maps only changed files. */
  cache: boolean;
  /** How long a job is locked without a sign of life before another worker may take it (ms). */
  lockMs: number;
  /** Stop once the queue has nothing left to do (for batch use and tests); else run until stopped. */
  untilEmpty: boolean;
  log: (line: string) => void;
}

export interface JobResult {
  files: number;
  shard: string;
}

/** One job: its files mapped, its shard written. Exported for tests. */
export async function processJob(
  data: JobData,
  options: Pick<WorkerOptions, 'jobs' | 'cache'>,
): Promise<JobResult> {
  if (data.v !== RUN_VERSION)
    throw new Error(`job format version ${String(data.v)}, this worker reads ${RUN_VERSION}`);
  const manifest = readManifest(data.store, data.run);
  // Paths as listed, read from the submitting folder: the shard records them as listed.
  const files: ListedFile[] = data.files.map(({ seq, file }) => ({
    seq,
    file: {
      ...file,
      fsPath: resolve(manifest.cwd, file.fsPath),
      ...(file.root ? { root: resolve(manifest.cwd, file.root) } : {}),
    },
    listedPath: file.fsPath,
  }));
  const lines: string[] = [];
  await mapListed(
    manifest.listing,
    files,
    {
      actorsFile: manifest.actorsFile,
      jobs: options.jobs,
      cacheDir: options.cache ? join(data.store, 'cache') : null,
    },
    (line) => lines.push(line),
  );
  const shard = shardPath(data.store, data.run, data.job, data.jobs);
  writeWhole(shard, `${lines.join('\n')}\n`);
  return { files: files.length, shard };
}

export interface RunningWorker {
  /** Settles when the worker has stopped (closed, or the queue ran empty with untilEmpty). */
  stopped: Promise<void>;
  close: () => Promise<void>;
}

export function startWorker(options: WorkerOptions): RunningWorker {
  const connection = redisConnection(options.redisUrl);
  const worker = new Worker<JobData, JobResult>(
    options.queue,
    (job: Job<JobData>) => processJob(job.data, options),
    {
      connection,
      concurrency: 1,
      lockDuration: options.lockMs,
      stalledInterval: options.lockMs,
      maxStalledCount: 2,
    },
  );
  const name = (job: Job<JobData> | undefined): string =>
    job ? `job ${job.data.job + 1}/${job.data.jobs} of run ${job.data.run}` : 'a job';
  worker.on('completed', (job, result) =>
    options.log(`${name(job)}: ${result.files} files mapped`),
  );
  worker.on('failed', (job, error) => {
    const tries = job?.opts.attempts ?? 1;
    const last = (job?.attemptsMade ?? tries) >= tries;
    options.log(
      `${name(job)} failed (try ${job?.attemptsMade ?? '?'} of ${tries}${last ? ', a dead letter now' : ', will be retried'}): ${error.message}`,
    );
  });
  // Redis down: ioredis reconnects by itself; say so once per outage, don't stop.
  let down = false;
  worker.on('error', (error) => {
    if (!down) options.log(`queue unreachable (${error.message}); waiting for it`);
    down = true;
  });
  worker.on('ready', () => {
    if (down) options.log('queue reachable again');
    down = false;
  });
  let stopping: Promise<void> | null = null;
  const close = (): Promise<void> => (stopping ??= worker.close());
  let watch: NodeJS.Timeout | null = null;
  const stopped = new Promise<void>((done) => {
    worker.on('closed', () => done());
  });
  if (options.untilEmpty) {
    const queue = new Queue(options.queue, { connection });
    let idleChecks = 0;
    watch = setInterval(() => {
      queue
        .getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')
        .then((counts) => {
          const left = Object.values(counts).reduce((a, b) => a + b, 0);
          // Twice in a row: a job between two states is not missed.
          idleChecks = left === 0 ? idleChecks + 1 : 0;
          if (idleChecks >= 2) void close();
        })
        .catch(() => (idleChecks = 0));
    }, 500);
    void stopped.then(async () => {
      if (watch) clearInterval(watch);
      await queue.close();
    });
  }
  return { stopped, close };
}
