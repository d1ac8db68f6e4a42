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

  it('leaves verbs outside names and one-word names as they are', () => {
    const text = 'Allied troops entered the city. Support arrived later.';
    const doc = makeDoc(text);
    const before = doc.tokens.map((t) => t.pos);
    tagNameTokens(doc, [mention(text, 'Support', 'organization:support')]);
    expect(doc.tokens.map((t) => t.pos)).toEqual(before);
  });
});
