/**
 * A worker thread of the pool (pool.ts): maps input files (map/file.ts) and merges months of the
 * build state (state/months.ts). The knowledge base is built on the first file that is not in
 * the cache, so a rebuild that finds everything cached starts at once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { KnowledgeBase } from '../actors/kb.ts';
import { loadKnowledgeBase } from '../build.ts';
import { mapFileBatchAsync } from '../map/file.ts';
import { collectFiles } from '../read/walk.ts';
import { mergeMonthFiles } from '../state/months.ts';
import { warmTagger } from '../text/wink-tagger.ts';
import type { Job, JobResult, ToWorker, WorkerSetup } from './protocol.ts';

const setup = workerData as WorkerSetup;
let kb: KnowledgeBase | null = null;
const lazyKb = (): KnowledgeBase => (kb ??= loadKnowledgeBase(setup.actorsFile, []));
let used = new Set<string>();

/** Messages are handled one after the other, in the order sent: a file's reading may wait on its library (Word, PDF). */
async function handle(message: ToWorker): Promise<void> {
  if (message.kind === 'used') {
    used = new Set(message.keys);
    return;
  }
  // The files of a message are mapped together: their articles are analysed in batches (map/file.ts).
  const files = message.jobs.filter((job): job is Extract<Job, { kind: 'file' }> => job.kind === 'file');
  const mapped = files.length ? await mapFileBatchAsync(files.map((job) => job.file), lazyKb, setup.cache) : [];
  files.forEach((job, k) => parentPort!.postMessage({ kind: 'file', index: job.index, mapped: mapped[k]! } satisfies JobResult));
  for (const job of message.jobs) {
    if (job.kind === 'month') parentPort!.postMessage({ kind: 'month', index: job.index, summary: mergeMonthFiles(job.stateDir, job.month, used) } satisfies JobResult);
    else if (job.kind === 'list') parentPort!.postMessage({ kind: 'list', index: job.index, listing: collectFiles(job.inputs, job.limits) } satisfies JobResult);
    else if (job.kind === 'warm') {
      lazyKb();
      warmTagger();
      parentPort!.postMessage({ kind: 'warm', index: job.index } satisfies JobResult);
    }
  }
}

let queue = Promise.resolve();
parentPort!.on('message', (message: ToWorker) => {
  // A failure rejects the queue unhandled and ends the thread, as a thrown error did before: the pool reports it.
  queue = queue.then(() => handle(message));
});
