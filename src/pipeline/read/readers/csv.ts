/**
 * `.csv` / `.tsv` exports with csv-parse: one article per row, columns found by their header
 * names (or named with `--columns`), dates in any form published.ts reads. A row that does not
 * parse, has the wrong number of fields or lacks a date or text is rejected alone, by its line.
 */
import type * as CsvParse from 'csv-parse/sync';
import { parsePublicationDate } from '../published.ts';
import { toArticle } from '../record.ts';
import { lazyRequire } from './lazy.ts';
import { CSV_FIELDS, type CsvField, type FileRecord, type FormatOptions, type Reader, type ReaderOutput } from './types.ts';

const csvParse = lazyRequire<typeof CsvParse>('csv-parse/sync');

/** Header names each field is found under (compared lower case, spaces, _ and - alike), in order of preference. */
const HEADER_NAMES: Record<CsvField, string[]> = {
  title: ['title', 'headline', 'heading'],
  date: ['date', 'published', 'publication date', 'pubdate', 'published at', 'publish date', 'datetime', 'timestamp'],
  text: ['text', 'body', 'content', 'article', 'full text', 'story'],
  url: ['url', 'link', 'permalink'],
  source: ['source', 'outlet', 'publisher', 'publication', 'site'],
  author: ['author', 'authors', 'byline', 'creator'],
};
const REQUIRED: CsvField[] = ['date', 'text'];

const norm = (header: string): string => header.replace(/^\ufeff/, '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** Column index of each field, or why the header does not do. */
export function mapColumns(header: string[], columns: FormatOptions['columns'] = {}): { ok: true; index: Partial<Record<CsvField, number>> } | { ok: false; reason: string } {
  const names = header.map(norm);
  const shown = header.map((h) => h.trim()).join(', ');
  const index: Partial<Record<CsvField, number>> = {};
  for (const field of CSV_FIELDS) {
    const chosen = columns[field];
    if (chosen !== undefined) {
      const at = names.indexOf(norm(chosen));
      if (at === -1) return { ok: false, reason: `--columns ${field}=${chosen}: no such column (headers: ${shown})` };
      index[field] = at;
      continue;
    }
    const at = HEADER_NAMES[field].map((n) => names.indexOf(n)).find((i) => i !== -1);
    if (at !== undefined) index[field] = at;
  }
  const missing = REQUIRED.find((f) => index[f] === undefined);
  if (missing) return { ok: false, reason: `no ${missing} column (headers: ${shown}); name it with --columns ${missing}=<header>` };
  return { ok: true, index };
}

interface Row {
  record: string[];
  info: { lines: number };
  raw: string;
}

export function readTable(text: string, path: string, delimiter: ',' | '\t', options: FormatOptions): ReaderOutput {
  const skipped: FileRecord[] = [];
  const rows = csvParse().parse(text, {
    delimiter,
    bom: true,
    info: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = (error as { lines?: number } | undefined)?.lines ?? 0;
      skipped.push({ record: line, result: { ok: false, reason: `row is not valid ${delimiter === ',' ? 'CSV' : 'TSV'} (${error?.message.split('\n')[0]})` } });
    },
  }) as unknown as Row[];
  const [head, ...data] = rows;
  if (!head) return { ok: false, reason: 'no header row' };
  const columns = mapColumns(head.record, options.columns);
  if (!columns.ok) return columns;
  const { index } = columns;
  const at = (row: string[], field: CsvField): string | undefined => (index[field] === undefined ? undefined : row[index[field]!]);
  const format = delimiter === ',' ? 'csv' : 'tsv';
  const records = data.map((row): FileRecord => {
    // csv-parse counts lines to the end of a record; a quoted field may span several.
    const line = row.info.lines - (row.raw.replace(/^\n+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    if (row.record.length !== head.record.length) {
      return { record: line, result: { ok: false, reason: `row has ${row.record.length} fields, the header has ${head.record.length}` } };
    }
    const fields = { title: at(row.record, 'title'), date: at(row.record, 'date'), text: at(row.record, 'text'), url: at(row.record, 'url'), source: at(row.record, 'source'), author: at(row.record, 'author') };
    const how = { parseDate: (v: unknown) => parsePublicationDate(v, options.dateOrder), publishedFrom: `column "${head.record[index.date!]!.trim()}"` };
    return { record: line, result: toArticle(fields, `${path}#${line}`, format, how) };
  });
  if (records.length === 0 && skipped.length === 0) return { ok: false, reason: 'no rows after the header' };
  return { ok: true, records: [...records, ...skipped].sort((a, b) => a.record! - b.record!) };
}

export const csvReader: Reader = {
  name: 'CSV',
  extensions: ['.csv'],
  read: (text, { path, options }) => readTable(text, path, ',', options),
};

export const tsvReader: Reader = {
  name: 'TSV',
  extensions: ['.tsv', '.tab'],
  read: (text, { path, options }) => readTable(text, path, '\t', options),
};
