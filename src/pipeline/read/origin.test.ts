import { describe, expect, it } from 'vitest';
import { fileAligner, originLookup } from './origin.ts';

const alignBody = (source: string, body: string, from = 0) => fileAligner(source, from).align(body);

/** The line each body line maps to, for the lines with text. */
function linesOf(source: string, body: string, from = 0): (number | null)[] {
  const look = originLookup(alignBody(source, body, from), body);
  const out: (number | null)[] = [];
  let at = 0;
  for (const line of body.split('\n')) {
    if (line.trim()) {
      const origin = look(at);
      out.push(origin && 'line' in origin ? origin.line : null);
    }
    at += line.length + 1;
  }
  return out;
}

describe('alignBody: the body found in the file it was read from', () => {
  it('plain text after a header: one anchor for the whole body, every line exact', () => {
    const source = 'date 2023-05-07 Convoy reaches Wad Madani\n\nAn aid convoy of 40 trucks reached Wad Madani on Sunday.\n\nThe trucks carried flour.\nMore followed on Monday.\n';
    const body = 'An aid convoy of 40 trucks reached Wad Madani on Sunday.\n\nThe trucks carried flour.\nMore followed on Monday.';
    const anchors = alignBody(source, body);
    expect(anchors).toHaveLength(1);
    expect(linesOf(source, body)).toEqual([3, 5, 6]);
    // A sentence inside a line keeps that line.
    expect(originLookup(anchors, body)(body.indexOf('flour'))).toEqual({ line: 5 });
  });

  it('markup: paragraphs wrapped over lines, entities, inline tags and a word that opens with an escaped quote', () => {
    const source = [
      '<html><head><meta name="description" content="The harbour reopened to ferries on Friday after repairs."></head>',
      '<body><article>',
      '<p>The harbour reopened to ferries on Friday after',
      '   two weeks of repairs, the port authority said.</p>',
      '<p>&quot;It&#39;s a relief,&quot; said a skipper who <a href="#">had waited</a> in port since the storm began.</p>',
      '<p>Crews replaced more than 300 concrete blocks.</p>',
      '</article></body></html>',
    ].join('\n');
    const body = [
      'The harbour reopened to ferries on Friday after two weeks of repairs, the port authority said.',
      '"It\'s a relief," said a skipper who had waited in port since the storm began.',
      'Crews replaced more than 300 concrete blocks.',
    ].join('\n\n');
    // From the <body>, as the HTML reader asks: the copy in the description is not taken for the text.
    expect(linesOf(source, body, source.indexOf('<body'))).toEqual([3, 5, 6]);
    // From the start of the file, the first paragraph's opening words are found in the head's copy.
    expect(linesOf(source, body)[0]).toBe(1);
  });

  it('records of one file are found in order: the same sentence in two records maps to each its own line', () => {
    const source = '{"title":"a","text":"The council met on Monday to vote on the budget."}\n{"title":"b","text":"The council met on Monday to vote on the budget."}\n';
    const body = 'The council met on Monday to vote on the budget.';
    const file = fileAligner(source);
    expect(originLookup(file.align(body), body)(0)).toEqual({ line: 1 });
    expect(originLookup(file.align(body), body)(0)).toEqual({ line: 2 });
  });

  it('text not in the file, or too short to place, has no origin', () => {
    expect(alignBody('date 2023-05-07 X\n\nSomething else entirely here.', 'The minister resigned on Monday.')).toEqual([]);
    expect(alignBody('Hi.\nOk.', 'Hi.\nOk.')).toEqual([]);
    expect(originLookup(undefined, 'body')(0)).toBeNull();
    expect(originLookup([], 'body')(0)).toBeNull();
  });

  it('offsets before the first anchor have no origin; pages and paragraphs are given as they are', () => {
    const body = 'Title words\n\nFirst paragraph.\n\nSecond paragraph.';
    const look = originLookup([{ body: 13, page: 1 }, { body: 31, page: 2 }], body);
    expect(look(0)).toBeNull();
    expect(look(13)).toEqual({ page: 1 });
    expect(look(30)).toEqual({ page: 1 });
    expect(look(40)).toEqual({ page: 2 });
    expect(originLookup([{ body: 0, paragraph: 3 }], body)(5)).toEqual({ paragraph: 3 });
  });

  it('one budget for the whole file: once a record is not found, later ones are searched only while it lasts', () => {
    const story = (i: number) => `Line number ${i} of a story that is in the file.`;
    const source = `${'x '.repeat(200_000)}\n${Array.from({ length: 50 }, (_, i) => story(i)).join('\n')}`;
    const file = fileAligner(source);
    // Found, each near the last: the budget is barely touched.
    expect(originLookup(file.align(story(0)), story(0))(0)).toEqual({ line: 2 });
    expect(originLookup(file.align(story(1)), story(1))(0)).toEqual({ line: 3 });
    // Thousands of lines that are not there: each failed search reads the rest of the file, until the budget is spent.
    const missing = Array.from({ length: 5000 }, (_, i) => `Missing line ${i} of a story that is not there.`).join('\n');
    expect(file.align(missing)).toEqual([]);
    expect(file.align(story(2))).toEqual([]);
  });
});
