/** Parsers for each input format: text in, records (or a reason) out. */
import matter from 'gray-matter';
import { toArticle, type RecordResult } from './record.ts';

/** `.txt`: line 1 `date YYYY-MM-DD <headline>`, a blank line, then the body. */
export function parseTxt(text: string, path: string): RecordResult {
  const newline = text.indexOf('\n');
  const header = (newline === -1 ? text : text.slice(0, newline)).trim();
  const m = /^date\s+(\S+)\s*(.*)$/i.exec(header);
  if (!m) {
    return { ok: false, reason: 'first line is not "date YYYY-MM-DD <headline>"' };
  }
  const body = newline === -1 ? '' : text.slice(newline + 1).replace(/^\s*\n/, '');
  return toArticle({ date: m[1], title: m[2], body }, path, 'txt');
}

const refuse = (): never => {
  throw new Error('only YAML front matter is accepted');
};
/** Front-matter languages gray-matter would otherwise run or parse: JavaScript is never evaluated. */
const REFUSED_ENGINES = Object.fromEntries(
  ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'toml', 'json'].map((name) => [name, { parse: refuse, stringify: refuse }]),
);

/** `.md`: YAML front matter (title, date, source, url) and the Markdown body as plain text. */
export function parseMarkdown(text: string, path: string): RecordResult {
  if (!/^---\s*\n/.test(text)) return { ok: false, reason: 'no front matter (expected a leading --- block)' };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; pass a fresh options object so a broken file is not reused.
    // Its `---js` front matter would be eval'ed: only YAML is allowed, every other engine refuses.
    parsed = matter(text, { language: 'yaml', engines: REFUSED_ENGINES });
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML (${firstLine(error)})` };
  }
  return toArticle({ ...parsed.data, ...rawDates(parsed.data, parsed.matter), body: parsed.content }, path, 'md');
}

/**
 * YAML turns an unquoted `date: 2022-02-30` into a Date, silently rolled over (to March 2), year
 * 0000 into 1900 and `…T23:30-05:00` into the next UTC day. Use the date as written instead, so
 * front matter is checked like every other format.
 */
function rawDates(data: Record<string, unknown>, frontMatter: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['date', 'published']) {
    if (!(data[key] instanceof Date)) continue;
    const m = new RegExp(`^${key}\\s*:\\s*(\\S[^#\\n]*?)\\s*(?:#.*)?$`, 'm').exec(frontMatter);
    if (m?.[1]) out[key] = m[1].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

export type JsonRecords =
  | { ok: true; records: unknown[]; lineNumbers: boolean }
  | { ok: false; reason: string };

/** `.json`: one record, an array of records, or `{ "articles": [...] }`. */
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

/** `.jsonl`: one JSON object per line; blank lines are ignored, a bad line is its own problem. */
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

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? 'unknown error';
}
