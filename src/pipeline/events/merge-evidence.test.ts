import { describe, expect, it } from 'vitest';
import type { DateBasis, EventType, Modality } from '../../model/dataset.ts';
import { mergedDateBasis, mergedModality, mergeEvidence } from './merge-evidence.ts';

interface Options {
  start?: string;
  type?: EventType;
  actors?: string[];
  title?: string;
  trigger?: string | null;
  dateBasis?: DateBasis;
  modality?: Modality;
}

const member = ({
  start = '2022-09-21',
  type = 'consult',
  actors = ['a', 'b'],
  title = 'Osmani met Stoltenberg in Brussels',
  trigger = null,
  dateBasis = 'explicit',
  modality = 'asserted',
}: Options = {}) => ({
  interval: { start, end: start, precision: 'day' as const },
  type,
  actors,
  title,
  dateBasis,
  modality,
  source: { trigger: trigger === null ? null : { start: 0, end: trigger.length, text: trigger } },
});

describe('mergeEvidence', () => {
  it('is null for a single report', () => {
    expect(mergeEvidence([member()])).toBeNull();
  });

  it('gives every reason and the full score to two reports that agree on everything', () => {
    expect(mergeEvidence([member(), member()])).toEqual({
      score: 1,
      reasons: ['same-date', 'same-type', 'shared-actors:2', 'similar-predicate'],
    });
  });

  it('counts actors named by more than one report', () => {
    const evidence = mergeEvidence([
      member({ actors: ['a', 'b', 'c'] }),
      member({ actors: ['b', 'c', 'd'] }),
      member({ actors: ['e'] }),
    ]);
    expect(evidence?.reasons).toContain('shared-actors:2');
    // 0.4 date + 0.2 type + 0.25 × 2/5 actors + 0.15 × (titles identical: 1).
    expect(evidence?.score).toBe(0.85);
  });

  it('leaves out what the reports do not share', () => {
    const evidence = mergeEvidence([
      member({ type: 'consult', actors: ['a'], title: 'Leaders met in Brussels' }),
      member({ type: 'statement', actors: ['b'], title: 'Ministry commented on sanctions' }),
    ]);
    expect(evidence).toEqual({ score: 0.4, reasons: ['same-date'] });
  });

  it('compares trigger words when every report has one', () => {
    const signed = mergeEvidence([
      member({ trigger: 'signed', title: 'x' }),
      member({ trigger: 'signing', title: 'y' }),
    ]);
    expect(signed?.reasons).toContain('similar-predicate');
    const different = mergeEvidence([
      member({ trigger: 'signed' }),
      member({ trigger: 'rejected' }),
    ]);
    expect(different?.reasons).not.toContain('similar-predicate');
  });

  it('keeps the score within [0, 1] and to two decimals', () => {
    const evidence = mergeEvidence([
      member({ actors: ['a', 'b', 'c'] }),
      member({ actors: ['a'], title: 'Talks in Brussels' }),
    ])!;
    expect(evidence.score).toBeGreaterThanOrEqual(0);
    expect(evidence.score).toBeLessThanOrEqual(1);
    expect(Math.round(evidence.score * 100) / 100).toBe(evidence.score);
  });
});

describe('mergedDateBasis and mergedModality', () => {
  it('takes the most direct date basis', () => {
    expect(mergedDateBasis([{ dateBasis: 'publication' }, { dateBasis: 'relative' }])).toBe(
      'relative',
    );
    expect(mergedDateBasis([{ dateBasis: 'narrative' }, { dateBasis: 'explicit' }])).toBe(
      'explicit',
    );
    expect(mergedDateBasis([{ dateBasis: 'publication' }])).toBe('publication');
  });

  it('is asserted when any report asserts it, else scheduled, else possible', () => {
    expect(mergedModality([{ modality: 'future' }, { modality: 'asserted' }])).toBe('asserted');
    expect(mergedModality([{ modality: 'hypothetical' }, { modality: 'future' }])).toBe('future');
    expect(mergedModality([{ modality: 'hypothetical' }])).toBe('hypothetical');
  });
});
