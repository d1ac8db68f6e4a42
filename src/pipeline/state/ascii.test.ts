import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiJson, readText } from './ascii.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-ascii-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build state in ASCII', () => {
  it('escapes every character past ASCII, and JSON reads back the same value', () => {
    const value = { path: 'Priština/Vučić’s “visit”.txt', emoji: 'flag 🇽🇰', separator: 'a\u2028b', plain: 'Kosovo' };
    const json = asciiJson(JSON.stringify(value));
    expect(json).not.toMatch(/[^\p{ASCII}]/u);
    expect(json).toContain('Vu\\u010di\\u0107');
    expect(json).toContain('"plain":"Kosovo"');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('round-trips any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (strings) => {
        const json = asciiJson(JSON.stringify(strings));
        return !/[^\p{ASCII}]/u.test(json) && JSON.stringify(JSON.parse(json)) === JSON.stringify(strings);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('reads an ASCII file and a UTF-8 file written before as the text they hold', () => {
    const ascii = join(dir, 'ascii.json');
    const utf8 = join(dir, 'utf8.json');
    writeFileSync(ascii, asciiJson(JSON.stringify(['Vučić'])));
    writeFileSync(utf8, JSON.stringify(['Vučić', '🇽🇰']));
    expect(JSON.parse(readText(ascii))).toEqual(['Vučić']);
    expect(JSON.parse(readText(utf8))).toEqual(['Vučić', '🇽🇰']);
  });
});
