import { describe, expect, it } from 'vitest';
import type { DateBasis, SourceRecord } from './dataset.ts';
import {
  dateBasisText,
  mergeExplanation,
  mergeReasonText,
  mergeScoreText,
  modalityLabel,
  agreementText,
  reportedDates,
  sourcesText,
} from './provenance.ts';

const source = (timex: string | null): SourceRecord => ({
  article: 'a',
  sentence: 'x',
  start: 0,
  end: 1,
  timex: timex === null ? null : { start: 0, end: timex.length, text: timex, value: 'x' },
  trigger: null,
  mentions: [],
});

const event = (dateBasis: DateBasis, ...timexes: (string | null)[]) => ({
  dateBasis,
  sources: timexes.map(source),
});

describe('dateBasisText', () => {
  it('quotes the expression that names the event\'s date, before one that gives only its year', () => {
    const year = { ...source('in 2008'), timex: { start: 0, end: 7, text: 'in 2008', value: '2008' } };
    const sunday = { ...source('on Sunday'), timex: { start: 0, end: 9, text: 'on Sunday', value: '2008-02-17' } };
    expect(dateBasisText({ dateBasis: 'explicit', start: '2008-02-17', end: '2008-02-17', sources: [year, sunday] })).toBe('Dated from the text: “on Sunday”');
  });

  it('quotes the date expression of a written or relative date', () => {
    expect(dateBasisText(event('explicit', '17 February 2008'))).toBe(
      'Dated from the text: “17 February 2008”',
    );
    expect(dateBasisText(event('relative', 'on Wednesday'))).toBe(
      'Dated relative to the publication date or an earlier date in the text: “on Wednesday”',
    );
  });

  it('takes the first source that has a date expression', () => {
    expect(dateBasisText(event('explicit', null, '  2008 '))).toBe('Dated from the text: “2008”');
  });

  it('says so without a quote when no source has an expression', () => {
    expect(dateBasisText(event('explicit', null))).toBe('Dated from the text');
  });

  it('explains narrative and publication dates', () => {
    expect(dateBasisText(event('narrative', null))).toMatch(
      /^Dated from the story’s narrative time/,
    );
    expect(dateBasisText(event('publication', null))).toBe(
      'Dated from the article’s publication date (the text gives no date)',
    );
  });
});

describe('modalityLabel', () => {
  it('marks scheduled and possible events, and nothing else', () => {
    expect(modalityLabel('future')?.label).toBe('Scheduled');
    expect(modalityLabel('hypothetical')?.label).toBe('Possible');
    expect(modalityLabel('asserted')).toBeNull();
  });
});

describe('merge wording', () => {
  it('counts sources only when there are several', () => {
    expect(sourcesText(1)).toBeNull();
    expect(sourcesText(3)).toBe('Reported by 3 sources');
  });

  it('turns reason codes into words, and leaves unknown codes as they are', () => {
    expect(mergeReasonText('same-date')).toBe('they give the same date');
    expect(mergeReasonText('same-type')).toBe('they report the same kind of event');
    expect(mergeReasonText('shared-actors:1')).toBe('they name one actor in common');
    expect(mergeReasonText('shared-actors:3')).toBe('they name 3 actors in common');
    expect(mergeReasonText('similar-predicate')).toBe('they use similar words for what happened');
    expect(mergeReasonText('named-again')).toBe('a later sentence of the article refers back to it');
    expect(mergeReasonText('dated-by-another')).toBe('a report that dates it less precisely takes the day another gives');
    expect(mergeReasonText('shared-actors:x')).toBe('shared-actors:x');
    expect(mergeReasonText('<b>new</b>')).toBe('<b>new</b>');
  });

  it('explains a merge in one sentence', () => {
    expect(
      mergeExplanation({
        score: 0.85,
        reasons: ['same-date', 'shared-actors:2', 'similar-predicate'],
      }),
    ).toBe(
      'Merged because they give the same date, they name 2 actors in common and they use similar words for what happened: a strong match (score 0.85).',
    );
    expect(mergeExplanation({ score: 0.4, reasons: ['same-date'] })).toBe(
      'Merged because they give the same date: a weak match (score 0.40).',
    );
    expect(mergeExplanation({ score: 0.3, reasons: [] })).toBe(
      'Merged as one event: a weak match (score 0.30).',
    );
  });

  it('grades the score', () => {
    expect(mergeScoreText(0.9)).toBe('strong match (score 0.90)');
    expect(mergeScoreText(0.5)).toBe('fair match (score 0.50)');
    expect(mergeScoreText(0.2)).toBe('weak match (score 0.20)');
  });
});

describe('reportedDates', () => {
  const dated = (text: string, value: string): SourceRecord => ({
    ...source(text),
    timex: { start: 0, end: text.length, text, value },
  });
  const day = { start: '2008-02-17', end: '2008-02-17' };

  it('marks the reports whose date is the one chosen, and agrees when all that give one do', () => {
    const r = reportedDates(day, [
      dated('on Sunday', '2008-02-17'),
      source(null),
      dated('17 February', '2008-02-17'),
    ]);
    expect(r.agree).toBe(true);
    expect(r.dated).toBe(2);
    expect(r.dates.map((d) => d.chosen)).toEqual([true, false, true]);
    expect(r.dates[1]!.interval).toBeNull();
  });

  it('tells a report that dates it otherwise (a month, another day, a time of day)', () => {
    const r = reportedDates(day, [
      dated('in February', '2008-02'),
      dated('on the 16th', '2008-02-16'),
      dated('at noon on Sunday', '2008-02-17T12:00'),
    ]);
    expect(r.agree).toBe(false);
    expect(r.dates.map((d) => [d.interval?.start, d.interval?.end, d.chosen])).toEqual([
      ['2008-02-01', '2008-02-29', false],
      ['2008-02-16', '2008-02-16', false],
      ['2008-02-17', '2008-02-17', true],
    ]);
  });

  it('agrees with a report that gives a longer time holding the date ("in 2008")', () => {
    const r = reportedDates(day, [dated('on Sunday', '2008-02-17'), dated('in 2008', '2008'), dated('in February 2008', '2008-02'), source(null)]);
    expect(r.agree).toBe(true);
    expect(r.coarser.map((i) => i.precision)).toEqual(['year', 'month']);
    expect(agreementText(4, r.dated, r.coarser, '17 February 2008')).toBe(
      '1 of 4 reports dates it 17 February 2008; 2 give only 2008 or February 2008; 1 gives no date in the sentence.',
    );
    expect(agreementText(2, 2, [r.coarser[0]!], '17 February 2008')).toBe('1 of 2 reports dates it 17 February 2008; 1 gives only 2008.');
    expect(agreementText(2, 2, [], '17 February 2008')).toBe('Both reports date it 17 February 2008.');
    expect(agreementText(3, 2, [], '17 February 2008')).toBe('2 of 3 reports date it 17 February 2008; the others give no date in the sentence.');
  });

  it('counts nothing as dated when no sentence gives a calendar date', () => {
    expect(reportedDates(day, [source(null), dated('now', 'PRESENT_REF')])).toMatchObject({
      agree: true,
      dated: 0,
    });
  });
});
