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
import { closeSync, openSync, readSync } from 'node:fs';
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

/** A file's line in a shard, without its outcome: where to read that when it is needed. */
export interface ShardEntry extends Omit<FileLine, 'outcome'> {
  /** Which source (shard) and where in it: UTF-8 bytes of a file, or characters of a text. */
  source: number;
  at: number;
  length: number;
}

/**
 * What reduce builds from: the listing and every file's entry, in listing order. The outcomes stay
 * in the shards until `outcome` reads one: a reduce of a million articles holds their entries,
 * not gigabytes of outcomes (a 100,000-article reduce that held them ran out of heap).
 */
export interface Shards {
  listing: ListingLine;
  files: ShardEntry[];
  outcome: (entry: ShardEntry) => string;
}

/** A shard file that cannot be used: names it and says why. */
export class ShardError extends Error {}

/** Lines of a source: each with where it is, and a reader for any line later. */
interface Source {
  name: string;
  lines: () => Iterable<{ raw: string; at: number; length: number; line: number }>;
  read: (at: number, length: number) => string;
}

/** Shards given as texts (tests, small runs). */
export function readShards(shards: { name: string; text: string }[]): Shards {
  return indexShards(
    shards.map(({ name, text }) => ({
      name,
      *lines() {
        let at = 0;
        let line = 0;
        while (at <= text.length) {
          const end = text.indexOf('\n', at);
          const stop = end < 0 ? text.length : end;
          line++;
          yield { raw: text.slice(at, stop), at, length: stop - at, line };
          at = stop + 1;
        }
      },
      read: (at, length) => text.slice(at, at + length),
    })),
  );
}

/** How much of a shard file is read at a time while indexing it. */
const CHUNK_BYTES = 4 << 20;

/** Shard files, read line by line (a line at a time in memory), their outcomes read again when needed. */
export function readShardFiles(paths: string[], chunkBytes = CHUNK_BYTES): Shards {
  return indexShards(
    paths.map((path) => ({
      name: path,
      *lines() {
        const fd = openSync(path, 'r');
        try {
          const chunk = Buffer.allocUnsafe(chunkBytes);
          let pending: Buffer[] = [];
          let pendingAt = 0;
          let offset = 0;
          let line = 0;
          for (
            let n = readSync(fd, chunk, 0, chunkBytes, offset);
            n > 0;
            n = readSync(fd, chunk, 0, chunkBytes, offset)
          ) {
            let from = 0;
            for (
              let nl = chunk.indexOf(10, from);
              nl >= 0 && nl < n;
              nl = chunk.indexOf(10, from)
            ) {
              const bytes = Buffer.concat([...pending, chunk.subarray(from, nl)]);
              line++;
              yield { raw: bytes.toString('utf8'), at: pendingAt, length: bytes.length, line };
              pending = [];
              from = nl + 1;
              pendingAt = offset + from;
            }
            if (from < n) pending.push(Buffer.from(chunk.subarray(from, n)));
            offset += n;
          }
          if (pending.length) {
            const bytes = Buffer.concat(pending);
            yield {
              raw: bytes.toString('utf8'),
              at: pendingAt,
              length: bytes.length,
              line: line + 1,
            };
          }
        } finally {
          closeSync(fd);
        }
      },
      read: (at, length) => {
        const fd = openSync(path, 'r');
        try {
          const bytes = Buffer.allocUnsafe(length);
          readSync(fd, bytes, 0, length, at);
          return bytes.toString('utf8');
        } finally {
          closeSync(fd);
        }
      },
    })),
  );
}

/**
 * The shards' index: one listing shared by all, each file of the listing exactly once (a file in
 * two shards must have the same outcome), none missing.
 */
function indexShards(sources: Source[]): Shards {
  let listing: ListingLine | null = null;
  const files = new Map<number, ShardEntry>();
  const outcome = (entry: ShardEntry): string => {
    const line = JSON.parse(sources[entry.source]!.read(entry.at, entry.length)) as FileLine;
    return line.outcome;
  };
  sources.forEach(({ name, lines }, source) => {
    for (const { raw, at, length, line: number } of lines()) {
      if (raw.trim() === '') continue;
      const where = `${name}, line ${number}`;
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
        if (seen && outcome(seen) !== line.outcome)
          throw new ShardError(`${where}: ${line.path} is in two shards with different outcomes`);
        const { outcome: _dropped, ...entry } = line;
        files.set(line.seq, { ...entry, source, at, length });
      } else throw new ShardError(`${where}: unknown line kind`);
    }
  });
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
  return { listing: found, files: [...files.values()].sort((a, b) => a.seq - b.seq), outcome };
}

/** The input files of shards, as the listing gave them (no stamps: nothing is reused by stamp). */
export const shardFiles = (shards: Shards): InputFile[] =>
  shards.files.map((f) => ({ fsPath: f.fsPath, displayPath: f.path }));
