import { describe, expect, it } from 'vitest';
import { makeDoc, type Token } from '../text/doc.ts';
import { thirdPerson, verbForm, type VerbForm } from './verbs.ts';

/** A verb token as the tagger would give it: only text and lemma matter to verbForm. */
function verb(text: string, lemma: string): Token {
  return { start: 0, end: text.length, text, lower: text.toLowerCase(), lemma, pos: 'VERB', sentence: 0 };
}

describe('verbForm', () => {
  it.each<[string, string, VerbForm]>([
    // base form: text is the lemma
    ['announce', 'announce', 'base'],
    ['launch', 'launch', 'base'],
    ['have', 'have', 'base'],
    ['do', 'do', 'base'],
    // third person singular present
    ['announces', 'announce', 's'],
    ['launches', 'launch', 's'],
    ['carries', 'carry', 's'],
    ['goes', 'go', 's'],
    ['is', 'be', 's'],
    ['has', 'have', 's'],
    ['does', 'do', 's'],
    // non-third-person present of the irregulars
    ['are', 'be', 'base'],
    ['am', 'be', 'base'],
    // -ing participle
    ['announcing', 'announce', 'ing'],
    ['running', 'run', 'ing'],
    ['buying', 'buy', 'ing'],
    // past tense / past participle, regular and irregular
    ['announced', 'announce', 'past'],
    ['carried', 'carry', 'past'],
    ['sold', 'sell', 'past'],
    ['went', 'go', 'past'],
    ['was', 'be', 'past'],
    ['were', 'be', 'past'],
    ['had', 'have', 'past'],
    ['did', 'do', 'past'],
    ['taken', 'take', 'past'],
  ])('%s (lemma %s) is %s', (text, lemma, form) => {
    expect(verbForm(verb(text, lemma))).toBe(form);
  });

  it('is case-insensitive on the text (sentence-initial verbs)', () => {
    expect(verbForm(verb('Announced', 'announce'))).toBe('past');
    expect(verbForm(verb('Launching', 'launch'))).toBe('ing');
    expect(verbForm(verb('Says', 'say'))).toBe('s');
    expect(verbForm(verb('Resign', 'resign'))).toBe('base');
  });

  it('a lemma that itself ends in "-ing" is not an -ing form ("bring", "sing")', () => {
    expect(verbForm(verb('bring', 'bring'))).toBe('base');
    expect(verbForm(verb('brings', 'bring'))).toBe('s');
    expect(verbForm(verb('bringing', 'bring'))).toBe('ing');
    expect(verbForm(verb('brought', 'bring'))).toBe('past');
  });

  it('works on the tokens the shared document makes', () => {
    const body =
      'The regulator has approved the merger and the companies are closing it, having announced it in May.';
    const doc = makeDoc(body);
    const form = (w: string): VerbForm => verbForm(doc.tokens.find((t) => t.text === w)!);
    expect(form('approved')).toBe('past');
    expect(form('has')).toBe('s');
    expect(form('are')).toBe('base');
    expect(form('closing')).toBe('ing');
    expect(form('announced')).toBe('past');
  });
});

describe('thirdPerson', () => {
  it.each([
    ['say', 'says'],
    ['announce', 'announces'],
    ['sign', 'signs'],
    ['play', 'plays'],
    ['launch', 'launches'],
    ['push', 'pushes'],
    ['pass', 'passes'],
    ['fix', 'fixes'],
    ['veto', 'vetoes'],
    ['carry', 'carries'],
    ['rally', 'rallies'],
    ['deny', 'denies'],
    ['be', 'is'],
    ['have', 'has'],
    ['do', 'does'],
    ['go', 'goes'],
    ['undergo', 'undergoes'],
  ])('%s → %s', (lemma, expected) => {
    expect(thirdPerson(lemma)).toBe(expected);
  });

  it('round-trips with verbForm: the third person of a lemma is recognised as "s"', () => {
    for (const lemma of [
      'say',
      'launch',
      'carry',
      'buy',
      'approve',
      'go',
      'have',
      'do',
      'be',
      'veto',
      'fix',
      'deny',
    ]) {
      expect(verbForm(verb(thirdPerson(lemma), lemma)), lemma).toBe('s');
    }
  });
});
