/**
 * `dateline cluster submit | worker | status | reduce` (docs/SCALING.md, "Cluster"): the build
 * spread over machines through a BullMQ queue on Redis, publishing what `dateline build`
 * publishes, byte for byte. Its own options; failures go to main.ts like any command's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DEFAULT_CACHE_DIR } from '../map/cache.ts';
import { safeText } from '../write/escape.ts';
import { collectRun } from '../cluster/collect.ts';
import { DEFAULT_REDIS_URL } from '../cluster/redis.ts';
import {
  ClusterError,
  DEFAULT_JOB_FILES,
  DEFAULT_QUEUE,
  latestPath,
  readManifest,
} from '../cluster/run.ts';
import { describeStatus, runStatus, type RunStatus } from '../cluster/status.ts';
import { submitRun } from '../cluster/submit.ts';
import { startWorker } from '../cluster/worker.ts';
import { runBuild } from './build-command.ts';
import { EXIT } from './errors.ts';
import { optionReaders, SHARED_OPTIONS } from './option-values.ts';

export const CLUSTER_USAGE = `Usage: npm run dateline -- cluster <command> [options]
(every command: [--redis ${DEFAULT_REDIS_URL}] [--queue ${DEFAULT_QUEUE}])

  submit <file-or-dir>... --store DIR [--actors data/actors.json] [--job-files ${DEFAULT_JOB_FILES}]
        [--attempts 3] [--backoff-ms 2000] [--wait] [--max-file-mb …] [--max-files …] [--date-order …] [--columns …]
        List the inputs and queue one job per --job-files files. DIR is the shared store (a folder
        every worker sees); the inputs and actors file must be readable by the workers at the
        same paths. Submitting the same inputs again resumes the run and retries its dead letters.
        --wait: follow the run until every job has finished or failed every try.
  worker [--jobs 1] [--no-cache] [--lock-ms 30000] [--until-empty]
        Take jobs and map them into the store: run one per core, on as many machines as wanted.
        A file whose analysis kills the worker twice is left out as a dead letter (with --jobs N
        or auto, threads per worker, a job that keeps dying fails whole). --until-empty: stop
        once the queue has nothing left; else run until Ctrl-C (the job at hand is finished).
  status --store DIR [--run ID]
        Jobs finished, waiting, running, and the dead letters (jobs that failed every try).
  reduce --store DIR [--run ID] [--out public/data] [--wait] [--strict] [--max-loss …] [--no-cache]
        Publish the run's dataset once every job has finished (--wait: wait for them). The
        build state is kept as build keeps it (--cache-dir): reducing the next run into the same
        --out merges again only the months of the articles that changed.
Without --run: the run last submitted to the store.
`;

const POLL_MS = 1000;

function usage(message: string): never {
  process.stderr.write(`dateline cluster: ${message}\n\n${CLUSTER_USAGE}`);
  process.exit(EXIT.usage);
}

const read = optionReaders(usage);

function latestRun(store: string): string {
  const path = latestPath(store);
  if (!existsSync(path)) throw new ClusterError(`no run was submitted to the store ${store}`);
  return readFileSync(path, 'utf8').trim();
}

/** Follows a run until no job is left to run; shows jobs done, files per second and the time left. */
async function follow(read: () => Promise<RunStatus>): Promise<RunStatus> {
  const started = Date.now();
  let status = await read();
  const startFiles = status.filesDone;
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format:
            'jobs [{bar}] {value}/{total} | {files} files | {rate} files/s | ETA {eta_formatted}',
          stream: process.stderr,
          hideCursor: true,
          etaBuffer: 30,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(status.jobs, status.finished, { files: status.filesDone, rate: 0 });
  let lastLine = 0;
  for (;;) {
    const rate = ((status.filesDone - startFiles) * 1000) / Math.max(1, Date.now() - started);
    const left = status.files - status.filesDone;
    if (bar) bar.update(status.finished, { files: status.filesDone, rate: rate.toFixed(0) });
    else if (Date.now() - lastLine >= 10_000) {
      lastLine = Date.now();
      const eta = rate > 0 ? `${Math.ceil(left / rate)} s left` : 'time left unknown';
      process.stderr.write(
        `jobs ${status.finished}/${status.jobs}, files ${status.filesDone}/${status.files}, ${rate.toFixed(0)} files/s, ${eta}\n`,
      );
    }
    const running = status.queue.waiting + status.queue.active + status.queue.delayed;
    if (status.finished === status.jobs || (running === 0 && status.deadLetters.length > 0)) break;
    await new Promise((done) => setTimeout(done, POLL_MS));
    status = await read();
  }
  bar?.stop();
  return status;
}

