/**
 * Reads every input into RawArticles. One bad file or record never stops the others: each
 * problem is recorded with its file, record and reason, and the counts add up
 * (inputsSeen = articles + rejected inputs).
 */
import { hash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { readBytes, readBytesSync, refusedByName } from './readers/registry.ts';
import type { FileRecord, ReaderContext, ReaderOutput } from './readers/types.ts';
import type { Problem, RawArticle, ReadResult } from './types.ts';
import { code, collectFiles, DEFAULT_LIMITS, inside, kindOf, type InputFile, type ReadLimits } from './walk.ts';

export type { FileRecord } from './readers/types.ts';

/**
 * Every input's articles. Synchronous, for callers that must stay so: Word and PDF files (whose
 * libraries are asynchronous) are refused with a reason; readInputsAsync reads them.
 */
export function readInputs(inputs: string[], onFile?: (done: number, total: number) => void, limits?: ReadLimits): ReadResult {
  const { files, problems } = collectFiles(inputs, limits);
  const collect = collector(problems);
  files.forEach((file, index) => {
    collect(file, readFile(file, problems));
    onFile?.(index + 1, files.length);
  });
  return collect.result();
}

/** readInputs for every format, Word and PDF included: the same result for the other formats. */
export async function readInputsAsync(inputs: string[], onFile?: (done: number, total: number) => void, limits?: ReadLimits): Promise<ReadResult> {
  const { files, problems } = collectFiles(inputs, limits);
  const collect = collector(problems);
  for (const [index, file] of files.entries()) {
    collect(file, await readFileAsync(file, problems));
    onFile?.(index + 1, files.length);
  }
  return collect.result();
}

/** Adds each file's records, in file order: articles, their warnings, rejections and duplicates. */
function collector(problems: Problem[]): ((file: InputFile, results: FileRecord[]) => void) & { result: () => ReadResult } {
  const articles: RawArticle[] = [];
  const byBodyHash = new Map<string, string>();
  let inputsSeen = problems.filter((p) => p.severity === 'error').length;
  const add = (file: InputFile, results: FileRecord[]): void => {
    inputsSeen += results.length === 0 ? 1 : results.length;
    for (const { result, record } of results) {
      const where = { file: file.displayPath, ...(record ? { record } : {}) };
      if (!result.ok) {
        problems.push({ ...where, severity: 'error', reason: result.reason });
        continue;
      }
      for (const reason of result.warnings) problems.push({ ...where, severity: 'warning', reason });
      const hash = bodyHash(result.article.body);
      const first = byBodyHash.get(hash);
      if (first) {
        problems.push({ ...where, severity: 'error', reason: `duplicate of ${first} (same text)` });
        continue;
      }
      byBodyHash.set(hash, result.article.path);
      articles.push(result.article);
    }
  };
  return Object.assign(add, { result: () => ({ articles, problems, inputsSeen }) });
}

/** Identity of an article's text: whitespace-insensitive, so re-wrapped copies are duplicates. */
export function bodyHash(body: string): string {
  // (One-shot hash: the same digest as createHash, without its per-call objects.)
  return hash('sha256', body.replace(/\s+/g, ' ').trim(), 'hex').slice(0, 16);
}

/** Records of one file; an empty array means the whole file failed (its problem already pushed). Word and PDF: see readFileAsync. */
export function readFile(file: InputFile, problems: Problem[]): FileRecord[] {
  const loaded = loadFile(file);
  if (!loaded.ok) {
    problems.push({ file: file.displayPath, severity: 'error', reason: loaded.reason });
    return [];
  }
  return parseFileBytes(file, loaded.bytes, problems);
}

/** readFile for every format. */
export async function readFileAsync(file: InputFile, problems: Problem[]): Promise<FileRecord[]> {
  const loaded = loadFile(file);
  if (!loaded.ok) {
    problems.push({ file: file.displayPath, severity: 'error', reason: loaded.reason });
    return [];
  }
  return parseFileBytesAsync(file, loaded.bytes, problems);
}

/**
 * The bytes of one input file, or why it cannot be used (unknown type, too large, unreadable,
 * moved outside its folder since it was listed, not a regular file).
 */
export function loadFile(file: InputFile): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  const refused = refusedByName(file.fsPath);
  if (refused) return { ok: false, reason: refused };
  const max = file.maxBytes ?? DEFAULT_LIMITS.maxFileBytes;
  let fd: number | undefined;
  try {
    // The file was listed a moment ago; a link swapped since then must not lead outside the folder.
    // (`.native`: one call to the C library, not an lstat per folder of the path from JavaScript.)
    const real = file.root ? realpathSync.native(file.fsPath) : file.fsPath;
    if (file.root && !inside(file.root, real)) {
      return { ok: false, reason: 'symlink to outside the input folder, not followed' };
    }
    // Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    const kind = kindOf(stat) ?? (stat.isDirectory() ? 'a folder' : null);
    if (kind) return { ok: false, reason: `${kind}, not read` };
    if (stat.size > max) return { ok: false, reason: `larger than ${sizeText(max)} (raise --max-file-mb)` };
    return { ok: true, bytes: readAll(fd, stat.size, max) };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: `larger than ${sizeText(max)} (raise --max-file-mb)` };
    return { ok: false, reason: `cannot read (${code(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

class TooLarge extends Error {}
const sizeText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 100) / 100} MB` : `${bytes} bytes`);

/** Read to the end, never past `max` bytes (a file still growing, or a pseudo-file whose size lies). */
function readAll(fd: number, size: number, max: number): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.max(size, 4096));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > max) throw new TooLarge();
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, max + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (length > max) throw new TooLarge();
  return buffer.subarray(0, length);
}

/** Decode and parse the bytes of a file whose type loadFile accepted (same contract as readFile). */
export function parseFileBytes(file: InputFile, bytes: Uint8Array, problems: Problem[]): FileRecord[] {
  return recordsOf(file, readBytesSync(file.fsPath, bytes, contextOf(file)), problems);
}

/** parseFileBytes for every format, Word and PDF included. */
export async function parseFileBytesAsync(file: InputFile, bytes: Uint8Array, problems: Problem[]): Promise<FileRecord[]> {
  return recordsOf(file, await readBytes(file.fsPath, bytes, contextOf(file)), problems);
}

const contextOf = (file: InputFile): ReaderContext => ({ path: file.displayPath, options: file.formats ?? {}, ...(file.modifiedMs !== undefined ? { modified: file.modifiedMs } : {}) });

function recordsOf(file: InputFile, out: ReaderOutput, problems: Problem[]): FileRecord[] {
  if (out.ok) {
    for (const reason of out.warnings ?? []) problems.push({ file: file.displayPath, severity: 'warning', reason });
    return out.records;
  }
  problems.push({ file: file.displayPath, severity: 'error', reason: out.reason });
  return [];
}
