/**
 * The per-article stage as a pure map over input files: one file → its records, each read,
 * checked and analysed, encoded as an outcome (outcome.ts). Runs the same in-process and in a
 * worker thread; the cache stores the same text.
 */
import type { KnowledgeBase } from '../actors/kb.ts';
import { analyseArticle, toResult, type ArticleResult } from '../analyse.ts';
import { bodyHash, loadFile, parseFileBytes, parseFileBytesAsync, type FileRecord } from '../read/read.ts';
import type { Problem } from '../read/types.ts';
import type { InputFile } from '../read/walk.ts';
import { cacheKey, readCached, writeCached, type CacheConfig } from './cache.ts';
import { completeLight, encodeOutcome, type LightOutcome, type LightRecord } from './outcome.ts';

/**
 * An article yielding more events than this is a dump or a list, not a story: the rest are cut
 * (in document order) and the report says how many, so one record cannot swamp the dataset.
 */
export const MAX_EVENTS_PER_ARTICLE = 10_000;

/** Analyse the records of a file whose bytes are known; returns the encoded outcome. Word and PDF: analyseBytesAsync. */
export function analyseBytes(file: InputFile, bytes: Uint8Array, kb: () => KnowledgeBase, maxEvents = MAX_EVENTS_PER_ARTICLE): string {
  const problems: Problem[] = [];
  const { light, results } = analyseRecords(parseFileBytes(file, bytes, problems), problems, kb, maxEvents);
  return encodeOutcome(light, results);
}

/** analyseBytes for every format (the Word and PDF libraries are asynchronous). */
export async function analyseBytesAsync(file: InputFile, bytes: Uint8Array, kb: () => KnowledgeBase, maxEvents = MAX_EVENTS_PER_ARTICLE): Promise<string> {
  const problems: Problem[] = [];
  const { light, results } = analyseRecords(await parseFileBytesAsync(file, bytes, problems), problems, kb, maxEvents);
  return encodeOutcome(light, results);
}

/** An outcome not encoded: the light part and each analysed record's result (index-aligned). */
export interface DirectOutcome {
  light: LightOutcome;
  results: (ArticleResult | undefined)[];
}

/** The records of a file, analysed; the light part is not completed (outcome.ts: completeLight). */
function analyseRecords(parsed: FileRecord[], problems: Problem[], kb: () => KnowledgeBase, maxEvents: number): DirectOutcome {
  const results: (ArticleResult | undefined)[] = [];
  const records = parsed.map(({ result, record }): LightRecord => {
    const where = record !== undefined ? { record } : {};
    results.push(undefined);
    if (!result.ok) return { ...where, error: result.reason, warnings: [] };
    const raw = result.article;
    const light: LightRecord = { ...where, warnings: result.warnings, path: raw.path };
    try {
      const analysed = toResult(analyseArticle(raw, kb()));
      if (analysed.candidates.length > maxEvents) {
        light.warnings = [...light.warnings, `${analysed.candidates.length} events found, only the first ${maxEvents} kept`];
        analysed.candidates = analysed.candidates.slice(0, maxEvents);
      }
      results[results.length - 1] = analysed;
      light.hash = analysed.article.id.slice(1); // the article id is `a` + the body hash
    } catch (error) {
      light.hash = bodyHash(raw.body);
      light.analysisError = `could not be analysed (${(error as Error).message})`;
    }
    return light;
  });
  return { light: { problems, records }, results };
}

export interface Mapped {
  /** The encoded outcome. */
  text: string;
  /** Identity of the outcome: SHA-256 of fingerprint, path and bytes; null if the file could not be read. */
  key: string | null;
  /** True when it came from the cache. */
  cached: boolean;
}

/**
 * One file → its outcome, from the cache when the same bytes at the same path were analysed
 * by the same code and curated actors before (cache.dir null: compute the key, store nothing).
 * Synchronous: Word and PDF files are refused (mapFileAsync reads them).
 */
export function mapFile(file: InputFile, kb: () => KnowledgeBase, cache: CacheConfig | null): Mapped {
  const found = lookUp(file, cache);
  return 'done' in found ? found.done : stored(cache, found.key, analyseBytes(file, found.bytes, kb));
}

/** mapFile for every format: the same outcome for the others. */
export async function mapFileAsync(file: InputFile, kb: () => KnowledgeBase, cache: CacheConfig | null): Promise<Mapped> {
  const found = lookUp(file, cache);
  return 'done' in found ? found.done : stored(cache, found.key, await analyseBytesAsync(file, found.bytes, kb));
}

/** The outcome when it needs no analysis (unreadable file, cache hit), else the bytes and the key. */
function lookUp(file: InputFile, cache: CacheConfig | null): { done: Mapped } | { bytes: Uint8Array; key: string | null } {
  const loaded = loadFile(file);
  if (!loaded.ok) {
    const problems: Problem[] = [{ file: file.displayPath, severity: 'error', reason: loaded.reason }];
    return { done: { text: encodeOutcome({ problems, records: [] }, []), key: null, cached: false } };
  }
  // --date-order and --columns change what a file yields: they are part of its key when given.
  const withFormats = file.formats ? `${file.displayPath}\u0000${JSON.stringify(file.formats)}` : file.displayPath;
  const day = modifiedDayMatters(file, loaded.bytes);
  const keyPath = day ? `${withFormats}\u0000modified ${day}` : withFormats;
  const key = cache ? cacheKey(cache, keyPath, loaded.bytes) : null;
  if (cache?.dir && key) {
    const hit = readCached(cache, key);
    if (hit !== null) return { done: { text: hit, key, cached: true } };
  }
  return { bytes: loaded.bytes, key };
}

/**
 * The UTC day of the file's modification time when it may be the article's publication date: a
 * `.txt` without the `date` header line, whose date the reader may take from it (readers/txt.ts).
 * Part of the cache key then, so a file touched on another day is not given its old date.
 */
export function modifiedDayMatters(file: Pick<InputFile, 'fsPath' | 'modifiedMs'>, bytes: Uint8Array): string | null {
  if (file.modifiedMs === undefined || !Number.isFinite(file.modifiedMs) || !file.fsPath.toLowerCase().endsWith('.txt')) return null;
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1').replace(/^\xef\xbb\xbf/, '');
  return /^date\s/i.test(head) ? null : new Date(file.modifiedMs).toISOString().slice(0, 10);
}

function stored(cache: CacheConfig | null, key: string | null, text: string): Mapped {
  if (cache?.dir && key) writeCached(cache, key, text);
  return { text, key, cached: false };
}

/**
 * mapFile without a cache and without the text: the outcome as objects, for an in-process build
 * that neither stores nor sends it. The same records, problems and candidates (in the same
 * order) as decoding mapFile's text, without writing every candidate as JSON and parsing it back.
 */
export function mapFileDirect(file: InputFile, kb: () => KnowledgeBase): DirectOutcome {
  const loaded = loadFile(file);
  if (!loaded.ok) return { light: { problems: [{ file: file.displayPath, severity: 'error', reason: loaded.reason }], records: [] }, results: [] };
  const problems: Problem[] = [];
  const { light, results } = analyseRecords(parseFileBytes(file, loaded.bytes, problems), problems, kb, MAX_EVENTS_PER_ARTICLE);
  return { light: completeLight(light, results), results };
}
