import { describe, expect, it } from 'vitest';
import type { ActorRecord, ArticleRecord, EventRecord } from './dataset.ts';
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
      'id,date,start,end,precision,when,type,title,future,actors,sentences,articles',
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"") said, ""no"""`);
    expect(csv).toContain('"Kosovo declared independence.\nSecond line"');
    expect(csv).toContain('Headline — Wire — 2008-02-17');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['plain', 'plain'],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['a,b', '"a,b"'],
  ])('cell %s → %s', (input, output) => expect(csvCell(input)).toBe(output));
});
