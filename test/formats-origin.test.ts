/**
 * Issue 14's "body text with a map back to the original": each reader's article knows where its
 * text is in the file (a line of a text format, a page of a PDF, a paragraph of a Word
 * document), and the dataset's sources carry the place of their sentence. Expected lines were
 * read off the fixture files by eye.
 */
import { describe, expect, it } from 'vitest';
import type { SourceOrigin } from '../src/model/dataset.ts';
import { buildDatasetAsync } from '../src/pipeline/build.ts';
import { originLookup } from '../src/pipeline/read/origin.ts';
import { readInputsAsync } from '../src/pipeline/read/read.ts';
import type { RawArticle } from '../src/pipeline/read/types.ts';
import { FIXTURES_DIR } from './fixtures/formats/generate.ts';
import { tempFolders } from './helpers/folder.ts';
import { docx, officeFixture, pdf } from './fixtures/formats/office.ts';

const folder = tempFolders('dateline-origin-');

/** Where the article's text starting with `words` is in its file. */
function originOf(articles: RawArticle[], path: string, words: string): SourceOrigin | null {
  const a = articles.find((x) => x.path === path);
  if (!a) throw new Error(`no article ${path}`);
  const at = a.body.indexOf(words);
  if (at === -1) throw new Error(`"${words}" is not in ${path}`);
  return originLookup(a.origin, a.body)(at);
}

describe('the map back to the original file', () => {
  it('text formats: the line of the file each paragraph is on (txt, HTML, CSV, RSS, Atom)', async () => {
    const { articles } = await readInputsAsync([FIXTURES_DIR]);
    const cases: [string, string, number][] = [
      ['text/jeddah-talks.txt', 'JEDDAH, Saudi Arabia', 3],
      ['text/jeddah-talks.txt', 'Several earlier truces', 7],
      ['news-site.html', 'Serbia said it would not recognise', 31],
      ["amp.html", "NASA's New Horizons probe", 22],
      ['articles.csv#3', 'Traders came from six', 5],
      ['rss.xml#2', 'It shows lamps', 21],
      ['atom.xml#3', 'Boat races were held', 29],
    ];
    for (const [path, words, line] of cases) expect({ path, words, origin: originOf(articles, path, words) }).toEqual({ path, words, origin: { line } });
  });

  it('a long page: every paragraph is placed, though links, entities and wrapping break its text in the markup', async () => {
    const paragraphs = Array.from(
      { length: 1500 },
      (_, i) => `<p>Paragraph ${i} says that the <a href="/x${i}">council</a> met &amp; voted,\n    and that the mayor said &quot;yes&quot; to item ${i}.</p>`,
    );
    // Three lines per paragraph (two of it, one of an ad between), after a head of 200 KB of script.
    const page = `<!doctype html><html><head><meta property="article:published_time" content="2024-01-02"><script>${'var a=1;'.repeat(25_000)}</script></head><body><article><h1>Council</h1>\n${paragraphs.join('\n<div>ad</div>\n')}\n</article></body></html>`;
    const { articles } = await readInputsAsync([folder({ 'long.html': page })]);
    for (const i of [0, 1, 700, 1499]) expect(originOf(articles, 'long.html', `Paragraph ${i} says`)).toEqual({ line: 2 + 3 * i });
  });

  it('JSON Lines, JSON and Markdown: the record\'s line, the body\'s own lines after front matter', async () => {
    const dir = folder({
      'feed.jsonl': ['{"title":"One","date":"2024-01-02","text":"The council met on Monday to vote on the budget."}', '', '{"title":"Two","date":"2024-01-03","text":"The council met on Monday to vote on the budget.\\nIt passed."}'].join('\n'),
      'list.json': JSON.stringify([{ title: 'A', date: '2024-02-01', text: 'The bridge reopened to traffic on Thursday.' }], null, 2),
      'story.md': '---\ntitle: Story\ndate: 2024-03-01\n---\n\nThe museum opened a new wing on Friday.\n\nVisitors queued for hours outside.\n',
    });
    const { articles } = await readInputsAsync([dir]);
    expect(originOf(articles, 'feed.jsonl#1', 'The council')).toEqual({ line: 1 });
    expect(originOf(articles, 'feed.jsonl#3', 'The council')).toEqual({ line: 3 });
    expect(originOf(articles, 'list.json', 'The bridge')).toEqual({ line: 5 });
    expect(originOf(articles, 'story.md', 'The museum')).toEqual({ line: 6 });
    expect(originOf(articles, 'story.md', 'Visitors queued')).toEqual({ line: 8 });
  });

  it('Word: the paragraph among those with text; PDF: the page', async () => {
    const paragraphs = ['Ferry timetable changes for the winter', '12 October 2024', ...Array.from({ length: 118 }, (_, i) => `Paragraph ${i + 1} of the notice says what changes on the island route.`)];
    const dir = folder({
      'bridge.docx': officeFixture('bridge.docx'),
      'spaced.docx': docx({ paragraphs: ['Harbour works finish early', '', '3 March 2024', '', 'The harbour works finished on Friday, a week early.', '', '', 'Ferries return on Monday.'] }),
      'notice.pdf': pdf({ paragraphs, created: '2024-10-12' }, { flow: true }),
    });
    const { articles } = await readInputsAsync([dir]);
    expect(originOf(articles, 'bridge.docx', 'ZAGREB (River Desk)')).toEqual({ paragraph: 3 });
    expect(originOf(articles, 'bridge.docx', 'Engineers drove new piles')).toEqual({ paragraph: 4 });
    expect(originOf(articles, 'spaced.docx', 'Ferries return')).toEqual({ paragraph: 4 });
    // One-line paragraphs 26 points apart, 700 points of text a page: 27 lines a page, the title and the date the first two of page 1.
    expect(originOf(articles, 'notice.pdf', 'Paragraph 1 of')).toEqual({ page: 1 });
    expect(originOf(articles, 'notice.pdf', 'Paragraph 25 of')).toEqual({ page: 1 });
    expect(originOf(articles, 'notice.pdf', 'Paragraph 26 of')).toEqual({ page: 2 });
    expect(originOf(articles, 'notice.pdf', 'Paragraph 53 of')).toEqual({ page: 3 });
    expect(originOf(articles, 'notice.pdf', 'Paragraph 118 of')).toEqual({ page: 5 });
  });

  it('the dataset: each source says where its sentence is', async () => {
    const dir = folder({
      'harbour.txt': 'date 2024-03-08 Harbour reopens\n\nPORTSMOUTH (Coast Wire) - The harbour reopened to ferries on Friday after repairs.\n\nThe port authority said on Saturday that two more berths would open in April.\n',
      'harvest.pdf': officeFixture('harvest.pdf'),
    });
    const { dataset } = await buildDatasetAsync([dir], {});
    const byPath = new Map(dataset.articles.map((a) => [a.id, a.path]));
    const places = dataset.events.flatMap((e) => e.sources.map((s) => [byPath.get(s.article), s.sentence.slice(0, 24), s.origin]));
    expect(places).toEqual(
      expect.arrayContaining([
        ['harbour.txt', 'The harbour reopened to ', { line: 3 }],
        ['harbour.txt', 'The port authority said ', { line: 5 }],
        ['harvest.pdf', 'Farmers in the northern ', { page: 1 }],
      ]),
    );
    // Every source of these formats is placed.
    expect(places.every(([, , origin]) => origin !== undefined)).toBe(true);
  });
});
