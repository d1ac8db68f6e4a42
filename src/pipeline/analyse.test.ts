/**
 * A long body is analysed in parts (analyse.ts: PART_CHARS): the parts cover every sentence once,
 * and a body of many stories gives each story's events where one story alone gives them.
 */
import { describe, expect, it } from 'vitest';
import { curatedKb } from './actors/curated-kb.fixture.ts';
import { analyseArticle, PART_CHARS, sentenceParts } from './analyse.ts';
import { parseTxt } from './read/formats.ts';
import { makeDoc } from './text/doc.ts';
import { splitSentences } from './text/sentences.ts';

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
