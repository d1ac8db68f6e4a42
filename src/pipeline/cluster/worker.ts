/**
 * `dateline cluster worker`: takes jobs from the queue, maps their files (map/shard-map.ts: the
 * same analysis as a local build, with the per-file cache in the store) and writes each job's
 * shard into the run's folder, whole or not at all. Run as many as wanted, on any machine that
 * sees the store and the inputs at the paths of the run's manifest. A worker that dies mid-job
 * loses nothing: its lock runs out and another worker takes the job again (BullMQ's stalled-job
 * check), and a file that kills it on two tries after the first is left out as a dead letter
 * (processJob); a job that fails is retried with backoff, and after its last try stays in the
 * queue's failed set (`cluster status` lists both kinds of dead letter, `cluster submit` retries
 * failed jobs).
 */
import { join, resolve } from 'node:path';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { encodeOutcome } from '../map/outcome.ts';
import { mapListed, type ListedFile } from '../map/shard-map.ts';
import { SHARD_VERSION, type FileLine } from '../map/shard.ts';
import { writeWhole } from './submit.ts';
import { redisConnection } from './redis.ts';
import { deadLetterPath, readManifest, RUN_VERSION, shardPath, type JobData } from './run.ts';

export interface WorkerOptions {
  redisUrl: string;
  queue: string;
  /**
   * Threads per job for the per-article stage ('auto': all cores). With 1 (the default: run one
   * worker per core) files are mapped one at a time and a file that kills the worker is found;
   * with threads, a job that keeps dying fails whole.
   */
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
  /** Files left out as dead letters (as the listing shows them). */
  dead: string[];
}

/**
 * A job's progress, kept in Redis (a key per job, which outlives a dead worker): the index of the
 * file being mapped (-1: none), and per file how many tries stopped on it.
 */
export interface JobProgress {
  at: number;
  stops: number[];
  /** Whether this try recorded each file (a try after one that died does; the first does not). */
  tracked: boolean;
}

/** What processJob reads of the job's earlier tries, and how it records where it is. */
export interface JobTracker {
  previous: unknown;
  save: (progress: JobProgress) => Promise<void>;
}

/** A file on which this many tries stopped (the worker killed, out of memory, hung) is a dead letter. */
export const DEAD_AFTER_STOPS = 2;

/** The progress an earlier try left, or null for a first try. */
function progressOf(value: unknown): JobProgress | null {
  const p = value as Partial<JobProgress> | null;
  return p && typeof p === 'object' && typeof p.at === 'number' && Array.isArray(p.stops)
    ? { at: p.at, stops: p.stops, tracked: p.tracked === true }
    : null;
}

/** The outcome of a file left out: a problem of the file, as an unreadable file has (map/file.ts). */
function deadLetterOutcome(displayPath: string, stops: number): string {
  const reason = `its analysis stopped the worker on ${stops} tries (out of memory, killed or hung): left out as a dead letter`;
  return encodeOutcome(
    { problems: [{ file: displayPath, severity: 'error', reason }], records: [] },
    [],
  );
}

/**
 * One job: its files mapped, its shard written. With a tracker (a worker's job), a first try only
 * records that it started; a try after one that died records the file it is on before each one
 * (one at a time, in-process), so when it dies too the next try knows on which file. A file on
 * which DEAD_AFTER_STOPS such tries stopped is left out, recorded in the shard as a problem of
 * that file and in the run's `dead/` folder, and the rest of the job goes on. (Recording every
 * file on every try, in BullMQ's job progress, cost a sixth of the throughput; only jobs that
 * died pay it now.)
 * Exported for tests.
 */
