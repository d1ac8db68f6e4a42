/** Helpers for the tagger's unit tests: tag a text, check every offset, pick out values. */
import { expect } from 'vitest';
import { tagTimexes } from './tagger.ts';
import type { Timex } from './types.ts';

/** Tags `text`, checks every offset, and returns the expressions. */
export function tag(text: string, dct: string): Timex[] {
  const found = tagTimexes(text, { dct });
  for (const t of found) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.anchor).toBe(t.interval !== null);
  }
  return found;
}

/** [text, value] of every expression found. */
export const pairs = (text: string, dct: string): [string, string][] =>
  tag(text, dct).map((t) => [t.text, t.value]);

/** [text, type, value] of every expression found. */
export const triples = (text: string, dct: string): [string, string, string][] =>
  tag(text, dct).map((t) => [t.text, t.type, t.value]);

/** The single expression in `text` (fails if there is not exactly one). */
export function only(text: string, dct: string): Timex {
  const found = tag(text, dct);
  expect(
    found.map((t) => t.text),
    text,
  ).toHaveLength(1);
  return found[0]!;
}

export const value = (text: string, dct: string): string => only(text, dct).value;
