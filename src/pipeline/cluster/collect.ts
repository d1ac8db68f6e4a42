/**
 * What `dateline cluster reduce` publishes from: every job's shard of a run, read as `dateline
 * reduce` reads shard files (map/shard.ts checks they belong together and none is missing, and
 * reads each outcome only when the build needs it).
 */
import { readShardFiles, type Shards } from '../map/shard.ts';
import { finishedJobs, readManifest, shardPath } from './run.ts';

/** The run's shards, or the jobs (0-based) whose shard is not in the store yet. */
export function collectRun(
  store: string,
  run: string,
): { shards: Shards } | { missing: number[]; jobs: number } {
  const { jobs } = readManifest(store, run);
  const finished = finishedJobs(store, run, jobs);
  const missing = Array.from({ length: jobs }, (_, job) => job).filter((job) => !finished.has(job));
  if (missing.length) return { missing, jobs };
  return {
    shards: readShardFiles(
      Array.from({ length: jobs }, (_, job) => shardPath(store, run, job, jobs)),
    ),
  };
}
