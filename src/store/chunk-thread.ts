/**
 * The page's side of the chunk reader (chunk-worker.ts): one worker for the page, started on
 * first use, asked for chunks; each arrives as slices of events (chunk-messages.ts), each its own
 * short task here, and is handed over whole. Where there is no Worker (tests in node, an old
 * browser) there is no thread, and the loader reads chunks on the main thread as before.
 */
import type { EventRecord } from '../model/dataset.ts';
import { MANIFEST_VERSION, type ChunkRef, type EventChunk } from '../model/manifest.ts';
import type { FromReader, ToReader } from './chunk-messages.ts';
import { ChunkError } from './chunk-read.ts';

/** Main-thread time of receiving one slice (its structured clone), for the browser benchmark. */
export const SLICE_MEASURE = 'dateline:chunk-slice';

/** How reading went: the chunk, or the server's status when it did not answer 2xx. */
export type Read = { kind: 'chunk'; chunk: EventChunk } | { kind: 'http'; status: number };

/**
 * The part of a Worker the thread uses (tests give a channel of their own). Written out rather
 * than taken from the DOM's types: the store is also compiled for node, where they do not exist.
 */
export interface WorkerPort {
  postMessage(message: ToReader): void;
  onmessage: ((event: { data: FromReader }) => void) | null;
  onerror?: ((event: { message?: string }) => void) | null;
}

interface Job {
  ref: ChunkRef;
  events: EventRecord[];
  resolve(read: Read): void;
  reject(error: Error): void;
}

export class ChunkThread {
  private nextJob = 1;
  private readonly jobs = new Map<number, Job>();
  private broken: Error | null = null;

  /** Whether the worker could not start or died (every read then fails). */
  get stopped(): boolean {
    return this.broken !== null;
  }

  constructor(private readonly port: WorkerPort) {
    port.onmessage = (event) => {
      const started = performance.now();
      const message = event.data; // a slice's events are deserialised here
      const job = this.jobs.get(message.job);
      if (!job) return;
      if (message.kind === 'slice') {
        for (const e of message.events) job.events.push(e);
        performance.measure(SLICE_MEASURE, { start: started, end: performance.now() });
        return;
      }
      this.jobs.delete(message.job);
      if (message.kind === 'done') {
        const { ref, events } = job;
        const chunk: EventChunk = { version: MANIFEST_VERSION, start: ref.start, end: ref.end, events, articles: message.articles };
        job.resolve({ kind: 'chunk', chunk });
      } else if (message.kind === 'http') job.resolve({ kind: 'http', status: message.status });
      else if (message.kind === 'failed') job.reject(new ChunkError(message.message));
      else job.reject(new Error(message.message));
    };
    port.onerror = (event) => {
      // The worker could not start or died: every job waiting fails, and so does every later one.
      this.broken = new Error(`the chunk reader stopped (${event.message || 'worker error'})`);
      for (const job of this.jobs.values()) job.reject(this.broken);
      this.jobs.clear();
    };
  }

  /**
   * Fetch `url` (relative to the page) in the worker and read it as chunk `ref`, checked. Rejects
   * with a ChunkError when the chunk is unusable, an Error when the fetch failed.
   */
  read(url: string, init: RequestInit, ref: ChunkRef): Promise<Read> {
    if (this.broken) return Promise.reject(this.broken);
    // The worker resolves a relative URL against its own script's: give it the page's.
    const page = (globalThis as { document?: { baseURI: string } }).document?.baseURI;
    const absolute = page === undefined ? url : new URL(url, page).href;
    const job = this.nextJob++;
    return new Promise((resolve, reject) => {
      this.jobs.set(job, { ref, events: [], resolve, reject });
      this.port.postMessage({ job, url: absolute, init, ref });
    });
  }
}

let shared: ChunkThread | null | undefined;

type WorkerClass = new (url: URL, options: { type: 'module' }) => WorkerPort;

/** Whether this page can start workers (not in node, where the store's tests run). */
export function workersAvailable(): boolean {
  return typeof (globalThis as { Worker?: WorkerClass }).Worker === 'function';
}

/** The page's chunk reader, started on first use; null where a worker cannot be started. */
export function chunkThread(): ChunkThread | null {
  if (shared !== undefined) return shared;
  // Named Worker for Vite, which finds the worker's file by the shape `new Worker(new URL(…))`.
  const { Worker } = globalThis as { Worker?: WorkerClass };
  if (Worker === undefined) return (shared = null);
  try {
    shared = new ChunkThread(new Worker(new URL('./chunk-worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    shared = null;
  }
  return shared;
}
