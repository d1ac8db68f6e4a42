/**
 * The readers of issue 14 on the team's own fixtures (test/fixtures/formats): each page, feed or
 * sheet yields the expected article (title, date, first sentence), and each hostile variant
 * either does too or is exactly one clear rejection naming the file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FastXmlParser from 'fast-xml-parser';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../src/pipeline/read/read.ts';
import { feedParser } from '../src/pipeline/read/readers/feed.ts';
import type { FormatOptions } from '../src/pipeline/read/readers/types.ts';
import type { Problem, ReadResult } from '../src/pipeline/read/types.ts';
import { DEFAULT_LIMITS } from '../src/pipeline/read/walk.ts';
import { HTML_EXPECTED, SCRIPTED_EXPECTED, type ExpectedArticle } from './fixtures/formats/expected.ts';
import { cutInside, entityBombFeed, FIXTURES_DIR, fixture, hugeScriptedPage, latin1, scriptedPage, truncated } from './fixtures/formats/generate.ts';
import { expectRejected } from './helpers/rejected.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Reads one file written into a fresh folder, with the readers' options if given. */
function readOne(name: string, content: string | Uint8Array, formats?: FormatOptions): ReadResult {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-formats-'));
  dirs.push(dir);
  writeFileSync(join(dir, name), content);
  return readInputs([dir], undefined, formats ? { ...DEFAULT_LIMITS, formats } : undefined);
}

function expectArticle(r: ReadResult, want: ExpectedArticle): void {
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(r.articles).toHaveLength(1);
  const a = r.articles[0]!;
  expect(a.title).toBe(want.title);
  expect(a.published).toBe(want.published);
  expect(a.publishedFrom).toBe(want.publishedFrom);
  expect(a.body.split('\n')[0]).toBe(want.firstSentence);
}

