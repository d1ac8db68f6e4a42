// Event triggers on news sentences written for these tests: what TimeML tags (main verbs, event
// nouns heading their phrase, stage-level predicative adjectives) and what it leaves alone.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../text/doc.ts';
import { isEventNoun } from './lexicon/nouns.ts';
import { findTriggers } from './triggers.ts';

/** "word:CLASS" for each trigger, in text order. */
const triggers = (text: string): string[] =>
  findTriggers(makeDoc(text)).map((t) => `${t.text}:${t.class}`);
const words = (text: string): string[] => findTriggers(makeDoc(text)).map((t) => t.text);

describe('findTriggers', () => {
  it('tags main verbs with their class and skips auxiliaries', () => {
    expect(
      triggers(
        'The minister said on Tuesday that the talks had collapsed after the rebels attacked a convoy.',
      ),
    ).toEqual(['said:REPORTING', 'collapsed:OCCURRENCE', 'attacked:OCCURRENCE']);
  });

  it('gives offsets into the body and token indices into the document', () => {
    const body = 'Rebels attacked the convoy.';
    const doc = makeDoc(body);
    const [t] = findTriggers(doc);
    expect(t).toMatchObject({ text: 'attacked', lemma: 'attack', pos: 'VERB', start: 7, end: 15 });
    expect(doc.tokens[t!.token]!.text).toBe('attacked');
    expect(body.slice(t!.start, t!.end)).toBe('attacked');
  });

  it('tags event nouns but not nouns that name things or people', () => {
    expect(
      words('The investigation into the bombing continues, and opponents of the war held a rally.'),
    ).toEqual(['investigation', 'bombing', 'continues', 'war', 'held', 'rally']);
    expect(words('The government built a new hospital for the farmers.')).toEqual(['built']);
  });

  it('tags only the head of a compound and not a bare noun after a preposition', () => {
    // "abortion clinic": the clinic is the head; "of abortion" is generic, not an occurrence.
    expect(words('Opponents of abortion picketed the abortion clinic.')).toEqual(['picketed']);
    expect(words('Border negotiations resumed in Geneva.')).toEqual(['negotiations', 'resumed']);
  });

  it('leaves out participles used as prepositions or as modifiers, and "going to"', () => {
    expect(words('The company, based in Toronto, sold assets including two mills.')).toEqual([
      'sold',
    ]);
    expect(words('The bank repaid the revolving loans.')).toEqual(['repaid']);
    expect(words('He is going to leave the country.')).toEqual(['leave']);
  });

  it('skips a capitalised word inside a name that the tagger took for a verb', () => {
    expect(words('Merrill Lynch raised its prices.')).toEqual(['raised']);
  });

  it('tags "have" with an object, not the auxiliary or "have to"', () => {
    expect(triggers('The company had a loss of $3 million.')).toEqual([
      'had:STATE',
      'loss:OCCURRENCE',
    ]);
    expect(words('They have been told to leave, and he has to go.')).toEqual([
      'told',
      'leave',
      'go',
    ]);
  });

  it('does not tag the copula, and tags stage-level predicative adjectives as states', () => {
    expect(words('It is the largest company in the region.')).toEqual([]);
    expect(triggers('Two guards are dead and the airport is closed.')).toEqual([
      'dead:STATE',
      'closed:OCCURRENCE',
    ]);
    // A lasting property and a modal adjective are not events.
    expect(words('The bank is powerful and the merger is likely to fail.')).toEqual([
      'merger',
      'fail',
    ]);
  });

  it('classes reporting, perception, aspectual and intensional events', () => {
    expect(triggers('Protesters began marching as police watched the crowd.')).toEqual([
      'began:ASPECTUAL',
      'marching:OCCURRENCE',
      'watched:PERCEPTION',
    ]);
    expect(triggers('Voters want a referendum and believe that prices will rise.')).toEqual([
      'want:I_STATE',
      'referendum:OCCURRENCE',
      'believe:I_STATE',
      'rise:OCCURRENCE',
    ]);
  });

  it('keeps I_ACTION only with a complement', () => {
    expect(triggers('Shares declined sharply, and the company declined to comment.')).toEqual([
      'declined:OCCURRENCE',
      'declined:I_ACTION',
      'comment:REPORTING',
    ]);
    expect(
      triggers('The decision to withdraw surprised everyone; the decision came late.'),
    ).toEqual([
      'decision:I_ACTION',
      'withdraw:OCCURRENCE',
      'surprised:OCCURRENCE',
      'decision:OCCURRENCE',
      'came:OCCURRENCE',
    ]);
  });
});

describe('isEventNoun', () => {
  it('knows event nouns from WordNet, deverbal nouns it lacks, and the stop list', () => {
    for (const noun of ['attack', 'election', 'merger', 'meeting', 'bombing', 'earthquake'])
      expect(isEventNoun(noun)).toBe(true);
    // Not in WordNet, but deverbal.
    expect(isEventNoun('denuclearisation')).toBe(true);
    for (const noun of ['hospital', 'president', 'document', 'capital', 'business', 'policy'])
      expect(isEventNoun(noun)).toBe(false);
  });
});
