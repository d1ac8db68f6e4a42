import { describe, expect, it } from 'vitest';
import { checkManifest } from './check-chunks.ts';
import { checkDataset } from './check-dataset.ts';
import { EVENT_TYPES, LEGACY_EVENT_TYPES, V1_EVENT_TYPES } from './dataset.ts';
import { upgradeFormat, upgradeType } from './migrate.ts';
import { validateDataset } from './validate.ts';
import { validateChunk, validateManifest } from './validate-manifest.ts';

/** A version-1 event as `dateline build` wrote it before version 2. */
const v1Event = (id: string, type: string, future = false) => ({
  id,
  date: '2022-09-21',
  start: '2022-09-21',
  end: '2022-09-21',
  precision: 'day',
  title: 'Osmani met Stoltenberg',
  type,
  actors: ['country:kosovo'],
  future,
  sources: [
    {
      article: 'a1',
      sentence: 'Osmani met Stoltenberg on Wednesday.',
      start: 0,
      end: 36,
      timex: { start: 23, end: 35, text: 'on Wednesday', value: '2022-09-21' },
      mentions: [],
    },
  ],
});

const article = {
  id: 'a1',
  path: 'a.txt',
  title: 'Talks',
  published: '2022-09-22',
  outlet: null,
  place: null,
  url: null,
};

const V1_DATASET = {
  version: 1,
  generator: 'dateline 0.1.0',
  articles: [article],
  actors: [
    {
      id: 'country:kosovo',
      name: 'Kosovo',
      kind: 'country',
      aliases: [],
      affiliations: [],
      eventCount: 2,
    },
  ],
  events: [v1Event('e1', 'meeting'), v1Event('e2', 'legal', true)],
  redirects: {},
};

function upgraded(json: unknown, kind: 'dataset' | 'manifest' | 'chunk' = 'dataset') {
  const result = upgradeFormat(json, kind, 'data/dataset.json');
  if (!result.ok) throw new Error(result.error);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return result.value as any;
}

describe('upgradeFormat: version 1 is read as the current version', () => {
  it('converts a version-1 dataset into one both validators accept', () => {
    const d = upgraded(V1_DATASET);
    expect(d.version).toBe(4);
    expect(validateDataset(d).ok).toBe(true);
    expect(checkDataset(d).ok).toBe(true);
  });

  it('adds what version 1 did not record: explicit dates, no trigger, no merge evidence', () => {
    const [meeting, legal] = upgraded(V1_DATASET).events;
    expect(meeting).toMatchObject({
      type: 'consult',
      dateBasis: 'explicit',
      modality: 'asserted',
      merge: null,
    });
    expect(meeting.sources[0].trigger).toBeNull();
    expect(meeting.sources[0].timex.text).toBe('on Wednesday');
    // `future` stays, and gives the modality.
    expect(legal).toMatchObject({ type: 'other', future: true, modality: 'future' });
  });

  it('does not change its input', () => {
    const before = JSON.stringify(V1_DATASET);
    upgraded(V1_DATASET);
    expect(JSON.stringify(V1_DATASET)).toBe(before);
  });

  it('maps every version-1 type to a version-2 type, and only those', () => {
    for (const t of V1_EVENT_TYPES) expect(EVENT_TYPES).toContain(upgradeType(t));
    expect(upgradeType('meeting')).toBe('consult');
    expect(upgradeType('violence')).toBe('assault');
    expect(upgradeType('consult')).toBe('consult');
    expect(upgradeType('constructor')).toBe('constructor');
    expect(Object.keys(LEGACY_EVENT_TYPES).sort()).toEqual([...V1_EVENT_TYPES].sort());
  });

  it('leaves a broken version-1 event for the validator to name', () => {
    const d = upgraded({ ...V1_DATASET, events: [{ ...v1Event('e1', 'party') }, 'junk'] });
    const result = checkDataset(d);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'events.0.type: expected one of ' + EVENT_TYPES.join(', '),
      'events.1: expected object',
    ]);
    expect(validateDataset(d).ok).toBe(false);
  });

  it('regroups a version-1 manifest overview under the new types', () => {
    const oldTypes = [...V1_EVENT_TYPES];
    const counts = oldTypes.map((t) =>
      t === 'election' ? 2 : t === 'economy' ? 1 : t === 'meeting' ? 3 : 0,
    );
    const manifest = {
      version: 1,
      generator: 'x',
      extent: { start: '2022-09-01', end: '2022-09-30' },
      events: 6,
      articles: 1,
      chunks: [
        {
          file: 'events-2022.json',
          start: '2022-01-01',
          end: '2022-12-31',
          maxEnd: '2022-09-30',
          events: 6,
        },
      ],
      actors: 'actors.json',
      redirects: 'redirects.json',
      overview: { types: oldTypes, bins: [{ month: '2022-09', events: 6, types: counts }] },
    };
    const m = upgraded(manifest, 'manifest');
    expect(m.version).toBe(4);
    expect(m.overview.types).toEqual([...EVENT_TYPES]);
    const bin = m.overview.bins[0].types;
    expect(bin[EVENT_TYPES.indexOf('other')]).toBe(3); // election + economy
    expect(bin[EVENT_TYPES.indexOf('consult')]).toBe(3);
    expect(bin.reduce((a: number, b: number) => a + b, 0)).toBe(6);
    expect(validateManifest(m).ok).toBe(true);
    expect(checkManifest(m).ok).toBe(true);
  });

  it('converts the events of a version-1 chunk', () => {
    const chunk = {
      version: 1,
      start: '2022-01-01',
      end: '2022-12-31',
      events: [v1Event('e1', 'violence')],
      articles: [article],
    };
    const c = upgraded(chunk, 'chunk');
    expect(c.version).toBe(4);
    expect(c.events[0].type).toBe('assault');
    expect(validateChunk(c).ok).toBe(true);
  });

  it('passes a current file through untouched', () => {
    const current = upgraded(V1_DATASET);
    expect(upgradeFormat(current, 'dataset', 'x')).toEqual({ ok: true, value: current });
  });
});

