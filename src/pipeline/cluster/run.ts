/**
 * One cluster run (docs/SCALING.md, "Cluster"): the inputs listed once by `cluster submit`, cut
 * into jobs of consecutive files, each mapped by a worker into a shard file of the run's folder
 * in the shared store; `cluster reduce` publishes from those shards. Everything a run needs is in
 * the store folder (run.json, shards/) or in Redis (the queue), none of it on one machine.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ListedFile } from '../map/shard-map.ts';
import type { ListingLine } from '../map/shard.ts';

/** A cluster command that cannot go on (no such run, the queue unreachable, jobs left): exit code 1. */
export class ClusterError extends Error {}

/** Version of run.json and of the job data; a worker refuses another. */
export const RUN_VERSION = 1;

/** The BullMQ queue the jobs go through (`--queue`). */
export const DEFAULT_QUEUE = 'dateline-map';

/** Files per job (`--job-files`): big enough that a job's fixed cost is small, small enough to retry cheaply. */
export const DEFAULT_JOB_FILES = 200;

/** run.json: what the workers and reduce read. */
export interface RunManifest {
  v: typeof RUN_VERSION;
  run: string;
  /** The listing line every shard repeats (map/shard.ts). */
  listing: ListingLine;
  /** How many jobs the files were cut into, and files per job (the last may have fewer). */
  jobs: number;
  jobFiles: number;
  /** The actors file the listing's fingerprint was made with (a path every worker can read). */
  actorsFile: string | null;
  /** The folder relative paths of the listing are relative to (a path every worker can read). */
  cwd: string;
  /** When it was submitted (ISO time); not part of the run's id. */
  submitted: string;
}

/** What one job asks a worker to do. */
export interface JobData {
  v: typeof RUN_VERSION;
  run: string;
  /** The shared store folder (the run's folder is inside it). */
  store: string;
  job: number;
  jobs: number;
  /** Its files with their place in the listing, paths as listed (relative ones to the manifest's cwd). */
  files: ListedFile[];
}

/**
 * The run's id: the same inputs, files (with their size and times), tool, actors file and job size
 * give the same id, so submitting again resumes the run rather than starting another.
 */
export function runId(listing: ListingLine, files: ListedFile[], jobFiles: number): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(listing))
    .update(`\u0000${jobFiles}\u0000`);
  for (const { seq, file } of files)
    hash.update(`${seq}\u0000${file.fsPath}\u0000${file.stamp ?? ''}\n`);
  return hash.digest('hex').slice(0, 16);
}

export const runDir = (store: string, run: string): string => join(store, 'runs', run);
export const manifestPath = (store: string, run: string): string =>
  join(runDir(store, run), 'run.json');
export const shardsDir = (store: string, run: string): string => join(runDir(store, run), 'shards');
/** A job's shard file: written whole (renamed into place), so a file here is a finished job. */
export const shardPath = (store: string, run: string, job: number, jobs: number): string =>
  join(shardsDir(store, run), `job-${job}-of-${jobs}.jsonl`);
/** A file left out as a dead letter, by its place in the listing (cluster/worker.ts). */
export const deadLettersDir = (store: string, run: string): string =>
  join(runDir(store, run), 'dead');
export const deadLetterPath = (store: string, run: string, seq: number): string =>
  join(deadLettersDir(store, run), `${seq}.json`);
/** BullMQ job ids: one per job of a run, so adding a job twice is a no-op. */
export const jobId = (run: string, job: number, jobs: number): string => `${run}-${job}-of-${jobs}`;

export function readManifest(store: string, run: string): RunManifest {
  const path = manifestPath(store, run);
  if (!existsSync(path))
    throw new ClusterError(`no run ${run} in the store ${store} (${path} is missing)`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as RunManifest;
  if (manifest.v !== RUN_VERSION)
    throw new ClusterError(
      `${path}: run format version ${String(manifest.v)}, this tool reads ${RUN_VERSION}`,
    );
  return manifest;
}

/** The jobs whose shard file is in the store. */
export function finishedJobs(store: string, run: string, jobs: number): Set<number> {
  const done = new Set<number>();
  const dir = shardsDir(store, run);
  if (!existsSync(dir)) return done;
  for (const name of readdirSync(dir)) {
    const m = /^job-(\d+)-of-(\d+)\.jsonl$/.exec(name);
    if (m && Number(m[2]) === jobs) done.add(Number(m[1]));
  }
  return done;
}

/** The latest run submitted to the store (store/latest), for commands given no --run. */
export const latestPath = (store: string): string => join(store, 'latest');
