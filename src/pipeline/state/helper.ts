/**
 * A thread that works while a rebuild loads a large kept state. Loading the state of 100,000 files
 * takes the main thread about two seconds, in which a second core would idle; listing the inputs
 * (a second: a stat per file) and loading what analysis needs (knowledge base and tagger model,
 * half a second) need nothing from the state, so this thread does both meanwhile, and then
 * analyses the few changed files itself. The listing and the outcomes are those of the main
 * thread (the same functions), so the build's output does not change.
 */
import { threadsFor, type MapOptions } from '../map/run.ts';
import type { Listing, ReadLimits } from '../read/walk.ts';
import { Pool } from '../workers/pool.ts';
import type { WorkerSetup } from '../workers/protocol.ts';

/**
 * A kept state with file shards this large (bytes: about 35,000 files) takes longer to load than
 * a thread takes to start (a third of a second); below it the thread would only add its start.
 */
export const HELPER_STATE_BYTES = 32 * 1024 * 1024;

export interface Helper {
  /** The inputs, listed on the thread. */
  listing: Promise<Listing>;
  /** The thread, once it has listed and warmed up: a pool of one to map the changed files and merge months on (null: it failed, or was closed). */
  ready(): Promise<Pool | null>;
  close(): Promise<void>;
}

/**
 * A helper for a rebuild whose state's file shards hold `stateBytes`, or null: a small state, or
 * no second thread (`--jobs 1`, one core).
 */
export function startHelper(jobs: MapOptions['jobs'], stateBytes: number, setup: WorkerSetup, inputs: string[], limits?: ReadLimits, fromBytes = HELPER_STATE_BYTES): Helper | null {
  if (stateBytes === 0 || stateBytes < fromBytes || threadsFor(jobs, Number.MAX_SAFE_INTEGER) < 2) return null;
  const pool = new Pool(1, setup);
  let closed = false;
  let listed: (listing: Listing) => void = () => {};
  const run = pool.runJobs([{ kind: 'list', index: 0, inputs, limits }, { kind: 'warm', index: 1 }], (result) => {
    if (result.kind === 'list') listed(result.listing);
  });
  return {
    // (A thread that fails before it has listed rejects this: the build lists on the main thread.)
    listing: new Promise<Listing>((resolve, reject) => {
      listed = resolve;
      run.then(() => reject(new Error('the helper thread listed nothing')), reject);
    }),
    ready: () =>
      run.then(
        () => (closed ? null : pool),
        () => null,
      ),
    close: () => {
      closed = true;
      return pool.close();
    },
  };
}
