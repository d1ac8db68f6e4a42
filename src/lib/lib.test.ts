import { describe, expect, it } from 'vitest';
import { grown } from './grow.ts';
import { memoizeLast } from './memoize-last.ts';
import { safeHttpUrl } from './safe-url.ts';
import { segmentText } from './segments.ts';
import { foldText, queryWords } from './text.ts';

describe('memoizeLast', () => {
  it('returns the cached result while the arguments are identical', () => {
    let calls = 0;
    const f = memoizeLast((a: object, b: number) => ({ a, b, n: ++calls }));
    const obj = {};
    const first = f(obj, 1);
    expect(f(obj, 1)).toBe(first);
    expect(f({}, 1)).not.toBe(first);
    expect(calls).toBe(2);
  });
});

describe('segmentText', () => {
  it('splits text into plain and marked parts', () => {
    const segs = segmentText('Kosovo met Serbia today', [
      { start: 11, end: 17, data: 'b' },
      { start: 0, end: 6, data: 'a' },
    ]);
    expect(segs.map((s) => [s.text, s.mark?.data ?? null])).toEqual([
      ['Kosovo', 'a'],
      [' met ', null],
      ['Serbia', 'b'],
      [' today', null],
    ]);
  });

  it('clamps, drops empty and overlapping marks, and never loses text', () => {
    const text = 'abcdef';
    const segs = segmentText(text, [
      { start: -5, end: 2, data: 1 },
      { start: 1, end: 4, data: 2 }, // overlaps the first
      { start: 4, end: 4, data: 3 }, // empty
      { start: 5, end: 99, data: 4 },
      { start: Number.NaN, end: 3, data: 5 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark).map((s) => s.mark?.data)).toEqual([5, 4]);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    // Spellings a browser would still run or resolve: whitespace, tabs and newlines around or
    // inside the scheme, other schemes, protocol-relative links.
    [' javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['\njavascript:alert(1)', null],
    ['javascript://example.org/%0aalert(1)', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['//evil.example/x', null],
    // Markup in an http(s) link stays part of the URL, percent-encoded.
    [
      'https://example.org/"><script>alert(1)</script>',
      'https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    ],
    ['/relative/path', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('text folding', () => {
  it('ignores case and diacritics', () => {
    expect(foldText('Hashim THAÇI in Zvečan')).toBe('hashim thaci in zvecan');
    expect(queryWords('  Thaçi   Zvečan ')).toEqual(['thaci', 'zvecan']);
  });
});

describe('grown', () => {
  it('keeps the values, makes room for at least the length asked (twice at least), and fills the new places', () => {
    const ints = grown(Int32Array.from([5, -2]), 3, -1);
    expect(ints).toBeInstanceOf(Int32Array);
    expect([...ints]).toEqual([5, -2, -1, -1]);
    const words = grown(Uint32Array.from([7]), 9);
    expect(words).toBeInstanceOf(Uint32Array);
    expect([...words]).toEqual([7, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
