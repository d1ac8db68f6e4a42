import { describe, expect, it } from 'vitest';
import { makeDoc } from './doc.ts';
import { tagWithWink } from './wink-tagger.ts';

const words = (text: string): string[] => makeDoc(text).tokens.map((t) => t.text);

describe('tagWithWink', () => {
  it('reads a text the same whatever was read before', () => {
    // wink keeps a word whole once its lexicon holds it: after "Marlowfield's," had been read,
    // "Marlowfield's rocketed" was one token where a fresh tagger makes two.
    const later = "Shares of Marlowfield's rocketed 9 to 39.";
    const fresh = words(later);
    expect(fresh).toEqual(['Shares', 'of', 'Marlowfield', "'s", 'rocketed', '9', 'to', '39', '.']);
    words("Marlowfield's, based in Leeds, runs 12 shops.");
    expect(words(later)).toEqual(fresh);
  });

  it('gives a tag and a lemma for every token', () => {
    const { values, tags, lemmas } = tagWithWink('The talks ended on Monday.');
    expect(values).toEqual(['The', 'talks', 'ended', 'on', 'Monday', '.']);
    expect(tags).toEqual(['DET', 'NOUN', 'VERB', 'ADP', 'PROPN', 'PUNCT']);
    expect(lemmas.slice(1, 3)).toEqual(['talk', 'end']);
  });

  it('tags a word it has never seen the same way each time', () => {
    const first = tagWithWink('Zorblatt signed the deal.');
    words('Zorblatt, Zorblatt and Zorblatt’s men.');
    expect(tagWithWink('Zorblatt signed the deal.')).toEqual(first);
  });
});
