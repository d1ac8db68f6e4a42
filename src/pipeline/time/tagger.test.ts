// Expected values are worked out by hand from the calendar. Weekdays (checked with `date -d`):
// 2022-09-22 Thursday · 2022-09-21 Wednesday · 2022-09-16 Friday · 2022-09-23 Friday ·
// 2022-09-26 Monday · 2022-09-20 Tuesday · 2008-02-17 Sunday · 2021-01-06 Wednesday.
// ISO weeks: 2022-W37 = 12–18 Sep 2022 · 2022-W38 = 19–25 Sep · 2022-W39 = 26 Sep–2 Oct ·
// 2022-W36 = 5–11 Sep · 2020-W53 = 28 Dec 2020–3 Jan 2021.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../read/read.ts';
import { only, pairs, tag, value } from './testing.ts';
import { PIECE_CHARS } from '../text/pieces.ts';

const THU = '2022-09-22'; // the seed article's publication day, a Thursday

describe('explicit dates', () => {
  it('day-month-year with ordinal and comma', () => {
    expect(pairs('BELGRADE (Sputnik - 22nd September, 2022) The talks', THU)).toEqual([
      ['22nd September, 2022', '2022-09-22'],
    ]);
  });

  it('month-day-year with an abbreviated, dotted month', () => {
    expect(pairs('The deal was signed on Sept. 4, 2020, in Washington.', THU)).toEqual([
      ['Sept. 4, 2020', '2020-09-04'],
    ]);
  });

  it('day-month-year without punctuation', () => {
    expect(pairs('The deal was signed on 4 September 2020 at the White House.', THU)).toEqual([
      ['4 September 2020', '2020-09-04'],
    ]);
  });

  it('ISO and numeric dates', () => {
    expect(value('The record of 2022-09-22 shows it.', THU)).toBe('2022-09-22');
    expect(value('Filed on 9/22/2022 by the clerk.', THU)).toBe('2022-09-22');
    expect(value('Filed on 22/9/2022 by the clerk.', THU)).toBe('2022-09-22'); // 22 cannot be a month
  });

  it('weekday in front and "the 17th of February"', () => {
    expect(pairs('It happened on Sunday, Feb. 17, 2008, in Pristina.', THU)).toEqual([
      ['Sunday, Feb. 17, 2008', '2008-02-17'],
    ]);
    expect(pairs('Independence was declared on the 17th of February 2008.', THU)).toEqual([
      ['the 17th of February 2008', '2008-02-17'],
    ]);
  });

  it('a day without a year leans to the past, unless near or in a future clause', () => {
    expect(value('Kurti announced on September 1 that', THU)).toBe('2022-09-01');
    // 25 December: 2022-12-25 is 94 days ahead, so a past report means last year's.
    expect(value('The border was closed on December 25.', THU)).toBe('2021-12-25');
    // Future clause: the coming one.
    expect(value('The rule will be enforced from December 25.', THU)).toBe('2022-12-25');
    // Nine days ahead is "near" even without a future cue.
    expect(value('The mission ends on October 1.', THU)).toBe('2022-10-01');
    // Early January in a late-December article is the coming January (future cue).
    expect(value('Talks will resume on January 10.', '2022-12-28')).toBe('2023-01-10');
  });

  it('a day that does not exist is not a date', () => {
    expect(
      tag('They met on February 30 in the capital.', THU).filter((t) => t.value.length === 10),
    ).toEqual([]);
  });
});

