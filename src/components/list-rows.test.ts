import { describe, expect, it } from 'vitest';
import { indexOfId, rowsWithPinned } from './list-rows.ts';

describe('rowsWithPinned', () => {
  it('keeps the rows near the screen as they are when nothing is pinned outside them', () => {
    const near = [4, 5, 6, 7];
    expect(rowsWithPinned(near, [-1, -1])).toBe(near);
    expect(rowsWithPinned(near, [5, 7])).toBe(near);
  });

  it('adds a focused or selected row far from the screen, in list order, once', () => {
    expect(rowsWithPinned([40, 41, 42], [3, -1])).toEqual([3, 40, 41, 42]);
    expect(rowsWithPinned([40, 41, 42], [90, 3])).toEqual([3, 40, 41, 42, 90]);
    expect(rowsWithPinned([40, 41, 42], [90, 90])).toEqual([40, 41, 42, 90]);
    expect(rowsWithPinned([], [2])).toEqual([2]);
  });
});

describe('indexOfId', () => {
  const events = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('finds the place of an event in the list', () => {
    expect(indexOfId(events, 'c')).toBe(2);
  });
  it('answers -1 for no id and for an event not in the list', () => {
    expect(indexOfId(events, null)).toBe(-1);
    expect(indexOfId(events, 'z')).toBe(-1);
  });
});
