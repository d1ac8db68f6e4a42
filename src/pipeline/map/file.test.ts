/** The per-article cap on events: the rest are cut and a warning says how many there were. */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../actors/kb.ts';
import { analyseBytes } from './file.ts';
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