describe('month and year', () => {
  it('month with year', () => {
    expect(pairs('In February 2008, Kosovo declared independence.', THU)).toEqual([
      ['February 2008', '2008-02'],
    ]);
    expect(value('Talks stalled in early March 2011 over customs.', THU)).toBe('2011-03');
    expect(value('The office closed at the end of June 2012.', THU)).toBe('2012-06');
  });

  it('month alone with last / next / this', () => {
    expect(value('The plates were banned last November.', THU)).toBe('2021-11'); // November is after September
    expect(value('The plates were banned last March.', THU)).toBe('2022-03');
    expect(value('The ban starts next March.', THU)).toBe('2023-03');
    expect(value('The ban starts next November.', THU)).toBe('2022-11');
    expect(value('Elections are planned this December.', THU)).toBe('2022-12');
  });

  it('month alone at the start of a sentence, and without the full stop after it', () => {
    expect(pairs('In March, protesters blocked the road.', THU)).toEqual([['March', '2022-03']]);
    expect(pairs('Last November the plates were banned.', THU)).toEqual([
      ['Last November', '2021-11'],
    ]);
    expect(pairs('The plates were banned in November.', THU)).toEqual([['November', '2021-11']]);
    // An abbreviation keeps its dot.
    expect(pairs('Talks resumed on Nov. 3, 2021.', THU)).toEqual([['Nov. 3, 2021', '2021-11-03']]);
  });

  it('month with "that year", "last year", "this year" is one expression', () => {
    expect(
      pairs(
        'Talks opened in October 2013 after the agreement in April of that year.',
        '2015-10-28',
      ),
    ).toEqual([
      ['October 2013', '2013-10'],
      ['April of that year', '2013-04'],
    ]);
    expect(
      pairs(
        'Kosovo declared independence in 2008. In April of that year, the constitution was adopted.',
        '2015-10-28',
      ),
    ).toEqual([
      ['2008', '2008'],
      ['April of that year', '2008-04'],
    ]);
    expect(pairs('In September last year, an officer was killed.', '2024-01-02')).toEqual([
      ['September last year', '2023-09'],
    ]);
    expect(pairs('Barricades went up in July this year.', '2022-11-06')).toEqual([
      ['July this year', '2022-07'],
    ]);
  });

  it('month alone takes its year from the tense', () => {
    expect(value('The talks collapsed in December.', THU)).toBe('2021-12');
    expect(value('The talks collapsed in March.', THU)).toBe('2022-03');
    expect(value('The talks will resume in December.', THU)).toBe('2022-12');
    expect(value('The talks will resume in March.', THU)).toBe('2023-03');
  });

  it('year alone', () => {
    expect(pairs('Kosovo declared independence in 2008.', THU)).toEqual([['2008', '2008']]);
    expect(value('Growth slowed in early 2009.', THU)).toBe('2009');
  });
});

describe('decades and centuries', () => {
  it('decades', () => {
    expect(pairs('The war of the 1990s left deep scars.', THU)).toEqual([['1990s', '199']]);
    expect(value('Investment grew in the early 2000s.', THU)).toBe('200');
    expect(value("Music of the '90s was popular.", THU)).toBe('199');
    expect(value('Music of the late ’60s was popular.', THU)).toBe('196');
    expect(value("Growth of the '10s was slow.", THU)).toBe('201'); // not later than the publication decade
  });

  it('centuries', () => {
    expect(value('The monastery dates from the 14th century.', THU)).toBe('13');
    expect(value('Borders drawn in the twentieth century still matter.', THU)).toBe('19');
    expect(only('Borders drawn in the twentieth century still matter.', THU).interval).toEqual({
      start: '1900-01-01',
      end: '1999-12-31',
      precision: 'century',
    });
  });
});

describe('seasons', () => {
  it('season with a year', () => {
    expect(value('Unrest grew in summer 2022.', THU)).toBe('2022-SU');
    expect(value('Protests began in the spring of 2011.', THU)).toBe('2011-SP');
  });

  it('"last summer" is the most recent summer before the publication date', () => {
    expect(value('Unrest grew last summer.', THU)).toBe('2022-SU'); // September: summer 2022 is over
    expect(value('Unrest grew last summer.', '2022-07-10')).toBe('2021-SU'); // July: we are in summer 2022
  });

  it('winter belongs to the year it starts in', () => {
    expect(value('Prices rose last winter.', THU)).toBe('2021-WI'); // Dec 2021–Feb 2022
    expect(value('Prices rose this winter.', '2023-01-15')).toBe('2022-WI'); // Dec 2022–Feb 2023
    expect(value('Prices will rise next spring.', THU)).toBe('2023-SP');
  });

  it('a bare season in a noun phrase: "a summer of tensions" in a September article', () => {
    expect(pairs('The meeting followed a summer of tensions in the north.', THU)).toEqual([
      ['summer', '2022-SU'],
    ]);
  });

  it('"summer" in names is not a season', () => {
    expect(pairs('The Summer Palace was closed.', THU)).toEqual([]);
  });
});

describe('quarters and halves', () => {
  it('ordinal quarters and halves with a year', () => {
    expect(value('Output fell in the third quarter of 2010.', THU)).toBe('2010-Q3');
    expect(value('Output fell in Q3 2010.', THU)).toBe('2010-Q3');
    expect(value('Exports rose in the first half of 2009.', THU)).toBe('2009-H1');
  });

  it('without a year: the publication year, or the year named', () => {
    expect(value('Results are due in the fourth quarter.', THU)).toBe('2022-Q4');
    expect(value('Talks resume in the second half of next year.', THU)).toBe('2023-H2');
    const h1 = only('Exports rose in the first half of 2009.', THU).interval;
    expect(h1).toEqual({ start: '2009-01-01', end: '2009-06-30', precision: 'quarter' });
  });
});

