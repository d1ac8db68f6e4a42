import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeNameKey, isCapitalised, nameKey, tokenise, tokenKey } from './tokens.ts';

/** Characters the shortcuts must get right: ASCII edges, spaces, hyphens, quotes, accents. */
const CHARS = [' ', '  ', '-', ' - ', "'", '’', 's', 'S', 'the ', 'The ', 'a', 'Z', '0', '\t', '\n', 'é', 'Ç', 'đ', 'ß', 'İ', '\u00a0', '~', '\u007f', '.'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((xs) => xs.join(''));

describe('name keys', () => {
  it('nameKey and tokenKey equal the full computation on any string', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
        expect(nameKey(s)).toBe(computeNameKey(s));
        expect(tokenKey(s)).toBe(computeNameKey(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('isCapitalised agrees with \\p{Lu} on the first code point', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (s) => {
        expect(isCapitalised(s)).toBe(/^\p{Lu}/u.test(s));
      }),
    );
  });

  it("splits a possessive off the name it follows, as /^(.+)['’]s$/ did", () => {
    expect(tokenise("Kosovo's and NATO’s, 's it's s's").map((t) => t.text)).toEqual(['Kosovo', "'s", 'and', 'NATO', "'s", ',', "'", 's', 'it', "'s", 's', "'s"]);
  });
});
