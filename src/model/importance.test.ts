import { describe, expect, it } from 'vitest';
import type { EventRecord } from './dataset.ts';
import {
  importance,
  importanceOf,
  independentReports,
  isKeyEvent,
  KEY_IMPORTANCE,
} from './importance.ts';

type Ranked = Pick<EventRecord, 'type' | 'actors' | 'sources' | 'importance'>;

/** An event of `type` with `actors` actors, reported once in each of `articles`. */
function event(type: EventRecord['type'], actors: number, articles: string[]): Ranked {
  return {
    type,
    actors: Array.from({ length: actors }, (_, i) => `country:c${i}`),
    sources: articles.map((article) => ({ article }) as EventRecord['sources'][number]),
  };
}

describe('importance', () => {
  it('counts independent reports: one article reporting twice counts once', () => {
    expect(independentReports(event('other', 0, ['a1']))).toBe(1);
    expect(independentReports(event('other', 0, ['a1', 'a1', 'a2']))).toBe(2);
    const many = ['a1', 'a2', 'a1', 'a3', 'a2', 'a4', 'a5', 'a6', 'a7', 'a1'];
    expect(independentReports(event('other', 0, many))).toBe(7);
    expect(independentReports(event('other', 0, many.slice(0, 8)))).toBe(6);
  });

  it('weighs reports (log scale), actors (up to three) and the type, worked out by hand', () => {
    // One article, no actors, a plain statement: 100 × 0.3 × 0.2 = 6.
    expect(importanceOf(event('statement', 0, ['a1']))).toBe(6);
    // Two articles (1/3), two actors (2/3), an assault (1): 100 × (0.45/3 + 0.25 × 2/3 + 0.3) = 61.7.
    expect(importanceOf(event('assault', 2, ['a1', 'a2']))).toBe(62);
    // Eight articles or more (1), five actors (capped at 1), an agreement (0.8): 45 + 25 + 24.
    expect(
      importanceOf(event('agree', 5, ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'])),
    ).toBe(94);
    // Four articles (2/3), one actor (1/3), a request (verbal conflict, 0.6): 30 + 8.3 + 18.
    expect(importanceOf(event('request', 1, ['a1', 'a2', 'a3', 'a4']))).toBe(56);
  });

  it('makes an event of one article key only for material conflict with three actors', () => {
    expect(isKeyEvent(event('assault', 3, ['a1']))).toBe(true); // 25 + 30 = 55
    expect(isKeyEvent(event('statement', 9, ['a1']))).toBe(false); // 25 + 6 = 31
    expect(isKeyEvent(event('agree', 3, ['a1']))).toBe(false); // 25 + 24 = 49
    expect(isKeyEvent(event('agree', 2, ['a1', 'a2']))).toBe(true); // 15 + 16.7 + 24
    expect(
      isKeyEvent(event('statement', 2, ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'])),
    ).toBe(true); // 45 + 16.7 + 6
    expect(KEY_IMPORTANCE).toBe(50);
  });

  it('reads the stored value first (a dataset written with it), else computes it', () => {
    const stored = { ...event('statement', 0, ['a1']), importance: 90 };
    expect(importance(stored)).toBe(90);
    expect(isKeyEvent(stored)).toBe(true);
    expect(importance(event('statement', 0, ['a1']))).toBe(6);
  });
});