describe('weekdays', () => {
  it('past bias: a bare weekday is the most recent one, the same weekday is the publication day', () => {
    expect(value('They met on Wednesday.', THU)).toBe('2022-09-21');
    expect(value('The office said on Thursday.', THU)).toBe('2022-09-22');
    expect(value('Police arrested him on Friday.', THU)).toBe('2022-09-16');
    expect(value('They met on Monday.', THU)).toBe('2022-09-19');
  });

  it('a future cue looks forward', () => {
    expect(value('The leaders will meet on Friday.', THU)).toBe('2022-09-23');
    expect(value('The leaders are scheduled to meet on Monday.', THU)).toBe('2022-09-26');
  });

  it('last / next', () => {
    expect(value('Troops arrived last Friday.', THU)).toBe('2022-09-16');
    expect(value('Troops arrived last Thursday.', THU)).toBe('2022-09-15');
    expect(value('Troops arrive next Monday.', THU)).toBe('2022-09-26');
  });

  // TimeML practice (TempEval-3 data): "<weekday> night" is dated by its day, other parts keep
  // the part of day (TMO, TAF, TEV); both are DATEs of that day.
  it('weekday with a part of day is that day', () => {
    const night = only('Sirens sounded on Tuesday night.', THU);
    expect(night).toMatchObject({
      text: 'Tuesday night',
      type: 'DATE',
      value: '2022-09-20',
      anchor: true,
    });
    expect(night.interval).toEqual({ start: '2022-09-20', end: '2022-09-20', precision: 'day' });
    const morning = only('Talks resumed on Tuesday morning.', THU);
    expect(morning).toMatchObject({
      text: 'Tuesday morning',
      type: 'DATE',
      value: '2022-09-20TMO',
      anchor: true,
    });
  });

  it('newspaper names are not weekdays', () => {
    expect(
      pairs('The Sunday Times reported it.', THU).filter(([, v]) => /^\d{4}-\d\d-\d\d$/.test(v)),
    ).toEqual([]);
  });
});

describe('today, yesterday, tomorrow, weekends', () => {
  it('named days', () => {
    expect(value('Parliament voted today.', THU)).toBe('2022-09-22');
    expect(value('Parliament voted yesterday.', THU)).toBe('2022-09-21');
    expect(value('Parliament votes tomorrow.', THU)).toBe('2022-09-23');
    expect(value('Parliament voted the day before yesterday.', THU)).toBe('2022-09-20');
  });

  it('weekends', () => {
    // Past clause on a Thursday: the weekend just gone, 17–18 Sep (ISO week 37).
    expect(value('Crowds gathered last weekend.', THU)).toBe('2022-W37-WE');
    expect(value('Crowds will gather next weekend.', THU)).toBe('2022-W38-WE');
  });
});

describe('relative units', () => {
  it('last / this / next week, month, year', () => {
    const t = only('Talks took place last week.', THU);
    expect(t.value).toBe('2022-W37');
    expect(t.interval).toEqual({ start: '2022-09-12', end: '2022-09-18', precision: 'week' });
    expect(value('Talks resume next week.', THU)).toBe('2022-W39');
    expect(value('Talks resumed last month.', THU)).toBe('2022-08');
    expect(value('Talks resumed this month.', THU)).toBe('2022-09');
    expect(value('Talks resumed last year.', THU)).toBe('2021');
    expect(value('Talks resume next year.', THU)).toBe('2023');
  });

  it('"last week" in the first days of January is the last ISO week of the year before', () => {
    expect(value('Talks took place last week.', '2021-01-06')).toBe('2020-W53');
  });

  it('"earlier this month", "late last year"', () => {
    expect(pairs('Tensions rose earlier this month.', THU)).toEqual([
      ['earlier this month', '2022-09'],
    ]);
    expect(pairs('The talks collapsed late last year.', THU)).toEqual([['late last year', '2021']]);
  });

  it('"two days later" and "the following day" count from the previous date in the text', () => {
    expect(pairs('Talks opened on March 3, 2011. Two days later, they stalled.', THU)).toEqual([
      ['March 3, 2011', '2011-03-03'],
      ['Two days later', '2011-03-05'],
    ]);
    expect(pairs('On September 20, troops arrived. The following day, they left.', THU)).toEqual([
      ['September 20', '2022-09-20'],
      ['The following day', '2022-09-21'],
    ]);
  });

  it('"… ago" counts from the publication date', () => {
    expect(value('Kosovo declared independence three years ago.', '2011-03-09')).toBe('2008');
    expect(value('The office opened two weeks ago.', THU)).toBe('2022-W36'); // 8 Sep
    expect(value('The office opened five months ago.', THU)).toBe('2022-04');
    expect(value('The office opened several years ago.', THU)).toBe('PAST_REF');
  });
});

