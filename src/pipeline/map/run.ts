/**
 * Runs the per-file map over a list of files, in-process or on a pool of worker threads, and
 * hands each outcome to the caller in file order, whichever thread finished first: the fold
 * sees the same outcomes in the same order for any number of jobs, so builds are byte-identical.
 */
import { availableParallelism } from 'node:os';
import type { KnowledgeBase } from '../actors/kb.ts';
import type { InputFile } from '../read/walk.ts';
import { Pool } from '../workers/pool.ts';
import type { WorkerSetup } from '../workers/protocol.ts';
import type { CacheConfig } from './cache.ts';
import { BATCH_ARTICLES } from '../analyse.ts';
import { mapFileBatch, mapFileBatchAsync, mapFileBatchDirect, type DirectOutcome, type Mapped } from './file.ts';
import { decodeOutcome, type CandidateLine, type LightOutcome } from './outcome.ts';

export interface MapOptions {
  /** Threads for the per-article stage: 1 = in-process; 'auto' = all cores. */
  jobs?: number | 'auto';
  cache: CacheConfig | null;
  actorsFile?: string | null;
  onProgress?: (done: number, total: number, stage: string) => void;
  /**
   * Awaited before each file when the files are mapped in-process, one at a time: the cluster
   * worker records there which file it is on, so a file that kills the process is known
   * (cluster/worker.ts). Not called on the pool.
   */
  beforeFile?: (index: number) => Promise<void>;
  /** Bytes of candidates from which months are merged on threads (default MIN_MERGE_BYTES; tests give 0). */
  mergeOnThreadsFrom?: number;
}

/** Less work than this many files (any jobs) or 200 files (auto) is done in-process: starting threads would cost more. */
const MIN_FILES = 16;
const AUTO_MIN_FILES = 200;

/** Worker threads worth starting for this many files (0: stay in-process). */
export function threadsFor(jobs: MapOptions['jobs'], files: number): number {
  const wanted = typeof jobs === 'number' ? Math.max(1, Math.floor(jobs)) : availableParallelism();
  if (wanted === 1 || files < (jobs === 'auto' || jobs === undefined ? AUTO_MIN_FILES : MIN_FILES)) return 0;
  return wanted;
}

/** A pool for the options, or null for in-process work. */
export function poolFor(options: MapOptions, files: number): Pool | null {
  const threads = threadsFor(options.jobs, files);
  return threads ? new Pool(threads, setupOf(options)) : null;
}

const setupOf = (options: MapOptions): WorkerSetup => ({ actorsFile: options.actorsFile ?? null, cache: options.cache });

/** Less than this many bytes of candidates (about five seconds of merging) are merged in-process: starting threads costs about a second. */
const MIN_MERGE_BYTES = 64 * 1024 * 1024;

/**
 * A pool of fresh threads for merging months that hold `bytes` bytes of candidates (month files),
 * or null to merge in-process. Not the analysis pool: its threads had grown to about 500 MB each
 * by the end of a 100k-article build, which made the merge the build's peak of memory; a fresh
 * thread merges a month in about 150 MB.
 */
export function mergePoolFor(options: MapOptions, months: number, bytes: number): Pool | null {
  const threads = threadsFor(options.jobs, Number.MAX_SAFE_INTEGER);
  return threads && months >= 2 * threads && bytes >= (options.mergeOnThreadsFrom ?? MIN_MERGE_BYTES) ? new Pool(threads, setupOf(options), 'merge') : null;
}

export interface Decoded {
  key: string | null;
  cached: boolean;
  light: LightOutcome;
  candidates: CandidateLine[];
}

/** Decode an outcome; a damaged cache entry is analysed again, without the cache (Word and PDF: decodeMappedAsync). */
export function decodeMapped(file: InputFile, mapped: Mapped, kb: () => KnowledgeBase, cache: CacheConfig | null): Decoded {
  return tryDecode(mapped) ?? fresh(mapFileBatch([file], kb, noStore(cache))[0]!);
}

/** decodeMapped for every format. */
export async function decodeMappedAsync(file: InputFile, mapped: Mapped, kb: () => KnowledgeBase, cache: CacheConfig | null): Promise<Decoded> {
  return tryDecode(mapped) ?? fresh((await mapFileBatchAsync([file], kb, noStore(cache)))[0]!);
}

