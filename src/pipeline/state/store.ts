/**
 * The build state of one out folder, kept between builds so that a rebuild redoes only what
 * changed: which input files were seen (stamp, cache key, light outcome), which
 * articles were used, a summary of each month's merged events and the chunks written. Stored in
 * `<cache>/builds/<hash of the out folder>/`: `state.json`, `files-<nn>.json` (the input files
 * in 32 shards by path, one line per file, see pack.ts; a shard none of whose files changed is not
 * written again; all in ASCII, ascii.ts) and the month files (months.ts). A build marks the state as in progress
 * first; a state left marked (a crash) or written by other code or curated actors (fingerprint)
 * is thrown away.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChunkRef } from '../../model/manifest.ts';
import type { DayCounts } from '../write/chunks.ts';
import { writeAtomic } from '../write/write.ts';
import { asciiJson, readText } from './ascii.ts';
import type { SourcesCut } from './cap.ts';
import type { StateKeeper } from './keeper.ts';
import { Tables, packFile, unpackFile, type FileEntry } from './pack.ts';

const STATE_VERSION = 2;
const STATE_FILE = 'state.json';
const SHARDS = 32;
const shardFile = (n: number): string => `files-${String(n).padStart(2, '0')}.json`;
const MARKER = 'BUILDING';

export type { FileEntry } from './pack.ts';

/** Shard of a file: FNV-1a of its paths. */
function shardOf(f: { fsPath: string; displayPath: string }): number {
  let h = 0x811c9dc5;
  const s = `${f.fsPath}\u0000${f.displayPath}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b); // mix: FNV's low bits alone are poorly spread
  return ((h ^ (h >>> 13)) >>> 0) % SHARDS;
}

/** One month's merged events, summarised (the events themselves are in the month files). */
export interface MonthSummary {
  /** Hash of the month's events and the articles they cite: equal hash, equal chunk bytes. */
  signature: string;
  days: DayCounts;
  /** Events per type, in EVENT_TYPES order. */
  types: number[];
  /** Events per actor id. */
  actors: [string, number][];
  /** Merged candidate id → event id, sorted by merged id. */
  redirects: [string, string][];
  /** Events whose sources were capped (cap.ts); absent when none. */
  cut?: SourcesCut[];
}

export interface ChunkState {
  signature: string;
  ref: ChunkRef;
  bytes: number;
}

export interface BuildState {
  fingerprint: string;
  files: FileEntry[];
  /** Keys (UsedArticle.key) of the articles the build used. */
  used: string[];
  months: Record<string, MonthSummary>;
  chunks: Record<string, ChunkState>;
  /** SHA-256 of the redirects.json this state's build published (absent in states written before it was kept). */
  redirects?: string;
  /** Discovered actors, mentions and folders of the shard files, by number. */
  tables: Tables;
  /** The entries of each shard file as read (to tell which shards need writing). */
  shards: FileEntry[][];
}

interface StateFile {
  redirects?: string;
  version: number;
  fingerprint: string;
  actors: string[];
  mentions: [string, string][];
  roots: string[];
  used: string[];
  months: Record<string, MonthSummary>;
  chunks: Record<string, ChunkState>;
}

const OUT_FILE = 'out.txt';

/**
 * Folder of the state of builds into `outDir` (it records the out folder's path). States of out
 * folders that no longer exist (temporary builds, tests) are removed on the way.
 */
export function stateDir(cacheDir: string, outDir: string): string {
  const builds = join(cacheDir, 'builds');
  for (const name of existsSync(builds) ? readdirSync(builds) : []) {
    const recorded = join(builds, name, OUT_FILE);
    if (existsSync(recorded) && !existsSync(readFileSync(recorded, 'utf8'))) rmSync(join(builds, name), { recursive: true, force: true });
  }
  const dir = join(builds, createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, OUT_FILE), resolve(outDir));
  return dir;
}

export function emptyState(fingerprint: string): BuildState {
  return { fingerprint, files: [], used: [], months: {}, chunks: {}, tables: new Tables([], []), shards: [] };
}

/** A marker younger than this, of a live process, means another build is writing this state. */
const BUSY_MS = 60 * 60 * 1000;

/** Bytes of the kept state's file shards in `dir` (0 when there are none): what loading it will read. */
export function keptStateBytes(dir: string): number {
  let bytes = 0;
  for (let n = 0; n < SHARDS; n++) {
    try {
      bytes += statSync(join(dir, shardFile(n))).size;
    } catch {
      // (no such shard)
    }
  }
  return bytes;
}

/** The state `keeper` holds for `dir` (keeper.ts), if it is still the one on disk and of this fingerprint. */
export const keepsState = (keeper: StateKeeper<BuildState> | undefined, dir: string, fingerprint: string): boolean => keeper?.peek(join(dir, STATE_FILE))?.fingerprint === fingerprint;

/**
 * The previous state (the one `keeper` holds, else the one on disk), or an empty one if there is
 * none usable; marks the state as in progress. Null when another build into the same out folder
 * is running (the caller builds without state).
 */
export function openState(dir: string, fingerprint: string, keeper?: StateKeeper<BuildState>): { state: BuildState; fresh: boolean; kept?: true } | null {
  mkdirSync(dir, { recursive: true });
  const marker = join(dir, MARKER);
  try {
    writeFileSync(marker, `${process.pid}\n`, { flag: 'wx' });
  } catch {
    if (busy(marker)) return null;
    writeFileSync(marker, `${process.pid}\n`); // left by a build that crashed: its state is unreliable
    rmSync(join(dir, 'months'), { recursive: true, force: true });
    return { state: emptyState(fingerprint), fresh: true };
  }
  const kept = keeper?.take(join(dir, STATE_FILE)) ?? null;
  if (kept && kept.fingerprint === fingerprint) return { state: kept, fresh: false, kept: true };
  let state: BuildState | null;
  try {
    state = load(dir, fingerprint);
  } catch {
    state = null;
  }
  if (state) return { state, fresh: false };
  // Unknown month files may hold anything: start over.
  rmSync(join(dir, 'months'), { recursive: true, force: true });
  return { state: emptyState(fingerprint), fresh: true };
}

function busy(marker: string): boolean {
  try {
    const pid = Number(readFileSync(marker, 'utf8'));
    if (Date.now() - statSync(marker).mtimeMs > BUSY_MS || pid === process.pid) return false;
    process.kill(pid, 0); // throws when there is no such process
    return true;
  } catch {
    return false;
  }
}

function load(dir: string, fingerprint: string): BuildState | null {
  const saved = JSON.parse(readText(join(dir, STATE_FILE))) as StateFile;
  if (saved.version !== STATE_VERSION || saved.fingerprint !== fingerprint) return null;
  const tables = new Tables(saved.actors, saved.mentions, saved.roots);
  const shards: FileEntry[][] = [];
  for (let n = 0; n < SHARDS; n++) {
    const path = join(dir, shardFile(n));
    if (!existsSync(path)) continue;
    // One JSON array, one entry per line: parsed at once (much faster than line by line), and
    // each line kept to be written back as is when its file did not change.
    const text = readText(path);
    const lines = text.split('\n').slice(1, -1).map((l) => (l.endsWith(',') ? l.slice(0, -1) : l));
    const parsed = JSON.parse(text) as unknown[];
    if (parsed.length !== lines.length) return null;
    shards[n] = parsed.map((entry, i) => unpackFile(entry, lines[i]!, tables));
  }
  return { fingerprint, files: shards.flat(), used: saved.used, months: saved.months, chunks: saved.chunks, ...(saved.redirects ? { redirects: saved.redirects } : {}), tables, shards };
}

/** Writes the state (the shards whose files changed, and state.json); `keeper` then holds it for the next build of this process. */
export function saveState(dir: string, state: BuildState, keeper?: StateKeeper<BuildState>): void {
  const tables = state.tables.compacted(state.files) ?? state.tables;
  const repack = tables !== state.tables;
  const groups: FileEntry[][] = Array.from({ length: SHARDS }, () => []);
  for (const f of state.files) groups[shardOf(f)]!.push(f);
  groups.forEach((group, n) => {
    const before = state.shards[n];
    if (!repack && before && before.length === group.length && group.every((f, i) => f === before[i])) return;
    if (group.length === 0) rmSync(join(dir, shardFile(n)), { force: true });
    else
      writeAtomic(join(dir, shardFile(n)), `[\n${group.map((f) => {
        const line = (!repack && f.packed) || packFile(f, tables);
        // (A state kept for the next build keeps each entry's line, which its save writes back when
        // the file is unchanged; a build that keeps nothing lets them go: 80,000 lines at 100k.)
        if (keeper) f.packed = line;
        return line;
      }).join(',\n')}\n]`);
  });
  const saved: StateFile = { version: STATE_VERSION, fingerprint: state.fingerprint, ...tables.toJSON(), used: state.used, months: state.months, chunks: state.chunks, ...(state.redirects ? { redirects: state.redirects } : {}) };
  writeAtomic(join(dir, STATE_FILE), asciiJson(JSON.stringify(saved)));
  rmSync(join(dir, MARKER), { force: true });
  // (As load would read it back: the tables the lines refer to, the shards as now written.)
  keeper?.keep(join(dir, STATE_FILE), { ...state, tables, shards: groups });
}
