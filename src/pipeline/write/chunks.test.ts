import { describe, expect, it } from 'vitest';
import { DATASET_VERSION, EVENT_TYPES, type Dataset, type EventRecord } from '../../model/dataset.ts';
import { validateChunk, validateManifest } from '../../model/validate-manifest.ts';
import { chunkDataset, dayCounts, partitionDays, periodOf } from './chunks.ts';

/** `n` events starting on `day`, ids in order. */
function on(day: string, n: number, end = day): EventRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${day}-${String(i).padStart(6, '0')}`,
    date: day,
    start: day,
    end,
    precision: 'day',
    title: `Event ${i}`,
    type: EVENT_TYPES[i % EVENT_TYPES.length]!,
    actors: [],
    future: false,
    dateBasis: 'explicit',
    modality: 'asserted',
    merge: null,
    sources: [{ article: 'a1', sentence: 'x', start: 0, end: 1, timex: null, trigger: null, mentions: [] }],
  }));
}

function dataset(events: EventRecord[]): Dataset {
  return {
    version: DATASET_VERSION,
    generator: 'test',
    articles: [{ id: 'a1', path: 'a.txt', title: 'A', published: '2020-01-01', outlet: null, place: null, url: null }],
    actors: [],
    events,
    redirects: {},
  };
}

/** Every event index in exactly one part, in order. */
function expectExactCover(parts: { from: number; to: number }[], total: number): void {
  let next = 0;
  for (const p of parts) {
    expect(p.from).toBe(next);
    expect(p.to).toBeGreaterThan(p.from);
    next = p.to;
  }
  expect(next).toBe(total);
}

describe('partitionDays', () => {
  it('keeps a small build in one chunk per century', () => {
    const events = [...on('1999-05-01', 3), ...on('2008-02-17', 2), ...on('2022-09-21', 4)];
    const parts = partitionDays(dayCounts(events), 100);
    expect(parts.map((p) => p.file)).toEqual(['events-1900-1999.json', 'events-2000-2099.json']);
    expectExactCover(parts, events.length);
  });

  it('splits a crowded century into decades, years, months and days as needed', () => {
    const events = [...on('2001-03-04', 6), ...on('2008-02-17', 4), ...on('2008-02-18', 4), ...on('2008-07-01', 3), ...on('2015-01-01', 2)];
    const parts = partitionDays(dayCounts(events), 5);
    expect(parts.map((p) => [p.file, p.to - p.from])).toEqual([
      ['events-2001-03-04-p1.json', 5],
      ['events-2001-03-04-p2.json', 1],
      ['events-2008-02-17.json', 4],
      ['events-2008-02-18.json', 4],
      ['events-2008-07.json', 3],
      ['events-2010-2019.json', 2],
    ]);
    expectExactCover(parts, events.length);
    const feb = parts.find((p) => p.file === 'events-2008-02-17.json')!;
    expect([feb.start, feb.end]).toEqual(['2008-02-17', '2008-02-17']);
    expect(periodOf('2008-02-17', 'month')).toEqual({ label: '2008-02', start: '2008-02-01', end: '2008-02-29' });
  });

  it('covers every event exactly once for random day counts, and names are stable', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 20; round++) {
      const days = new Map<string, number>();
      for (let k = 0; k < 200; k++) {
        const day = `${1900 + Math.floor(random() * 130)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
        days.set(day, (days.get(day) ?? 0) + 1 + Math.floor(random() * 30));
      }
      const counts = [...days].sort(([a], [b]) => (a < b ? -1 : 1)) as [string, number][];
      const total = counts.reduce((n, [, k]) => n + k, 0);
      const parts = partitionDays(counts, 60);
      expectExactCover(parts, total);
      expect(new Set(parts.map((p) => p.file)).size).toBe(parts.length);
      expect(partitionDays(counts, 60)).toEqual(parts);
    }
  });
});

describe('chunkDataset', () => {
  it('writes a manifest and chunks that validate and agree', () => {
    const events = [...on('1969-07-20', 2, '1969-07-21'), ...on('2008-02-17', 3), ...on('2008-02-18', 1, '2008-12-31')];
    const { manifest, chunks } = chunkDataset(dataset(events), 4);
    const checked = validateManifest(JSON.parse(JSON.stringify(manifest)));
    expect(checked.ok, checked.ok ? '' : checked.errors.join('; ')).toBe(true);
    expect(manifest.extent).toEqual({ start: '1969-07-20', end: '2008-12-31' });
    expect(manifest.events).toBe(6);
    expect(manifest.overview.bins.map((b) => [b.month, b.events])).toEqual([['1969-07', 2], ['2008-02', 4]]);
    manifest.chunks.forEach((ref, i) => {
      const chunk = JSON.parse(JSON.stringify(chunks[i]!.chunk));
      const valid = validateChunk(chunk, ref);
      expect(valid.ok, valid.ok ? '' : valid.errors.join('; ')).toBe(true);
    });
    expect(chunks.flatMap((c) => c.chunk.events.map((e) => e.id))).toEqual(events.map((e) => e.id));
  });

  it('gives the same bytes for the same dataset', () => {
    const events = [...on('2010-01-01', 3), ...on('2011-05-05', 3)];
    expect(JSON.stringify(chunkDataset(dataset(events), 2))).toBe(JSON.stringify(chunkDataset(dataset(events), 2)));
  });

  it('an empty build has an empty manifest', () => {
    const { manifest, chunks } = chunkDataset(dataset([]));
    expect(chunks).toEqual([]);
    expect(manifest.extent).toBeNull();
    expect(validateManifest(manifest).ok).toBe(true);
  });
});
