/**
 * `.txt`, two shapes:
 * - with a header: line 1 `date YYYY-MM-DD <headline>`, a blank line, then the body (as always);
 * - plain text as saved from anywhere: the first line is the title (unless the story starts at
 *   once, with a dateline or a paragraph), a "By …" line is the author, and the publication date
 *   is, in this order, the dateline's ("KHARTOUM, Sudan, May 6, 2023 (Nile Wire) -"), a date alone
 *   on one of the first lines ("7 May 2023", "Published: Sunday 7 May 2023 10:32 BST"), the
 *   dateline's day and month with a year from the first lines ("PRISTINA, Feb 18 (Balkan Desk) -"),
 *   a date in the file name (`2023-05-07-sudan.txt`, `sudan_20230507.txt`), else the file's
 *   modification time. `publishedFrom` says which; the last two also warn in the build report.
 * Dates are read by published.ts (the project's time tagger), never guessed from prose.
 */
import { basename, extname } from 'node:path';
import { formatDay, isValidDay } from '../../../model/dates.ts';
import { parseDateline } from '../dateline.ts';
import { parsePublicationDate, type DateOrder } from '../published.ts';
import { checkYear, MAX_YEAR, MIN_YEAR, toArticle, type RecordResult } from '../record.ts';
import { one, type Reader, type ReaderContext } from './types.ts';

const HEADER_RE = /^date\s+(\S+)\s*(.*)$/i;
/** A first line longer than this is the story's first paragraph, not a title. */
const MAX_TITLE = 200;
/** Lines looked at for a title, a byline and a date before the story. */
const FRONT_LINES = 5;
/** A front line longer than this is not metadata (a date, a byline, "Nile Wire | 7 May 2023"). */
const MAX_FRONT = 120;
const BYLINE_RE = /^by\s+(\p{Lu}[^\n]{1,70})$/iu;
/** Where a front line may hold a date among other things: "Nile Wire | 7 May 2023". */
const SEGMENT_RE = /\s+[|\u00b7\u2022]\s+|\s+[-\u2013\u2014]\s+/u;
const YEAR_RE = /(?<!\d)(1[7-9]\d{2}|2[01]\d{2})(?!\d)/;
/** Year, month and day in a file name, one separator or none: 2023-05-07, 2023_05_07, 20230507. */
const NAME_DATE_RE = /(?<!\d)(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d)/;
/** How far into the story a year is looked for, for a dateline without one. */
const YEAR_SEARCH_CHARS = 300;

/** Where a plain text's publication date was found (RawArticle.publishedFrom). */
export type TxtDateSource = 'header line' | 'dateline' | 'first lines' | 'file name' | 'file modification time';

interface PlainContext {
  path: string;
  order?: DateOrder | undefined;
  /** Modification time (ms since the epoch), if known. */
  modified?: number | undefined;
}

export function parseTxt(text: string, path: string, ctx: Omit<PlainContext, 'path'> = {}): RecordResult {
  const newline = text.indexOf('\n');
  const header = (newline === -1 ? text : text.slice(0, newline)).trim();
  const m = HEADER_RE.exec(header);
  if (!m) return parsePlain(text, { ...ctx, path });
  const body = newline === -1 ? '' : text.slice(newline + 1).replace(/^\s*\n/, '');
  return toArticle({ date: m[1], title: m[2], body }, path, 'txt', { publishedFrom: 'header line' });
}

interface Front {
  title: string;
  author: string | null;
  /** The first date alone on a front line, or the error of an ambiguous one ("07/05/2023"). */
  date: { day: string } | { error: string } | null;
  /** Text of the front lines kept for a year (title, bylines, dates). */
  text: string;
  /** Index of the first line of the story. */
  storyLine: number;
}

/** Title, byline and date lines before the story. */
function readFront(lines: string[], order: DateOrder | undefined): Front {
  const front: Front = { title: '', author: null, date: null, text: '', storyLine: lines.length };
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (seen++ === FRONT_LINES) return { ...front, storyLine: i };
    const date = line.length <= MAX_FRONT ? dateIn(line, order) : null;
    if (date) {
      if (!front.date || ('error' in front.date && 'day' in date)) front.date = date;
      front.text += `${line}\n`;
      continue;
    }
    const byline = line.length <= MAX_FRONT ? BYLINE_RE.exec(line) : null;
    if (byline && front.title) {
      front.author ??= byline[1]!.trim();
      front.text += `${line}\n`;
      continue;
    }
    // The first other line is the title, unless the story starts here (a dateline, a paragraph).
    if (!front.title && line.length <= MAX_TITLE && !parseDateline(line)) {
      front.title = line;
      front.text += `${line}\n`;
      continue;
    }
    return { ...front, storyLine: i };
  }
  return front;
}

