/** The per-article cap on events: the rest are cut and a warning says how many there were. */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../actors/kb.ts';
import { analyseBytes, modifiedDayMatters } from './file.ts';
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
