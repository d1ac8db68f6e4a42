import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset.ts';
import { validateDataset, validateDatasetSchema } from './validate.ts';

const VALID: Dataset = {
  version: 2,
  generator: 'test',
  articles: [{ id: 'a1', path: 'a.txt', title: 'Headline', published: '2008-02-17', outlet: null, place: 'Pristina', url: 'https://example.org/a' }],
  actors: [{ id: 'country:kosovo', name: 'Kosovo', kind: 'country', aliases: ['Kosova'], affiliations: [{ actor: 'organization:x', role: null }], eventCount: 1 }],
  events: [
    {
      id: 'e1',
      date: '2008-02',
      start: '2008-02-01',
      end: '2008-02-29',
      precision: 'month',
      title: 'Declaration',
      type: 'statement',
      actors: ['country:kosovo'],
      future: false,
      dateBasis: 'explicit',
      modality: 'asserted',
      merge: { score: 0.8, reasons: ['same-date'] },
      sources: [
        {
          article: 'a1',
          sentence: 'Kosovo declared independence in February 2008.',
          start: 0,
          end: 47,
          timex: { start: 32, end: 45, text: 'February 2008', value: '2008-02' },
          trigger: { start: 7, end: 15, text: 'declared' },
          mentions: [{ start: 0, end: 6, actor: 'country:kosovo' }],
        },
      ],
    },
  ],
  redirects: { old: 'e1' },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
function changed(change: (d: Json) => void): unknown {
  const copy: Json = structuredClone(VALID);
  change(copy);
  return copy;
}

const CASES: [string, unknown][] = [
  ['valid', VALID],
  ['valid with nulls', changed((d) => { d.articles[0].url = null; d.events[0].merge = null; d.events[0].sources[0].timex = null; })],
  ['valid with an unknown field', changed((d) => (d.events[0].extra = 1))],
  ['not an object', 'dataset'],
  ['another version', changed((d) => (d.version = 3))],
  ['no events', changed((d) => delete d.events)],
  ['a bad day', changed((d) => (d.events[0].start = '2008-2-1'))],
  ['a fractional offset', changed((d) => (d.events[0].sources[0].start = 1.5))],
  ['a score above 1', changed((d) => (d.events[0].merge.score = 2))],
  ['a missing trigger', changed((d) => delete d.events[0].sources[0].trigger)],
  ['no sources', changed((d) => (d.events[0].sources = []))],
  ['an unknown actor', changed((d) => (d.events[0].actors = ['person:nobody']))],
  ['a dangling redirect', changed((d) => (d.redirects.old = 'gone'))],
];

describe('validateDataset', () => {
  it.each(CASES)('decides %s as the zod schema does, with its words', (_what, data) => {
    const schema = validateDatasetSchema(data);
    const result = validateDataset(data);
    expect(result.ok).toBe(schema.ok);
    if (!schema.ok) expect(result).toEqual(schema);
  });
});
