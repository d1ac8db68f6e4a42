/**
 * A long body is analysed in parts (analyse.ts: PART_CHARS): the parts cover every sentence once,
 * and a body of many stories gives each story's events where one story alone gives them.
 */
import { describe, expect, it } from 'vitest';
import { curatedKb } from './actors/curated-kb.fixture.ts';
import { analyseArticle, analyseArticles, PART_CHARS, sentenceParts, type AnalysisStage } from './analyse.ts';
import { parseTxt } from './read/formats.ts';
import { makeDoc } from './text/doc.ts';
import { splitSentences } from './text/sentences.ts';
import { readInputs } from './read/read.ts';

const STORY =
  'Serbia and Kosovo agreed on Monday to restore flights between Belgrade and Pristina. ' +
  'The European Union said the talks in Brussels would resume in April. ' +
  'Protesters gathered outside the parliament in Pristina on Tuesday.';

function analyse(body: string) {
  const read = parseTxt(`date 2021-03-10 Headline\n\n${body}`, 'long.txt');
  if (!read.ok) throw new Error(read.reason);
  const docs: { sentences: number; firstStart: number }[] = [];
  const analysed = analyseArticle(read.article, kb, { onDoc: (doc) => docs.push({ sentences: doc.sentences.length, firstStart: doc.sentences[0]!.start }) });
  return { body: read.article.body, analysed, docs };
}

const kb = curatedKb();

describe('sentenceParts', () => {
  it('keeps every sentence once, in order, each part at most the limit long', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const sentences = splitSentences(text);
    const parts = sentenceParts(sentences, 100);
    expect(parts.flat()).toEqual(sentences);
    for (const part of parts) expect(part.at(-1)!.end - part[0]!.start).toBeLessThanOrEqual(100);
    expect(parts.length).toBeGreaterThan(5);
  });

  it('gives a sentence longer than the limit a part of its own', () => {
    const sentences = splitSentences('Short one. A much longer sentence than the limit allows here. End.');
    expect(sentenceParts(sentences, 20).map((p) => p.map((s) => s.text))).toEqual([['Short one.'], ['A much longer sentence than the limit allows here.'], ['End.']]);
  });

  it('leaves a news-sized body one part', () => {
    expect(sentenceParts(splitSentences(STORY))).toHaveLength(1);
  });
});

describe('makeDoc over some of the sentences', () => {
  it('gives the tokens the whole document has there, at the body offsets', () => {
    const body = [STORY, STORY, STORY].join('\n\n');
    const sentences = splitSentences(body);
    const whole = makeDoc(body, sentences);
    const some = makeDoc(body, sentences.slice(3, 6));
    const inRange = whole.tokens.filter((t) => t.start >= sentences[3]!.start && t.end <= sentences[5]!.end);
    expect(some.tokens.map((t) => [t.start, t.end, t.text])).toEqual(inRange.map((t) => [t.start, t.end, t.text]));
    for (const t of some.tokens) expect(body.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('a body longer than PART_CHARS', () => {
  it('is read in parts, and each copy of a story gives the events the story gives alone', () => {
    const one = analyse(STORY);
    const copies = Math.ceil((2.5 * PART_CHARS) / STORY.length);
    const long = analyse(Array.from({ length: copies }, () => STORY).join('\n\n'));
    expect(one.docs).toHaveLength(1);
    expect(long.docs.length).toBeGreaterThanOrEqual(3);
    expect(long.docs.reduce((n, d) => n + d.sentences, 0)).toBe(copies * one.docs[0]!.sentences);
    expect(one.analysed.candidates.length).toBeGreaterThan(0);
    expect(long.analysed.candidates).toHaveLength(copies * one.analysed.candidates.length);
    // The same events, story by story: titles, dates and actors; sources at that copy's offsets.
    const key = (c: (typeof one.analysed.candidates)[number]) => [c.title, c.date, c.actors.join()].join(' | ');
    const perStory = one.analysed.candidates.map(key);
    for (let k = 0; k < copies; k++) {
      const these = long.analysed.candidates.slice(k * perStory.length, (k + 1) * perStory.length);
      expect(these.map(key)).toEqual(perStory);
      for (const c of these) expect(long.body.slice(c.source.start, c.source.end)).toBe(c.source.sentence);
    }
    // Names are found in every part.
    expect(long.analysed.mentions.length).toBe(copies * one.analysed.mentions.length);
  });
});

describe('analyseArticles: a batch, one stage at a time', () => {
  // The sample corpus's first articles, and a body of several parts among them.
  const sample = readInputs(['data/articles']).articles.slice(0, 12);
  const long = parseTxt(`date 2021-03-10 Headline\n\n${Array.from({ length: Math.ceil((2.5 * PART_CHARS) / STORY.length) }, () => STORY).join('\n\n')}`, 'long.txt');
  if (!long.ok) throw new Error(long.reason);
  const batch = [...sample.slice(0, 5), long.article, ...sample.slice(5)];

  it('gives each article what it gives alone', () => {
    const together = analyseArticles(batch, kb);
    expect(together).toHaveLength(batch.length);
    batch.forEach((raw, i) => expect(together[i]).toEqual(analyseArticle(raw, kb)));
    expect(together.every((a) => !(a instanceof Error) && a.candidates.length > 0)).toBe(true);
  });

  it('costs an article whose stage throws that article only, whichever stage and part it is', () => {
    // [stage, which call of it throws, whose call that is]: stages run over the batch in order,
    // so the k-th call of the first pass is article k's; the events of the long article's second
    // part are the call after every article's first.
    const cases: [AnalysisStage, number, number][] = [['dates', 3, 3], ['sentences', 2, 2], ['actors', 7, 7], ['events', 0, 0], ['events', batch.length, 5]];
    for (const [failing, call, victim] of cases) {
      let calls = 0;
      const analysed = analyseArticles(batch, kb, {
        stage: (stage, run) => {
          if (stage === failing && calls++ === call) throw new Error(`${stage} broke`);
          return run();
        },
      });
      expect(analysed[victim]).toEqual(new Error(`${failing} broke`));
      batch.forEach((raw, i) => {
        if (i !== victim) expect(analysed[i]).toEqual(analyseArticle(raw, kb));
      });
    }
  });
});
