/**
 * Property-based tests of event detection (fast-check, fixed seed): for articles assembled from a
 * pool of wire-style sentences (past, present, future; with and without dates; names, pronouns and
 * descriptions) and random publication dates, every event points into its article, no asserted
 * past-tense happening is placed after publication, titles are news titles, and the analysis is
 * deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, utcMs } from '../src/model/dates.ts';
import { resolveReferences } from '../src/pipeline/actors/coref.ts';
import { buildKnowledgeBase } from '../src/pipeline/actors/kb.ts';
import { analyseArticle, type ArticleAnalysis } from '../src/pipeline/analyse.ts';
import { verbForm } from '../src/pipeline/events/verbs.ts';
import type { RawArticle } from '../src/pipeline/read/types.ts';
import { makeDoc } from '../src/pipeline/text/doc.ts';

const SEED = 20210310;
const params = { seed: SEED, numRuns: 150 };

const ORGS = ['Siemens', 'Boeing', 'Microsoft', 'Toyota', 'Nokia', 'Alstom'];
const PEOPLE = ['Angela Merkel', 'Emmanuel Macron', 'Olaf Scholz'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'June',
  'July',
  'September',
  'October',
  'November',
  'December',
];

/** What a sentence template is filled with; years are chosen around the publication year. */
interface Fill {
  org: string;
  person: string;
  /** A year before the publication year, and one after. */
  past: number;
  later: number;
  weekday: string;
  month: string;
  day: number;
}

/**
 * The pool: sentences written for this test in the style of wire copy. Past-tense happenings are
 * only ever dated before publication (as in a real article); plans are dated after it.
 */
const POOL: ((f: Fill) => string)[] = [
  // past, undated
  (f) => `${f.org} cut 500 jobs at its plant in Ohio.`,
  (f) => `${f.person} met the prime minister in Brussels.`,
  (f) => `${f.org} reported a loss for the quarter.`,
  () => 'The company closed two factories.',
  () => 'She praised the workers at the plant.',
  () => 'He criticised the decision of the central bank.',
  () => 'It sold its rail unit to a rival.',
  (f) => `Shares of ${f.org} fell 4 percent in early trading.`,
  (f) => `${f.person} arrived in Paris and toured a museum.`,
  // past, dated
  (f) => `${f.org} bought the startup in ${f.past}.`,
  (f) => `${f.person} visited the factory on ${f.weekday}.`,
  (f) => `${f.org} signed the contract on ${f.month} ${f.day}, ${f.past}.`,
  // (A day without its year, told as done: the last such day before publication.)
  (f) => `${f.org} opened the plant on ${f.month} ${f.day}.`,
  (f) => `${f.person} resigned last week, the party said.`,
  (f) => `${f.org} announced the deal yesterday.`,
  (f) => `In ${f.past} ${f.org} moved its headquarters to Munich and hired 2,000 engineers.`,
  (f) => `Pixar, which was acquired by Disney in ${f.past}, released a new film.`,
  (f) => `${f.person}, born in Hamburg in ${f.past}, has led the party for years.`,
  (f) => `Talks between ${f.org} and the union ran from ${f.month} 11 to ${f.month} 13, ${f.past}.`,
  (f) => `Then ${f.org} expanded into Asia.`,
  // present
  (f) => `${f.org} employs 300,000 people worldwide.`,
  (f) => `${f.person} is in Berlin for talks.`,
  () => 'The company makes trains and turbines.',
  // future and plans
  (f) => `${f.org} will build a new factory in ${f.later}.`,
  (f) => `${f.person} will visit Washington next month.`,
  (f) => `${f.org} plans to open a research centre in ${f.later}.`,
  (f) => `${f.org} said it will hire 1,000 workers in ${f.later}.`,
  (f) => `${f.org} will close the plant in ${f.later}, the company said.`,
  // negated, hypothetical, past perfect, quoted
  (f) => `${f.org} did not comment on the report.`,
  (f) => `${f.person} never visited the plant.`,
  (f) => `${f.org} could cut more jobs next year.`,
  (f) => `${f.org} had warned of losses in ${f.past}.`,
  (f) => `"We will fight this ruling," ${f.person} said on ${f.weekday}.`,
  (f) => `${f.person} said that the talks had collapsed.`,
];

const published = fc
  .integer({ min: utcMs(1995, 1, 1), max: utcMs(2035, 12, 31) })
  .map((ms) => formatDay(ms - (ms % 86_400_000)));

const sentenceSpec = fc.record({
  template: fc.nat(POOL.length - 1),
  org: fc.constantFrom(...ORGS),
  person: fc.constantFrom(...PEOPLE),
  back: fc.integer({ min: 1, max: 40 }),
  ahead: fc.integer({ min: 1, max: 8 }),
  weekday: fc.constantFrom(...WEEKDAYS),
  month: fc.constantFrom(...MONTHS),
  day: fc.integer({ min: 1, max: 28 }),
  paragraph: fc.boolean(),
});

const article = fc
  .tuple(published, fc.array(sentenceSpec, { minLength: 1, maxLength: 8 }))
  .map(([day, specs]): RawArticle => {
    const year = Number(day.slice(0, 4));
    let body = '';
    for (const s of specs) {
      const text = POOL[s.template]!({
        org: s.org,
        person: s.person,
        past: year - s.back,
        later: year + s.ahead,
        weekday: s.weekday,
        month: s.month,
        day: s.day,
      });
      body += body === '' ? text : `${s.paragraph ? '\n\n' : ' '}${text}`;
    }
    return {
      path: 'generated.txt',
      format: 'txt',
      title: 'Generated',
      published: day,
      body,
      outlet: null,
      place: null,
      url: null,
      dateline: null,
    };
  });

