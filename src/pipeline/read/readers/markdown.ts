/** `.md`: YAML front matter (title, date, source, url) and the Markdown body as plain text. */
import type matter from 'gray-matter';
import { toArticle, type RecordResult } from '../record.ts';
import { firstLine } from './errors.ts';
import { lazyRequire } from './lazy.ts';
import { one, type Reader } from './types.ts';

const grayMatter = lazyRequire<typeof matter>('gray-matter');

const refuse = (): never => {
  throw new Error('only YAML front matter is accepted');
};
/** Front-matter languages gray-matter would otherwise run or parse: JavaScript is never evaluated. */
const REFUSED_ENGINES = Object.fromEntries(
  ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'toml', 'json'].map((name) => [name, { parse: refuse, stringify: refuse }]),
);

export function parseMarkdown(text: string, path: string): RecordResult {
  if (!/^---\s*\n/.test(text)) return { ok: false, reason: 'no front matter (expected a leading --- block)' };
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; pass a fresh options object so a broken file is not reused.
    // Its `---js` front matter would be eval'ed: only YAML is allowed, every other engine refuses.
    parsed = grayMatter()(text, { language: 'yaml', engines: REFUSED_ENGINES });
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML (${firstLine(error)})` };
  }
  return toArticle({ ...parsed.data, ...rawDates(parsed.data, parsed.matter), body: parsed.content }, path, 'md', { publishedFrom: 'front matter' });
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
    // The value up to a comment, trimmed: white space inside it only before more of it. (A lazy
    // value followed by \s* retried the rest of the line at each character: quadratic in a run of spaces.)
    const m = new RegExp(`^${key}\\s*:\\s*(\\S(?:[^#\\s]|[^\\S\\n]+[^#\\s])*)[^\\S\\n]*(?:#.*)?$`, 'm').exec(frontMatter);
    if (m?.[1]) out[key] = m[1].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

export const markdownReader: Reader = {
  name: 'Markdown with front matter',
  extensions: ['.md', '.markdown'],
  read: (text, { path }) => one(parseMarkdown(text, path)),
};