describe('HTML pages', () => {
  for (const [name, want] of Object.entries(HTML_EXPECTED)) {
    it(`${name}: title, date (${want.publishedFrom}), first sentence`, () => {
      const r = readInputs([join(FIXTURES_DIR, name)]);
      expectArticle(r, want);
      expect(r.articles[0]!.format).toBe('html');
    });
  }

  it('metadata: canonical URL, outlet, author, language; navigation, ads and comments are not text', () => {
    const a = readInputs([join(FIXTURES_DIR, 'news-site.html')]).articles[0]!;
    expect(a).toMatchObject({
      url: 'https://adriatic-daily.example/world/2008/02/17/kosovo-independence',
      outlet: 'Adriatic Daily',
      place: 'Pristina',
      author: 'Desk Staff',
      language: 'en-GB',
    });
    expect(a.body.split('\n\n')).toHaveLength(4);
    for (const noise of ['Advertisement', 'Historic day', 'Business', 'Related', 'All rights reserved']) expect(a.body).not.toContain(noise);
    const ld = readInputs([join(FIXTURES_DIR, 'jsonld-only.html')]).articles[0]!;
    expect(ld).toMatchObject({ author: 'A. Lindqvist, M. Haddad', outlet: 'Science Bulletin', url: 'https://science-bulletin.example/2019/04/black-hole-image' });
  });

  it('the date sources are tried in order: JSON-LD, article:published_time, <time datetime>, <meta name="date">', () => {
    const page = (head: string, body = ''): string =>
      `<!DOCTYPE html><html><head>${head}</head><body><article><h1>Order</h1>${body}<p>The council met on Monday and agreed the budget for the coming year after a long debate.</p></article></body></html>`;
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script>';
    const og = '<meta property="article:published_time" content="2020-02-02T10:00:00Z">';
    const meta = '<meta name="date" content="2020-04-04">';
    const time = '<p>By A. Writer, <time datetime="2020-03-03">3 March</time></p>';
    const day = (html: string): string | undefined => readOne('p.html', html).articles[0]?.published;
    expect(day(page(meta + og + ld, time))).toBe('2020-01-01');
    expect(day(page(meta + og, time))).toBe('2020-02-02');
    expect(day(page(meta, time))).toBe('2020-03-03');
    expect(day(page(meta))).toBe('2020-04-04');
    // A source that does not read as a date gives way to the next.
    expect(day(page('<meta property="article:published_time" content="soon">' + meta))).toBe('2020-04-04');
    expectRejected(readOne('undated.html', page('')), 'undated.html', /^no publication date in the page \(looked for JSON-LD datePublished/);
  });

  it('a page declaring windows-1252 is read as such; UTF-8 declared over Latin-1 bytes is rejected', () => {
    const html = (charset: string): string =>
      `<!DOCTYPE html><html><head><meta charset="${charset}"><meta name="date" content="2014-11-12"><title>Comète</title></head><body><article><h1>Rosetta's lander reaches the comète</h1><p>The Philae lander touched down on comet 67P on Wednesday, the European Space Agency said, a first for a spacecraft. Scientists in Darmstadt, à l'écoute, cheered.</p></article></body></html>`;
    const r = readOne('latin1.html', latin1(html('windows-1252')));
    expect(r.problems).toEqual([]);
    expect(r.articles[0]!.body).toContain("à l'écoute");
    expectRejected(readOne('wrong.html', latin1(html('utf-8'))), 'wrong.html', /not valid UTF-8.*declares utf-8/);
    expectRejected(readOne('odd.html', html('x-made-up')), 'odd.html', /unknown character encoding "x-made-up"/);
  });

  it('truncated: a page cut after its first paragraph still yields the story', () => {
    const cut = truncated(fixture('time-only.html'), 0.55);
    expect(cut).not.toContain('Ingenuity');
    expectArticle(readOne('cut.html', cut), HTML_EXPECTED['time-only.html']!);
  });

  it('scripts never run: inline, data:, event handlers, SVG, iframe srcdoc and refresh are all left alone', () => {
    delete (globalThis as { __datelinePwned?: unknown }).__datelinePwned;
    expectArticle(readOne('scripted.html', scriptedPage()), SCRIPTED_EXPECTED);
    expect((globalThis as { __datelinePwned?: unknown }).__datelinePwned).toBeUndefined();
    expect(readOne('s.html', scriptedPage()).articles[0]!.body).not.toMatch(/datelinePwned|onerror|comment 0/);
  });

  it('10 MB of markup with scripts: the story is found and nothing runs', { timeout: 300_000 }, () => {
    delete (globalThis as { __datelinePwned?: unknown }).__datelinePwned;
    const page = hugeScriptedPage(10);
    expect(page.length).toBeGreaterThan(10 * 1024 * 1024);
    expectArticle(readOne('huge.html', page), SCRIPTED_EXPECTED);
    expect((globalThis as { __datelinePwned?: unknown }).__datelinePwned).toBeUndefined();
  });

  it('a page with no text, and pages nested too deep to read, are each one rejection', () => {
    const head = '<!DOCTYPE html><html><head><meta name="date" content="2020-01-01"></head><body>';
    expectRejected(readOne('empty.html', `${head}<nav><a href="/">Home</a></nav></body></html>`), 'empty.html', /^no article text found in the page \(1 word\)$/);
    expectRejected(readOne('deep.html', `${head}${'<div>'.repeat(1_000_000)}Deep text.</body></html>`), 'deep.html', /^tags nested more than 1000 levels deep/);
    expectRejected(readOne('deep-b.html', `${head}${'<b>'.repeat(150)}Deep text.</body></html>`), 'deep-b.html', /^elements nested more than 128 levels deep/);
    const branches = `${head}${`${'<div>'.repeat(120)}x${'</div>'.repeat(120)}`.repeat(400)}</body></html>`;
    expectRejected(readOne('branches.html', branches), 'branches.html', /too many and too deeply nested/);
  });

  it('nothing is fetched: a page and a feed full of links to a live local server get no request from it', async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('/* served */');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    // Any TCP connection at all, to this server or elsewhere, is seen here too.
    const connects: string[] = [];
    const connect = Socket.prototype.connect;
    Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
      connects.push(JSON.stringify(args[0]));
      return (connect as (...a: unknown[]) => Socket).apply(this, args);
    } as typeof connect;
    try {
      const page = `<!DOCTYPE html><html><head><base href="${base}/base/"><link rel="stylesheet" href="${base}/style.css"><link rel="preload" as="image" href="${base}/preload.png"><link rel="import" href="${base}/import.html">
<script src="${base}/app.js"></script><meta http-equiv="refresh" content="0; url=${base}/refresh"><meta name="date" content="2020-06-01">
<style>@import url("${base}/import.css"); body { background: url(${base}/bg.png) }</style></head>
<body><article><h1>Links everywhere</h1><p>The museum reopened its main hall on Monday after a year of work on the roof and the lighting, its director said.</p>
<img src="${base}/img.png" srcset="${base}/img-2x.png 2x"><picture><source srcset="${base}/pic.webp"></picture><video src="${base}/v.mp4" poster="${base}/poster.png"></video>
<audio src="${base}/a.mp3"></audio><iframe src="${base}/frame.html"></iframe><object data="${base}/obj.swf"></object><embed src="${base}/embed.swf">
<script>fetch('${base}/fetch'); new Image().src = '${base}/beacon';</script><img src="x" onerror="fetch('${base}/onerror')"></article></body></html>`;
      const feed = `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "${base}/rss.dtd"><?xml-stylesheet href="${base}/feed.xsl"?><rss version="2.0"><channel><title>Links</title>
<item><title>Feed item with links</title><pubDate>Mon, 01 Jun 2020 09:00:00 GMT</pubDate><enclosure url="${base}/enclosure.mp3" type="audio/mpeg"/>
<description>&lt;p&gt;The library extended its opening hours on Monday, the city council said in a statement.&lt;/p&gt;&lt;img src="${base}/feed-img.png"&gt;</description></item></channel></rss>`;
      const dir = mkdtempSync(join(tmpdir(), 'dateline-offline-'));
      dirs.push(dir);
      writeFileSync(join(dir, 'links.html'), page);
      writeFileSync(join(dir, 'links.xml'), feed);
      const r = readInputs([dir]);
      expect(r.articles.map((a) => a.title).sort()).toEqual(['Feed item with links', 'Links everywhere']);
      // Give anything a reader might have started in the background the chance to connect.
      await new Promise((done) => setTimeout(done, 300));
      expect(connects).toEqual([]);
      expect(hits).toEqual([]);
      // The control: the same server and trap do see a real request.
      await (await fetch(`${base}/control`)).text();
      expect(hits).toEqual(['/control']);
      expect(connects.length).toBeGreaterThan(0);
    } finally {
      Socket.prototype.connect = connect;
      await new Promise((done) => server.close(done));
    }
  });
});

