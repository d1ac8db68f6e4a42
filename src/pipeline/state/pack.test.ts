import { describe, expect, it } from 'vitest';
import type { LightRecord } from '../map/outcome.ts';
import { packFile, Tables, unpackFile } from './pack.ts';
import type { FileEntry } from './store.ts';

const actor = (n: number) => ({ id: `person:p-${n}`, name: `P ${n}`, kind: 'person' as const, aliases: [`P${n}`], affiliations: [] });

function record(n: number, extra: Partial<LightRecord> = {}): LightRecord {
  return {
    warnings: [],
    path: 'dir/a.jsonl#2',
    hash: `h${n}`,
    article: { id: `ah${n}`, path: 'dir/a.jsonl#2', title: 'T', published: '2020-01-01', outlet: null, place: null, url: null },
    discovered: [actor(n), actor(n + 1)],
    mentions: [{ actor: `person:p-${n}`, text: `P ${n}` }],
    bodyChars: 10,
    months: ['2020-01'],
    record: 2,
    ...extra,
  };
}

function entry(records: LightRecord[]): FileEntry {
  return { fsPath: '/in/dir/a.jsonl', displayPath: 'dir/a.jsonl', stamp: '1:2:3', key: 'k1', light: { problems: [], records } };
}

/** Pack with `tables`, then unpack with tables rebuilt from their JSON (as a later build does). */
function roundTrip(e: FileEntry, tables: Tables): FileEntry {
  const line = packFile(e, tables);
  const json = tables.toJSON();
  return unpackFile(JSON.parse(line), line, new Tables(json.actors, json.mentions, json.roots));
}

describe('build state packing', () => {
  it('restores every field of every record, left-out paths and hashes included', () => {
    const e = entry([
      record(1),
      record(2, { path: 'elsewhere.txt' }),
      { record: 3, error: 'line is not valid JSON', warnings: [] },
      { record: 4, warnings: ['w'], path: 'dir/a.jsonl#4', hash: 'h4', analysisError: 'could not be analysed (x)' },
    ]);
    const back = roundTrip(e, new Tables([], []));
    const { packed, ...rest } = back;
    expect(packed).toBeTypeOf('string');
    expect(JSON.parse(JSON.stringify(rest))).toEqual(JSON.parse(JSON.stringify(e)));
    expect(back.light.records.map((r) => [r.record, r.path, r.hash])).toEqual(e.light.records.map((r) => [r.record, r.path, r.hash]));
  });

  it('stores each distinct actor and mention once, and shares them on reading', () => {
    const tables = new Tables([], []);
    packFile(entry([record(1), record(1), record(2)]), tables);
    const json = tables.toJSON();
    expect(json.actors).toHaveLength(3);
    expect(json.mentions).toHaveLength(2);
    expect(json.roots).toEqual(['/in/']);
    const read = new Tables(json.actors, json.mentions, json.roots);
    const back = unpackFile(JSON.parse(packFile(entry([record(1), record(1)]), read)), '', read);
    expect(back.light.records[0]!.discovered![0]).toBe(back.light.records[1]!.discovered![0]);
  });

  it('rebuilds the tables once most of their entries are unused', () => {
    const tables = new Tables([], []);
    for (let n = 0; n < 3000; n += 2) packFile(entry([record(n)]), tables);
    expect(tables.toJSON().actors.length).toBeGreaterThan(2000);
    const live = [entry([record(10)])];
    const fresh = tables.compacted(live);
    expect(fresh).not.toBeNull();
    expect(fresh!.toJSON().actors).toHaveLength(2);
    expect(new Tables([], []).compacted(live)).toBeNull();
  });
});
