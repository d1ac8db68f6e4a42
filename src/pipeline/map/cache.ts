/**
 * Cache of per-file analysis outcomes, so a rebuild re-analyses only the files that changed.
 * An entry is keyed by SHA-256 of (fingerprint, display path, file bytes), where the fingerprint
 * covers the code a build runs (every source file the build modules import, followed through
 * relative imports), the shipped knowledge (data/knowledge), package-lock.json and the curated
 * actors file: any change there invalidates every entry.
 * Entries are encoded outcomes (outcome.ts) in `<dir>/<2 hex>/<key>.txt`, written atomically;
 * a missing, unreadable or unwritable cache only costs time, never correctness.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { ROOT_URL } from '../root.ts';

export interface CacheConfig {
  /** Folder of the entries; null: keys are computed (for the build state) but nothing is stored. */
  dir: string | null;
  /** Hash of everything besides the file that decides an outcome. */
  fingerprint: string;
}

/** Default cache folder: git-ignored with node_modules, and not under the served out folder. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/dateline';

const ROOT = fileURLToPath(ROOT_URL);
/** The modules a build starts from; what they import (relative, with its extension) is followed. */
const ENTRIES = ['src/pipeline/build.ts', 'src/pipeline/state/build.ts', 'src/pipeline/workers/worker.ts'];
const IMPORT_RE = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/** Source files reachable from the entries, sorted. */
export function buildSources(): string[] {
  const seen = new Set<string>();
  const queue = ENTRIES.map((e) => join(ROOT, e));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT_RE)) queue.push(join(dirname(file), spec!));
  }
  return [...seen].sort();
}

function listFiles(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listFiles(path, out);
    else out.push(path);
  }
}

/** Fingerprint of the code, the shipped knowledge and the curated actors file (missing = none). */
export function cacheFingerprint(generator: string, actorsFile: string | null | undefined): string {
  const hash = createHash('sha256').update(`${generator}\u0000`);
  const files = buildSources();
  listFiles(join(ROOT, 'data/knowledge'), files);
  files.push(join(ROOT, 'package-lock.json'));
  for (const file of files) {
    hash.update(`${relative(ROOT, file)}\u0000`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  hash.update('\u0000actors\u0000');
  if (actorsFile && existsSync(actorsFile)) hash.update(readFileSync(actorsFile));
  return hash.digest('hex');
}

export function cacheKey(cache: CacheConfig, displayPath: string, bytes: Uint8Array): string {
  return createHash('sha256').update(cache.fingerprint).update(`\u0000${displayPath}\u0000`).update(bytes).digest('hex').slice(0, 32);
}

const entryPath = (dir: string, key: string): string => join(dir, key.slice(0, 2), `${key}.txt`);

export function readCached(cache: CacheConfig, key: string): string | null {
  if (!cache.dir) return null;
  try {
    return readFileSync(entryPath(cache.dir, key), 'utf8');
  } catch {
    return null;
  }
}

export function writeCached(cache: CacheConfig, key: string, text: string): void {
  if (!cache.dir) return;
  const path = entryPath(cache.dir, key);
  const tmp = `${path}.tmp-${process.pid}-${threadId}`;
  try {
    mkdirSync(join(cache.dir, key.slice(0, 2)), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch {
    // best effort: a read-only or full disk just means no cache
  }
}
