import { describe, expect, it } from 'vitest';
import type { SourceRecord } from './dataset.ts';
import { affiliationGroups, eventTitle } from './labels.ts';

const untitled = (sentence: string) => ({
  title: '  ',
  type: 'statement' as const,
  start: '2022-09-21',
  end: '2022-09-21',
  precision: 'day' as const,
  sources: [
    {
      article: 'a',
      sentence,
      start: 0,
      end: sentence.length,
      timex: null,
      trigger: null,
      mentions: [],
    } satisfies SourceRecord,
  ],
});

describe('eventTitle', () => {
  it('falls back to the first sentence, cut to 80 characters', () => {
    const title = eventTitle(untitled(`${'word '.repeat(30)}end`));
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('never cuts the fallback inside an emoji', () => {
    // 79 code units of text would end inside the second half of the pair at 78–79.
    const title = eventTitle(untitled(`${'a'.repeat(78)}😀 and more text after it`));
    expect(title).toBe(`${'a'.repeat(78)}…`);
  });
});

describe('affiliationGroups', () => {
  it('puts parties, issuers and makers under their own headings, anything else under "Part of" with its role', () => {
    const groups = affiliationGroups([
      { actor: 'country:kosovo', role: 'party' },
      { actor: 'country:serbia', role: 'President' },
      { actor: 'country:serbia', role: 'party' },
      { actor: 'organization:nato', role: null },
      { actor: 'country:serbia', role: 'issuer' },
    ]);
    expect(groups.map((g) => [g.heading, g.showRole, g.affiliations.map((a) => a.actor)])).toEqual([
      ['Parties', false, ['country:kosovo', 'country:serbia']],
      ['Part of', true, ['country:serbia', 'organization:nato']],
      ['Issued by', false, ['country:serbia']],
    ]);
  });

  it('a role that only looks like a heading key stays a role ("constructor" is no heading)', () => {
    expect(affiliationGroups([{ actor: 'person:x', role: 'constructor' }])).toEqual([
      {
        heading: 'Part of',
        showRole: true,
        affiliations: [{ actor: 'person:x', role: 'constructor' }],
      },
    ]);
  });
});
