import { describe, expect, it } from 'vitest';
import { isolateBidi, prefixAtGrapheme, shortenText, withEllipsis } from './shorten.ts';

/** True when the string holds a high surrogate not followed by a low one, or a lone low one. */
const hasLoneSurrogate = (s: string): boolean =>
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const SCIENTIST = '👩‍🔬'; // woman, ZWJ, microscope: 5 code units, one character
const FLAG = '🇽🇰'; // two regional indicators: 4 code units, one flag
const THUMB = '👍🏽'; // thumbs up with a skin tone: 4 code units

describe('prefixAtGrapheme', () => {
  it('cuts plain text at the given length', () => {
    expect(prefixAtGrapheme('Kosovo and Serbia', 6)).toBe('Kosovo');
    expect(prefixAtGrapheme('short', 99)).toBe('short');
    expect(prefixAtGrapheme('abc', 0)).toBe('');
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😀b';
    expect(prefixAtGrapheme(text, 2)).toBe('a'); // 2 units would end inside 😀
    expect(prefixAtGrapheme(text, 3)).toBe('a😀');
  });

  it.each([
    ['a ZWJ sequence', SCIENTIST],
    ['a flag', FLAG],
    ['a skin tone', THUMB],
    ['a letter with a combining accent', 'e\u0301'],
    ['a keycap', '1\ufe0f\u20e3'],
  ])('keeps %s whole or leaves it out', (_name, cluster) => {
    const text = `x${cluster}${cluster}y`;
    for (let n = 0; n <= text.length; n++) {
      const cut = prefixAtGrapheme(text, n);
      expect(cut.length).toBeLessThanOrEqual(n);
      expect(text.startsWith(cut)).toBe(true);
      // What is kept is x followed by whole clusters only.
      expect(cut === '' || /^x/.test(cut)).toBe(true);
      const rest = cut.slice(1).split(cluster).join('');
      expect(rest === '' || rest === 'y').toBe(true);
      expect(hasLoneSurrogate(cut)).toBe(false);
    }
  });

  it('does not split CR LF', () => {
    expect(prefixAtGrapheme('ab\r\ncd', 3)).toBe('ab');
  });
});

describe('isolateBidi', () => {
  it('wraps text holding bidi controls in FSI … PDI, and leaves other text alone', () => {
    expect(isolateBidi('Agreement \u202etxet')).toBe('\u2068Agreement \u202etxet\u2069');
    expect(isolateBidi('\u2067rtl isolate')).toBe('\u2068\u2067rtl isolate\u2069');
    expect(isolateBidi('Plain, 👩‍🔬 and עברית')).toBe('Plain, 👩‍🔬 and עברית');
  });
});

describe('withEllipsis', () => {
  it('drops the trailing space and adds an ellipsis', () => {
    expect(withEllipsis('Kosovo and ')).toBe('Kosovo and…');
  });

  it('isolates a prefix that leaves an override open, so the ellipsis stays outside it', () => {
    expect(withEllipsis('\u202eevil')).toBe('\u2068\u202eevil\u2069…');
    expect(withEllipsis('plain')).toBe('plain…');
  });
});

describe('shortenText', () => {
  it('returns short text unchanged', () => {
    expect(shortenText('Kosovo', 6)).toBe('Kosovo');
  });

  it('cuts long text to the limit, ellipsis included', () => {
    const cut = shortenText('Kosovo declared independence', 10);
    expect(cut).toBe('Kosovo de…');
    expect(cut.length).toBe(10);
  });

  it('never leaves half an emoji in a cut title', () => {
    const title = '😀'.repeat(50);
    for (let max = 1; max < 20; max++) {
      const cut = shortenText(title, max);
      expect(hasLoneSurrogate(cut)).toBe(false);
      expect(cut.length).toBeLessThanOrEqual(max);
    }
    expect(shortenText(`${'a'.repeat(78)}${SCIENTIST}tail`, 80)).toBe(`${'a'.repeat(78)}…`);
  });
});
