import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventRecord } from './dataset.ts';
import type { EventChunk, Manifest } from './manifest.ts';
import { validateChunk, validateEvents, validateManifest } from './validate-manifest.ts';

const types = (consult: number): number[] => EVENT_TYPES.map((t) => (t === 'consult' ? consult : 0));

const MANIFEST: Manifest = {
  version: 4,
  generator: 'test',
  extent: { start: '2008-02-17', end: '2022-09-21' },
  events: 3,
  articles: 2,
  chunks: [
    { file: 'events-2008.json', start: '2008-01-01', end: '2008-12-31', maxEnd: '2008-02-29', events: 2 },
    { file: 'events-2022-09.json', start: '2022-09-01', end: '2022-09-30', maxEnd: '2022-09-21', events: 1 },
  ],
  actors: 'actors.json',
  redirects: 'redirects.json',
  overview: {
    types: [...EVENT_TYPES],
    bins: [
      { month: '2008-02', events: 2, types: types(2) },
      { month: '2022-09', events: 1, types: types(1) },
    ],
  },
};

const event = (id: string, start: string, end = start): EventRecord => ({
  id,
  date: start,
  start,
  end,
  precision: 'day',
  title: 'Talks',
  type: 'consult',
  actors: ['country:kosovo'],
  future: false,
  dateBasis: 'explicit',
  modality: 'asserted',
  merge: null,
  sources: [{ article: 'a1', sentence: 'Talks.', start: 0, end: 6, timex: null, trigger: { start: 0, end: 5, text: 'Talks' }, mentions: [] }],
});

const CHUNK: EventChunk = {
  version: 4,
  start: '2008-01-01',
  end: '2008-12-31',
  events: [event('e1', '2008-02-17'), event('e2', '2008-02-17', '2008-02-29')],
  articles: [{ id: 'a1', path: 'a.txt', title: 'A', published: '2008-02-18', outlet: null, place: null, url: null }],
};

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
function broken<T>(value: T, edit: (v: T) => void): T {
  const c = copy(value);
  edit(c);
  return c;
}

describe('validateManifest', () => {
  it('accepts a valid manifest', () => {
    expect(validateManifest(copy(MANIFEST))).toEqual({ ok: true, value: MANIFEST });
  });

  it.each([
    ['a wrong version', broken(MANIFEST, (m) => ((m as { version: number }).version = 5))],
    ['version 1 (converted by migrate.ts before it is checked)', broken(MANIFEST, (m) => ((m as { version: number }).version = 1))],
    ['a version-1 type in the overview', broken(MANIFEST, (m) => ((m.overview.types as string[])[1] = 'meeting'))],
    ['a chunk file name outside the pattern', broken(MANIFEST, (m) => (m.chunks[0]!.file = '../x.json'))],
    ['chunks out of order', broken(MANIFEST, (m) => m.chunks.reverse())],
    ['a chunk listed twice', broken(MANIFEST, (m) => (m.chunks[1]!.file = m.chunks[0]!.file))],
    ['counts that do not add up', broken(MANIFEST, (m) => (m.events = 4))],
    ['overview type counts that do not add up', broken(MANIFEST, (m) => (m.overview.bins[0]!.types = types(1)))],
    ['an extent that ends elsewhere', broken(MANIFEST, (m) => (m.extent!.end = '2030-01-01'))],
    ['a missing extent with events', broken(MANIFEST, (m) => (m.extent = null))],
    ['an empty chunk', broken(MANIFEST, (m) => (m.chunks[1]!.events = 0))],
  ])('rejects %s', (_what, value) => {
    const result = validateManifest(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('validateChunk', () => {
  it('accepts a chunk matching its manifest entry', () => {
    expect(validateChunk(copy(CHUNK), MANIFEST.chunks[0]).ok).toBe(true);
  });

  it.each([
    ['an event outside the period', broken(CHUNK, (c) => (c.events[1]!.start = c.events[1]!.date = '2009-01-01'))],
    ['events out of order', broken(CHUNK, (c) => c.events.reverse())],
    ['a source citing an article not in the chunk', broken(CHUNK, (c) => (c.articles = []))],
    ['a malformed event', broken(CHUNK, (c) => ((c.events[0] as { type: string }).type = 'party'))],
    ['an event without a date basis', broken(CHUNK, (c) => delete (c.events[0] as Partial<EventRecord>).dateBasis)],
  ])('rejects %s', (_what, value) => {
    expect(validateChunk(value, MANIFEST.chunks[0]).ok).toBe(false);
  });

  it('rejects a chunk that disagrees with its manifest entry', () => {
    expect(validateChunk(copy(CHUNK), { ...MANIFEST.chunks[0]!, events: 3 }).ok).toBe(false);
    expect(validateChunk(copy(CHUNK), { ...MANIFEST.chunks[0]!, maxEnd: '2008-02-17' }).ok).toBe(false);
  });

  it('validateEvents checks events one by one', () => {
    expect(validateEvents([event('e1', '2008-02-17')]).ok).toBe(true);
    expect(validateEvents([{ ...event('e1', '2008-02-17'), sources: [] }]).ok).toBe(false);
  });
});
