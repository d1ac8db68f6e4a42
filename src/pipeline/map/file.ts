/**
 * The per-article stage as a pure map over input files: one file → its records, each read,
 * checked and analysed, encoded as an outcome (outcome.ts). Runs the same in-process and in a
 * worker thread; the cache stores the same text.
 */
import type { KnowledgeBase } from '../actors/kb.ts';
import { analyseInBatches, toResult, type ArticleAnalysis, type ArticleResult } from '../analyse.ts';
import { bodyHash, loadFile, parseFileBytes, parseFileBytesAsync, type FileRecord } from '../read/read.ts';
import type { Problem, RawArticle } from '../read/types.ts';
import type { InputFile } from '../read/walk.ts';
import { cacheKey, readCached, writeCached, type CacheConfig } from './cache.ts';
import { completeLight, encodeOutcome, type LightOutcome, type LightRecord } from './outcome.ts';

/**
 * An article yielding more events than this is a dump or a list, not a story: the rest are cut
 * (in document order) and the report says how many, so one record cannot swamp the dataset.
 */
export const MAX_EVENTS_PER_ARTICLE = 10_000;

/** Analyse the records of a file whose bytes are known; returns the encoded outcome. */
export function analyseBytes(file: InputFile, bytes: Uint8Array, kb: () => KnowledgeBase, maxEvents = MAX_EVENTS_PER_ARTICLE): string {
  const problems: Problem[] = [];
  const { light, results } = analyseRecords([{ parsed: parseFileBytes(file, bytes, problems), problems }], kb, maxEvents)[0]!;
  return encodeOutcome(light, results);
}

/** An outcome not encoded: the light part and each analysed record's result (index-aligned). */
export interface DirectOutcome {
  light: LightOutcome;
  results: (ArticleResult | undefined)[];
}

/** A file's records as read, and the problems its reading found. */
interface ParsedFile {
  parsed: FileRecord[];
  problems: Problem[];
}

/**
 * The records of files, analysed in batches across the files (one article a file is the usual
 * case); the light parts are not completed (outcome.ts: completeLight). Each file's outcome is
 * the same as when analysed alone.
 */
function analyseRecords(files: ParsedFile[], kb: () => KnowledgeBase, maxEvents: number): DirectOutcome[] {
  const analysed = analyseWith(files.flatMap(({ parsed }) => parsed.flatMap(({ result }) => (result.ok ? [result.article] : []))), kb);
  let next = 0;
  return files.map(({ parsed, problems }) => {
    const results: (ArticleResult | undefined)[] = [];
    const records = parsed.map(({ result, record }): LightRecord => {
      const where = record !== undefined ? { record } : {};
      results.push(undefined);
      if (!result.ok) return { ...where, error: result.reason, warnings: [] };
      const raw = result.article;
      const light: LightRecord = { ...where, warnings: result.warnings, path: raw.path };
      const one = analysed[next++]!;
      if (one instanceof Error) {
        light.hash = bodyHash(raw.body);
        light.analysisError = `could not be analysed (${one.message})`;
        return light;
      }
      const done = toResult(one);
      if (done.candidates.length > maxEvents) {
        light.warnings = [...light.warnings, `${done.candidates.length} events found, only the first ${maxEvents} kept`];
        done.candidates = done.candidates.slice(0, maxEvents);
      }
      results[results.length - 1] = done;
      light.hash = done.article.id.slice(1); // the article id is `a` + the body hash
      return light;
    });
    return { light: { problems, records }, results };
  });
}

