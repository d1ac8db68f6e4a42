/**
 * The reader interface: one file per input format, each turning a file's text into records in
 * the common RawArticle shape (record.ts), or into one reason the whole file cannot be used.
 */
import type { Decoded } from '../decode.ts';
import type { RecordResult } from '../record.ts';
import type { DateOrder } from '../published.ts';

/** One record of a file: an article or why it is not one; `record` is 1-based within a multi-record file. */
export interface FileRecord {
  result: RecordResult;
  record?: number;
}

/** User choices that change how files are read (`--columns`, `--date-order`); carried with each file. */
export interface FormatOptions {
  /** How "07/05/2023" is read; without it such dates are rejected as ambiguous. */
  dateOrder?: DateOrder;
  /** CSV/TSV: article field → header name, overriding the header names found (`--columns title=Headline`). */
  columns?: Partial<Record<CsvField, string>>;
}

export const CSV_FIELDS = ['title', 'date', 'text', 'url', 'source', 'author'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export interface ReaderContext {
  /** The file as shown to the user; records get `#n` after it. */
  path: string;
  options: FormatOptions;
  /** The file's modification time when listed (ms since the epoch), if known: the last resort for a date (txt.ts). */
  modified?: number;
}

/** `warnings`: about the file as a whole (a feed cut short), reported once for it, not per record. */
export type ReaderOutput = { ok: true; records: FileRecord[]; warnings?: string[] } | { ok: false; reason: string };

interface ReaderInfo {
  /** For messages: "HTML page", "RSS or Atom feed". */
  name: string;
  /** Lower-case extensions with the dot that select this reader. */
  extensions: readonly string[];
  /** Whether the start of a file is this format (files without an extension, `.xml`, a feed saved as `.html`). */
  sniff?: (head: string) => boolean;
  /** Whether a file without an extension is this binary format, by its bytes (the PDF header, a zip holding a Word document). */
  sniffBytes?: (bytes: Uint8Array) => boolean;
}

/** A text format: the registry decodes the bytes first. */
export interface TextReader extends ReaderInfo {
  binary?: false;
  /** Bytes to text; absent: decodeText (UTF-8, or UTF-16 with a BOM). */
  decode?: (bytes: Uint8Array) => Decoded;
  read: (text: string, ctx: ReaderContext) => ReaderOutput;
  /** Where in the file article text can start (a page's <body>), so a copy in its metadata is not taken for it; absent: 0. */
  textStart?: (text: string) => number;
}

/**
 * A binary container (Word, PDF) read from its bytes. Its library works asynchronously, so only
 * the asynchronous read path (read.ts: readInputsAsync, map/file.ts: mapFileBatchAsync) can read it.
 */
export interface BinaryReader extends ReaderInfo {
  binary: true;
  read: (bytes: Uint8Array, ctx: ReaderContext) => Promise<ReaderOutput>;
}

export type Reader = TextReader | BinaryReader;

/** A reader's records, or a reason for the whole file. */
export const one = (result: RecordResult): ReaderOutput => ({ ok: true, records: [{ result }] });
