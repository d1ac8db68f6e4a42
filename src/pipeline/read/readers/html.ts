/**
 * `.html` / `.htm`: a saved or crawled web page. The main text is what @mozilla/readability
 * keeps of the page (no navigation, ads, comments), as paragraphs; the title, canonical URL,
 * author, outlet, language and publication date come from the page's metadata (html-meta.ts).
 */
import type * as ReadabilityModule from '@mozilla/readability';
import { parsePublicationDate, type DateOrder } from '../published.ts';
import { toArticle, type RecordResult } from '../record.ts';
import { decodeMarkup } from './charset.ts';
import type { DomElement, DomNode, ParseHtml } from './dom.ts';
import { headingTitle, pageMeta, type DateCandidate } from './html-meta.ts';
import { parseWithLinkedom } from './html-parse.ts';
import { markupDepth, MAX_MARKUP_DEPTH } from './html-depth.ts';
import { tooComplex } from './html-shape.ts';
import { htmlText } from './html-text.ts';
import { lazyRequire } from './lazy.ts';
import { one, type Reader } from './types.ts';

const readability = lazyRequire<typeof ReadabilityModule>('@mozilla/readability');

/** Below this many characters Readability tries again with looser rules; short news items are common. */
const CHAR_THRESHOLD = 200;
/** Fewer words than this is a menu, a cookie notice or a paywall stub, not an article. */
const MIN_WORDS = 8;

const DATE_SOURCES = 'JSON-LD datePublished, article:published_time, <time datetime> or <meta name="date">';

/** The first candidate that reads as a date, or why none does. */
export function pickDate(dates: DateCandidate[], order: DateOrder | undefined): { value: string; from: string } | { error: string } {
  let firstError: string | null = null;
  for (const candidate of dates) {
    const read = parsePublicationDate(candidate.value, order);
    if ('day' in read) return candidate;
    firstError ??= `${read.error} (from ${candidate.from})`;
  }
  return { error: firstError ?? `no publication date in the page (looked for ${DATE_SOURCES})` };
}

export function readHtml(html: string, path: string, order: DateOrder | undefined, parse: ParseHtml = parseWithLinkedom): RecordResult {
  if (markupDepth(html) > MAX_MARKUP_DEPTH) return { ok: false, reason: `tags nested more than ${MAX_MARKUP_DEPTH} levels deep: not a page that can be read` };
  const doc = parse(html);
  const complex = doc.documentElement ? tooComplex(doc.documentElement) : null;
  if (complex) return { ok: false, reason: complex };
  const meta = pageMeta(doc);
  const heading = headingTitle(doc);
  // Readability rearranges the document it reads: the metadata above is read first.
  const article = new (readability().Readability)<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode, charThreshold: CHAR_THRESHOLD }).parse();
  if (article?.content) dropDateLines(article.content as DomElement);
  const body = article?.content ? htmlText(article.content) : '';
  const words = body.split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS) return { ok: false, reason: `no article text found in the page (${words} word${words === 1 ? '' : 's'})` };
  const date = pickDate(meta.dates, order);
  if ('error' in date) return { ok: false, reason: date.error };
  // Readability keeps <title> whole when it cannot tell the site's name from it ("Headline — Blog name").
  const readabilityTitle = article?.title?.trim() || null;
  const shown = heading && readabilityTitle?.includes(heading) ? heading : (readabilityTitle ?? heading);
  const record = {
    title: meta.title ?? shown ?? undefined,
    date: date.value,
    body,
    url: meta.url ?? undefined,
    source: meta.outlet ?? article?.siteName ?? undefined,
    author: meta.author ?? article?.byline ?? null,
    language: meta.language ?? article?.lang ?? null,
  };
  return toArticle(record, path, 'html', { parseDate: (v) => parsePublicationDate(v, order), publishedFrom: date.from });
}

const BLOCK_RE = /^(?:P|DIV|LI|SPAN|HEADER|FOOTER|SECTION|DD|DT)$/;
/** "Updated <time>15 July 2015</time>" or "<time>…</time>" alone: the page's date line, not article text. */
function dropDateLines(content: DomElement): void {
  for (const time of Array.from(content.querySelectorAll('time'))) {
    let block: DomElement | null | undefined = time;
    while (block && block !== content && !BLOCK_RE.test(block.nodeName.toUpperCase())) block = block.parentNode;
    if (!block || block === content) continue;
    const words = (block.textContent ?? '').replace(time.textContent ?? '', ' ').trim().split(/\s+/).filter(Boolean);
    if (words.length <= 3) block.remove();
  }
}

/** A page starts with a doctype or an <html> tag, after any comments and whitespace. */
const HTML_HEAD_RE = /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

export const htmlReader: Reader = {
  name: 'HTML page',
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: (head) => HTML_HEAD_RE.test(head),
  decode: decodeMarkup,
  // The description in the <head> often repeats the first paragraph: lines are looked for in the <body>.
  textStart: (text) => Math.max(0, text.search(/<body[\s>]/i)),
  read: (text, { path, options }) => one(readHtml(text, path, options.dateOrder)),
};
