/**
 * Which reader reads a file: by its extension, and by its first bytes where the extension does
 * not settle it (`.xml`, no extension, a feed saved as `.html`; a Word or PDF file without one). Decoding, the empty-file check
 * and the catching of a reader's failure happen here once for every format.
 */
import { extname } from 'node:path';
import { decodeText } from '../decode.ts';
import { firstLine } from './errors.ts';
import { fileAligner } from '../origin.ts';
import { jsonLinesReader, jsonReader } from './json.ts';
import { csvReader, tsvReader } from './csv.ts';
import { docxReader } from './docx.ts';
import { pdfReader } from './pdf.ts';
import { feedReader } from './feed.ts';
import { htmlReader } from './html.ts';
import { markdownReader } from './markdown.ts';
import { txtReader } from './txt.ts';
import type { BinaryReader, Reader, ReaderContext, ReaderOutput, TextReader } from './types.ts';

/** In sniffing order: the first reader whose sniff claims a file's head reads it. */
export const READERS: readonly Reader[] = [txtReader, markdownReader, jsonReader, jsonLinesReader, feedReader, htmlReader, csvReader, tsvReader, docxReader, pdfReader];

/** Extensions read only if their content is recognised. */
const SNIFFED_EXTENSIONS = new Set(['']);
const HEAD_BYTES = 2048;

const extensionOf = (fsPath: string): string => extname(fsPath).toLowerCase();

const expected = (): string => {
  const names = READERS.flatMap((r) => r.extensions.slice(0, 1));
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
};

/** Null when the file may be one of ours (its bytes decide for sniffed extensions), else why not. */
export function refusedByName(fsPath: string): string | null {
  const ext = extensionOf(fsPath);
  if (SNIFFED_EXTENSIONS.has(ext) || READERS.some((r) => r.extensions.includes(ext))) return null;
  return unknownType(ext);
}

const unknownType = (ext: string): string => `unknown file type "${ext || '(none)'}"; expected ${expected()}`;

/** The start of a file as text, for sniffing only (a cut character or a wrong byte does not matter). */
function headOf(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(head).replace(/^\ufeff/, '');
}

export function readerFor(fsPath: string, bytes: Uint8Array): Reader | null {
  const ext = extensionOf(fsPath);
  const byExtension = READERS.find((r) => r.extensions.includes(ext));
  // Formats that cannot be told apart by their content keep the extension's reader.
  if (byExtension && !byExtension.sniff) return byExtension;
  const head = headOf(bytes);
  const byHead = READERS.find((r) => r.sniff?.(head));
  if (byHead || byExtension) return byHead ?? byExtension ?? null;
  // A Word or PDF file saved without its extension (`report`): known by its bytes, after the markup formats.
  return SNIFFED_EXTENSIONS.has(ext) ? (READERS.find((r) => r.sniffBytes?.(bytes)) ?? null) : null;
}

/**
 * The records of a file's bytes, or one reason the whole file cannot be used. Text formats are
 * read at once; Word and PDF (binary readers, whose libraries are asynchronous) give a Promise.
 */
export function readBytes(fsPath: string, bytes: Uint8Array, ctx: ReaderContext): ReaderOutput | Promise<ReaderOutput> {
  const reader = readerFor(fsPath, bytes);
  if (!reader) return { ok: false, reason: unknownType(extensionOf(fsPath)) };
  if (reader.binary) return readBinary(reader, bytes, ctx);
  return readText(reader, bytes, ctx);
}

/** readBytes for callers that must stay synchronous: a Word or PDF file is refused, with the way to read it. */
export function readBytesSync(fsPath: string, bytes: Uint8Array, ctx: ReaderContext): ReaderOutput {
  const reader = readerFor(fsPath, bytes);
  if (!reader) return { ok: false, reason: unknownType(extensionOf(fsPath)) };
  if (reader.binary) return { ok: false, reason: `${reader.name} files are read only by the asynchronous path (readInputsAsync, mapFileBatchAsync)` };
  return readText(reader, bytes, ctx);
}

function readText(reader: TextReader, bytes: Uint8Array, ctx: ReaderContext): ReaderOutput {
  const decoded = (reader.decode ?? decodeText)(bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') return { ok: false, reason: 'empty file' };
  try {
    return withOrigins(reader.read(decoded.text, ctx), decoded.text, reader.textStart?.(decoded.text) ?? 0);
  } catch (error) {
    // A library's failure on one file (stack overflow on absurd nesting, a parser bug) costs that file only.
    return { ok: false, reason: `could not be read as ${reader.name} (${firstLine(error)})` };
  }
}

/** Each article's map back to the file's text (origin.ts), records searched in file order. */
function withOrigins(output: ReaderOutput, text: string, from: number): ReaderOutput {
  if (!output.ok) return output;
  const aligner = fileAligner(text, from);
  for (const { result } of output.records) {
    if (!result.ok || result.article.origin) continue;
    const anchors = aligner.align(result.article.body);
    if (anchors.length) result.article.origin = anchors;
  }
  return output;
}

async function readBinary(reader: BinaryReader, bytes: Uint8Array, ctx: ReaderContext): Promise<ReaderOutput> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  try {
    return await reader.read(bytes, ctx);
  } catch (error) {
    return { ok: false, reason: `could not be read as ${reader.name} (${firstLine(error)})` };
  }
}
