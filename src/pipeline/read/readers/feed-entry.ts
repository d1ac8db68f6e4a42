/** One RSS item or Atom entry (as feedParser parsed it) to the fields of an article record. */
import { fragmentText } from './html-parse.ts';
import { decodeXml, rawXmlText } from './xml-text.ts';

export type FeedKind = 'rss' | 'atom';
type Obj = Record<string, unknown>;

export interface FeedEntry {
  fields: { title?: string; date?: string; body: string; url?: string; source?: string; author: string | null; language: string | null };
  /** Which element gave the date ("RSS pubDate"), null when there was none. */
  dateFrom: string | null;
}

const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
/** The text of a plain (parsed, entities left as written) element. */
const plain = (v: unknown): string | undefined => {
  const raw = typeof v === 'string' ? v : typeof asObj(v)['#text'] === 'string' ? (asObj(v)['#text'] as string) : undefined;
  const text = raw === undefined ? undefined : decodeXml(raw).trim();
  return text || undefined;
};
/** A raw element (a stop node) and its Atom `type`. */
const raw = (v: unknown): { text: string; type: string } | null => {
  if (typeof v === 'string') return { text: v, type: '' };
  const o = asObj(v);
  return typeof o['#text'] === 'string' ? { text: o['#text'], type: String(o['@_type'] ?? '').toLowerCase() } : null;
};

/** Body text of a content element: HTML (RSS always; Atom html/xhtml) through the HTML path, Atom text as it is. */
function contentText(v: unknown, kind: FeedKind): string {
  const r = raw(v);
  if (!r) return '';
  if (kind === 'atom' && r.type === 'xhtml') return fragmentText(r.text);
  const text = rawXmlText(r.text);
  return kind === 'atom' && (r.type === '' || r.type === 'text') ? text.trim() : fragmentText(text);
}

/** A title: plain text, but feeds often escape markup or entities into it. */
function titleText(v: unknown): string | undefined {
  const r = raw(v);
  const text = r ? rawXmlText(r.text).trim() : '';
  return (/[<&]/.test(text) ? fragmentText(text) : text) || undefined;
}

function linkOf(item: Obj, kind: FeedKind): string | undefined {
  const links = Array.isArray(item.link) ? item.link : [];
  for (const l of links) {
    const o = asObj(l);
    const rel = String(o['@_rel'] ?? 'alternate');
    if (typeof o['@_href'] === 'string' && rel === 'alternate') return decodeXml(o['@_href']);
    if (kind === 'rss' && plain(l)) return plain(l);
  }
  const guid = asObj(item.guid);
  return typeof item.guid === 'string' ? plain(item.guid) : guid['@_isPermaLink'] !== 'false' ? plain(guid) : undefined;
}

const authorOf = (v: unknown): string | null => plain(v) ?? plain(asObj(v).name) ?? null;

export function feedEntry(item: Obj, channel: Obj, kind: FeedKind): FeedEntry {
  const dates: [string, unknown][] =
    kind === 'atom'
      ? [['Atom published', item.published], ['Atom updated', item.updated]]
      : [['RSS pubDate', item.pubDate], ['dc:date', item['dc:date']]];
  const dated = dates.find(([, v]) => plain(v));
  const body = contentText(item['content:encoded'], kind) || contentText(item.content, kind) || contentText(item.description, kind) || contentText(item.summary, kind);
  return {
    fields: {
      title: titleText(item.title),
      date: dated ? plain(dated[1]) : undefined,
      body,
      url: linkOf(item, kind),
      source: titleText(channel.title),
      author: authorOf(item.author) ?? authorOf(item['dc:creator']) ?? authorOf(channel.author),
      language: plain(channel.language) ?? plain(channel['@_xml:lang']) ?? null,
    },
    dateFrom: dated?.[0] ?? null,
  };
}