export async function runCluster(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        ...SHARED_OPTIONS,
        redis: { type: 'string' },
        queue: { type: 'string' },
        store: { type: 'string' },
        run: { type: 'string' },
        'job-files': { type: 'string' },
        attempts: { type: 'string' },
        'backoff-ms': { type: 'string' },
        'lock-ms': { type: 'string' },
        'until-empty': { type: 'boolean' },
        wait: { type: 'boolean' },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!command || values.help || command === 'help') {
    process.stdout.write(CLUSTER_USAGE);
    return;
  }
  const redisUrl = values.redis ?? DEFAULT_REDIS_URL;
  const queue = values.queue ?? DEFAULT_QUEUE;
  const needStore = (): string =>
    values.store ?? usage(`${command} needs --store DIR (the folder the workers share)`);
  const log = (line: string): void =>
    void process.stderr.write(`${new Date().toISOString()} ${safeText(line)}\n`);
  switch (command) {
    case 'submit': {
      if (positionals.length === 0) usage('submit needs at least one file or folder');
      const store = needStore();
      const submitted = await submitRun(positionals, {
        store,
        redisUrl,
        queue,
        actorsFile: values.actors ?? 'data/actors.json',
        limits: read.limits(values),
        jobFiles: read.number(values['job-files'], 'job-files', DEFAULT_JOB_FILES, 1),
        attempts: read.number(values.attempts, 'attempts', 3, 1),
        backoffMs: read.number(values['backoff-ms'], 'backoff-ms', 2000, 0),
      });
      process.stderr.write(
        `run ${submitted.run}: ${submitted.files} files in ${submitted.jobs} jobs; ${submitted.added} queued, ${submitted.retried} dead letters retried, ${submitted.finished} already finished\n`,
      );
      process.stdout.write(`${submitted.run}\n`);
      if (values.wait) {
        const status = await follow(() => runStatus(store, submitted.run, redisUrl, queue));
        for (const line of describeStatus(status)) process.stderr.write(`${line}\n`);
        if (status.finished < status.jobs) process.exitCode = EXIT.refused;
      }
      return;
    }
    case 'worker': {
      const jobs: number | 'auto' =
        values.jobs === undefined ? 1 : values.jobs === 'auto' ? 'auto' : Number(values.jobs);
      if (jobs !== 'auto' && !(Number.isInteger(jobs) && jobs >= 1))
        usage(`--jobs needs a whole number ≥ 1, not "${values.jobs}"`);
      const worker = startWorker({
        redisUrl,
        queue,
        jobs,
        cache: !values['no-cache'],
        lockMs: read.number(values['lock-ms'], 'lock-ms', 30_000, 1000),
        untilEmpty: values['until-empty'] ?? false,
        log,
      });
      log(`worker ${process.pid} taking jobs from ${queue} at ${redisUrl}`);
      const stop = (): void => {
        log('stopping once the job at hand is finished');
        void worker.close();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await worker.stopped;
      log(`worker ${process.pid} stopped`);
      return;
    }
    case 'status': {
      const store = needStore();
      const status = await runStatus(store, values.run ?? latestRun(store), redisUrl, queue);
      for (const line of describeStatus(status)) process.stdout.write(`${line}\n`);
      return;
    }
    case 'reduce': {
      const store = needStore();
      const run = values.run ?? latestRun(store);
      if (values.wait) await follow(() => runStatus(store, run, redisUrl, queue));
      const collected = collectRun(store, run);
      if ('missing' in collected) {
        const status = await runStatus(store, run, redisUrl, queue).catch(() => null);
        throw new ClusterError(
          `${collected.missing.length} of ${collected.jobs} jobs of run ${run} have not finished (the first: job ${collected.missing[0]! + 1}); nothing published${status ? `\n${describeStatus(status).join('\n')}` : ''}`,
        );
      }
      await runBuild({
        inputs: [],
        out: values.out ?? 'public/data',
        quiet: values.quiet ?? false,
        options: {
          actorsFile: values.actors ?? readManifest(store, run).actorsFile,
          // The build state in the cache folder: reducing a re-run merges only the changed articles' months.
          cacheDir: values['no-cache'] ? null : (values['cache-dir'] ?? DEFAULT_CACHE_DIR),
          jobs: 1,
          guard: read.guard(values),
          shards: collected.shards,
        },
        done: () => {},
      });
      return;
    }
    default:
      usage(`unknown cluster command "${command}"`);
  }
}
