/**
 * `dateline map`: list the inputs as `dateline build` does, analyse this shard's share of the
 * files (cache, worker threads: map/run.ts) and write the shard's lines (map/shard.ts) in listing
 * order. Stateless: the same inputs, tool and actors file give the same lines on any machine.
 * The cluster runner (pipeline/cluster/) lists once and maps batches of the listing with
 * mapListed, so a worker never lists the inputs again.
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
  /** Awaited before each file mapped in-process (map/run.ts MapOptions.beforeFile), by its index in the files given. */
  beforeFile?: (index: number) => Promise<void>;
}

/** The inputs' listing line (what every shard of the run repeats) and the files in listing order. */
export function listInputs(
  inputs: string[],
  options: Pick<MapShardOptions, 'actorsFile' | 'limits'>,
): { listing: ListingLine; files: InputFile[] } {
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
  return { listing, files };
}

/** A file of the listing with its place in it. */
export interface ListedFile {
  seq: number;
  file: InputFile;
  /** The path as listed, when `file` is read from another place (a worker in another folder); else file.fsPath. */
  listedPath?: string;
}

/**
 * Map the given files of a listing and write their shard lines (listing line first), in the
 * order given. Refuses to run when this tool or actors file is not the listing's: its outcomes
 * would not be those of the run.
 */
export async function mapListed(
  listing: ListingLine,
  listed: ListedFile[],
  options: MapShardOptions,
  write: (line: string) => void,
): Promise<number> {
  const fingerprint = cacheFingerprint(GENERATOR, options.actorsFile);
  if (fingerprint !== listing.fingerprint)
    throw new Error(
      'this tool or actors file differs from the one that listed the inputs (another version of dateline, or another actors file)',
    );
  const kb = loadKnowledgeBase(options.actorsFile, []);
  write(JSON.stringify(listing));
  const byFile = new Map<InputFile, ListedFile>(listed.map((l) => [l.file, l]));
  const files = listed.map(({ file }) => file);
  const mapOptions: MapOptions = {
    jobs: options.jobs ?? 'auto',
    cache: { dir: options.cacheDir, fingerprint },
    actorsFile: options.actorsFile ?? null,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.beforeFile ? { beforeFile: options.beforeFile } : {}),
  };
  const pool = poolFor(mapOptions, files.length);
  try {
    await mapFiles(
      files,
      () => kb,
      mapOptions,
      (file, { key, light, candidates }) => {
        const line: FileLine = {
          v: SHARD_VERSION,
          kind: 'file',
          seq: byFile.get(file)!.seq,
          path: file.displayPath,
          fsPath: byFile.get(file)!.listedPath ?? file.fsPath,
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
  return files.length;
}

/** Map the shard's files; `write` gets each line (no newline). Returns how many files it mapped. */
export async function mapShard(
  inputs: string[],
  shard: ShardSpec,
  options: MapShardOptions,
  write: (line: string) => void,
): Promise<{ listed: number; mapped: number }> {
  const { listing, files } = listInputs(inputs, options);
  const mine = files.flatMap((file, seq) => (inShard(seq, shard) ? [{ seq, file }] : []));
  const mapped = await mapListed(listing, mine, options, write);
  return { listed: files.length, mapped };
}
