/** Sources per event capped after merging (#13 item 2): the earliest reports kept, the cut named. */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../actors/kb.ts';
import { analyseArticle } from '../analyse.ts';
import type { RawArticle } from '../read/types.ts';
import { capSources, MAX_SOURCES_PER_EVENT } from './cap.ts';
import { mergeMonth } from './months.ts';

const kb = buildKnowledgeBase();
/** Article n reports the same signing, published on day n of March 2022. */
const report = (n: number): RawArticle => ({
  path: `r${n}.txt`,
  format: 'txt',
  title: `Report ${n}`,
  published: `2022-03-${String(n + 1).padStart(2, '0')}`,
  body: `Serbia and Kosovo signed an agreement in Brussels on 1 March 2022, correspondent ${n} wrote.`,
  outlet: null,
  place: null,
  url: null,
  dateline: null,
});
const candidates = (count: number) => Array.from({ length: count }, (_, n) => analyseArticle(report(n), kb).candidates).flat();

describe('sources per event', () => {
  it('defaults to a thousand', () => {
    expect(MAX_SOURCES_PER_EVENT).toBe(1_000);
  });

  it('a merged month keeps the first sources of an event over the cap and names the event in its summary', () => {
    const all = mergeMonth(candidates(5), ['k'], 10);
    expect(all.events).toHaveLength(1);
    expect(all.events[0]!.sources).toHaveLength(5);
    expect(all.summary.cut).toBeUndefined();

    const capped = mergeMonth(candidates(5), ['k'], 3);
    const [event] = capped.events;
    expect(event!.sources.map((s) => s.article)).toEqual(all.events[0]!.sources.slice(0, 3).map((s) => s.article));
    expect(capped.summary.cut).toEqual([{ event: event!.id, title: event!.title, sources: 5, kept: 3 }]);
    // The month file holds the capped event, and the signature tells the two apart (the chunk changes).
    expect(JSON.parse(capped.lines[0]!.split('\t')[3]!).sources).toHaveLength(3);
    expect(capped.lines[0]!.split('\t')[2]!.split(',')).toHaveLength(3);
    expect(capped.summary.signature).not.toBe(all.summary.signature);
    // What the event is stays the one all reports gave.
    expect({ ...event, sources: [] }).toEqual({ ...all.events[0], sources: [] });
  });

  it('leaves events at or under the cap as they are', () => {
    const events = mergeMonth(candidates(3), ['k']).events;
    const before = JSON.stringify(events);
    expect(capSources(events, 3)).toEqual([]);
    expect(JSON.stringify(events)).toBe(before);
  });
});
