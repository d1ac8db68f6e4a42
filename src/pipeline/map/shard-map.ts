/**
 * `dateline map`: list the inputs as `dateline build` does, analyse this shard's share of the
 * files (cache, worker threads: map/run.ts) and write the shard's lines (map/shard.ts) in listing
 * order. Stateless: the same inputs, tool and actors file give the same lines on any machine.
 */
import { GENERATOR, loadKnowledgeBase } from '../build.ts';
import { collectFiles, type InputFile, type ReadLimits } from '../read/walk.ts';
import { cacheFingerprint } from './cache.ts';
import { reencodeOutcome } from './outcome.ts';
import { mapFiles, poolFor, type MapOptions } from './run.ts';
import {
  inShard,
  SHARD_VERSION,
  type FileLine,
  type ListingLine,
  type ShardSpec,
} from './shard.ts';

export interface MapShardOptions {
  actorsFile?: string | null;
  jobs?: number | 'auto';
  /** Per-file cache folder (map/cache.ts); null: analyse every file. */
  cacheDir: string | null;
  limits?: ReadLimits;
  onProgress?: (done: number, total: number, stage: string) => void;
}

/** Map the shard's files; `write` gets each line (no newline). Returns how many files it mapped. */
export async function mapShard(
  inputs: string[],
  shard: ShardSpec,
  options: MapShardOptions,
  write: (line: string) => void,
): Promise<{ listed: number; mapped: number }> {
  const kb = loadKnowledgeBase(options.actorsFile, []);
  const fingerprint = cacheFingerprint(GENERATOR, options.actorsFile);
  const { files, problems, unreadable } = collectFiles(inputs, options.limits);
  const listing: ListingLine = {
    v: SHARD_VERSION,
    kind: 'listing',
    inputs,
    files: files.length,
    problems,
    unreadable,
    fingerprint,
  };
  write(JSON.stringify(listing));
  const seqOf = new Map<InputFile, number>();
  files.forEach((file, seq) => inShard(seq, shard) && seqOf.set(file, seq));
  const mine = [...seqOf.keys()];
  const mapOptions: MapOptions = {
    jobs: options.jobs ?? 'auto',
    cache: { dir: options.cacheDir, fingerprint },
    actorsFile: options.actorsFile ?? null,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  const pool = poolFor(mapOptions, mine.length);
  try {
    await mapFiles(
      mine,
      () => kb,
      mapOptions,
      (file, { key, light, candidates }) => {
        const line: FileLine = {
          v: SHARD_VERSION,
          kind: 'file',
          seq: seqOf.get(file)!,
          path: file.displayPath,
          fsPath: file.fsPath,
          key,
          outcome: reencodeOutcome(light, candidates),
        };
        write(JSON.stringify(line));
      },
      pool,
    );
  } finally {
    await pool?.close();
  }
  return { listed: files.length, mapped: mine.length };
}