/** The articles analysed in batches (analyse.ts); a knowledge base that cannot be made is every article's error, as it would be alone. */
function analyseWith(articles: RawArticle[], kb: () => KnowledgeBase): (ArticleAnalysis | Error)[] {
  if (articles.length === 0) return [];
  try {
    return analyseInBatches(articles, kb());
  } catch (error) {
    return articles.map(() => (error instanceof Error ? error : new Error(String(error))));
  }
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
 * Files → their outcomes (index-aligned), each from the cache when the same bytes at the same
 * path were analysed by the same code and curated actors before (cache.dir null: compute the key,
 * store nothing). The articles of the others are analysed together, in batches; each outcome is
 * what the file alone gives. Synchronous: Word and PDF files are refused (mapFileBatchAsync reads them).
 */
export function mapFileBatch(files: InputFile[], kb: () => KnowledgeBase, cache: CacheConfig | null): Mapped[] {
  const found = files.map((file) => lookUp(file, cache));
  return analyseFound(found, cache, kb, (i, bytes, problems) => parseFileBytes(files[i]!, bytes, problems));
}

/** mapFileBatch for every format: the same outcomes for the others. */
export async function mapFileBatchAsync(files: InputFile[], kb: () => KnowledgeBase, cache: CacheConfig | null): Promise<Mapped[]> {
  const found = files.map((file) => lookUp(file, cache));
  const read = new Map<number, ParsedFile>();
  for (const [i, one] of found.entries()) {
    if ('done' in one) continue;
    const problems: Problem[] = [];
    read.set(i, { parsed: await parseFileBytesAsync(files[i]!, one.bytes, problems), problems });
  }
  return analyseFound(found, cache, kb, (i, _bytes, problems) => {
    problems.push(...read.get(i)!.problems);
    return read.get(i)!.parsed;
  });
}

/** A file looked up: its outcome when it needs no analysis (unreadable, in the cache), else its bytes and key. */
type Found = { done: Mapped } | { bytes: Uint8Array; key: string | null };

/** The outcomes of files looked up: those found as they are; the others read, analysed together and stored. */
function analyseFound(found: Found[], cache: CacheConfig | null, kb: () => KnowledgeBase, parse: (i: number, bytes: Uint8Array, problems: Problem[]) => FileRecord[]): Mapped[] {
  const todo: { i: number; key: string | null }[] = [];
  const read: ParsedFile[] = [];
  for (const [i, one] of found.entries()) {
    if ('done' in one) continue;
    const problems: Problem[] = [];
    todo.push({ i, key: one.key });
    read.push({ parsed: parse(i, one.bytes, problems), problems });
  }
  const mapped = found.map((one) => ('done' in one ? one.done : null));
  analyseRecords(read, kb, MAX_EVENTS_PER_ARTICLE).forEach(({ light, results }, k) => {
    mapped[todo[k]!.i] = stored(cache, todo[k]!.key, encodeOutcome(light, results));
  });
  return mapped as Mapped[];
}

function lookUp(file: InputFile, cache: CacheConfig | null): Found {
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
 * mapFileBatch without a cache and without the text: the outcomes as objects, for an in-process
 * build that neither stores nor sends them. The same records, problems and candidates (in the
 * same order) as decoding mapFileBatch's texts, without writing every candidate as JSON and
 * parsing it back.
 */
export function mapFileBatchDirect(files: InputFile[], kb: () => KnowledgeBase): DirectOutcome[] {
  const out: DirectOutcome[] = [];
  const read: ParsedFile[] = [];
  const readAt: number[] = [];
  for (const file of files) {
    const loaded = loadFile(file);
    if (!loaded.ok) {
      out.push({ light: { problems: [{ file: file.displayPath, severity: 'error', reason: loaded.reason }], records: [] }, results: [] });
      continue;
    }
    const problems: Problem[] = [];
    readAt.push(out.length);
    out.push({ light: { problems, records: [] }, results: [] });
    read.push({ parsed: parseFileBytes(file, loaded.bytes, problems), problems });
  }
  analyseRecords(read, kb, MAX_EVENTS_PER_ARTICLE).forEach(({ light, results }, k) => {
    out[readAt[k]!] = { light: completeLight(light, results), results };
  });
  return out;
}
