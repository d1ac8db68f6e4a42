/**
 * Publication dates as pages, feeds and spreadsheets write them: ISO 8601 with or without time
 * and zone, RFC 2822 ("Sun, 07 May 2023 10:00:00 +0000"), "7 May 2023", "May 7, 2023", and
 * all-number dates ("07/05/2023") only when the user said which order they are in. Written dates
 * go through the project's time tagger (time/tagger.ts), not a second date parser.
 * The day is the one written: a zone or a time never moves it (as for ISO dates in record.ts).
 */
import { isValidDay } from '../../model/dates.ts';
import { tagTimexes } from '../time/tagger.ts';
import { checkYear, clip } from './record.ts';

/** Order of day, month and year in an all-number date (`--date-order`). */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

export type Published = { day: string } | { error: string };

/** A value longer than this is text, not a date (and is not given to the tagger). */
const MAX_DATE_CHARS = 80;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const NUMERIC_RE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:[T ,]+\d{1,2}:\d{2}.*)?$/;
/** What may stand around a written date: a weekday, a clock time, a zone, a "published" label. */
const RESIDUE_RE = new RegExp(
  [
    String.raw`\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?`,
    String.raw`\b\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\b\.?)?`,
    String.raw`\b(?:utc|gmt|ut|z|[ecmp][sd]t|bst|cet|cest|eet|eest|ist|jst)\b`,
    String.raw`[+-]\d{2}:?\d{2}\b`,
    String.raw`\b(?:at|on|published|updated|posted|first)\b`,
  ].join('|'),
  'gi',
);

export function parsePublicationDate(value: unknown, order?: DateOrder): Published {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: 'publication date is not a valid date' } : checkYear(value.toISOString().slice(0, 10));
  if (typeof value !== 'string' || value.trim() === '') return { error: 'missing publication date' };
  const raw = value.trim();
  if (raw.length > MAX_DATE_CHARS) return { error: `publication date "${clip(raw)}" is too long to be a date` };
  const iso = ISO_RE.exec(raw);
  if (iso) return calendarDay(raw, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_RE.exec(raw);
  if (numeric) return numericDate(raw, [numeric[1]!, numeric[3]!, numeric[4]!], order);
  return writtenDate(raw);
}

function calendarDay(raw: string, year: number, month: number, day: number): Published {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isValidDay(iso)) return { error: `publication date "${clip(raw)}" does not exist in the calendar` };
  return checkYear(iso);
}

/** "2023/05/07" is unambiguous; "07/05/2023" needs the order. Two-digit years are never guessed. */
function numericDate(raw: string, parts: [string, string, string], order: DateOrder | undefined): Published {
  const [a, b, c] = parts;
  if (a.length === 4) return calendarDay(raw, Number(a), Number(b), Number(c));
  if (c.length !== 4) return { error: `publication date "${clip(raw)}" has no four-digit year` };
  if (!order || order === 'ymd') {
    return { error: `publication date "${clip(raw)}" is ambiguous (day/month or month/day?): give --date-order dmy or mdy` };
  }
  const [day, month] = order === 'dmy' ? [a, b] : [b, a];
  return calendarDay(raw, Number(c), Number(month), Number(day));
}

/** "7 May 2023", "May 7, 2023", "Sun, 07 May 2023 10:00:00 +0000": one day-precise date with its year and nothing else. */
function writtenDate(raw: string): Published {
  const unreadable = { error: `publication date "${clip(raw)}" is not a date (expected ISO 8601, RFC 2822, "7 May 2023" or "May 7, 2023")` };
  const timexes = tagTimexes(raw, { dct: '2000-01-01' }).filter((t) => t.type === 'DATE' || t.type === 'TIME');
  const first = timexes[0];
  const m = first && /^(\d{4})-(\d{2})-(\d{2})/.exec(first.value);
  if (!first || !m) return unreadable;
  // The tagger fills a missing year from the reference date: the publication date must say it.
  if (!/\d/.test(first.text)) return unreadable; // "yesterday", "Monday": relative to a day the file does not give
  // The tagger knows years 1600–2099; a year it left out ("9 May 1450") is not filled in either.
  if (!/\b\d{4}\b/.test(first.text)) return /\b\d{4}\b/.test(raw) ? unreadable : { error: `publication date "${clip(raw)}" has no year` };
  const rest = raw.slice(0, first.start) + raw.slice(first.end);
  // A clock time after the date may be tagged on its own; the residue check below reads it.
  for (const t of timexes.slice(1)) if (!/^\d{4}-\d{2}-\d{2}T|^T/.test(t.value)) return unreadable;
  if (rest.replace(RESIDUE_RE, ' ').replace(/[\s,.;:()/|–—-]+/g, '') !== '') return unreadable;
  return calendarDay(raw, Number(m[1]), Number(m[2]), Number(m[3]));
}
