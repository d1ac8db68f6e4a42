// Dates named in words (rules-named.ts). Holidays checked with `date -d`: Thanksgiving 1999 =
// Thursday 1999-11-25 · Election Day 1998 = Tuesday 1998-11-03 · Easter 2000 = Sunday 2000-04-23
// (ISO week 16).
import { describe, expect, it } from 'vitest';
import { pairs, triples, value } from './testing.ts';

describe('holidays', () => {
  it('Thanksgiving is the fourth Thursday of November, of the year the tense points to', () => {
    expect(pairs('Elian was found Thanksgiving Day clinging to an inner tube.', '2000-01-07')).toEqual([
      ['Thanksgiving Day', '1999-11-25'],
    ]);
    expect(value('He was rescued last Thanksgiving after the boat capsized.', '2000-02-10')).toBe('1999-11-25');
  });

  it('Election Day, Easter week, Christmas', () => {
    expect(pairs('It is a theme from now to Election Day.', '1998-10-26')).toEqual([
      ['now', 'PRESENT_REF'],
      ['Election Day', '1998-11-03'],
    ]);
    expect(value('Protesters prayed as Easter week began.', '2000-04-17')).toBe('2000-W16');
    expect(value('Christmas sales were strong.', '2007-01-18')).toBe('2006-12-25');
    expect(value('The shops close on Christmas Eve.', '2007-01-18')).toBe('2006-12-24');
  });

  it('holiday words inside names are not dates', () => {
    expect(pairs('He flew to Christmas Island.', '2007-01-18')).toEqual([]);
  });
});

describe('years and decades in words (broadcast transcripts)', () => {
  it('spoken years, alone and after a month', () => {
    expect(pairs('Atlanta, nineteen ninety-six. A bomb blast shocks the games.', '1998-02-27')).toEqual([
      ['nineteen ninety-six', '1996'],
    ]);
    expect(pairs('January nineteen ninety-seven. Atlanta again.', '1998-02-27')).toEqual([
      ['January nineteen ninety-seven', '1997-01'],
    ]);
    expect(triples('His promise to halve unemployment by the year two thousand was dropped.', '1998-02-05')).toEqual([
      ['the year two thousand', 'DATE', '2000'],
    ]);
  });

  it('counts are not years', () => {
    expect(pairs('Nineteen ninety people attended.', '1998-02-27')).toEqual([]);
  });

  it('decades in words need "the" ("in their forties" is an age)', () => {
    expect(value('Hate group numbers dropped through the nineties.', '1998-03-03')).toBe('199');
    expect(value('Music of the early sixties is back.', '1998-03-03')).toBe('196');
    expect(pairs('Both men are in their forties.', '1998-03-03')).toEqual([]);
  });
});
