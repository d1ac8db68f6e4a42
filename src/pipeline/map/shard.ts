/**
 * The shard contract between `dateline map` and `dateline reduce` (docs/SCALING.md, "Map and
 * reduce"): map lists the inputs as a build does, analyses its share of the files (every n-th
 * from the k-th, `--shard k/n`) and writes one JSON object per line; reduce reads any number of
 * such files, in any order, and publishes what `dateline build` of the same inputs publishes,
 * byte for byte. Version SHARD_VERSION; a reader refuses another.
 *
 * Lines:
 * - `{"v":1,"kind":"listing",…}` (ListingLine): the inputs and their listing, the same in every
 *   shard of one run, so reduce can check that the shards belong together and none is missing;
 * - `{"v":1,"kind":"file",…}` (FileLine): one file's outcome (map/outcome.ts) and its place in
 *   the listing, which orders the files in reduce (the order decides, for instance, which copy of
 *   a duplicated article counts).
 */
import type { Problem } from '../read/types.ts';
import type { InputFile } from '../read/walk.ts';

export const SHARD_VERSION = 1;

export interface ListingLine {
  v: typeof SHARD_VERSION;
  kind: 'listing';
  /** The inputs as given to map (the build report names them). */
  inputs: string[];
  /** Files listed, in every shard together. */
  files: number;
  /** Problems of the listing itself (unreadable inputs, links out of the folder, caps). */
  problems: Problem[];
  unreadable: string[];
  /** The tool and actors file the outcomes depend on (map/cache.ts cacheFingerprint). */
  fingerprint: string;
}

export interface FileLine {
  v: typeof SHARD_VERSION;
  kind: 'file';
  /** Its index in the listing (0-based). */
  seq: number;
  /** As the build shows it (relative to the input folder) and as it was read. */
  path: string;
  fsPath: string;
  /** What identifies its content for the build state (map/cache.ts), null when not hashed. */
  key: string | null;
  /** The encoded outcome (map/outcome.ts). */
  outcome: string;
}

/** `k/n` (0 ≤ k < n): this shard's files are those whose listing index is k modulo n. */
export interface ShardSpec {
  k: number;
  n: number;
}

export function parseShard(text: string): ShardSpec | null {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  if (!m) return null;
  const [k, n] = [Number(m[1]), Number(m[2])];
  return n >= 1 && k < n ? { k, n } : null;
}

export const inShard = (seq: number, shard: ShardSpec): boolean => seq % shard.n === shard.k;

/** What reduce builds from: the listing and every file's outcome, in listing order. */
export interface Shards {
  listing: ListingLine;
  files: FileLine[];
}

/** A shard file that cannot be used: names it and says why. */
export class ShardError extends Error {}

/**
 * Read shard files (their text, with a name for messages): one listing shared by all, each file
 * of the listing exactly once (a file in two shards must have the same outcome), none missing.
 */
export function readShards(shards: { name: string; text: string }[]): Shards {
  let listing: ListingLine | null = null;
  const files = new Map<number, FileLine>();
  for (const { name, text } of shards) {
    text.split('\n').forEach((raw, i) => {
      if (raw.trim() === '') return;
      const where = `${name}, line ${i + 1}`;
      let line: ListingLine | FileLine;
      try {
        line = JSON.parse(raw) as ListingLine | FileLine;
      } catch {
        throw new ShardError(`${where}: not JSON`);
      }
      if (line.v !== SHARD_VERSION)
        throw new ShardError(
          `${where}: shard format version ${String(line.v)}, this tool reads ${SHARD_VERSION}`,
        );
      if (line.kind === 'listing') {
        if (listing && JSON.stringify(listing) !== JSON.stringify(line))
          throw new ShardError(
            `${where}: another listing than the first shard's (shards of different inputs, tools or actors files)`,
          );
        listing = line;
      } else if (line.kind === 'file') {
        const seen = files.get(line.seq);
        if (seen && seen.outcome !== line.outcome)
          throw new ShardError(`${where}: ${line.path} is in two shards with different outcomes`);
        files.set(line.seq, line);
      } else throw new ShardError(`${where}: unknown line kind`);
    });
  }
  if (!listing)
    throw new ShardError('no listing line in the shards: they were not written by dateline map');
  const found: ListingLine = listing;
  const missing = Array.from({ length: found.files }, (_, seq) => seq).filter(
    (seq) => !files.has(seq),
  );
  if (missing.length)
    throw new ShardError(
      `${missing.length} of ${found.files} files are in no shard (the first: number ${missing[0]! + 1} of the listing): a shard is missing`,
    );
  return { listing: found, files: [...files.values()].sort((a, b) => a.seq - b.seq) };
}

/** The input files of shards, as the listing gave them (no stamps: nothing is reused by stamp). */
export const shardFiles = (shards: Shards): InputFile[] =>
  shards.files.map((f) => ({ fsPath: f.fsPath, displayPath: f.path }));
