import { describe, expect, it } from 'vitest';
import { makeTitle } from './title.ts';

/** makeTitle with the date phrase located by its text. */
function title(clause: string, dateText?: string): string {
  if (!dateText) return makeTitle(clause, null);
  const start = clause.indexOf(dateText);
  expect(start, dateText).toBeGreaterThanOrEqual(0);
  return makeTitle(clause, { start, end: start + dateText.length });
}

describe('makeTitle', () => {
  it('drops the date with its preposition', () => {
    expect(title('They met on Wednesday', 'Wednesday')).toBe('They met');
    expect(
      title(
        'In February 2008, Kosovo unilaterally declared independence from Serbia',
        'February 2008',
      ),
    ).toBe('Kosovo unilaterally declared independence from Serbia');
    expect(title('Yesterday the parliament voted to dissolve itself', 'Yesterday')).toBe(
      'The parliament voted to dissolve itself',
    );
  });

  it('drops a range with its "from" / "between"', () => {
    expect(title('Leaders met in Cornwall from June 11 to June 13', 'June 11 to June 13')).toBe(
      'Leaders met in Cornwall',
    );
    expect(title('Germany and France signed a pact between 2009 and 2010', '2009 and 2010')).toBe(
      'Germany and France signed a pact',
    );
  });

  it('keeps a date inside a noun phrase', () => {
    expect(title('Tensions rose after a summer of protests', 'summer')).toBe(
      'Tensions rose after a summer of protests',
    );
  });

  it('drops a trailing attribution', () => {
    expect(
      title('Serbia closed the border crossings on Wednesday, the ministry said', 'Wednesday'),
    ).toBe('Serbia closed the border crossings');
    expect(
      title('Serbia closed two border crossings, the interior ministry said on Thursday.'),
    ).toBe('Serbia closed two border crossings');
  });

  it('drops a leading attribution when the news follows', () => {
    expect(title('Officials said that the border would reopen')).toBe('The border would reopen');
  });

  it('keeps the subject when the attribution is all there is ("announced in a video")', () => {
    expect(
      title(
        'Kosovo Prime Minister Albin Kurti announced in a social media video on September 1',
        'September 1',
      ),
    ).toBe('Kosovo Prime Minister Albin Kurti announced in a social media video');
  });

  it('keeps the attribution when too little would remain', () => {
    expect(title('Serbia protested, the ministry said')).toBe(
      'Serbia protested, the ministry said',
    );
  });

  it('at most 12 words, then an ellipsis', () => {
    const long =
      'The meeting took place following a summer of tensions between Kosovo authorities and the Serb minority';
    expect(title(long)).toBe(
      'The meeting took place following a summer of tensions between Kosovo authorities…',
    );
    expect(title(long).replace('…', '').split(' ')).toHaveLength(12);
    const twelve = 'One two three four five six seven eight nine ten eleven twelve';
    expect(title(twelve)).toBe(twelve);
  });

  it('strips leading conjunctions and punctuation, capitalises', () => {
    expect(title(', and the talks collapsed on Friday', 'Friday')).toBe('The talks collapsed');
  });
});
