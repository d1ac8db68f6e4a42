/** Messages between the build and its worker threads (pool.ts, worker.ts). */
import type { CacheConfig } from '../map/cache.ts';
import type { Mapped } from '../map/file.ts';
import type { InputFile, Listing, ReadLimits } from '../read/walk.ts';
import type { MonthSummary } from '../state/store.ts';

/** Given to every worker when it starts. */
export interface WorkerSetup {
  actorsFile: string | null;
  cache: CacheConfig | null;
}

/**
 * A unit of work: map one input file, merge one month of the build state, list the inputs, or
 * load what analysis needs (knowledge base, tagger model) before any file comes (state/helper.ts).
 */
export type Job =
  | { kind: 'file'; index: number; file: InputFile }
  | { kind: 'month'; index: number; stateDir: string; month: string }
  | { kind: 'list'; index: number; inputs: string[]; limits?: ReadLimits }
  | { kind: 'warm'; index: number };

export type JobResult =
  | { kind: 'file'; index: number; mapped: Mapped }
  /** summary null: the month has no events any more (its files were removed). */
  | { kind: 'month'; index: number; summary: MonthSummary | null }
  | { kind: 'list'; index: number; listing: Listing }
  | { kind: 'warm'; index: number };

/** To the worker: a batch of jobs, or the article keys a build uses (for month jobs). */
export type ToWorker = { kind: 'jobs'; jobs: Job[] } | { kind: 'used'; keys: string[] };
