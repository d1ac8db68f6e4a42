/**
 * The word index answers as looking for each query word in each event's text would
 * (includesAllWords), whatever the texts and words, with one vocabulary shared by several indexes
 * that grows between searches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from './dataset.ts';
import { includesAllWords, queryWords } from '../lib/text.ts';
import { indexTexts, isSpaceUnit, JoinedTextIndex, TextIndexBuilder, type TextIndex } from './text-index.ts';
import { Vocabulary } from './vocabulary.ts';

// Letters, digits, marks, spaces of several kinds (a no-break space and a line break are white space too).
const CHARS = ['a', 'b', 'c', 'ab', 'ta', 'lk', '1', '-', '.', "'", 'é', ' ', ' ', '\n', '\u00a0', '\t'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((parts) => parts.join(''));
const texts = fc.array(text, { maxLength: 12 });

/** Events that stand for their texts: the index reads each one's text through searchTextOf. */
function indexOf(list: string[], vocabulary?: Vocabulary): TextIndex {
  const events = list.map((t) => ({ id: t }) as unknown as EventRecord);
  return indexTexts(events, (e) => e.id, vocabulary);
}

const expected = (list: string[], words: string[]): number[] => list.map((t) => (includesAllWords(t, words) ? 1 : 0));

/** Query words: pieces of the texts, or made up from the same characters. */
const queryOf = (list: string[]) =>
  fc.oneof(
    fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
    fc.constantFrom(...(list.length ? list : ['']), '').chain((t) => fc.nat(t.length).chain((a) => fc.nat(t.length - a).map((n) => t.slice(a, a + n)))),
  );

describe('TextIndex', () => {
  it('finds the events whose text contains every word, as a scan of the texts does', () => {
    fc.assert(
      fc.property(
        texts.chain((list) => fc.tuple(fc.constant(list), fc.array(queryOf(list), { maxLength: 3 }))),
        ([list, pieces]) => {
          const words = queryWords(pieces.join(' '));
          expect([...indexOf(list).matching(words)]).toEqual(words.length ? expected(list, words) : list.map(() => 1));
        },
      ),
    );
  });

  it('shares one vocabulary between indexes built before and after a search', () => {
    fc.assert(
      fc.property(texts, texts, text, (first, second, piece) => {
        const vocabulary = new Vocabulary();
        const words = queryWords(piece);
        const a = indexOf(first, vocabulary);
        const before = [...a.matching(words)];
        const b = indexOf(second, vocabulary); // new words numbered after the search
        const joined = new JoinedTextIndex([a, b]);
        const all = [...first, ...second];
        const want = words.length ? expected(all, words) : all.map(() => 1);
        expect(before).toEqual(want.slice(0, first.length));
        expect([...joined.matching(words)]).toEqual(want);
      }),
    );
  });

  it('joins indexes of different vocabularies (a new one started past its size) and answers the same', () => {
    fc.assert(
      fc.property(texts, texts, text, (first, second, piece) => {
        const words = queryWords(piece);
        const joined = new JoinedTextIndex([indexOf(first, new Vocabulary()), indexOf(second, new Vocabulary())]);
        const all = [...first, ...second];
        expect([...joined.matching(words)]).toEqual(words.length ? expected(all, words) : all.map(() => 1));
      }),
    );
  });

  it('made in slices of any size, answers as one made at once', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 6 }), text, (list, slices, piece) => {
        const events = list.map((t) => ({ id: t }) as unknown as EventRecord);
        const builder = new TextIndexBuilder(events, (e) => e.id);
        for (const n of slices) builder.add(n);
        expect(builder.done).toBe(slices.reduce((a, b) => a + b, 0) >= list.length);
        const words = queryWords(piece);
        expect([...builder.index().matching(words)]).toEqual(words.length ? expected(list, words) : list.map(() => 1));
      }),
    );
  });

  it('finds a word inside longer words and across its marks, not across white space', () => {
    const list = ['Peace talks resumed.', 'The stalks grew', 'talk\u00a0shows', 'U.S.-led talks'];
    const index = indexOf(list.map((t) => t.toLowerCase()));
    expect([...index.matching(['talks'])]).toEqual([1, 1, 0, 1]);
    expect([...index.matching(['u.s.-led'])]).toEqual([0, 0, 0, 1]);
    expect([...index.matching(['talk shows'])]).toEqual([0, 0, 0, 0]);
    expect([...index.matching(['talk', 'shows'])]).toEqual([0, 0, 1, 0]);
  });

  it('answers the same when the answers it kept are dropped to bound memory', () => {
    fc.assert(
      fc.property(texts, fc.array(text, { minLength: 1, maxLength: 8 }), (list, pieces) => {
        const index = indexOf(list, new Vocabulary(2));
        for (const words of [...pieces, ...pieces].map(queryWords).filter((w) => w.length > 0))
          expect([...index.matching(words)]).toEqual(expected(list, words));
      }),
    );
  });

  it('cuts words where `\\s` sees white space, as queryWords cuts the query', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceUnit(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('matches nothing for a word holding the separator its vocabulary joins words with', () => {
    expect([...indexOf(['ab', 'ab ab']).matching(['b\u0000a'])]).toEqual([0, 0]);
  });
});
