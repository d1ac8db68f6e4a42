/**
 * One loosely-shaped input record (front matter, JSON object, the .txt header) to a RawArticle,
 * or the reason it cannot be one. Field names follow what news exports use.
 */
import { z } from 'zod';
import { formatDay, isValidDay } from '../../model/dates.ts';
import { parseDateline } from './dateline.ts';
import type { OriginMap } from './origin.ts';
import type { RawArticle } from './types.ts';

/** Years outside this range are typos or placeholders (0000, 9999), not publication dates. */
export const MIN_YEAR = 1700;
export const MAX_YEAR = 2199;

const text = z.string();
const RecordSchema = z.looseObject({
  title: text.optional(),
  headline: text.optional(),
  date: z.union([text, z.date()]).optional(),
  published: z.union([text, z.date()]).optional(),
  text: text.optional(),
  body: text.optional(),
  content: text.optional(),
  url: text.optional(),
  link: text.optional(),
  source: text.optional(),
  outlet: text.optional(),
  // Kept when they are text; any other type is ignored (they are not used for events).
  author: z.unknown().optional(),
  language: z.unknown().optional(),
});

export type RecordResult =
  | { ok: true; article: RawArticle; warnings: string[] }
  | { ok: false; reason: string };

/** A publication date from an ISO day or date-time (`2022-09-22T08:00:00Z` keeps its day). */
export function parsePublished(value: unknown): { day: string } | { error: string } {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { error: 'publication date is not a valid date' };
    return checkYear(formatDay(value.getTime()));
  }
  if (typeof value !== 'string' || value.trim() === '') return { error: 'missing publication date' };
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m?.[1]) return { error: `publication date "${clip(value)}" is not YYYY-MM-DD` };
  if (!isValidDay(m[1])) return { error: `publication date "${m[1]}" does not exist in the calendar` };
  return checkYear(m[1]);
}

export function checkYear(day: string): { day: string } | { error: string } {
  const year = Number(day.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { error: `publication date "${day}" is outside ${MIN_YEAR}–${MAX_YEAR}` };
  }
  return { day };
}

export function clip(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** Only absolute http(s) links are kept; anything else (javascript:, data:, relative) is dropped. */
export function safeUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** How a reader wants a record read: a wider date parser (published.ts), and where the date came from. */
export interface RecordHow {
  parseDate?: (value: unknown) => { day: string } | { error: string };
  /** Where the date was found ("JSON-LD datePublished"); absent: the field it was read from. */
  publishedFrom?: string;
  /** The body's places in the original, from readers that know them (Word, PDF); text formats are mapped by the registry. */
  origin?: OriginMap;
}

export function toArticle(
  input: unknown,
  path: string,
  format: RawArticle['format'],
  how: RecordHow = {},
): RecordResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'record is not an object' };
  }
  const parsed = RecordSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `field "${issue?.path.join('.')}" has the wrong type (${issue?.message})` };
  }
  const r = parsed.data;
  const published = (how.parseDate ?? parsePublished)(r.published ?? r.date);
  if ('error' in published) return { ok: false, reason: published.error };
  const rawBody = r.body ?? r.text ?? r.content ?? '';
  const body = rawBody.replace(/\r\n?/g, '\n').trim();
  if (body === '') return { ok: false, reason: 'empty body (no text, body or content)' };
  const warnings: string[] = [];
  const rawUrl = r.url ?? r.link;
  const url = safeUrl(rawUrl);
  if (rawUrl && !url) warnings.push(`link "${clip(rawUrl)}" dropped: only http(s) URLs are kept`);
  const dateline = parseDateline(body);
  const title = (r.title ?? r.headline ?? '').trim() || firstWords(body, dateline?.length ?? 0);
  return {
    ok: true,
    warnings,
    article: {
      path,
      format,
      title,
      published: published.day,
      body,
      outlet: (r.source ?? r.outlet)?.trim() || dateline?.outlet || null,
      place: dateline?.place ?? null,
      url,
      dateline: dateline ? { start: 0, end: dateline.length } : null,
      publishedFrom: how.publishedFrom ?? (r.published !== undefined ? 'field "published"' : 'field "date"'),
      author: textOf(r.author),
      language: textOf(r.language),
      ...(how.origin ? { origin: how.origin } : {}),
    },
  };
}

/** A name or a list of names as one line; anything else (numbers, objects) is not kept. */
function textOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const words = list.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
  return words.length ? words.join(', ') : null;
}

function firstWords(body: string, from: number): string {
  const words = body.slice(from).split(/\s+/).slice(0, 12).join(' ');
  return clip(words, 90);
}
