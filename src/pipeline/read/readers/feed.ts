/**
 * RSS 2.0 (and 1.0) and Atom feeds with fast-xml-parser: one article per item or entry, the
 * body from content:encoded / content, else description / summary (HTML inside read as HTML,
 * html-parse.ts), the date from pubDate / dc:date / published / updated. A DOCTYPE declaring
 * entities is refused and entity processing is off in the parser: no entity is ever expanded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parsePublicationDate, type DateOrder } from '../published.ts';
import { toArticle } from '../record.ts';
import { decodeMarkup } from './charset.ts';
import { feedEntry, type FeedKind } from './feed-entry.ts';
import type { FileRecord, Reader } from './types.ts';

/** Elements whose inner XML is taken raw, so CDATA and escaped HTML can be told apart (xml-text.ts). */
const RAW_FIELDS = ['title', 'description', 'content:encoded', 'content', 'summary'];

export const feedParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  stopNodes: RAW_FIELDS.map((f) => `*.${f}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

const ROOT_RE = /<(rss|feed|rdf:RDF)[\s>]/;
/** A feed starts with an XML declaration or with its root element. */
const FEED_HEAD_RE = /^\s*(?:<\?xml[^>]*>[^]*?)?<(?:rss|feed|rdf:RDF)[\s>]/;

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(asObj);

export function readFeed(text: string, path: string, order: DateOrder | undefined): { ok: true; records: FileRecord[] } | { ok: false; reason: string } {
  const root = ROOT_RE.exec(text);
  if (!root) return { ok: false, reason: 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)' };
  // Entities a feed declares for itself have no use in news and are how XML bombs work.
  if (/<!ENTITY/i.test(text.slice(0, root.index))) return { ok: false, reason: 'the feed declares its own XML entities (refused: they are never expanded)' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, reason: `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})` };
  const doc = asObj(feedParser.parse(text));
  const kind: FeedKind = root[1] === 'feed' ? 'atom' : 'rss';
  const top = asObj(doc[root[1]!]);
  const channel = kind === 'atom' ? top : asObj(top.channel);
  const items = kind === 'atom' ? list(top.entry) : list(channel.item ?? top.item);
  if (items.length === 0) return { ok: false, reason: `the feed has no ${kind === 'atom' ? 'entries' : 'items'}` };
  const records = items.map((item, i): FileRecord => {
    const entry = feedEntry(item, channel, kind);
    const how = { parseDate: (v: unknown) => parsePublicationDate(v, order), publishedFrom: entry.dateFrom ?? undefined };
    return { record: i + 1, result: toArticle(entry.fields, `${path}#${i + 1}`, kind, how) };
  });
  return { ok: true, records };
}

export const feedReader: Reader = {
  name: 'RSS or Atom feed',
  extensions: ['.xml', '.rss', '.atom'],
  sniff: (head) => FEED_HEAD_RE.test(head),
  decode: decodeMarkup,
  read: (text, { path, options }) => readFeed(text, path, options.dateOrder),
};
