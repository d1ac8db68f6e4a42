import { describe, expect, it } from 'vitest';
import type { GoldDoc } from './entities.ts';
import { prf, scoreNames, type AnnotatedName } from './names-exact.ts';

const body = 'U.S. President Barack Obama met Airbus in the United States. Obama said iPhone sales rose.';
const at = (text: string, from = 0): { start: number; end: number } => {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(text);
  return { start, end: start + text.length };
};
const gold: GoldDoc[] = [
  {
    doc: 'd1',
    body,
    mentions: [
      { ...at('U.S. President Barack Obama'), text: 'U.S. President Barack Obama', type: 'PERSON', syntactic: 'NAM', instance: 'obama' },
      { ...at('U.S.'), text: 'U.S.', type: 'LOCATION', syntactic: 'PRE.NAM', instance: 'usa' },
      { ...at('Airbus'), text: 'Airbus', type: 'ORGANIZATION', syntactic: 'NAM', instance: 'airbus' },
      { ...at('the United States'), text: 'the United States', type: 'LOCATION', syntactic: 'NAM', instance: 'usa' },
      { ...at('Obama', 40), text: 'Obama', type: 'PERSON', syntactic: 'NAM', instance: 'obama' },
      // Not names: a pronoun-like common noun and a product are never scored.
      { ...at('iPhone'), text: 'iPhone', type: 'PRODUCT', syntactic: 'NAM', instance: 'iphone' },
    ],
  },
];
const name = (text: string, kind: string, actor: string, extent?: string, from = 0): AnnotatedName => ({
  ...at(text, from),
  text,
  kind,
  actor,
  ...(extent ? { extent: at(extent, from) } : {}),
});

describe('scoreNames: exact span and type, as CoNLL', () => {
  const predicted = new Map([
    [
      'd1',
      [
        name('U.S.', 'country', 'country:usa'),
        name('Barack Obama', 'person', 'person:obama', 'U.S. President Barack Obama'),
        name('Airbus', 'country', 'country:airbus'), // right span, wrong type
        name('United States', 'country', 'country:usa', 'the United States'),
        name('Obama', 'person', 'person:obama', undefined, 40),
        name('iPhone', 'product', 'product:iphone'), // MISC: left out on both sides
      ],
    ],
  ]);

  it('scores extents where the output gives them, bare names otherwise', () => {
    const s = scoreNames(gold, predicted, 'extents');
    // Right: U.S., the Obama extent, the United States extent, Obama. Airbus: a false positive and a miss.
    expect(s.overall).toEqual({ tp: 4, fp: 1, fn: 1 });
    expect(s.perType.ORGANIZATION).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.perType.LOCATION).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.errors.map((e) => `${e.kind} ${e.type} ${e.text}`)).toEqual(['SPURIOUS LOCATION Airbus', 'MISSED ORGANIZATION Airbus']);
  });

  it('bare names against extent gold: the heads of longer phrases are wrong', () => {
    const s = scoreNames(gold, predicted, 'names');
    expect(s.overall).toEqual({ tp: 2, fp: 3, fn: 3 });
    expect(prf(s.overall).f1).toBeCloseTo(0.4, 5);
  });

  it('a second prediction of the same span is a false positive; a document without output misses all its names', () => {
    const twice = new Map([['d1', [name('Obama', 'person', 'person:obama', undefined, 40), name('Obama', 'person', 'person:obama', undefined, 40)]]]);
    expect(scoreNames(gold, twice).overall).toEqual({ tp: 1, fp: 1, fn: 4 });
    expect(scoreNames(gold, new Map()).overall).toEqual({ tp: 0, fp: 0, fn: 5 });
  });

  it('actor identity: B-cubed of the predicted actor ids against the gold instances, over names matched by span', () => {
    const s = scoreNames(gold, predicted, 'extents');
    // Matched by span: U.S. (usa), Obama extent (obama), Airbus (airbus, any type), the United States (usa), Obama (obama); all rightly grouped.
    expect(s.identity).toEqual({ precision: 1, recall: 1, mentions: 5 });
  });
});
