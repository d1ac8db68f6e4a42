import { describe, expect, it } from 'vitest';
import { safeJson, safeText } from './escape.ts';

describe('safeText', () => {
  it('keeps ordinary text, accents, scripts and emoji as they are', () => {
    expect(safeText('naïve-ü-名前 كوسوفو 🇽🇰 "quoted" spaces.txt')).toBe('naïve-ü-名前 كوسوفو 🇽🇰 "quoted" spaces.txt');
  });

  it('a newline in a file name cannot forge a report line', () => {
    const shown = safeText('evil\n  skipped: forged.txt');
    expect(shown).toBe('evil\\n  skipped: forged.txt');
    expect(shown.split('\n')).toHaveLength(1);
  });

  it('ANSI, C1 and bidi controls are shown as escapes, not acted on', () => {
    expect(safeText('a\u001b[2Jb\u009b31mc\u202eevil\u2066d\r\te\u0007')).toBe('a\\x1b[2Jb\\x9b31mc\\u202eevil\\u2066d\\r\\te\\x07');
    expect(safeText('x\u2028y\u0000z')).toBe('x\\u2028y\\x00z');
  });

  it('is unambiguous: a literal backslash-n differs from a newline', () => {
    expect(safeText('a\\nb')).not.toBe(safeText('a\nb'));
  });
});

describe('safeJson', () => {
  it('parses back to the same value and holds no raw terminal controls', () => {
    const value = { file: 'a\u009b2J\u202eb\nc\u001b', n: 1 };
    const text = safeJson(value, 2);
    expect(JSON.parse(text)).toEqual(value);
    // eslint-disable-next-line no-control-regex -- looking for raw control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('is JSON.stringify for plain text', () => {
    const value = { a: ['x', 'é', 2], b: null };
    expect(safeJson(value, 2)).toBe(JSON.stringify(value, null, 2));
  });
});
