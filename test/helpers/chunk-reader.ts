/**
 * The chunk reader (src/store/chunk-thread.ts ↔ chunk-jobs.ts) without a browser: the worker's
 * side runs in this thread, behind a real MessageChannel, so every message is structured-cloned
 * as it would be between the page and its worker.
 */
import { MessageChannel } from 'node:worker_threads';
import { readChunkJob, type Fetcher } from '../../src/store/chunk-jobs.ts';
import type { FromReader, ToReader } from '../../src/store/chunk-messages.ts';
import { ChunkThread, type WorkerPort } from '../../src/store/chunk-thread.ts';

export interface ChannelWorker {
  port: WorkerPort;
  /** Requests the page sent, and the worker's answers, in order. */
  asked: ToReader[];
  answered: FromReader[];
  close(): void;
}

/** A stand-in for `new Worker(…)`: the reader's jobs on the other end of a channel. */
export function channelWorker(fetcher?: Fetcher): ChannelWorker {
  const channel = new MessageChannel();
  const asked: ToReader[] = [];
  const answered: FromReader[] = [];
  const post = (message: FromReader): void => {
    answered.push(message);
    channel.port2.postMessage(message);
  };
  channel.port2.on('message', (message: ToReader) => void readChunkJob(message, post, fetcher));
  const port: WorkerPort = {
    onmessage: null,
    postMessage(message) {
      asked.push(message);
      channel.port1.postMessage(message);
    },
  };
  channel.port1.on('message', (data: FromReader) => port.onmessage?.({ data }));
  // Neither end keeps a test process alive.
  channel.port1.unref();
  channel.port2.unref();
  return {
    port,
    asked,
    answered,
    close() {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

/** A ChunkThread whose worker is a channelWorker. */
export function channelReader(fetcher?: Fetcher): ChannelWorker & { thread: ChunkThread } {
  const worker = channelWorker(fetcher);
  return { ...worker, thread: new ChunkThread(worker.port) };
}
