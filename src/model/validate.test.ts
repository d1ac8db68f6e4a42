import { describe, expect, it } from 'vitest';
import { validateDataset, validateDatasetSchema } from './validate.ts';
import { changedDataset as changed, VALID_DATASET as VALID } from './valid-dataset.fixture.ts';

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
