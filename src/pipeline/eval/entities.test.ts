import { describe, expect, it } from 'vitest';
import {
  bcubed,
  goldUsesExtents,
  looksNamed,
  nameStart,
  score,
  scoreDoc,
  scoredGold,
  type GoldDoc,
  type PredMention,
} from './entities.ts';

/** A hand-made document: mentions are given by their text (first occurrence from `from`). */
function doc(
  body: string,
  mentions: [string, string, string | null, string | null, number?][],
): GoldDoc {
  return {
    doc: 'd',
    body,
    mentions: mentions.map(([text, type, syntactic, instance, from]) => {
      const start = body.indexOf(text, from ?? 0);
      if (start < 0) throw new Error(`no "${text}"`);
      return { start, end: start + text.length, text, type, syntactic, instance };
    }),
  };
}

/** A prediction named `text`; `extent`, when given, is the phrase around it (first occurrence containing it). */
function pred(
  body: string,
  text: string,
  type: PredMention['type'],
  actor: string,
  from = 0,
  extent?: string,
): PredMention {
  const start = body.indexOf(text, from);
  if (!extent) return { start, end: start + text.length, text, type, actor };
  const at = body.lastIndexOf(extent, start);
  return {
    start: at,
    end: at + extent.length,
    text: extent,
    type,
    actor,
    name: { start, end: start + text.length, text },
  };
}

const BODY = 'Apple said the iPhone sold well in the United States. Jobs said Apple would grow.';

describe('which gold mentions are scored', () => {
  it('named PERSON, ORGANIZATION and LOCATION only', () => {
    const d = doc(BODY, [
      ['Apple', 'ORGANIZATION', 'NAM', 'ORG1'],
      ['the iPhone', 'PRODUCT', 'NAM', 'PRO1'],
      ['the United States', 'LOCATION', 'NAM', 'LOC1'],
      ['Jobs', 'PERSON', 'NAM', 'PER1'],
      ['Apple', 'ORGANIZATION', 'PRE.NAM', 'ORG1', 60],
    ]);
    d.mentions.push({
      start: 0,
      end: 5,
      text: 'Apple',
      type: 'ORGANIZATION',
      syntactic: 'NOM',
      instance: 'ORG1',
    });
    const { scored, other } = scoredGold(d);
    expect(scored.map((m) => m.text)).toEqual(['Apple', 'the United States', 'Jobs', 'Apple']);
    expect(other.map((m) => m.type)).toEqual(['PRODUCT', 'ORGANIZATION']);
  });

  it('without a syntactic field, named means capitalised, not a pronoun, not a common word opening a sentence', () => {
    const body =
      'Analysts expect losses. The company said analysts were wrong. It hired Mary Barra.';
    const m = (text: string): boolean =>
      looksNamed(
        {
          start: body.indexOf(text),
          end: body.indexOf(text) + text.length,
          text,
          type: 'PERSON',
          instance: null,
        },
        body,
      );
    expect(m('Analysts')).toBe(false);
    expect(m('The company')).toBe(false);
    expect(m('It')).toBe(false);
    expect(m('Mary Barra')).toBe(true);
  });
});