function tryDecode(mapped: Mapped): Decoded | null {
  try {
    return { key: mapped.key, cached: mapped.cached, ...decodeOutcome(mapped.text) };
  } catch {
    return null;
  }
}

const noStore = (cache: CacheConfig | null): CacheConfig | null => cache && { dir: null, fingerprint: cache.fingerprint };
const fresh = (again: Mapped): Decoded => ({ key: again.key, cached: false, ...decodeOutcome(again.text) });

type OnFile = (file: InputFile, decoded: Decoded) => void;

/** Files in runs of `size`: the articles of a run are analysed together (file.ts: mapFileBatch). */
function inRuns<T>(files: T[], size = BATCH_ARTICLES): T[][] {
  const runs: T[][] = [];
  for (let k = 0; k < files.length; k += size) runs.push(files.slice(k, k + size));
  return runs;
}

/** Synchronous, in-process: Word and PDF files are refused (mapFilesInProcess reads them). */
export function mapFilesSync(files: InputFile[], kb: () => KnowledgeBase, options: MapOptions, onFile: OnFile): void {
  let done = 0;
  for (const run of inRuns(files)) {
    mapFileBatch(run, kb, options.cache).forEach((mapped, k) => {
      onFile(run[k]!, decodeMapped(run[k]!, mapped, kb, options.cache));
      done++; // (not inside the optional call: without onProgress it would not run)
      options.onProgress?.(done, files.length, 'analyse');
    });
  }
}

/** In-process and without a cache: each file's outcome as objects (file.ts: mapFileBatchDirect), in file order. */
export function mapFilesDirect(files: InputFile[], kb: () => KnowledgeBase, options: MapOptions, onFile: (file: InputFile, outcome: DirectOutcome) => void): void {
  let done = 0;
  for (const run of inRuns(files)) {
    mapFileBatchDirect(run, kb).forEach((outcome, k) => {
      onFile(run[k]!, outcome);
      done++;
      options.onProgress?.(done, files.length, 'analyse');
    });
  }
}

/**
 * In-process, every format: the same outcomes as mapFilesSync for the others. With beforeFile
 * (the cluster worker notes which file it is on), one file at a time, so that a file that kills
 * the process is known.
 */
export async function mapFilesInProcess(files: InputFile[], kb: () => KnowledgeBase, options: MapOptions, onFile: OnFile): Promise<void> {
  let done = 0;
  for (const run of inRuns(files, options.beforeFile ? 1 : BATCH_ARTICLES)) {
    await options.beforeFile?.(done);
    const mapped = await mapFileBatchAsync(run, kb, options.cache);
    for (const [k, file] of run.entries()) {
      onFile(file, await decodeMappedAsync(file, mapped[k]!, kb, options.cache));
      done++;
      options.onProgress?.(done, files.length, 'analyse');
    }
  }
}

/** On the pool when given and there are `minFiles` files or more (a warm thread: any), else in-process. */
export async function mapFiles(files: InputFile[], kb: () => KnowledgeBase, options: MapOptions, onFile: OnFile, pool: Pool | null, minFiles = MIN_FILES): Promise<void> {
  if (!pool || files.length < minFiles) return mapFilesInProcess(files, kb, options, onFile);
  const waiting = new Map<number, Mapped>();
  let next = 0;
  // Outcomes reach onFile through one chain, so in file order even when one must be analysed again (a damaged cache entry).
  let chain = Promise.resolve();
  const jobs = files.map((file, index) => ({ kind: 'file' as const, index, file }));
  const ran = pool.runJobs(jobs, (result) => {
    if (result.kind !== 'file') return;
    waiting.set(result.index, result.mapped);
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next);
      const [file, done] = [files[next]!, ++next];
      chain = chain.then(async () => {
        onFile(file, await decodeMappedAsync(file, ready, kb, options.cache));
        options.onProgress?.(done, files.length, 'analyse');
      });
    }
  }, BATCH_ARTICLES);
  // A failed pool still lets the chain settle, so its own failure is never left unhandled.
  await ran.catch(async (error: unknown) => {
    await chain.catch(() => undefined);
    throw error;
  });
  await chain;
}
