/** `.json` (one record, an array, or `{ "articles": [...] }`) and `.jsonl` (one record per line). */
import { toArticle, type RecordResult } from '../record.ts';
import { firstLine } from './errors.ts';
import type { FileRecord, Reader } from './types.ts';

export type JsonRecords =
  | { ok: true; records: unknown[]; lineNumbers: boolean }
  | { ok: false; reason: string };

export function parseJson(text: string): JsonRecords {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${firstLine(error)})` };
  }
  if (Array.isArray(value)) return { ok: true, records: value, lineNumbers: false };
  if (value && typeof value === 'object') {
    const list = (value as { articles?: unknown }).articles;
    return { ok: true, records: Array.isArray(list) ? list : [value], lineNumbers: false };
  }
  return { ok: false, reason: 'JSON is neither an object nor an array of objects' };
}

/** One JSON value per line; blank lines are undefined, a bad line is its own JsonLineError. */
export function parseJsonLines(text: string): unknown[] {
  return text.split('\n').map((line) => {
    if (line.trim() === '') return undefined;
    try {
      return JSON.parse(line) as unknown;
    } catch (error) {
      return new JsonLineError(firstLine(error));
    }
  });
}

export class JsonLineError {
  constructor(readonly reason: string) {}
}

function numberedOne(value: unknown, path: string, format: 'json' | 'jsonl', record: number | undefined): FileRecord {
  const result: RecordResult =
    value instanceof JsonLineError ? { ok: false, reason: `line is not valid JSON (${value.reason})` } : toArticle(value, path, format);
  return { result, ...(record !== undefined ? { record } : {}) };
}

export const jsonReader: Reader = {
  name: 'JSON',
  extensions: ['.json'],
  read(text, { path }) {
    const parsed = parseJson(text);
    if (!parsed.ok) return parsed;
    if (parsed.records.length === 0) return { ok: false, reason: 'JSON array holds no records' };
    const multi = parsed.records.length > 1;
    return { ok: true, records: parsed.records.map((value, i) => numberedOne(value, multi ? `${path}#${i + 1}` : path, 'json', multi ? i + 1 : undefined)) };
  },
};

export const jsonLinesReader: Reader = {
  name: 'JSON Lines',
  extensions: ['.jsonl', '.ndjson'],
  read(text, { path }) {
    const lines = parseJsonLines(text);
    return { ok: true, records: lines.flatMap((value, i) => (value === undefined ? [] : [numberedOne(value, `${path}#${i + 1}`, 'jsonl', i + 1)])) };
  },
};
