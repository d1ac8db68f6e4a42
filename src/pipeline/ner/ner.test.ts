import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allowedAfter, spansToTags, tagsToSpans, TAGS, type TokenSpan } from './bilou.ts';
import { FEATURE_COUNT, featuresAt, FEATURE_SLOTS, shapeOf, viewOf } from './features.ts';
import { hintsFor } from './hints.ts';
import { decodeModel, encodeModel } from './model.ts';
import { AveragedPerceptron } from './perceptron.ts';
import { decode, NameTagger } from './tagger.ts';

describe('BILOU tags', () => {
  it('round-trips spans of one and of several words', () => {
    const spans: TokenSpan[] = [
      { start: 0, end: 3, type: 'PER' },
      { start: 5, end: 6, type: 'LOC' },
      { start: 6, end: 8, type: 'ORG' },
    ];
    const tags = spansToTags(9, spans);
    expect(tags).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'O', 'U-LOC', 'B-ORG', 'L-ORG', 'O']);
    expect(tagsToSpans(tags)).toEqual(spans);
  });

  it('reads BIO and IOB1 sequences of the training sets', () => {
    expect(tagsToSpans(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
    // IOB1: I- opens a name; B- only parts two names of one type that touch.
    expect(tagsToSpans(['I-ORG', 'I-ORG', 'B-ORG', 'O', 'I-MISC'])).toEqual([
      { start: 0, end: 2, type: 'ORG' },
      { start: 2, end: 3, type: 'ORG' },
      { start: 4, end: 5, type: 'MISC' },
    ]);
  });

  it('allows only well-formed successions', () => {
    expect(allowedAfter('B-PER', 'L-PER')).toBe(true);
    expect(allowedAfter('B-PER', 'L-ORG')).toBe(false);
    expect(allowedAfter('B-PER', 'O')).toBe(false);
    expect(allowedAfter('O', 'I-PER')).toBe(false);
    expect(allowedAfter('L-PER', 'U-LOC')).toBe(true);
    expect(TAGS).toHaveLength(17);
  });
});

describe('features', () => {
  it('shapes words by case, digits and marks, runs collapsed', () => {
    expect(shapeOf('Kosovo')).toBe('Xx');
    expect(shapeOf('EU')).toBe('X');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('2008')).toBe('d');
    expect(shapeOf('al-Burhan')).toBe('x-Xx');
    expect(shapeOf('Vučić')).toBe('Xx');
  });

  it('gives every token the same number of slots, all inside the table, and different words different slots', () => {
    const v = viewOf(['Abdel', 'Fattah', 'al-Burhan', 'met', 'envoys', '.'], ['B-person:d', 'I-person:d', 'L-person:d', '', '', '']);
    const a = new Uint32Array(FEATURE_COUNT);
    const b = new Uint32Array(FEATURE_COUNT);
    featuresAt(v, 0, 0, 0, a);
    featuresAt(v, 3, 3, 2, b);
    for (const slot of [...a, ...b]) expect(slot).toBeLessThan(FEATURE_SLOTS);
    expect(a[0]).toBe(b[0]); // the bias
    expect(a[1]).not.toBe(b[1]); // the word itself
    expect(new Set(a).size).toBeGreaterThan(FEATURE_COUNT - 3); // few collisions within a token
  });
});

describe('hints', () => {
  it('marks each word with its place in a rule mention, its kind and whether the actor is known', () => {
    // "Rapid Support Forces attacked Khartoum ."
    const offsets = [0, 6, 14, 21, 30, 39].map((start, k) => ({ start, end: start + ['Rapid', 'Support', 'Forces', 'attacked', 'Khartoum', '.'][k]!.length }));
    const mentions = [
      { start: 0, end: 20, text: 'Rapid Support Forces', actor: 'org:rsf', kind: 'organization' as const },
      { start: 30, end: 38, text: 'Khartoum', actor: 'place:khartoum', kind: 'place' as const },
    ];
    expect(hintsFor(offsets, mentions, new Set(['org:rsf']))).toEqual(['B-organization:d', 'I-organization:d', 'L-organization:d', '', 'U-place:k', '']);
  });
});

describe('averaged perceptron and tagger', () => {
  /** A toy language: capitalised words after "mr" are people, after "in" places. */
  const toy = [
    { words: ['mr', 'Smith', 'went', 'to', 'Paris'], spans: [{ start: 1, end: 2, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }] },
    { words: ['mr', 'Jones', 'Hale', 'lives', 'in', 'Rome'], spans: [{ start: 1, end: 3, type: 'PER' }, { start: 5, end: 6, type: 'LOC' }] },
    { words: ['the', 'talks', 'in', 'Oslo', 'ended'], spans: [{ start: 3, end: 4, type: 'LOC' }] },
    { words: ['mr', 'Brown', 'spoke'], spans: [{ start: 1, end: 2, type: 'PER' }] },
    { words: ['mr', 'Lee', 'met', 'mr', 'Kim'], spans: [{ start: 1, end: 2, type: 'PER' }, { start: 4, end: 5, type: 'PER' }] },
    { words: ['we', 'flew', 'to', 'Lima', 'and', 'to', 'Quito'], spans: [{ start: 3, end: 4, type: 'LOC' }, { start: 6, end: 7, type: 'LOC' }] },
  ] as { words: string[]; spans: TokenSpan[] }[];

  function train(): AveragedPerceptron {
    const p = new AveragedPerceptron(TAGS.length);
    const index = new Map(TAGS.map((t, i) => [t, i]));
    for (let epoch = 0; epoch < 10; epoch++)
      for (const x of toy) {
        const gold = spansToTags(x.words.length, x.spans);
        decode({ tags: TAGS, score: (f, o) => p.score(f, o) }, x.words, [], (k, f, guess) => p.update(index.get(gold[k]!)!, guess, f));
      }
    p.average();
    return p;
  }

  it('learns the toy language, places it has not seen by their context, after a round trip through the model file', () => {
    const model = decodeModel(encodeModel([...TAGS], train().weights, { test: true }));
    const tagger = new NameTagger(model);
    for (const x of toy) expect(tagger.tag(x.words, [])).toEqual(x.spans);
    expect(tagger.tag(['we', 'flew', 'to', 'Bern'], [])).toEqual([{ start: 3, end: 4, type: 'LOC' }]);
    expect(tagger.tag(['the', 'talks', 'ended'], [])).toEqual([]);
    expect(tagger.tag([], [])).toEqual([]);
  });

  it('refuses a model file of another format', () => {
    const gz = encodeModel([...TAGS], new Float64Array(FEATURE_SLOTS * TAGS.length), null);
    const file = JSON.parse(gunzipSync(gz).toString()) as { version: number };
    file.version = 99;
    expect(() => decodeModel(gzipSync(JSON.stringify(file)))).toThrow(/expected dateline-ner v1/);
  });
});
