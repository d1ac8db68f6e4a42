import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generate-dataset.ts';
import type { EventRecord } from '../model/dataset.ts';
import { joinEvents } from '../store/parts.ts';
import { timelineItems, type TimelineItem } from '../timeline/items.ts';
import { loadedItems, MAX_LANES, splitIntoLanes } from './timeline-items.ts';

/** Events with just their actors, and items that are their ids (all the split looks at). */
function setOf(actorsPerEvent: string[][]) {
  const events = actorsPerEvent.map((actors, i) => ({ id: `e${i}`, actors }) as EventRecord);
  const items = events.map((e) => ({ id: e.id }) as TimelineItem);
  return { events, items };
}
const ids = (items: readonly TimelineItem[]): string[] => items.map((i) => i.id);

describe('splitIntoLanes', () => {
  const { events, items } = setOf([['k', 's'], ['k'], ['s', 'eu'], ['nato'], []]);
  const own = (e: EventRecord): readonly string[] => e.actors;

  it('gives each actor its events, in the order selected, and the rest to "Others"', () => {
    const lanes = splitIntoLanes(events, items, ['s', 'k'], own);
    expect(lanes.map((l) => [l.actor, ids(l.items)])).toEqual([
      ['s', ['e0', 'e2']],
      ['k', ['e0', 'e1']],
      [null, ['e3', 'e4']],
    ]);
  });

  it('puts an event of two lane actors in both lanes, and has no "Others" when nothing is left', () => {
    const lanes = splitIntoLanes(events.slice(0, 3), items.slice(0, 3), ['k', 's'], own);
    expect(lanes.map((l) => l.actor)).toEqual(['k', 's']);
    expect(lanes.filter((l) => ids(l.items).includes('e0'))).toHaveLength(2);
  });

  it('counts events as the actor filter does (with affiliates, for what they belong to)', () => {
    // A minister of k counts for k when affiliates are on.
    const withMinister = setOf([['minister'], ['eu']]);
    const credited = (e: EventRecord): readonly string[] =>
      e.actors.flatMap((a) => (a === 'minister' ? ['minister', 'k'] : [a]));
    const lanes = splitIntoLanes(withMinister.events, withMinister.items, ['k'], credited);
    expect(lanes.map((l) => [l.actor, ids(l.items)])).toEqual([
      ['k', ['e0']],
      [null, ['e1']],
    ]);
  });

  it(`makes at most ${MAX_LANES} actor lanes; the events of later actors go to "Others"`, () => {
    const actors = Array.from({ length: MAX_LANES + 2 }, (_, i) => `a${i}`);
    const many = setOf(actors.map((a) => [a]));
    const lanes = splitIntoLanes(many.events, many.items, actors, own);
    expect(lanes).toHaveLength(MAX_LANES + 1);
    expect(ids(lanes.at(-1)!.items)).toEqual([`e${MAX_LANES}`, `e${MAX_LANES + 1}`]);
  });
});

describe('loadedItems', () => {
  const { events } = generateDataset(500, 4);
  const [a, b, c] = [events.slice(0, 200), events.slice(200, 350), events.slice(350)];

  it('gives events joined from chunks the items a plain array of them gets, each made once', () => {
    const joined = loadedItems(joinEvents([a, b, c]));
    expect(joined.map((i) => i.id)).toEqual(events.map((e) => e.id));
    // (The same objects as made for the events one by one: an event's item is made once.)
    expect(timelineItems(events).every((item, k) => item === joined[k])).toBe(true);
  });

  it('gives the items of the chunks loaded now, as chunks come and go', () => {
    const first = loadedItems(joinEvents([a, b]));
    const later = loadedItems(joinEvents([c, b]));
    expect(later.map((i) => i.id)).toEqual([...c, ...b].map((e) => e.id));
    expect(later.slice(c.length).every((item, k) => item === first[a.length + k])).toBe(true);
    // (Plain arrays, not joined from chunks, too.)
    expect(loadedItems([...b]).map((i) => i.id)).toEqual(b.map((e) => e.id));
  });
});
