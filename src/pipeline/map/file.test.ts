/**
 * The per-article cap on events: the rest are cut and a warning says how many there were. Files
 * mapped together give each the outcome it gives alone.
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../actors/kb.ts';
import { readdirSync } from 'node:fs';
import { analyseBytes, mapFileBatch, mapFileBatchDirect, modifiedDayMatters } from './file.ts';
import { decodeOutcome } from './outcome.ts';

const kb = buildKnowledgeBase();
const body = Array.from({ length: 6 }, (_, i) => `On ${i + 1} March 2021 Kosovo and Serbia signed agreement number ${i + 1}.`).join(' ');
const bytes = Buffer.from(`date 2021-03-30 Six agreements\n\n${body}\n`);
const file = { fsPath: 'six.txt', displayPath: 'six.txt' };

describe('analyseBytes: events per article', () => {
  it('keeps every event under the cap, without a warning', () => {
    const { light, candidates } = decodeOutcome(analyseBytes(file, bytes, () => kb));
    expect(candidates.length).toBeGreaterThan(2);
    expect(light.records[0]!.warnings).toEqual([]);
  });

  it('cuts the events over the cap, in document order, and says so', () => {
    const all = decodeOutcome(analyseBytes(file, bytes, () => kb)).candidates;
    const { light, candidates } = decodeOutcome(analyseBytes(file, bytes, () => kb, 2));
    expect(candidates).toEqual(all.slice(0, 2));
    expect(light.records[0]!.warnings).toEqual([`${all.length} events found, only the first 2 kept`]);
  });
});

describe('modifiedDayMatters: the cache key of a file dated by its modification time', () => {
  const may5 = Date.UTC(2023, 4, 5, 12);
  it('is the UTC day for a .txt without the date header, whose date may come from it', () => {
    expect(modifiedDayMatters({ fsPath: 'a/notes.TXT', modifiedMs: may5 }, Buffer.from('Ceasefire talks resume\n\nDelegations met.'))).toBe('2023-05-05');
  });
  it('is null with the header, for other formats, and without a time', () => {
    expect(modifiedDayMatters({ fsPath: 'a.txt', modifiedMs: may5 }, bytes)).toBeNull();
    expect(modifiedDayMatters({ fsPath: 'a.txt', modifiedMs: may5 }, Buffer.from('\ufeffDate 2021-03-30 x\n\nBody.'))).toBeNull();
    expect(modifiedDayMatters({ fsPath: 'a.md', modifiedMs: may5 }, Buffer.from('no front matter'))).toBeNull();
    expect(modifiedDayMatters({ fsPath: 'a.txt' }, Buffer.from('no header'))).toBeNull();
  });
});

describe('files mapped together', () => {
  // The sample corpus (a file of one article, collections and feeds of many), a missing file among them.
  const names = readdirSync('data/articles').filter((n) => !n.endsWith('.md')).sort().slice(0, 20);
  const files = [...names.slice(0, 4), 'missing.txt', ...names.slice(4)].map((n) => ({ fsPath: `data/articles/${n}`, displayPath: n }));
  const cache = { dir: null, fingerprint: 'test' };

  it('give each file the outcome it gives alone, in order', () => {
    const together = mapFileBatch(files, () => kb, cache);
    expect(together.map((m) => m.text)).toEqual(files.map((f) => mapFileBatch([f], () => kb, cache)[0]!.text));
    expect(together[4]!.key).toBeNull(); // (the missing one: unreadable, no key)
    expect(together.filter((m) => decodeOutcome(m.text).candidates.length > 0).length).toBeGreaterThan(15);
  });

  it('give each file the same objects without the cache', () => {
    const together = mapFileBatchDirect(files, () => kb);
    expect(together).toEqual(files.map((f) => mapFileBatchDirect([f], () => kb)[0]));
    expect(together[4]!.light.problems[0]!.file).toBe('missing.txt');
  });
});
