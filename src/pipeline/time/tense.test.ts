// Clause tense (tense.ts) and its effect on dates written without a year or week.
// 2000-04-03 Monday · 2000-04-05 Wednesday · 1999-05-07 Friday · 1998-03-22 Sunday.
import { describe, expect, it } from 'vitest';
import { clauseTense } from './tense.ts';
import { value } from './testing.ts';

const tenseOf = (text: string, expression: string): string => {
  const start = text.indexOf(expression);
  return clauseTense(text, start, start + expression.length);
};

describe('clause tense', () => {
  it('a participle after a future cue stays future', () => {
    expect(tenseOf('The dividend will be paid Dec. 14 to holders.', 'Dec. 14')).toBe('future');
    expect(tenseOf('The deal is expected to be completed by Dec. 15.', 'Dec. 15')).toBe('future');
  });

  it('deadlines and postponements point ahead, unless what follows is past', () => {
    expect(tenseOf('The bid was extended to Nov. 16.', 'Nov. 16')).toBe('future');
    expect(tenseOf('The group could come as soon as Tuesday.', 'Tuesday')).toBe('future');
    expect(tenseOf('Until Thursday, they had not called him a suspect.', 'Thursday')).toBe('past');
  });

  it('"a.m.", "U.S." and "Mr." do not end the clause', () => {
    expect(tenseOf('The father will leave at 4 a.m. EDT Thursday.', 'Thursday')).toBe('future');
    expect(tenseOf('The U.S. envoy will arrive Monday.', 'Monday')).toBe('future');
  });

  it('a plan that "had been" made is past', () => {
    expect(tenseOf('The offer had been scheduled to expire at midnight Friday.', 'Friday')).toBe('past');
  });

  it('"set to", "is to", "should", "takes effect"', () => {
    expect(tenseOf('The law takes effect Jan. 1.', 'Jan. 1')).toBe('future');
    expect(tenseOf('The peace process, set to resume Monday, is fragile.', 'Monday')).toBe('future');
    expect(tenseOf('The stock is to resume trading Tuesday.', 'Tuesday')).toBe('future');
    expect(tenseOf('The transaction should be completed in October.', 'October')).toBe('future');
  });
});

describe('dates resolved with the tense', () => {
  it('future clauses take the coming date', () => {
    expect(value('The dividend will be paid Dec. 14.', '1989-10-26')).toBe('1989-12-14');
    expect(value('The talks are supposed to conclude by May.', '1998-03-22')).toBe('1998-05');
    expect(value('The group could come as soon as Tuesday.', '2000-04-03')).toBe('2000-04-04');
    expect(value('The father will leave at 4 a.m. EDT Thursday.', '2000-04-05')).toBe('2000-04-06T04:00');
  });

  it('past clauses take the last one', () => {
    expect(value('Until Thursday, they had not called him a suspect.', '1999-05-07')).toBe('1999-05-06');
  });
});
