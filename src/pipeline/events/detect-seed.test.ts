import { describe, expect, it } from 'vitest';
import { curatedKb } from '../actors/curated-kb.fixture.ts';
import { buildKnowledgeBase } from '../actors/kb.ts';
import { analyseArticle } from '../analyse.ts';
import { parseTxt } from '../read/formats.ts';
import { readInputs } from '../read/read.ts';

describe('detectEvents on the seed article', () => {
  const seed = readInputs(['/work/shared/seeds/000_eb653926673b5ea8.txt']).articles[0]!;
  const { candidates, article } = analyseArticle(seed, curatedKb());
  /** Events the text dates itself (not the story's day or the publication date). */
  const fromText = candidates.filter((c) => c.dateBasis === 'explicit' || c.dateBasis === 'relative');
  const byDate = (date: string) => {
    const found = fromText.filter((c) => c.date === date);
    expect(found, date).toHaveLength(1);
    return found[0]!;
  };

  it('one candidate per date in the text; not the dateline, not the "said … on Thursday" attribution', () => {
    expect(fromText.map((c) => c.date).sort()).toEqual([
      '2008-02',
      '2022-09-01',
      '2022-09-20',
      '2022-09-21',
      '2022-10-31',
      '2022-22',
    ]);
  });

  it('the meeting on Wednesday with its participants', () => {
    const e = byDate('2022-09-21');
    expect(e.actors).toEqual(
      expect.arrayContaining([
        'person:vjosa-osmani-sadriu',
        'person:jens-stoltenberg',
        'organization:nato',
      ]),
    );
    expect(e.source.timex).toMatchObject({ text: 'Wednesday', value: '2022-09-21' });
    expect(e.source.sentence.slice(e.source.timex!.start, e.source.timex!.end)).toBe('Wednesday');
    expect(seed.body.slice(e.source.start, e.source.end)).toBe(e.source.sentence);
    expect(e.future).toBe(false);
    expect(e.source.article).toBe(article.id);
  });

  it('a clause after "that" is its own event; the deadline is in the future', () => {
    expect(byDate('2022-09-01').actors).toContain('person:albin-kurti');
    const deadline = byDate('2022-10-31');
    expect(deadline.future).toBe(true);
    expect(deadline.type).toBe('coerce');
    expect(deadline.modality).toBe('future');
    expect(deadline.title).toBe('The rule would be enforced');
  });

  it('season and month precision', () => {
    expect(byDate('2022-22').interval).toEqual({
      start: '2022-06-01',
      end: '2022-08-31',
      precision: 'season',
    });
    const independence = byDate('2008-02');
    expect(independence.interval.precision).toBe('month');
    expect(independence.actors).toEqual(
      expect.arrayContaining(['country:kosovo', 'country:serbia']),
    );
    expect(independence.title).toBe('Kosovo declares independence from Serbia');
  });

  it('undated sentences: the statements at the meeting take its day; nothing lands before or after the story', () => {
    const rest = candidates.filter((c) => !fromText.includes(c));
    expect(rest.length).toBeGreaterThan(0);
    for (const c of rest) {
      expect(['narrative', 'publication']).toContain(c.dateBasis);
      expect(['2022-09-21', '2022-09-22']).toContain(c.date);
    }
    const stated = rest.find((c) => c.source.trigger?.text === 'stated')!;
    expect(stated).toMatchObject({ date: '2022-09-21', dateBasis: 'narrative' });
    expect(stated.actors[0]).toBe('person:vjosa-osmani-sadriu');
  });

  it('mention offsets are relative to the sentence', () => {
    const e = byDate('2022-09-20');
    for (const m of e.source.mentions) {
      const text = e.source.sentence.slice(m.start, m.end);
      expect(text.length).toBeGreaterThan(0);
      if (m.actor === 'organization:kosovo-force') expect(['Kosovo Force', 'KFOR']).toContain(text);
    }
    expect(e.actors).toContain('organization:kosovo-force');
  });
});

describe('detectEvents: ranges', () => {
  it('"from June 11 to June 13" is one event over three days', () => {
    const r = parseTxt(
      'date 2021-06-14 G7 summit ends\n\nCARBIS BAY (Wire) - Leaders of the G7 met in Cornwall from June 11 to June 13.',
      'g7.txt',
    );
    if (!r.ok) throw new Error(r.reason);
    const { candidates } = analyseArticle(r.article, buildKnowledgeBase());
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({
      date: '2021-06-11/2021-06-13',
      interval: { start: '2021-06-11', end: '2021-06-13', precision: 'day' },
      title: 'Leaders of the G7 meet in Cornwall',
      type: 'consult',
      actors: ['organization:g7'],
    });
    expect(candidates[0]!.source.timex).toMatchObject({
      text: 'June 11 to June 13',
      value: '2021-06-11/2021-06-13',
    });
  });
});

describe('detectEvents: clauses', () => {
  const candidatesOf = (published: string, body: string) => {
    const r = parseTxt(`date ${published} Headline\n\n${body}`, 'x.txt');
    if (!r.ok) throw new Error(r.reason);
    return analyseArticle(r.article, buildKnowledgeBase()).candidates;
  };

  it('two dates in one clause: the second dates the event noun it follows', () => {
    const found = candidatesOf(
      '2020-02-01',
      'Thaci served as prime minister from 2008 until his election as president in 2016.',
    );
    expect(found.map((c) => [c.date, c.title, c.source.trigger?.text])).toEqual([
      ['2008', 'Thaci serves as prime minister until his election as president', 'served'],
      ['2016', 'His election as president', 'election'],
    ]);
  });

  it('"at 11 p.m. on Friday" is one event on Friday, not a second one on the publication day', () => {
    const found = candidatesOf(
      '2020-02-01',
      'The United Kingdom left the European Union at 11 p.m. on Friday, ending 47 years of membership.',
    );
    expect(found.map((c) => [c.date, c.title])).toEqual([
      ['2020-01-31', 'United Kingdom leaves the European Union'],
    ]);
  });
});