describe('RSS and Atom feeds', () => {
  it('RSS: one article per item, content:encoded else the description as HTML, RFC 2822 dates; an undated item is rejected alone', () => {
    const r = readInputs([join(FIXTURES_DIR, 'rss.xml')]);
    const shown = join(FIXTURES_DIR, 'rss.xml');
    expect(r.articles.map((a) => [a.path, a.format, a.title, a.published, a.publishedFrom])).toEqual([
      [`${shown}#1`, 'rss', 'Ferry service resumes after winter break', '2024-03-11', 'RSS pubDate'],
      [`${shown}#2`, 'rss', "Lighthouse keepers' cottage opens as a museum", '2024-03-09', 'RSS pubDate'],
    ]);
    const [ferry, museum] = r.articles;
    expect(ferry!.body).toBe(
      'The ferry between the harbour and the island resumed its daily crossings on Monday after the usual winter break, the operator said.\n\nTwo boats will run until October, with an extra evening crossing at weekends & on holidays.',
    );
    expect(ferry).toMatchObject({ outlet: 'Harbour & Coast Wire', author: 'Coast Desk', language: 'en-gb', url: 'https://coast-wire.example/2024/03/ferry-resumes' });
    expect(museum!.body.split('\n')[0]).toBe("The old keepers' cottage at the point opened as a small museum on Saturday, the town council said.");
    expect(r.problems).toEqual([{ file: shown, record: 3, severity: 'error', reason: 'missing publication date' }]);
    expect(r.inputsSeen).toBe(3);
  });

  it('Atom: content (html, xhtml) else the summary as text; published, else updated', () => {
    const r = readInputs([join(FIXTURES_DIR, 'atom.xml')]);
    expect(r.problems).toEqual([]);
    expect(r.articles.map((a) => [a.format, a.title, a.published, a.publishedFrom, a.author, a.url])).toEqual([
      ['atom', 'Observatory records its clearest night of the year', '2023-05-07', 'Atom published', 'J. Moreau', 'https://valley-notes.example/2023/05/clearest-night'],
      ['atom', 'Bird count finds more swifts than last spring', '2023-05-06', 'Atom updated', 'Valley Science Desk', 'https://valley-notes.example/2023/05/swift-count'],
      ['atom', 'River festival draws a record crowd', '2023-05-05', 'Atom published', 'Valley Science Desk', 'https://valley-notes.example/2023/05/river-festival'],
    ]);
    expect(r.articles.map((a) => a.body.split('\n')[0])).toEqual([
      'The valley observatory recorded its clearest night of the year on Sunday, with the faintest stars visible to the naked eye, its staff said.',
      'Volunteers counted more swifts over the valley on Saturday than at the same time last spring, the bird club said. The birds returned from Africa in the last week of April.',
      'The river festival drew a record crowd of about 12,000 people on Friday, the organisers said.',
    ]);
    expect(r.articles.every((a) => a.outlet === 'Valley Science Notes' && a.language === 'en')).toBe(true);
  });

  it('a feed is found by its content under .rss, .atom, .xml, .html or no extension', () => {
    for (const name of ['feed.rss', 'feed.atom', 'feed', 'feed.html']) {
      const r = readOne(name, fixture('atom.xml'));
      expect(r.articles.map((a) => a.format), name).toEqual(['atom', 'atom', 'atom']);
    }
    expectRejected(readOne('data.xml', '<?xml version="1.0"?><catalog><book>Not news</book></catalog>'), 'data.xml', /^not an RSS or Atom feed/);
  });

  it('billion laughs: the feed is refused in one line, and the parser itself never expands entities', () => {
    const bomb = entityBombFeed();
    expectRejected(readOne('bomb.xml', bomb), 'bomb.xml', /declares its own XML entities/);
    // Even past that check, the parser leaves the references as written: output stays the size of the input.
    const parsed = JSON.stringify(feedParser().parse(bomb));
    expect(parsed).toContain('&lol9;');
    expect(parsed.length).toBeLessThan(bomb.length * 2);
    expect(parsed).not.toContain('lollol');
  });

  /** The warning of a feed cut short, alone in the report. */
  const cutWarning = (file: string, reason: string): Problem[] => [{ file, severity: 'warning', reason }];

  it('RSS cut short in its third item: the two complete items are read, one warning, nothing from the half item', () => {
    const r = readOne('cut.xml', cutInside(fixture('rss.xml'), 'Undated notice'));
    expect(r.articles.map((a) => [a.path, a.title, a.published, a.publishedFrom, a.body.split('\n')[0]])).toEqual([
      ['cut.xml#1', 'Ferry service resumes after winter break', '2024-03-11', 'RSS pubDate', 'The ferry between the harbour and the island resumed its daily crossings on Monday after the usual winter break, the operator said.'],
      ['cut.xml#2', "Lighthouse keepers' cottage opens as a museum", '2024-03-09', 'RSS pubDate', "The old keepers' cottage at the point opened as a small museum on Saturday, the town council said."],
    ]);
    // The half item (undated, so it would be a rejection) is not seen at all.
    expect(r.problems).toEqual(cutWarning('cut.xml', 'feed cut short: 2 complete items read'));
    expect(r.inputsSeen).toBe(2);
    // Cut just after an item's end tag: that item is complete.
    const full = fixture('rss.xml');
    const afterSecond = full.slice(0, full.lastIndexOf('</item>') + '</item>'.length);
    expect(readOne('cut3.xml', afterSecond).problems).toEqual([
      { file: 'cut3.xml', severity: 'warning', reason: 'feed cut short: 3 complete items read' },
      { file: 'cut3.xml', record: 3, severity: 'error', reason: 'missing publication date' },
    ]);
  });

  it('Atom cut short in its third entry: the two complete entries are read, one warning', () => {
    const r = readOne('cut.atom', cutInside(fixture('atom.xml'), 'The river festival drew'));
    expect(r.articles.map((a) => [a.path, a.title, a.published, a.publishedFrom, a.body.split('\n')[0]])).toEqual([
      ['cut.atom#1', 'Observatory records its clearest night of the year', '2023-05-07', 'Atom published', 'The valley observatory recorded its clearest night of the year on Sunday, with the faintest stars visible to the naked eye, its staff said.'],
      ['cut.atom#2', 'Bird count finds more swifts than last spring', '2023-05-06', 'Atom updated', 'Volunteers counted more swifts over the valley on Saturday than at the same time last spring, the bird club said. The birds returned from Africa in the last week of April.'],
    ]);
    expect(r.problems).toEqual(cutWarning('cut.atom', 'feed cut short: 2 complete entries read'));
  });

  it('a cut feed: an end tag inside CDATA or a comment does not end an item; one complete item is "1 complete item"', () => {
    const head = '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Quay</title>\n';
    const item = (n: number, body: string): string => `<item><title>Story ${n}</title><pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item>\n`;
    const first = item(1, '<p>The quay reopened on Monday after repairs to its wall, the harbour master said.</p>');
    const half = '<item><title>Story 2</title><pubDate>Tue, 02 Apr 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>Quoted markup: </item></channel></rss> and more <!-- text';
    const r = readOne('cdata.rss', head + first + half);
    expect(r.articles.map((a) => [a.title, a.published, a.body])).toEqual([['Story 1', '2024-04-01', 'The quay reopened on Monday after repairs to its wall, the harbour master said.']]);
    expect(r.problems).toEqual(cutWarning('cdata.rss', 'feed cut short: 1 complete item read'));
    const commented = head + first + '<!-- old: <item><title>Gone</title></item> -->\n<item><title>Story 3</title><description>Cut her';
    expect(readOne('comment.rss', commented).articles.map((a) => a.title)).toEqual(['Story 1']);
  });

  it('a cut feed with no complete item, and a damaged one, are one rejection each', () => {
    expectRejected(readOne('cut.xml', cutInside(fixture('rss.xml'), 'The island ferry')), 'cut.xml', /^feed cut short before its first complete item, nothing read \(not well-formed XML \(line \d+: /);
    expectRejected(readOne('cut.atom', cutInside(fixture('atom.xml'), 'Valley Science Desk')), 'cut.atom', /^feed cut short before its first complete entry, nothing read \(not well-formed XML/);
    // Damaged before the cut: the items before the damage are not guessed at either.
    const damaged = cutInside(fixture('rss.xml').replace('<title>Lighthouse', '<title>Lighthouse</titel>'), 'Undated notice');
    expectRejected(readOne('damaged.xml', damaged), 'damaged.xml', /^not well-formed XML \(line 18: /);
    // Closed but not well-formed: damaged, not cut.
    expectRejected(readOne('closed.xml', fixture('rss.xml').replace('</pubDate>', '</pubdate>')), 'closed.xml', /^not well-formed XML \(line \d+: /);
  });

  it('a long feed cut short is read in one pass: 5,000 items, the XML validated twice (not once per item)', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `<item><title>Notice ${i + 1}</title><pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate><description>Notice number ${i + 1} was posted on the quay board on Monday, the harbour office said.</description></item>\n`);
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Board</title>\n${items.join('')}`;
    // (The reader requires the parser's CommonJS entry on first use, readers/lazy.ts: spy on that one.)
    const { XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as typeof FastXmlParser;
    const validate = vi.spyOn(XMLValidator, 'validate');
    try {
      const r = readOne('board.rss', cutInside(feed, 'Notice number 5000'));
      expect(r.articles).toHaveLength(4999);
      expect(r.problems).toEqual(cutWarning('board.rss', 'feed cut short: 4999 complete items read'));
      expect(validate).toHaveBeenCalledTimes(2);
    } finally {
      validate.mockRestore();
    }
  });

  it('wrongly encoded feeds are one rejection each; a declared ISO-8859-1 feed is read', () => {
    const latin = (decl: string): Uint8Array =>
      latin1(`<?xml version="1.0"${decl}?><rss version="2.0"><channel><title>Caf\u00e9 Wire</title><item><title>Caf\u00e9 opens</title><pubDate>7 May 2023</pubDate><description>The caf\u00e9 on the square opened on Sunday, its owner said to the local paper.</description></item></channel></rss>`);
    const ok = readOne('latin.xml', latin(' encoding="ISO-8859-1"'));
    expect(ok.problems).toEqual([]);
    expect(ok.articles[0]).toMatchObject({ title: 'Café opens', published: '2023-05-07', outlet: 'Café Wire' });
    expectRejected(readOne('undeclared.xml', latin('')), 'undeclared.xml', /not valid UTF-8/);
  });
});

describe('CSV and TSV', () => {
  const csv = fixture('articles.csv');

  it('CSV: columns by header name, one article per row, dates in several forms; bad rows rejected alone by line', () => {
    const r = readOne('articles.csv', csv);
    expect(r.articles.map((a) => [a.path, a.format, a.title, a.published, a.publishedFrom])).toEqual([
      ['articles.csv#2', 'csv', 'Town hall clock restored', '2023-05-02', 'column "Published"'],
      ['articles.csv#3', 'csv', 'Spring fair opens in the market square', '2023-05-07', 'column "Published"'],
      ['articles.csv#6', 'csv', 'Library extends opening hours', '2023-05-08', 'column "Published"'],
    ]);
    expect(r.articles[0]).toMatchObject({ body: 'The town hall clock struck noon again on Tuesday after a year-long restoration of its mechanism, the council said.', url: 'https://valley-post.example/clock', outlet: 'Valley Post', author: 'K. Brandt' });
    expect(r.articles[1]!.body).toBe('The spring fair opened in the market square on Sunday with more than 80 stalls, the organisers said.\n\nTraders came from six neighbouring towns.');
    expect(r.problems.map((p) => [p.file, p.record, p.reason])).toEqual([
      ['articles.csv', 7, 'publication date "07/05/2023" is ambiguous (day/month or month/day?): give --date-order dmy or mdy'],
      ['articles.csv', 8, 'row has 7 fields, the header has 6'],
      ['articles.csv', 9, 'missing publication date'],
    ]);
    expect(r.inputsSeen).toBe(6);
  });

  it('with a date order, 07/05/2023 is read', () => {
    const day = (order: 'dmy' | 'mdy'): string | undefined => readOne('articles.csv', csv, { dateOrder: order }).articles.find((a) => a.title === 'Bridge closed for inspection')?.published;
    expect(day('dmy')).toBe('2023-05-07');
    expect(day('mdy')).toBe('2023-07-05');
  });

  it('TSV: tab-separated, a stray quote kept as written', () => {
    const r = readInputs([join(FIXTURES_DIR, 'articles.tsv')]);
    expect(r.problems).toEqual([]);
    expect(r.articles.map((a) => [a.format, a.title, a.published, a.body.split('\n')[0]])).toEqual([
      ['tsv', 'Rowing club wins regional final', '2023-05-14', 'The rowing club won the regional eight final on Sunday by two lengths, its captain said.'],
      ['tsv', 'Ferry timetable changes for summer', '2023-05-15', 'The summer ferry timetable starts on Monday with two extra crossings a day, the operator said. Fares stay the same.'],
      ['tsv', 'Quote "marks" in a tab file', '2023-05-15', 'A stray "quote" inside a field of a tab-separated file is kept as written, the test says.'],
    ]);
  });

  it('--columns names the headers; a header without date or text columns is one rejection saying which', () => {
    const odd = 'Kop,Wanneer,Verhaal\nDam reopens,2023-06-01,"The dam road reopened on Thursday after repairs, the water board said."\n';
    expectRejected(readOne('odd.csv', odd), 'odd.csv', /^no date column \(headers: Kop, Wanneer, Verhaal\); name it with --columns date=<header>$/);
    const r = readOne('odd.csv', odd, { columns: { title: 'Kop', date: 'wanneer', text: 'Verhaal' } });
    expect(r.problems).toEqual([]);
    expect(r.articles.map((a) => [a.title, a.published, a.publishedFrom])).toEqual([['Dam reopens', '2023-06-01', 'column "Wanneer"']]);
    expectRejected(readOne('odd.csv', odd, { columns: { text: 'Story' } }), 'odd.csv', /^--columns text=Story: no such column/);
  });

  it('hostile: a row cut inside a quote is rejected alone; Latin-1 bytes are one rejection; a header alone is one', () => {
    const cut = `${csv.trimEnd()}\nLast row,2023-05-10,"The body of the last row was cut off in the middle of`;
    const r = readOne('cut.csv', cut);
    expect(r.articles).toHaveLength(3);
    const last = r.problems.at(-1)!;
    expect(last).toMatchObject({ file: 'cut.csv', record: 10, severity: 'error' });
    expect(last.reason).toMatch(/^row is not valid CSV \(Quote Not Closed/);
    expectRejected(readOne('latin.csv', latin1('title,date,text\nCaf\u00e9,2023-05-07,"Le caf\u00e9 a ouvert dimanche, a dit son patron."\n')), 'latin.csv', /not valid UTF-8/);
    expectRejected(readOne('head.csv', 'title,date,text\n'), 'head.csv', /^no rows after the header$/);
  });

  it('from the command line: --columns and --date-order reach the readers, a bad value is a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-formats-cli-'));
    const out = mkdtempSync(join(tmpdir(), 'dateline-formats-out-'));
    dirs.push(dir, out);
    writeFileSync(join(dir, 'odd.csv'), 'Kop,Wanneer,Verhaal\nDam reopens,01/06/2023,"The dam road reopened on Thursday after repairs, the water board said."\n');
    const cli = (...args: string[]): ReturnType<typeof spawnSync> => spawnSync('npx', ['tsx', 'src/pipeline/cli/main.ts', 'build', '--input', dir, '--out', out, '--no-cache', '--quiet', ...args], { encoding: 'utf8' });
    const run = cli('--columns', 'title=Kop,date=Wanneer,text=Verhaal', '--date-order', 'dmy');
    expect(run.status, String(run.stderr)).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as { articlesUsed: number; problems: unknown[] };
    expect(report.articlesUsed).toBe(1);
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as { articles: { title: string; published: string }[] };
    expect(dataset.articles.map((a) => [a.title, a.published])).toEqual([['Dam reopens', '2023-06-01']]);
    const bad = cli('--date-order', 'dym');
    expect(bad.status).not.toBe(0);
    expect(String(bad.stderr)).toMatch(/^dateline: --date-order needs dmy, mdy or ymd, not "dym"/);
  }, 120_000);
});
