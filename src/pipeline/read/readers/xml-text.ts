/**
 * Text of XML as fast-xml-parser hands it over with entity processing off (feed.ts): the five
 * predefined entities and character references are decoded here, in one linear pass, and
 * nothing else: entities a document declares for itself are never expanded (billion laughs).
 */

const ENTITY_RE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const fromCode = (code: number, raw: string): string => (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : raw);

export function decodeXml(text: string): string {
  return text.replace(ENTITY_RE, (raw, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec ? fromCode(Number(dec), raw) : hex ? fromCode(parseInt(hex, 16), raw) : NAMED[name!]!,
  );
}

const CDATA_RE = /<!\[CDATA\[([^]*?)\]\]>/g;

/** An element's raw inner XML (a stop node) as text: CDATA taken as written, the rest decoded. */
export function rawXmlText(raw: string): string {
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(CDATA_RE)) {
    out += decodeXml(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return out + decodeXml(raw.slice(last));
}
