import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, parseCurated } from '../actors/kb.ts';
import { analyseArticle } from '../analyse.ts';
import { parseTxt } from '../read/formats.ts';
import { readInputs } from '../read/read.ts';

function curatedKb(): ReturnType<typeof buildKnowledgeBase> {
  const parsed = parseCurated(JSON.parse(readFileSync('data/actors.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.reason);
  return buildKnowledgeBase(parsed.value);
}

describe('extractEvents on the seed article', () => {
  const seed = readInputs(['/work/shared/seeds/000_eb653926673b5ea8.txt']).articles[0]!;
  const { candidates, article } = analyseArticle(seed, curatedKb());
  const byDate = (date: string) => {
    const found = candidates.filter((c) => c.date === date);
    expect(found, date).toHaveLength(1);
    return found[0]!;
  };

  it('one candidate per dated clause; not the dateline, not the "said … on Thursday" attribution', () => {
    expect(candidates.map((c) => c.date).sort()).toEqual([
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
    expect(
      independence.title.startsWith('Kosovo unilaterally declared independence from Serbia'),
    ).toBe(true);
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

describe('extractEvents: ranges', () => {
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
      title: 'Leaders of the G7 met in Cornwall',
      type: 'consult',
      actors: ['organization:g7'],
    });
    expect(candidates[0]!.source.timex).toMatchObject({
      text: 'June 11 to June 13',
      value: '2021-06-11/2021-06-13',
    });
  });
});

describe('extractEvents: clauses', () => {
  const candidatesOf = (published: string, body: string) => {
    const r = parseTxt(`date ${published} Headline\n\n${body}`, 'x.txt');
    if (!r.ok) throw new Error(r.reason);
    return analyseArticle(r.article, buildKnowledgeBase()).candidates;
  };

  it('two dates without a clause break between them: titles are cut between words', () => {
    const sentence =
      'Thaci served as prime minister from 2008 until his election as president in 2016.';
    const found = candidatesOf('2020-02-01', sentence);
    expect(found.map((c) => c.date)).toEqual(['2008', '2016']);
    const words = new Set(sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    for (const c of found) {
      for (const w of c.title
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean))
        expect(words, `${c.title}: ${w}`).toContain(w);
    }
  });

  it('"at 11 p.m. on Friday" is one event on Friday, not a second one on the publication day', () => {
    const found = candidatesOf(
      '2020-02-01',
      'The United Kingdom left the European Union at 11 p.m. on Friday, ending 47 years of membership.',
    );
    expect(found.map((c) => [c.date, c.title])).toEqual([
      ['2020-01-31', 'The United Kingdom left the European Union, ending 47 years of membership'],
    ]);
  });
});