describe('span scores', () => {
  const gold = doc(BODY, [
    ['Apple', 'ORGANIZATION', 'NAM', 'ORG1'],
    ['the iPhone', 'PRODUCT', 'NAM', 'PRO1'],
    ['the United States', 'LOCATION', 'NAM', 'LOC1'],
    ['Jobs', 'PERSON', 'NAM', 'PER1'],
    ['Apple', 'ORGANIZATION', 'NAM', 'ORG1', 60],
  ]);

  it('exact typed matches of extents, a type error, a span error, a prediction on an unscored mention', () => {
    const r = scoreDoc(gold, [
      pred(BODY, 'Apple', 'ORGANIZATION', 'organization:apple'),
      pred(BODY, 'iPhone', 'ORGANIZATION', 'organization:iphone'), // inside a PRODUCT mention: ignored
      pred(BODY, 'United States', 'LOCATION', 'country:united-states', 0, 'the United States'), // the extent is scored
      pred(BODY, 'Jobs', 'ORGANIZATION', 'organization:jobs'), // right span, wrong type
      pred(BODY, 'Apple would', 'ORGANIZATION', 'organization:apple', 60), // overlaps, wrong span
    ]);
    expect(r.ignored.map((p) => p.text)).toEqual(['iPhone']);
    const s = score([r]);
    expect(s.gold).toBe(4);
    expect(s.predicted).toBe(4);
    expect(s.typed).toMatchObject({ correct: 2, p: 0.5, r: 0.5 });
    expect(s.untyped.correct).toBe(3);
    expect(s.names.correct).toBe(2);
    expect(s.overlapRecall).toBe(1);
    expect(s.byType.PERSON).toMatchObject({ gold: 1, predicted: 0 });
    expect(s.byType.ORGANIZATION.typed).toMatchObject({ correct: 1 });
  });

  it('a spurious prediction outside any gold mention counts against precision', () => {
    const s = score([
      scoreDoc(gold, [
        pred(BODY, 'Apple', 'ORGANIZATION', 'o:a'),
        pred(BODY, 'Jobs', 'PERSON', 'p:j'),
        pred(BODY, 'Apple', 'ORGANIZATION', 'o:a', 60),
        pred(BODY, 'United States', 'LOCATION', 'c:us', 0, 'the United States'),
        pred(BODY, 'said', 'PERSON', 'p:said'),
      ]),
    ]);
    expect(s.typed).toMatchObject({ correct: 4, p: 0.8, r: 1 });
  });

  it('names only: the name span counts, with a leading "the" ignored on both sides', () => {
    const bare = score([scoreDoc(gold, [pred(BODY, 'United States', 'LOCATION', 'c:us')])]);
    expect(bare.typed.correct).toBe(0); // the gold extent is "the United States"
    expect(bare.names.correct).toBe(1);
    const phrase = score([
      scoreDoc(gold, [pred(BODY, 'Jobs', 'PERSON', 'p:j', 0, 'States. Jobs')]),
    ]);
    expect(phrase.typed.correct).toBe(0);
    expect(phrase.names.correct).toBe(1);
  });

  it('nameStart drops a leading "the" only', () => {
    expect(nameStart({ start: 10, text: 'the United States' })).toBe(14);
    expect(nameStart({ start: 10, text: 'Thessaloniki' })).toBe(10);
    expect(nameStart({ start: 10, text: 'the' })).toBe(10);
  });
});

describe('the span convention of a gold file', () => {
  it('extents when a lower-case "the" opens named mentions, names otherwise', () => {
    const extents = doc(BODY, [
      ['Apple', 'ORGANIZATION', 'NAM', 'ORG1'],
      ['the United States', 'LOCATION', 'NAM', 'LOC1'],
    ]);
    const names = doc(BODY, [
      ['Apple', 'ORGANIZATION', 'NAM', 'ORG1'],
      ['United States', 'LOCATION', 'NAM', 'LOC1'],
    ]);
    expect(goldUsesExtents([extents])).toBe(true);
    expect(goldUsesExtents([names])).toBe(false);
    expect(goldUsesExtents([])).toBe(false);
  });
});

describe('B-cubed', () => {
  it('is 1 when the clusters agree, whatever their labels', () => {
    expect(
      bcubed([
        { gold: 'a', sys: 'x' },
        { gold: 'a', sys: 'x' },
        { gold: 'b', sys: 'y' },
      ]),
    ).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('splitting one entity costs recall, merging two costs precision', () => {
    // gold {1,2} {3}; system {1} {2,3}
    const r = bcubed([
      { gold: 'a', sys: 'x' },
      { gold: 'a', sys: 'y' },
      { gold: 'b', sys: 'y' },
    ]);
    expect(r.p).toBeCloseTo((1 + 0.5 + 0.5) / 3);
    expect(r.r).toBeCloseTo((0.5 + 0.5 + 1) / 3);
  });

  it('groups overlapped gold mentions by instance across documents; a null instance is its own entity', () => {
    const a = doc('Apple rose. Apple fell.', [
      ['Apple', 'ORGANIZATION', 'NAM', 'ORG1'],
      ['Apple', 'ORGANIZATION', 'NAM', null, 6],
    ]);
    const b = {
      ...doc('Apple Inc. grew.', [['Apple Inc.', 'ORGANIZATION', 'NAM', 'ORG1']]),
      doc: 'e',
    };
    const s = score([
      scoreDoc(a, [
        pred(a.body, 'Apple', 'ORGANIZATION', 'o:apple'),
        pred(a.body, 'Apple', 'ORGANIZATION', 'o:apple', 6),
      ]),
      scoreDoc(b, [pred(b.body, 'Apple', 'ORGANIZATION', 'o:apple')]), // overlaps: counted for resolution
    ]);
    expect(s.bcubed.mentions).toBe(3);
    // gold {1,3} {2}; system {1,2,3}
    expect(s.bcubed.r).toBeCloseTo(1);
    expect(s.bcubed.p).toBeCloseTo((2 / 3 + 1 / 3 + 2 / 3) / 3);
  });
});