describe('upgradeFormat: versions 2 and 3 are read as version 4', () => {
  it.each([2, 3])('a version-%i dataset, manifest and chunk are version 4 with an older number', (version) => {
    const v4 = upgraded(V1_DATASET);
    const older = { ...v4, version };
    expect(upgraded(older)).toEqual(v4);
    expect(validateDataset(upgraded(older)).ok).toBe(true);
    expect(upgraded({ version, events: [] }, 'chunk')).toEqual({ version: 4, events: [] });
    expect(upgraded({ version, chunks: [] }, 'manifest')).toEqual({ version: 4, chunks: [] });
  });

  it('the actor kinds added in versions 3 and 4 validate, and an unknown kind does not', () => {
    for (const [id, kind] of [
      ['agreement:brussels-agreement', 'agreement'],
      ['currency:serbian-dinar', 'currency'],
      ['commodity:brent-crude', 'commodity'],
      ['event:kosovo-war', 'event'],
      ['facility:jarinje-crossing', 'facility'],
    ] as const) {
      const withThing = upgraded({
        ...V1_DATASET,
        actors: [...V1_DATASET.actors, { id, name: id, kind, aliases: [], affiliations: [], eventCount: 0 }],
      });
      expect(validateDataset(withThing).ok, kind).toBe(true);
      expect(checkDataset(withThing).ok, kind).toBe(true);
    }
    const unknown = upgraded({ ...V1_DATASET, actors: [...V1_DATASET.actors, { id: 'ship:x', name: 'X', kind: 'ship', aliases: [], affiliations: [], eventCount: 0 }] });
    expect(validateDataset(unknown).ok).toBe(false);
    expect(checkDataset(unknown).ok).toBe(false);
  });
});

describe('upgradeFormat refuses other versions', () => {
  it.each([
    [{ ...V1_DATASET, version: 5 }, 'data/dataset.json has format version 5,'],
    [{ ...V1_DATASET, version: '2' }, 'data/dataset.json has format version "2",'],
    [{ ...V1_DATASET, version: undefined }, 'data/dataset.json has no format version,'],
    [[], 'data/dataset.json has no format version,'],
    [null, 'data/dataset.json has no format version,'],
  ])('%j', (json, start) => {
    const result = upgradeFormat(json, 'dataset', 'data/dataset.json');
    expect(result.ok).toBe(false);
    const error = !result.ok ? result.error : '';
    expect(error.startsWith(start)).toBe(true);
    expect(error).toContain('this app reads version 4 (and converts versions 1 to 3)');
    expect(error).toContain('Rebuild it with npm run build:data');
  });

  it('names the file it was given', () => {
    const result = upgradeFormat({ version: 9 }, 'manifest', 'data/chunks/manifest.json');
    expect(!result.ok && result.error).toMatch(
      /^data\/chunks\/manifest\.json has format version 9/,
    );
  });
});
