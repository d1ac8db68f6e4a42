/**
 * What the page and the chunk reader's worker (chunk-worker.ts) say to each other. The worker
 * fetches a chunk, parses and checks it (chunk-read.ts), and sends its events in slices: each
 * slice is a message of its own, so receiving a chunk costs the page short tasks (a few
 * milliseconds each) between which frames are drawn, never one long one.
 */
import type { ArticleRecord, EventRecord } from '../model/dataset.ts';
import type { ChunkRef } from '../model/manifest.ts';

/** Events per slice: about 2–6 ms of the page's time to receive (structured clone). */
export const SLICE_EVENTS = 1000;

/** The page's request: fetch `url` (absolute) and read it as the chunk `ref`. */
export interface ToReader {
  job: number;
  url: string;
  init: RequestInit;
  ref: ChunkRef;
}

/** The worker's answers to a job: one failure, or its slices then `done`. */
export type FromReader =
  /** The server answered with this status (not 2xx): the page says what it means. */
  | { kind: 'http'; job: number; status: number }
  /** The chunk cannot be used: the message is for the person running the app. */
  | { kind: 'failed'; job: number; message: string }
  /** The fetch itself failed (no answer): the error's message. */
  | { kind: 'error'; job: number; message: string }
  /** The next events of the chunk, in order. */
  | { kind: 'slice'; job: number; events: EventRecord[] }
  /** All its events sent: the chunk's articles. */
  | { kind: 'done'; job: number; articles: ArticleRecord[] };
