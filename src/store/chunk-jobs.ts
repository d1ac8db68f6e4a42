/**
 * The chunk reader's work, as the worker (chunk-worker.ts) runs it: fetch, parse and check a chunk
 * off the page's main thread, then send its events slice by slice (chunk-messages.ts). Written
 * apart from the worker's global scope so that it can be tested with any fetch and any channel.
 */
import { SLICE_EVENTS, type FromReader, type ToReader } from './chunk-messages.ts';
import { readChunkText } from './chunk-read.ts';

/** What the reader needs of fetch. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

/** Read one chunk and send it (or what went wrong) through `post`. */
export async function readChunkJob(
  { job, url, init, ref }: ToReader,
  post: (message: FromReader) => void,
  // Called as a plain function: the browser's fetch refuses to run with another `this`.
  fetcher: Fetcher = (u, i) => fetch(u, i),
): Promise<void> {
  let text: string;
  try {
    const response = await fetcher(url, init);
    if (!response.ok) return post({ kind: 'http', job, status: response.status });
    text = await response.text();
  } catch (error) {
    return post({ kind: 'error', job, message: error instanceof Error ? error.message : String(error) });
  }
  const read = readChunkText(text, ref);
  if (!read.ok) return post({ kind: 'failed', job, message: read.message });
  const { events, articles } = read.chunk;
  for (let from = 0; from < events.length; from += SLICE_EVENTS)
    post({ kind: 'slice', job, events: events.slice(from, from + SLICE_EVENTS) });
  post({ kind: 'done', job, articles });
}
