import { describe, expect, it } from 'vitest';
import { makeDoc } from './doc.ts';

/** Each token as "text/TAG/lemma". */
function tagged(text: string): string[] {
  return makeDoc(text).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);
}

describe('makeDoc: tags the tagger gets wrong in news, put right', () => {
  it('"acting" before an office and "elected" before a plural describe the noun', () => {
    expect(tagged('She has been acting president since May.')).toContain('acting/ADJ/act');
    expect(tagged('All week, elected officials in Pristina have issued statements.')).toContain('elected/ADJ/elect');
    // (Not the verb itself: "They elected leaders".)
    expect(tagged('The members elected leaders on Monday.')).toContain('elected/VERB/elect');
  });

  it('a market\'s past tense read as a noun is the verb: always "fell", others before a figure', () => {
    expect(tagged('The indices each fell two percent.')).toContain('fell/VERB/fall');
    expect(tagged('The S&P 500 lost 3% on Monday.')).toContain('lost/VERB/lose');
    // (A noun or adjective where no figure follows stays one: "a lost cause".)
    expect(tagged('It was a lost cause.')).not.toContain('lost/VERB/lose');
  });
});
