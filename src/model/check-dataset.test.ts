import { describe, expect, it } from 'vitest';
import { checkDataset } from './check-dataset.ts';
import { validateDataset } from './validate.ts';
import { changedDataset as broken, VALID_DATASET as VALID } from './valid-dataset.fixture.ts';

const BROKEN: [string, unknown][] = [
  ['not an object', 'dataset'],
  ['an array', []],
  ['another version', broken((d) => (d.version = 5))],
  ['version 1 (read through migrate.ts, not by the validators)', broken((d) => (d.version = 1))],
  ['no events', broken((d) => delete d.events)],
  ['a bare event', broken((d) => (d.events = [{ id: 'x' }]))],
  ['a bad day', broken((d) => (d.events[0].start = '2008-2-1'))],
  ['an unknown precision', broken((d) => (d.events[0].precision = 'hour'))],
  ['an unknown type', broken((d) => (d.events[0].type = 'party'))],
  ['an unknown actor kind', broken((d) => (d.actors[0].kind = 'planet'))],
  ['a date source that is not text', broken((d) => (d.articles[0].publishedFrom = 7))],
  ['a javascript link', broken((d) => (d.articles[0].url = 'javascript:alert(1)'))],
  ['a negative offset', broken((d) => (d.events[0].sources[0].start = -1))],
  ['a fractional offset', broken((d) => (d.events[0].sources[0].timex.end = 1.5))],
  ['no sources', broken((d) => (d.events[0].sources = []))],
  ['a string future', broken((d) => (d.events[0].future = 'no'))],
  ['a version-1 type', broken((d) => (d.events[0].type = 'meeting'))],
  ['an unknown date basis', broken((d) => (d.events[0].dateBasis = 'guessed'))],
  ['no date basis', broken((d) => delete d.events[0].dateBasis)],
  ['an unknown modality', broken((d) => (d.events[0].modality = 'rumoured'))],
  ['no modality', broken((d) => delete d.events[0].modality)],
  ['no merge', broken((d) => delete d.events[0].merge)],
  ['a merge score above 1', broken((d) => (d.events[0].merge.score = 1.5))],
  ['a negative merge score', broken((d) => (d.events[0].merge.score = -0.1))],
  ['a merge score as a string', broken((d) => (d.events[0].merge.score = '0.5'))],
  ['a merge reason that is not text', broken((d) => (d.events[0].merge.reasons = [1]))],
  ['merge reasons that are not a list', broken((d) => (d.events[0].merge.reasons = 'same-date'))],
  ['no trigger', broken((d) => delete d.events[0].sources[0].trigger)],
  ['a trigger without text', broken((d) => delete d.events[0].sources[0].trigger.text)],
  ['a trigger with a negative offset', broken((d) => (d.events[0].sources[0].trigger.start = -2))],
  ['an empty id', broken((d) => (d.actors[0].id = ''))],
  ['a short date', broken((d) => (d.events[0].date = '08'))],
  ['a number redirect', broken((d) => (d.redirects.old = 1))],
  ['an unknown actor', broken((d) => (d.events[0].actors = ['person:nobody']))],
  ['an unknown article', broken((d) => (d.events[0].sources[0].article = 'zz'))],
  ['an inverted interval', broken((d) => (d.events[0].end = '2008-01-01'))],
  ['a dangling redirect', broken((d) => (d.redirects.old = 'gone'))],
  ['an origin line of 0', broken((d) => (d.events[0].sources[0].origin = { line: 0 }))],
  ['an origin with two places', broken((d) => (d.events[0].sources[0].origin = { line: 3, page: 1 }))],
  ['an origin of an unknown kind', broken((d) => (d.events[0].sources[0].origin = { column: 2 }))],
  ['an origin that is text', broken((d) => (d.events[0].sources[0].origin = 'line 3'))],
  [
    'a null mention actor of a bad type',
    broken((d) => (d.events[0].sources[0].mentions[0].actor = 3)),
  ],
];

describe('checkDataset agrees with the zod schema', () => {
  it('accepts a valid dataset, with optional nulls', () => {
    expect(checkDataset(VALID)).toEqual({ ok: true, dataset: VALID });
    const nulls = broken((d) => {
      d.articles[0].url = null;
      d.events[0].sources[0].timex = null;
      d.events[0].sources[0].trigger = null;
      d.events[0].merge = null;
    });
    expect(checkDataset(nulls).ok).toBe(true);
    for (const origin of [{ line: 3 }, { page: 2 }, { paragraph: 7 }]) {
      const placed = broken((d) => (d.events[0].sources[0].origin = origin));
      expect(checkDataset(placed).ok).toBe(true);
      expect(validateDataset(placed).ok).toBe(true);
    }
    expect(validateDataset(nulls).ok).toBe(true);
  });

  it('accepts an article with where its date came from, and one without (datasets before the field)', () => {
    const withSource = broken((d) => (d.articles[0].publishedFrom = 'file name'));
    expect(checkDataset(withSource)).toEqual({ ok: true, dataset: withSource });
    expect(validateDataset(withSource).ok).toBe(true);
    const without = broken((d) => delete d.articles[0].publishedFrom);
    expect(checkDataset(without).ok).toBe(true);
    expect(validateDataset(without).ok).toBe(true);
  });

  it.each(BROKEN)('rejects %s, as validateDataset does', (_what, data) => {
    const light = checkDataset(data);
    expect(light.ok).toBe(false);
    expect(validateDataset(data).ok).toBe(false);
    expect(!light.ok && light.errors.length).toBeGreaterThan(0);
  });

  it('names the path of the problem', () => {
    const result = checkDataset(broken((d) => (d.events[0].start = 'soon')));
    expect(result).toEqual({ ok: false, errors: ['events.0.start: expected YYYY-MM-DD'] });
  });

  it('reports at most five problems', () => {
    const many = broken((d) => (d.events = Array.from({ length: 20 }, () => ({}))));
    const result = checkDataset(many);
    expect(!result.ok && result.errors).toHaveLength(5);
  });
});
