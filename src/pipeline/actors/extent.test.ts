import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../model/dataset.ts';
import type { ActorMention } from './context.ts';
import { mentionExtents } from './extent.ts';

/** Extent texts of the named mentions of `text` (each [name, kind], first occurrence after the previous one). */
function extents(text: string, names: [string, ActorKind][]): string[] {
  let from = 0;
  const mentions: ActorMention[] = names.map(([name, kind]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`no "${name}"`);
    from = start + name.length;
    return { start, end: start + name.length, text: name, actor: `${kind}:${name}`, kind };
  });
  return mentionExtents(text, mentions).map((e) => text.slice(e.start, e.end));
}

describe('mention extents', () => {
  it('stop at a mention that does not start on a token of their own (another tokeniser\'s), never looping in place', () => {
    // The name tagger's tokens differ from these: "U.S." starts inside the token "XU.S." here.
    expect(extents('Talks with XU.S. President Barack Obama ended.', [['U.S.', 'country'], ['Barack Obama', 'person']])).toEqual(['U.S.', 'President Barack Obama']);
  });

  it('take in titles and roles with their modifiers', () => {
    expect(
      extents('Talks with U.S. President Barack Obama ended.', [
        ['U.S.', 'country'],
        ['Barack Obama', 'person'],
      ]),
    ).toEqual(['U.S.', 'U.S. President Barack Obama']);
    expect(
      extents('He met Australian Prime Minister John Howard.', [
        ['Australian', 'country'],
        ['John Howard', 'person'],
      ])[1],
    ).toBe('Australian Prime Minister John Howard');
    expect(extents('said Uralsib analyst Chris Weafer.', [['Chris Weafer', 'person']])).toEqual([
      'Uralsib analyst Chris Weafer',
    ]);
    expect(
      extents('according to federal industry minister Ian MacDonald.', [
        ['Ian MacDonald', 'person'],
      ]),
    ).toEqual(['federal industry minister Ian MacDonald']);
    expect(extents('Mr. Lee Hsien Loong spoke.', [['Lee Hsien Loong', 'person']])).toEqual([
      'Mr. Lee Hsien Loong',
    ]);
  });

  it('leave a person without a title as named, and stop at verbs and function words', () => {
    expect(extents('Yesterday Barack Obama spoke.', [['Barack Obama', 'person']])).toEqual([
      'Barack Obama',
    ]);
    expect(extents('The deal, said President Obama, holds.', [['Obama', 'person']])).toEqual([
      'President Obama',
    ]);
  });

  it('take in an organisation descriptor, not a bare adjective', () => {
    expect(
      extents('European airframer Airbus won.', [
        ['European', 'place'],
        ['Airbus', 'organization'],
      ])[1],
    ).toBe('European airframer Airbus');
    expect(
      extents('shares of German airline Lufthansa fell', [
        ['German', 'country'],
        ['Lufthansa', 'organization'],
      ])[1],
    ).toBe('German airline Lufthansa');
    expect(
      extents('New York City-based private equity firm Cerberus Capital Management bought it.', [
        ['Cerberus Capital Management', 'organization'],
      ]),
    ).toEqual(['New York City-based private equity firm Cerberus Capital Management']);
    expect(extents('The emerging Chrysler will', [['Chrysler', 'organization']])).toEqual([
      'Chrysler',
    ]);
  });

  it('an appositive descriptor belongs to the name only when it opens the sentence', () => {
    expect(
      extents('Irish low cost airline, Ryanair, announced a loss.', [
        ['Irish', 'country'],
        ['Ryanair', 'organization'],
      ])[1],
    ).toBe('Irish low cost airline, Ryanair');
    expect(
      extents('The deal went to the Italian company, Fiat, in May.', [
        ['Italian', 'country'],
        ['Fiat', 'organization'],
      ])[1],
    ).toBe('Fiat');
  });

  it('take in "the" when the name heads the phrase, not when it modifies a noun', () => {
    expect(extents('Trade with the United States grew.', [['United States', 'country']])).toEqual([
      'the United States',
    ]);
    expect(extents('the United States said no', [['United States', 'country']])).toEqual([
      'the United States',
    ]);
    expect(extents('The GAO upheld the protest.', [['GAO', 'organization']])).toEqual(['The GAO']);
    expect(
      extents('the IMF and the World Bank met', [
        ['IMF', 'organization'],
        ['World Bank', 'organization'],
      ]),
    ).toEqual(['the IMF', 'the World Bank']);
    expect(extents('the US economy shrank', [['US', 'country']])).toEqual(['US']);
    expect(extents("the UK's FTSE-100 index", [['UK', 'country']])).toEqual(['UK']);
    expect(extents('the US Bankruptcy Court in Manhattan', [['US', 'country']])).toEqual(['US']);
  });

  it('take in a possessor, a state or country after a city, and "the government of"', () => {
    expect(
      extents("at Singapore's Changi International Airport.", [
        ['Singapore', 'country'],
        ['Changi International Airport', 'place'],
      ])[1],
    ).toBe("Singapore's Changi International Airport");
    expect(
      extents('a plant in Long Beach, California, closes', [
        ['Long Beach', 'place'],
        ['California', 'place'],
      ]),
    ).toEqual(['Long Beach, California', 'California']);
    expect(
      extents('Paris, London, Berlin', [
        ['Paris', 'place'],
        ['London', 'place'],
        ['Berlin', 'place'],
      ]),
    ).toEqual(['Paris', 'London', 'Berlin']);
    expect(extents('a loan from the government of Canada to', [['Canada', 'country']])).toEqual([
      'the government of Canada',
    ]);
    expect(extents('and the provincial government of Ontario.', [['Ontario', 'place']])).toEqual([
      'the provincial government of Ontario',
    ]);
  });
});
