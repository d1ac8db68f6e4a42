import { describe, expect, it } from 'vitest';
import { PIECE_CHARS, pieceEnd, pieces } from './pieces.ts';

describe('pieces of a long text', () => {
  it('pieces end at a line end, else after a sentence, else at a space, within a piece', () => {
    const words = 'word '.repeat(PIECE_CHARS);
    const atSpace = pieceEnd(words, 0); // just after the last space before the limit
    expect(words[atSpace - 1]).toBe(' ');
    expect(atSpace).toBeGreaterThan(PIECE_CHARS - 5);
    expect(atSpace).toBeLessThanOrEqual(PIECE_CHARS);
    const withStop = `${'word '.repeat(PIECE_CHARS / 5 - 100)}Done. ${words}`;
    expect(withStop.slice(0, pieceEnd(withStop, 0)).endsWith('Done. ')).toBe(true);
    const withLine = `${'word '.repeat(PIECE_CHARS / 5 - 200)}\n${withStop}`;
    expect(withLine.slice(0, pieceEnd(withLine, 0)).endsWith('\n')).toBe(true);
    expect(pieceEnd('short text', 0)).toBe(10);
    const solid = 'x'.repeat(3 * PIECE_CHARS);
    expect(pieceEnd(solid, 0)).toBe(PIECE_CHARS);
  });

  it('cover the text from the start given, without gaps, none longer than a piece', () => {
    const text = `${'Alpha beta. '.repeat(9_000)}\n${'x'.repeat(40_000)}`;
    const found = pieces(text, 5);
    expect(found[0]![0]).toBe(5);
    expect(found.at(-1)![1]).toBe(text.length);
    found.forEach(([start, end], i) => {
      expect(end - start).toBeGreaterThan(0);
      expect(end - start).toBeLessThanOrEqual(PIECE_CHARS);
      if (i > 0) expect(start).toBe(found[i - 1]![1]);
    });
    expect(pieces('', 0)).toEqual([]);
  });
});
