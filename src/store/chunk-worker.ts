/**
 * The chunk reader's worker: chunks are fetched, parsed and checked here, off the page's main
 * thread (a 20,000-event chunk is 15 MB: reading its body, parsing and checking it took the page
 * 100–500 ms in one piece). Started by chunk-thread.ts; the work is chunk-jobs.ts.
 */
import type { FromReader, ToReader } from './chunk-messages.ts';
import { readChunkJob } from './chunk-jobs.ts';

const scope = self as unknown as {
  postMessage(message: FromReader): void;
  onmessage: ((event: MessageEvent<ToReader>) => void) | null;
};
scope.onmessage = (event) => void readChunkJob(event.data, (message) => scope.postMessage(message));
