import { describe, expect, it } from 'vitest';
import { makeDoc } from '../text/doc.ts';
import type { ActorMention } from './context.ts';
import { tagNameTokens } from './name-tokens.ts';

function mention(text: string, name: string, actor: string): ActorMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, actor, kind: 'operation' };
}

describe('tagNameTokens', () => {
  it('makes a capitalised verb inside a name of several words a proper noun, with its own text as lemma', () => {
    const text = 'Operation Allied Force began on March 24.';
    const doc = makeDoc(text);
    const allied = doc.tokens.find((t) => t.text === 'Allied')!;
    expect(allied.pos).toBe('VERB'); // what wink says: the reason for this pass
    tagNameTokens(doc, [mention(text, 'Operation Allied Force', 'operation:operation-allied-force')]);
    expect(allied.pos).toBe('PROPN');
    expect(allied.lemma).toBe('allied');
    // The verb of the sentence is left alone.
    expect(doc.tokens.find((t) => t.text === 'began')!.pos).toBe('VERB');
  });

  it('makes a one-word name read as a verb a proper noun ("Ford says", wink: "to ford")', () => {
    const text = 'For the first half of 2012, Ford says it sold more trucks than ever.';
    const doc = makeDoc(text);
    const ford = doc.tokens.find((t) => t.text === 'Ford')!;
    expect(ford.pos).toBe('VERB'); // what wink says
    tagNameTokens(doc, [{ ...mention(text, 'Ford', 'organization:ford'), kind: 'organization' }]);
    expect(ford.pos).toBe('PROPN');
    expect(doc.tokens.find((t) => t.text === 'says')!.pos).toBe('VERB');
  });

  it('leaves a one-word name that opens its sentence with no verb after it (it may be an imperative)', () => {
    const text = 'Ford the river at dawn.';
    const doc = makeDoc(text);
    const before = doc.tokens.map((t) => t.pos);
    expect(before[0]).toBe('VERB');
    tagNameTokens(doc, [{ ...mention(text, 'Ford', 'organization:ford'), kind: 'organization' }]);
    expect(doc.tokens.map((t) => t.pos)).toEqual(before);
  });

  it('leaves verbs outside names and one-word names as they are', () => {
    const text = 'Allied troops entered the city. Support arrived later.';
    const doc = makeDoc(text);
    const before = doc.tokens.map((t) => t.pos);
    tagNameTokens(doc, [mention(text, 'Support', 'organization:support')]);
    expect(doc.tokens.map((t) => t.pos)).toEqual(before);
  });
});