const kb = buildKnowledgeBase();

function analyse(raw: RawArticle): ArticleAnalysis {
  return analyseArticle(raw, kb);
}

describe('event detection properties', () => {
  it('every source sentence is the body between its offsets', () => {
    fc.assert(
      fc.property(article, (raw) => {
        const a = analyse(raw);
        for (const c of a.candidates) {
          expect(raw.body.slice(c.source.start, c.source.end), raw.body).toBe(c.source.sentence);
          expect(c.source.article).toBe(a.article.id);
        }
      }),
      params,
    );
  });

  it('every trigger, date and mention lies inside its sentence and its text matches', () => {
    fc.assert(
      fc.property(article, (raw) => {
        const a = analyse(raw);
        // The mentions an event may cite: named actors and the references resolved to them.
        const known = new Map<string, string>();
        for (const m of [...a.mentions, ...resolveReferences(makeDoc(raw.body), a.mentions)])
          known.set(`${m.start}:${m.end}:${m.actor}`, m.text);
        for (const c of a.candidates) {
          const { sentence, trigger, timex, mentions } = c.source;
          const inside = (r: { start: number; end: number }): boolean =>
            r.start >= 0 && r.start < r.end && r.end <= sentence.length;
          expect(trigger, raw.body).not.toBeNull();
          expect(inside(trigger!), `${trigger!.text} in ${sentence}`).toBe(true);
          expect(sentence.slice(trigger!.start, trigger!.end)).toBe(trigger!.text);
          if (timex) {
            expect(inside(timex), `${timex.text} in ${sentence}`).toBe(true);
            expect(sentence.slice(timex.start, timex.end)).toBe(timex.text);
          }
          for (const m of mentions) {
            expect(inside(m), `${m.actor} in ${sentence}`).toBe(true);
            const text = known.get(
              `${c.source.start + m.start}:${c.source.start + m.end}:${m.actor}`,
            );
            expect(text, `${m.actor} at ${m.start} in ${sentence}`).toBeDefined();
            expect(sentence.slice(m.start, m.end)).toBe(text);
          }
        }
      }),
      params,
    );
  });

  it('no asserted event with a past-tense verb lies after the publication date', () => {
    fc.assert(
      fc.property(article, (raw) => {
        const doc = makeDoc(raw.body);
        for (const c of analyse(raw).candidates) {
          if (c.modality !== 'asserted') continue;
          const at = c.source.start + c.source.trigger!.start;
          const token = doc.tokens.find((t) => t.start === at);
          expect(token, `${c.source.trigger!.text} at ${at}`).toBeDefined();
          if (token!.pos !== 'VERB' && token!.pos !== 'AUX') continue;
          if (verbForm(token!) !== 'past') continue;
          expect(
            c.interval.start <= raw.published,
            `published ${raw.published}: "${c.source.sentence}" → ${c.date} "${c.title}"`,
          ).toBe(true);
          expect(c.future).toBe(false);
        }
      }),
      params,
    );
  });

  it('every title is at most 70 characters, has no ellipsis and is not empty', () => {
    fc.assert(
      fc.property(article, (raw) => {
        for (const c of analyse(raw).candidates) {
          expect(c.title.length, c.title).toBeLessThanOrEqual(70);
          expect(c.title, c.title).not.toMatch(/…|\.\.\./);
          expect(c.title.trim().length).toBeGreaterThan(0);
        }
      }),
      params,
    );
  });

  it('future is exactly "starts after publication"; dates are well formed', () => {
    fc.assert(
      fc.property(article, (raw) => {
        for (const c of analyse(raw).candidates) {
          expect(c.future).toBe(c.interval.start > raw.published);
          expect(c.interval.start <= c.interval.end).toBe(true);
          expect(c.published).toBe(raw.published);
          if (c.dateBasis === 'publication')
            expect(c.interval).toEqual({
              start: raw.published,
              end: raw.published,
              precision: 'day',
            });
          if (c.dateBasis === 'publication' || c.dateBasis === 'narrative')
            expect(c.source.timex).toBeNull();
          if (c.dateBasis === 'explicit' || c.dateBasis === 'relative')
            expect(c.source.timex).not.toBeNull();
        }
      }),
      params,
    );
  });

  it('the analysis is deterministic', () => {
    fc.assert(
      fc.property(article, (raw) => {
        const first = analyse(raw);
        const again = analyse(structuredClone(raw));
        expect(again.candidates).toEqual(first.candidates);
        expect(again.mentions).toEqual(first.mentions);
        expect(again.article).toEqual(first.article);
      }),
      { ...params, numRuns: 60 },
    );
  });
});

describe('event detection properties: sanity of the generator', () => {
  it('the pool yields events of every date basis', () => {
    const day = formatDay(utcMs(2021, 3, 10));
    const bases = new Set<string>();
    const body = [
      'Siemens cut 500 jobs at its plant in Ohio.',
      'Siemens bought the startup in 2015.',
      'Angela Merkel visited the factory on Monday.',
      'She praised the workers at the plant.',
    ].join(' ');
    for (const c of analyse({
      path: 'x.txt',
      format: 'txt',
      title: 'x',
      published: day,
      body,
      outlet: null,
      place: null,
      url: null,
      dateline: null,
    }).candidates)
      bases.add(c.dateBasis);
    expect([...bases].sort()).toEqual(['explicit', 'narrative', 'publication', 'relative']);
  });
});
