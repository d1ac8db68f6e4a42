import { describe, expect, it } from 'vitest';
import type { ActorRecord, ArticleRecord, EventRecord } from './dataset.ts';
import { parseCsv, rawCells } from '../../e2e/fixtures/csv.ts';
import { csvCell, eventsToCsv, eventsToJson } from './export.ts';

const EVENT: EventRecord = {
  id: 'e1',
  date: '2008-02',
  start: '2008-02-01',
  end: '2008-02-29',
  precision: 'month',
  title: '=HYPERLINK("x") said, "no"',
  type: 'statement',
  actors: ['country:kosovo', 'person:unknown'],
  future: false,
  dateBasis: 'relative',
  modality: 'future',
  merge: null,
  sources: [
    {
      article: 'a1',
      sentence: 'Kosovo declared independence.\nSecond line',
      start: 0,
      end: 10,
      timex: { start: 0, end: 1, text: 'February 2008', value: '2008-02' },
      trigger: { start: 7, end: 15, text: 'declared' },
      mentions: [],
    },
  ],
};
const ctx = {
  actorsById: new Map<string, ActorRecord>([
    [
      'country:kosovo',
      {
        id: 'country:kosovo',
        name: 'Kosovo',
        kind: 'country',
        aliases: [],
        affiliations: [],
        eventCount: 1,
      },
    ],
  ]),
  articlesById: new Map<string, ArticleRecord>([
    [
      'a1',
      {
        id: 'a1',
        path: 'a.txt',
        title: 'Headline',
        published: '2008-02-17',
        outlet: 'Wire',
        place: null,
        url: null,
      },
    ],
  ]),
};

describe('export', () => {
  it('writes JSON with actors and sources resolved', () => {
    const json = JSON.parse(eventsToJson([EVENT], ctx));
    expect(json.events[0]).toMatchObject({
      id: 'e1',
      when: 'February 2008',
      dateBasis: 'relative',
      modality: 'future',
      merge: null,
      actors: [
        { id: 'country:kosovo', name: 'Kosovo', kind: 'country' },
        { id: 'person:unknown', name: 'person:unknown', kind: null },
      ],
      sources: [
        {
          dateExpression: 'February 2008',
          trigger: 'declared',
          article: { title: 'Headline', outlet: 'Wire', published: '2008-02-17', url: null },
        },
      ],
    });
  });

  it('writes spreadsheet-safe CSV with one row per event', () => {
    const csv = eventsToCsv([EVENT], ctx);
    const [header] = csv.split('\r\n');
    expect(header).toBe(
      'id,date,start,end,precision,when,type,title,future,importance,actors,kinds,sentences,articles',
    );
    // A statement (0.2 of the type weight), two actors (2/3), one article (0): 100 × (0.25 × 2/3 + 0.3 × 0.2).
    expect(csv).toContain(',false,23,');
    // Each actor's kind beside the actors, in their order; an actor the dataset does not list is "unknown".
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(',"Kosovo; person:unknown","country; unknown",');
    expect(csv).toContain(`"'=HYPERLINK(""x"") said, ""no"""`);
    expect(csv).toContain('"Kosovo declared independence.\nSecond line"');
    expect(csv).toContain('Headline — Wire — 2008-02-17');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    // Spreadsheets in many locales split on ; or tab: quoted, no later part can start a cell.
    ['a;=1+1', '"a;=1+1"'],
    ['a\t=1+1', '"a\t=1+1"'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['\u202eevil 👩‍🔬', '\u202eevil 👩‍🔬'],
  ])('cell %j → %j', (input, output) => expect(csvCell(input)).toBe(output));

  // OWASP CSV injection: a cell starting with = + - @ tab or CR gets a leading ' and is quoted.
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    [`=HYPERLINK("http://x","y")`, `"'=HYPERLINK(""http://x"",""y"")"`],
    [`=cmd|' /C calc'!A0`, `"'=cmd|' /C calc'!A0"`],
  ])('formula cell %j → %j', (input, output) => expect(csvCell(input)).toBe(output));

  describe('with hostile text in every column', () => {
    const hostile = {
      title: `=cmd|' /C calc'!A0`,
      actor: '@SUM(1+1)*cmd',
      sentence: '+1 <script>alert("x")</script> &lt;b&gt; \u202eevil 👩‍🔬',
      headline: '-2+3',
      outlet: '\tTab outlet',
      url: 'https://example.org/?a=1,b="2"',
    };
    const event: EventRecord = {
      ...EVENT,
      title: hostile.title,
      actors: ['person:x'],
      sources: [{ ...EVENT.sources[0]!, sentence: hostile.sentence }],
    };
    const hostileCtx = {
      actorsById: new Map<string, ActorRecord>([
        [
          'person:x',
          {
            id: 'person:x',
            name: hostile.actor,
            kind: 'person',
            aliases: [],
            affiliations: [],
            eventCount: 1,
          },
        ],
      ]),
      articlesById: new Map<string, ArticleRecord>([
        [
          'a1',
          {
            id: 'a1',
            path: 'a.txt',
            title: hostile.headline,
            published: '2008-02-17',
            outlet: hostile.outlet,
            place: null,
            url: hostile.url,
          },
        ],
      ]),
    };

    it('no CSV cell starts a formula, and each reads back as its text after the quote', () => {
      const csv = eventsToCsv([event], hostileCtx);
      for (const raw of rawCells(csv)) expect(raw).not.toMatch(/^[=+\-@\t\r]/);
      const [header, row] = parseCsv(csv);
      const cell = (name: string): string => row![header!.indexOf(name)]!;
      expect(cell('title')).toBe(`'${hostile.title}`);
      expect(cell('actors')).toBe(`'${hostile.actor}`);
      expect(cell('sentences')).toBe(`'${hostile.sentence}`);
      expect(cell('articles')).toBe(
        `'${hostile.headline} — ${hostile.outlet} — 2008-02-17 — ${hostile.url}`,
      );
    });

    it('JSON keeps every string exactly', () => {
      const json = JSON.parse(eventsToJson([event], hostileCtx));
      const e = json.events[0];
      expect(e.title).toBe(hostile.title);
      expect(e.actors[0].name).toBe(hostile.actor);
      expect(e.sources[0].sentence).toBe(hostile.sentence);
      expect(e.sources[0].article).toMatchObject({
        title: hostile.headline,
        outlet: hostile.outlet,
        url: hostile.url,
      });
    });
  });
});
