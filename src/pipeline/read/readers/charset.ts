/**
 * Bytes of a page or feed to text: a BOM or no declaration → decodeText (UTF-8, UTF-16 with BOM);
 * a declared legacy encoding (`<meta charset="windows-1252">`, `<?xml … encoding="ISO-8859-1"?>`)
 * is decoded as declared, strictly: a byte the encoding does not define rejects the file.
 */
import { decodeText, normaliseNewlines, type Decoded } from '../decode.ts';

const DECLARATION_BYTES = 1024;
const META_RE = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_RE = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i;

/** The encoding a page or feed declares in its first kilobyte, lower case, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_BYTES));
  return (XML_RE.exec(head)?.[1] ?? META_RE.exec(head)?.[1])?.toLowerCase() ?? null;
}

export function decodeMarkup(bytes: Uint8Array): Decoded {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = bom ? null : declaredCharset(bytes);
  if (!declared || /^(?:utf-?8|unicode-1-1-utf-8|us-ascii|ascii)$/.test(declared)) {
    const decoded = decodeText(bytes);
    return decoded.ok || !declared ? decoded : { ok: false, reason: `${decoded.reason}, though it declares ${declared}` };
  }
  let text: string;
  try {
    text = new TextDecoder(declared, { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: `declares an unknown character encoding "${declared.slice(0, 40)}"` };
    return { ok: false, reason: `not valid ${declared} text (undecodable bytes)` };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary content (NUL bytes), not text' };
  return { ok: true, text: normaliseNewlines(text) };
}
