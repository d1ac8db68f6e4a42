import { describe, expect, it } from 'vitest';
import { checkDataset } from './check-dataset.ts';
import type { Dataset } from './dataset.ts';
import { validateDataset } from './validate.ts';

const VALID: Dataset = {
  version: 1,
  generator: 'test',
  articles: [
    {
      id: 'a1',
      path: 'a.txt',
      title: 'Headline',
      published: '2008-02-17',
      outlet: null,
      place: 'Pristina',
      url: 'https://example.org/a',
    },
  ],
  actors: [
    {
      id: 'country:kosovo',
      name: 'Kosovo',
      kind: 'country',
      aliases: ['Kosova'],
      affiliations: [{ actor: 'organization:x', role: null }],
      eventCount: 1,
    },
  ],
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
      sources: [
        {
          article: 'a1',
          sentence: 'Kosovo declared independence in February 2008.',
          start: 0,
          end: 47,
          timex: { start: 32, end: 45, text: 'February 2008', value: '2008-02' },
          mentions: [{ start: 0, end: 6, actor: 'country:kosovo' }],
        },
      ],
    },
  ],
  redirects: { old: 'e1' },
};

/** Loosely typed JSON, so tests can break any field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A deep copy of VALID changed by `change`. */
function broken(change: (d: Json) => void): unknown {
  const copy: Json = structuredClone(VALID);
  change(copy);
  return copy;
}

const BROKEN: [string, unknown][] = [
  ['not an object', 'dataset'],
  ['an array', []],
  ['another version', broken((d) => (d.version = 2))],
  ['no events', broken((d) => delete d.events)],
  ['a bare event', broken((d) => (d.events = [{ id: 'x' }]))],
  ['a bad day', broken((d) => (d.events[0].start = '2008-2-1'))],
  ['an unknown precision', broken((d) => (d.events[0].precision = 'hour'))],
  ['an unknown type', broken((d) => (d.events[0].type = 'party'))],
  ['an unknown actor kind', broken((d) => (d.actors[0].kind = 'planet'))],
  ['a javascript link', broken((d) => (d.articles[0].url = 'javascript:alert(1)'))],
  ['a negative offset', broken((d) => (d.events[0].sources[0].start = -1))],
  ['a fractional offset', broken((d) => (d.events[0].sources[0].timex.end = 1.5))],
  ['no sources', broken((d) => (d.events[0].sources = []))],
  ['a string future', broken((d) => (d.events[0].future = 'no'))],
  ['an empty id', broken((d) => (d.actors[0].id = ''))],
  ['a short date', broken((d) => (d.events[0].date = '08'))],
  ['a number redirect', broken((d) => (d.redirects.old = 1))],
  ['an unknown actor', broken((d) => (d.events[0].actors = ['person:nobody']))],
  ['an unknown article', broken((d) => (d.events[0].sources[0].article = 'zz'))],
  ['an inverted interval', broken((d) => (d.events[0].end = '2008-01-01'))],
  ['a dangling redirect', broken((d) => (d.redirects.old = 'gone'))],
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
    });
    expect(checkDataset(nulls).ok).toBe(true);
    expect(validateDataset(nulls).ok).toBe(true);
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
