/**
 * Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else undecodable is
 * rejected with a reason rather than turned into replacement characters.
 */

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) return { ok: false, reason: 'binary content (NUL bytes), not text' };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    } else {
      // TextDecoder strips a UTF-8 BOM by default.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return { ok: false, reason: 'not valid UTF-8 or UTF-16 text (undecodable bytes)' };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary content (NUL bytes), not text' };
  return { ok: true, text: normaliseNewlines(text) };
}

/** CRLF and lone CR become LF so that offsets do not depend on the platform that wrote the file. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
