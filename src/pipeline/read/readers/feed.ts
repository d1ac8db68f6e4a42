/**
 * RSS 2.0 (and 1.0) and Atom feeds with fast-xml-parser: one article per item or entry, the
 * body from content:encoded / content, else description / summary (HTML inside read as HTML,
 * html-parse.ts), the date from pubDate / dc:date / published / updated. A DOCTYPE declaring
 * entities is refused and entity processing is off in the parser: no entity is ever expanded.
 * A feed cut short (a download interrupted) keeps the items complete before the cut (cutShort).
 */
import type * as FastXmlParser from 'fast-xml-parser';
import { parsePublicationDate, type DateOrder } from '../published.ts';
import { toArticle } from '../record.ts';
import { decodeMarkup } from './charset.ts';
import { feedEntry, type FeedKind } from './feed-entry.ts';
import { lazyRequire } from './lazy.ts';
import type { FileRecord, Reader, ReaderOutput } from './types.ts';

const fastXml = lazyRequire<typeof FastXmlParser>('fast-xml-parser');

/** Elements whose inner XML is taken raw, so CDATA and escaped HTML can be told apart (xml-text.ts). */
const RAW_FIELDS = ['title', 'description', 'content:encoded', 'content', 'summary'];

let parser: FastXmlParser.XMLParser | null = null;
/** The feed parser, made on first use (lazy.ts). */
export const feedParser = (): FastXmlParser.XMLParser => (parser ??= new (fastXml().XMLParser)({
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
}));

const ROOT_RE = /<(rss|feed|rdf:RDF)[\s>]/;
/** A feed starts with an XML declaration or with its root element. */
const FEED_HEAD_RE = /^\s*(?:<\?xml[^>]*>[^]*?)?<(?:rss|feed|rdf:RDF)[\s>]/;

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(asObj);

/** Markup whose inside is not looked at for end tags, an item's end tag, or the root's (cutShort). */
const END_TAGS_RE: Record<string, RegExp> = {
  rss: /<!\[CDATA\[|<!--|<\/(item)\s*>|(<\/channel\s*>)|<\/rss\s*>/g,
  'rdf:RDF': /<!\[CDATA\[|<!--|<\/(item)\s*>|<\/rdf:RDF\s*>/g,
  feed: /<!\[CDATA\[|<!--|<\/(entry)\s*>|<\/feed\s*>/g,
};

/**
 * A feed that is not well-formed and never closes its root element was cut short (a download
 * interrupted): its text up to the end of the last complete item, with the channel and root
 * closed, if that is well-formed. Else why not: the root is closed (damaged, not cut), no item
 * ends before the cut, or the text before it is not well-formed either (damaged, then cut).
 * One scan for end tags (outside CDATA and comments) and one validation: linear, and an item
 * never comes from a half one, since nothing after its end tag is kept.
 */
export function cutShort(text: string, rootName: string): { text: string } | { not: 'closed' | 'no item' | 'damaged' } {
  const re = new RegExp(END_TAGS_RE[rootName]!);
  let end = -1;
  let channelEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) end = re.lastIndex;
    else if (m[2]) channelEnd = re.lastIndex;
    else if (m[0].startsWith('</')) return { not: 'closed' };
    else {
      const close = m[0] === '<!--' ? '-->' : ']]>';
      const at = text.indexOf(close, re.lastIndex);
      if (at === -1) break; // the cut is inside it
      re.lastIndex = at + close.length;
    }
  }
  if (end === -1) return { not: 'no item' };
  const kept = text.slice(0, end);
  // RSS 2.0 items are inside <channel> (RSS 1.0 ones follow it).
  const channelOpen = rootName === 'rss' && /<channel[\s>]/.test(kept) && (channelEnd === -1 || channelEnd > end);
  const closed = `${kept}\n${channelOpen ? '</channel>' : ''}</${rootName}>\n`;
  return fastXml().XMLValidator.validate(closed) === true ? { text: closed } : { not: 'damaged' };
}

export function readFeed(text: string, path: string, order: DateOrder | undefined): ReaderOutput {
  const root = ROOT_RE.exec(text);
  if (!root) return { ok: false, reason: 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)' };
  // Entities a feed declares for itself have no use in news and are how XML bombs work.
  if (/<!ENTITY/i.test(text.slice(0, root.index))) return { ok: false, reason: 'the feed declares its own XML entities (refused: they are never expanded)' };
  const kind: FeedKind = root[1] === 'feed' ? 'atom' : 'rss';
  const [one, many] = kind === 'atom' ? ['entry', 'entries'] : ['item', 'items'];
  const valid = fastXml().XMLValidator.validate(text);
  let whole = text;
  let cut = false;
  if (valid !== true) {
    const notWellFormed = `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`;
    const kept = cutShort(text, root[1]!);
    if ('not' in kept) return { ok: false, reason: kept.not === 'no item' ? `feed cut short before its first complete ${one}, nothing read (${notWellFormed})` : notWellFormed };
    whole = kept.text;
    cut = true;
  }
  const doc = asObj(feedParser().parse(whole));
  const top = asObj(doc[root[1]!]);
  const channel = kind === 'atom' ? top : asObj(top.channel);
  const items = kind === 'atom' ? list(top.entry) : list(channel.item ?? top.item);
  if (items.length === 0) return { ok: false, reason: `the feed has no ${kind === 'atom' ? 'entries' : 'items'}` };
  const records = items.map((item, i): FileRecord => {
    const entry = feedEntry(item, channel, kind);
    const how = { parseDate: (v: unknown) => parsePublicationDate(v, order), publishedFrom: entry.dateFrom ?? undefined };
    return { record: i + 1, result: toArticle(entry.fields, `${path}#${i + 1}`, kind, how) };
  });
  if (!cut) return { ok: true, records };
  const n = records.length;
  return { ok: true, records, warnings: [`feed cut short: ${n} complete ${n === 1 ? one : many} read`] };
}

export const feedReader: Reader = {
  name: 'RSS or Atom feed',
  extensions: ['.xml', '.rss', '.atom'],
  sniff: (head) => FEED_HEAD_RE.test(head),
  decode: decodeMarkup,
  read: (text, { path, options }) => readFeed(text, path, options.dateOrder),
};