/** A date written alone on a line, or in one of its parts ("Nile Wire | 7 May 2023"); null if none. */
function dateIn(line: string, order: DateOrder | undefined): { day: string } | { error: string } | null {
  for (const part of [line, ...line.split(SEGMENT_RE)]) {
    if (!/\d/.test(part)) continue;
    const parsed = parsePublicationDate(part, order);
    if ('day' in parsed || /ambiguous/.test(parsed.error)) return parsed;
  }
  return null;
}

interface Dated {
  day: string;
  from: TxtDateSource;
  warning?: string;
}

function parsePlain(text: string, ctx: PlainContext): RecordResult {
  const lines = text.split('\n');
  const front = readFront(lines, ctx.order);
  const body = lines.slice(front.storyLine).join('\n').trim();
  if (body === '') return { ok: false, reason: 'no story after the title line (plain text: a title line, then the story)' };
  const dated = findDate(front, body, ctx);
  if ('error' in dated) return { ok: false, reason: dated.error };
  const result = toArticle({ title: front.title, date: dated.day, body, author: front.author }, ctx.path, 'txt', { publishedFrom: dated.from });
  if (result.ok && dated.warning) result.warnings.push(dated.warning);
  return result;
}

function findDate(front: Front, body: string, ctx: PlainContext): Dated | { error: string } {
  const dateline = parseDateline(body);
  if (dateline?.date) {
    const parsed = parsePublicationDate(dateline.date, ctx.order);
    if ('day' in parsed) return { day: parsed.day, from: 'dateline' };
  }
  if (front.date && 'day' in front.date) return { day: front.date.day, from: 'first lines' };
  if (dateline?.date && !YEAR_RE.test(dateline.date)) {
    // "PRISTINA, Feb 18 (Balkan Desk) -": the year from the lines above, else the story's start.
    const story = body.slice(dateline.length, dateline.length + YEAR_SEARCH_CHARS);
    const year = YEAR_RE.exec(front.text)?.[1] ?? YEAR_RE.exec(story)?.[1];
    const parsed = year ? parsePublicationDate(`${dateline.date}, ${year}`, ctx.order) : null;
    if (parsed && 'day' in parsed) return { day: parsed.day, from: 'dateline' };
  }
  const unsure = front.date && 'error' in front.date ? ` (${front.date.error})` : '';
  const named = dateInName(ctx.path);
  if (named) return { day: named, from: 'file name', warning: `no publication date in the text${unsure}: ${named} taken from the file name` };
  if (ctx.modified !== undefined && Number.isFinite(ctx.modified)) {
    const day = checkYear(formatDay(ctx.modified));
    if ('day' in day) {
      return { day: day.day, from: 'file modification time', warning: `no publication date in the text or the file name${unsure}: ${day.day} taken from the file's modification time` };
    }
  }
  if (front.date && 'error' in front.date) return front.date;
  return { error: 'no publication date: no "date YYYY-MM-DD <headline>" first line, no date in a dateline, the first lines or the file name' };
}

/** `2023-05-07-sudan.txt`, `sudan_20230507.txt` → 2023-05-07; null without a real day in the name. */
export function dateInName(path: string): string | null {
  const name = basename(path.replace(/#\d+$/, ''), extname(path));
  const m = NAME_DATE_RE.exec(name);
  if (!m) return null;
  const year = Number(m[1]);
  const day = `${m[1]}-${m[3]}-${m[4]}`;
  return year >= MIN_YEAR && year <= MAX_YEAR && isValidDay(day) ? day : null;
}

const readTxt = (text: string, ctx: ReaderContext): RecordResult =>
  parseTxt(text, ctx.path, { order: ctx.options.dateOrder, modified: ctx.modified });

export const txtReader: Reader = {
  name: 'text file',
  extensions: ['.txt'],
  read: (text, ctx) => one(readTxt(text, ctx)),
};
