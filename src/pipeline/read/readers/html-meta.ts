/**
 * A page's metadata, read before Readability rearranges the document: title, canonical URL,
 * author, outlet, language, and the publication date candidates in the order they are trusted:
 * JSON-LD datePublished, Open Graph article:published_time, <time datetime>, <meta name="date">.
 */
import type { DomDocument, DomElement } from './dom.ts';
import { jsonLdArticle } from './json-ld.ts';

export interface DateCandidate {
  /** Where it was found, for the record and for messages. */
  from: string;
  value: string;
}

export interface PageMeta {
  title: string | null;
  url: string | null;
  author: string | null;
  outlet: string | null;
  language: string | null;
  dates: DateCandidate[];
}

/** `<meta name|property=… content=…>` by lower-case key; the first of each key wins. */
function metaTags(doc: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** The <time datetime> that dates the article: one marked as the publication, else the first in <article>, else in the page. */
function articleTime(doc: DomDocument): string | null {
  const withDate = (list: ArrayLike<DomElement>): DomElement[] => Array.from(list).filter((t) => t.getAttribute('datetime')?.trim());
  const all = withDate(doc.querySelectorAll('time'));
  const marked = all.find((t) => t.getAttribute('pubdate') !== null || t.getAttribute('itemprop') === 'datePublished');
  const article = Array.from(doc.querySelectorAll('article'))[0];
  const chosen = marked ?? (article ? withDate(article.querySelectorAll('time'))[0] : undefined) ?? all[0];
  return chosen?.getAttribute('datetime')?.trim() ?? null;
}

const firstText = (doc: DomDocument, selector: string): string | null => {
  const text = Array.from(doc.querySelectorAll(selector))[0]?.textContent?.replace(/\s+/g, ' ').trim();
  return text || null;
};

export function pageMeta(doc: DomDocument): PageMeta {
  const meta = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const canonical = Array.from(doc.querySelectorAll('link')).find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const dates: DateCandidate[] = [];
  const add = (from: string, value: string | null | undefined): void => {
    if (value) dates.push({ from, value });
  };
  add('JSON-LD datePublished', ld?.datePublished);
  add('article:published_time', meta.get('article:published_time'));
  add('<time datetime>', articleTime(doc));
  add('<meta name="date">', meta.get('date') ?? meta.get('dc.date') ?? meta.get('dcterms.date'));
  return {
    title: ld?.headline ?? meta.get('og:title') ?? null,
    url: canonical?.getAttribute('href')?.trim() || meta.get('og:url') || ld?.url || null,
    author: ld?.authors.length ? ld.authors.join(', ') : (meta.get('author') ?? null),
    outlet: meta.get('og:site_name') ?? ld?.publisher ?? meta.get('application-name') ?? null,
    language: doc.documentElement?.getAttribute('lang')?.trim() || meta.get('og:locale') || null,
    dates,
  };
}

/** The page's own headline when no metadata names it: the first <h1>, else <title>. */
export function headingTitle(doc: DomDocument): string | null {
  return firstText(doc, 'h1') ?? firstText(doc, 'title');
}
