import { describe, expect, it } from 'vitest';
import { decodeText, normaliseNewlines } from './decode.ts';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decodeText', () => {
  it('decodes UTF-8, with or without BOM', () => {
    expect(decodeText(utf8('Thaçi, Đurić'))).toEqual({ ok: true, text: 'Thaçi, Đurić' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('date 2022-09-22')]);
    expect(decodeText(withBom)).toEqual({ ok: true, text: 'date 2022-09-22' });
  });

  it('decodes UTF-16 little- and big-endian when a BOM says so', () => {
    const text = 'date 2022-09-22 Vučić\r\n\r\nBody';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeText(le)).toEqual({ ok: true, text: 'date 2022-09-22 Vučić\n\nBody' });
    expect(decodeText(be)).toEqual({ ok: true, text: 'date 2022-09-22 Vučić\n\nBody' });
  });

  it('rejects bytes that are not UTF-8 instead of inventing replacement characters', () => {
    const bad = new Uint8Array([...utf8('Kosovo '), 0xc3, 0x28, ...utf8(' text')]);
    const result = decodeText(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/undecodable|not valid UTF-8/);
  });

  it('rejects binary content with NUL bytes', () => {
    const result = decodeText(utf8('date 2022-09-22 x\n\nabc\u0000def'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/NUL/);
  });
});

describe('normaliseNewlines', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normaliseNewlines('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});
