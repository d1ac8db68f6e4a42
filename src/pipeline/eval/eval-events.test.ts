// eval-events on a small TimeML document written for this test, and the compromise adapter that
// `--compare` uses.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../events/triggers.ts';
import { makeCompromiseDoc, udPos } from './compromise-doc.ts';
import { evaluateEvents, formatEventErrors, formatEventEval, winkDoc } from './eval-events.ts';

// Gold: four events. The finder also tags "killed", "attack" and "planned" (left out of this
// gold on purpose: spurious) and not the copula "is", which TimeBank sometimes tags (missed).
const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Police <EVENT eid="e1" class="REPORTING">said</EVENT> the bomb <EVENT eid="e2" class="OCCURRENCE">exploded</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> and killed two guards. Security <EVENT eid="e3" class="STATE">is</EVENT> tight. Officials <EVENT eid="e4" class="I_STATE">believe</EVENT> the attack was planned.
</TEXT>
</TimeML>`;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-events-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'doc1.tml'), TML);
  return dir;
}

describe('evaluateEvents', () => {
  it('scores spans, classes and each class against the gold EVENTs', () => {
    const result = evaluateEvents(corpus(), 'wink-nlp', winkDoc, { minSeconds: 0 });
    const s = result.overall;
    expect(result.docs).toBe(1);
    expect(s.gold).toBe(4);
    // Found: said, exploded, believe; spurious: killed, attack, planned; missed: is.
    const found = result.alignments[0]!.pairs.map((p) => p.gold.text);
    expect(found).toEqual(['said', 'exploded', 'believe']);
    expect(result.alignments[0]!.missed.map((m) => m.text)).toEqual(['is']);
    expect(s.predicted).toBe(6);
    expect(s.relaxed.r).toBeCloseTo(3 / 4);
    expect(s.relaxed.p).toBeCloseTo(3 / 6);
    expect(s.type.accuracy).toBe(1);
    expect(result.byClass.REPORTING).toMatchObject({ gold: 1, found: 1, classF1: 1 });
    expect(result.byClass.STATE).toMatchObject({ gold: 1, found: 0 });
    // Class-aware OCCURRENCE: 1 gold (exploded) found among 3 predicted (exploded, killed, attack).
    expect(result.byClass.OCCURRENCE).toMatchObject({ gold: 1, found: 1, classR: 1 });
    expect(result.byClass.OCCURRENCE!.classP).toBeCloseTo(1 / 3);
    expect(result.mbPerSecond).toBeGreaterThan(0);
  });

  it('prints one table per tagger side by side, and the errors in context', () => {
    const dir = corpus();
    const a = evaluateEvents(dir, 'wink-nlp', winkDoc, { minSeconds: 0 });
    const b = evaluateEvents(dir, 'compromise', (body) => makeCompromiseDoc(body), {
      minSeconds: 0,
    });
    const table = formatEventEval(dir, [a, b]);
    expect(table).toMatch(/wink-nlp\s+compromise/);
    expect(table).toMatch(/^relaxed span\s+50\.0\s+75\.0\s+60\.0\s+[\d.]+\s+[\d.]+\s+[\d.]+$/m);
    expect(table).toMatch(/^OCCURRENCE \(1\)/m);
    expect(table).toMatch(/^speed, MB\/s, one core\s+\d+\.\d\d\s+\d+\.\d\d/m);
    const errors = formatEventErrors(a, 5);
    expect(errors).toContain(
      'MISSED    STATE      doc1   Friday and killed two guards. Security [is] tight. Officials believe the attack was',
    );
    expect(errors).toMatch(/SPURIOUS\s+OCCURRENCE doc1 .*\[killed\]/);
  });
});

describe('makeCompromiseDoc', () => {
  it('gives the same Doc shape: UD tags, lemmas, offsets into the body, tokens per sentence', () => {
    const body = 'The company said it had planned the takeover. Shares rose.';
    const doc = makeCompromiseDoc(body);
    for (const t of doc.tokens) expect(body.slice(t.start, t.end)).toBe(t.text);
    const said = doc.tokens.find((t) => t.text === 'said')!;
    expect(said).toMatchObject({ pos: 'VERB', lemma: 'say', sentence: 0 });
    expect(doc.tokens.find((t) => t.text === 'had')!.pos).toBe('AUX');
    expect(doc.sentenceTokens).toHaveLength(2);
    expect(doc.tokens[doc.sentenceTokens[1]![0]]!.text).toBe('Shares');
    expect(findTriggers(doc).map((t) => t.text)).toContain('takeover');
  });

  it('maps compromise tags to Universal Dependencies tags', () => {
    expect(udPos(['Verb', 'Auxiliary'])).toBe('AUX');
    expect(udPos(['Verb', 'PastTense'])).toBe('VERB');
    expect(udPos(['Noun', 'ProperNoun'])).toBe('PROPN');
    expect(udPos(['Noun', 'Pronoun'])).toBe('PRON');
    expect(udPos(['Adjective'])).toBe('ADJ');
  });
});