describe('false positives', () => {
  it.each([
    'Officials may meet to discuss the plan.',
    'She sat down with the negotiators.',
    'Thousands of people will march through the capital.',
    'Only 1/2 of the ballots were counted.',
    'The fine was $2008 per vehicle.',
    'Kosovo is governed under Resolution 1244.',
    'The UN adopted Resolution 1973 on Libya.',
    'The force had 2008 troops on the ground.',
    'Turnout rose to 2010 percent of the quota.',
    'The sun rose over the mountains.',
    'Several leaders may attend.',
  ])('%s', (text) => {
    expect(tag(text, THU)).toEqual([]);
  });

  it('capitalised months and weekdays are still dates', () => {
    expect(value('Voting ends on May 9.', THU)).toBe('2022-05-09');
    expect(value('The ceasefire began in May.', THU)).toBe('2022-05');
  });
});

describe('the seed article', () => {
  const { articles } = readInputs(['/work/shared/seeds/000_eb653926673b5ea8.txt']);
  const seed = articles[0]!;

  it('is read with its publication date', () => {
    expect(seed.published).toBe('2022-09-22');
    expect(readFileSync('/work/shared/seeds/000_eb653926673b5ea8.txt', 'utf8')).toContain(
      seed.body.slice(0, 40),
    );
  });

  it('anchors: Wednesday, Thursday, September 1, October 31, September 20, February 2008, summer', () => {
    const found = tag(seed.body, seed.published);
    const anchors = found
      .filter((t) => t.anchor && t.start >= seed.dateline!.end)
      .map((t) => [t.text, t.value]);
    expect(anchors).toEqual([
      ['Wednesday', '2022-09-21'],
      ['Thursday', '2022-09-22'],
      ['summer', '2022-SU'],
      ['September 1', '2022-09-01'],
      ['October 31', '2022-10-31'], // "would be enforced from October 31": future clause
      ['September 20', '2022-09-20'],
      ['February 2008', '2008-02'],
    ]);
  });

  it('the dateline date is the publication day', () => {
    const inDateline = tag(seed.body, seed.published).filter((t) => t.end <= seed.dateline!.end);
    expect(inDateline.map((t) => [t.text, t.value])).toEqual([
      ['22nd September, 2022', '2022-09-22'],
    ]);
  });
});

describe('a text longer than a piece', () => {
  // Absolute dates only, so a paragraph tags the same wherever it stands; in a past-tense story.
  const paragraph =
    'On 3 March 2021 the talks began in Geneva. They ended on May 5, 2021, at 3 p.m., a week before the vote of 12 May 2021.';

  it('is tagged as its paragraphs are, none lost or doubled where pieces meet (cut at line ends)', () => {
    const copies = Math.ceil((3 * PIECE_CHARS) / (paragraph.length + 1));
    const text = Array.from({ length: copies }, () => paragraph).join('\n');
    expect(text.length).toBeGreaterThan(3 * PIECE_CHARS);
    const one = pairs(paragraph, THU);
    expect(one.length).toBeGreaterThanOrEqual(4);
    const found = tag(text, THU);
    expect(found).toHaveLength(copies * one.length);
    found.forEach((t, i) => {
      expect([t.text, t.value]).toEqual(one[i % one.length]);
      expect(Math.floor(t.start / (paragraph.length + 1))).toBe(Math.floor(i / one.length));
    });
  });

  it('without line or sentence ends, is cut at spaces: every word found once', () => {
    const text = 'Monday '.repeat(Math.ceil((2.5 * PIECE_CHARS) / 7));
    const found = tag(text, THU);
    expect(found).toHaveLength(text.length / 7);
    expect(found.every((t, i) => t.start === 7 * i && t.value === found[0]!.value)).toBe(true);
  });
});