export async function processJob(
  data: JobData,
  options: Pick<WorkerOptions, 'jobs' | 'cache'>,
  tracker?: JobTracker,
): Promise<JobResult> {
  if (data.v !== RUN_VERSION)
    throw new Error(`job format version ${String(data.v)}, this worker reads ${RUN_VERSION}`);
  const manifest = readManifest(data.store, data.run);
  const prior = progressOf(tracker?.previous);
  const stops = data.files.map((_, i) => prior?.stops[i] ?? 0);
  if (prior?.tracked && prior.at >= 0 && prior.at < stops.length) stops[prior.at]!++;
  // An earlier try died: this one says where it is.
  const tracked = !!tracker && prior !== null;
  await tracker?.save({ at: -1, stops, tracked });
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
  const live = files.map((_, i) => i).filter((i) => stops[i]! < DEAD_AFTER_STOPS);
  const lines: string[] = [];
  await mapListed(
    manifest.listing,
    live.map((i) => files[i]!),
    {
      actorsFile: manifest.actorsFile,
      jobs: options.jobs,
      cacheDir: options.cache ? join(data.store, 'cache') : null,
      ...(tracker && tracked
        ? { beforeFile: (k: number) => tracker.save({ at: live[k]!, stops, tracked }) }
        : {}),
    },
    (line) => lines.push(line),
  );
  const dead: string[] = [];
  files.forEach(({ seq, file, listedPath }, i) => {
    if (stops[i]! < DEAD_AFTER_STOPS) return;
    dead.push(file.displayPath);
    const line: FileLine = {
      v: SHARD_VERSION,
      kind: 'file',
      seq,
      path: file.displayPath,
      fsPath: listedPath ?? file.fsPath,
      key: null,
      outcome: deadLetterOutcome(file.displayPath, stops[i]!),
    };
    lines.push(JSON.stringify(line));
    writeWhole(
      deadLetterPath(data.store, data.run, seq),
      `${JSON.stringify({ seq, path: file.displayPath, job: data.job, stops: stops[i] })}\n`,
    );
  });
  const shard = shardPath(data.store, data.run, data.job, data.jobs);
  writeWhole(shard, `${lines.join('\n')}\n`);
  await tracker?.save({ at: -1, stops, tracked });
  return { files: files.length, shard, dead };
}

export interface RunningWorker {
  /** Settles when the worker has stopped (closed, or the queue ran empty with untilEmpty). */
  stopped: Promise<void>;
  close: () => Promise<void>;
}

export function startWorker(options: WorkerOptions): RunningWorker {
  const connection = redisConnection(options.redisUrl);
  const progressStore = new Redis(connection);
  const worker = new Worker<JobData, JobResult>(
    options.queue,
    async (job: Job<JobData>) => {
      // Where the job is, in a plain Redis key of its own: one SET per article (BullMQ's
      // updateProgress runs a script and appends to the events stream, and cost a sixth of the
      // throughput). Kept a week, as finished jobs are.
      const key = `${options.queue}:dateline-progress:${job.id}`;
      const stored = await progressStore.get(key);
      return processJob(job.data, options, {
        previous: stored ? (JSON.parse(stored) as unknown) : null,
        save: async (progress) =>
          void (await progressStore.set(key, JSON.stringify(progress), 'EX', 7 * 86_400)),
      });
    },
    {
      connection,
      concurrency: 1,
      lockDuration: options.lockMs,
      stalledInterval: options.lockMs,
      // A dead worker's job goes back to the queue: one stop finds that the job dies, DEAD_AFTER_STOPS
      // more on one file leave it out, and the try after that finishes the job.
      maxStalledCount: DEAD_AFTER_STOPS + 2,
    },
  );
  const name = (job: Job<JobData> | undefined): string =>
    job ? `job ${job.data.job + 1}/${job.data.jobs} of run ${job.data.run}` : 'a job';
  worker.on('completed', (job, result) => {
    for (const path of result.dead)
      options.log(
        `${name(job)}: ${path} left out as a dead letter (it stopped ${DEAD_AFTER_STOPS} tries)`,
      );
    options.log(`${name(job)}: ${result.files} files mapped`);
  });
  worker.on('failed', (job, error) => {
    const tries = job?.opts.attempts ?? 1;
    // (A job whose workers died more than maxStalledCount times is failed for good by BullMQ.)
    const last =
      (job?.attemptsMade ?? tries) >= tries ||
      /stalled more than allowable limit/.test(error.message);
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
    worker.on('closed', () => {
      progressStore.disconnect();
      done();
    });
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
