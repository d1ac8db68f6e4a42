import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyHash, readInputs } from './read.ts';
import type { ReadResult } from './types.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder holding the given files (string contents are written as UTF-8). */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-read-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const txt = (date: string, title: string, body: string): string =>
  `date ${date} ${title}\n\n${body}\n`;

function errors(r: ReadResult): ReturnType<ReadResult['problems']['filter']> {
  return r.problems.filter((p) => p.severity === 'error');
}

/** Every input is either an article or exactly one rejected input. */
function expectCountsAddUp(r: ReadResult): void {
  expect(r.inputsSeen).toBe(r.articles.length + errors(r).length);
}

describe('readInputs: formats', () => {
  it('.txt with the seed-style header (leading space) and a dateline', () => {
    const dir = folder({
      'seed.txt':
        ' date 2022-09-22 Osmani meets Stoltenberg\n\nBELGRADE (UrduPoint News / Sputnik - 22nd September, 2022) The president met NATO on Wednesday.\n',
    });
    const r = readInputs([dir]);
    expect(r.problems).toEqual([]);
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a).toMatchObject({
      path: 'seed.txt',
      format: 'txt',
      title: 'Osmani meets Stoltenberg',
      published: '2022-09-22',
      outlet: 'UrduPoint News / Sputnik',
      place: 'Belgrade',
      url: null,
    });
    expect(a.body.slice(a.dateline!.start, a.dateline!.end)).toBe(
      'BELGRADE (UrduPoint News / Sputnik - 22nd September, 2022) ',
    );
    expectCountsAddUp(r);
  });

  it('.md with front matter; metadata source wins over the dateline outlet', () => {
    const dir = folder({
      'b.md':
        '---\ntitle: "Kosovo applies"\ndate: 2022-12-15\nsource: Balkan Desk\nurl: https://example.org/apply\n---\n\nPRISTINA, Dec 15 (Other Wire) - Kosovo applied to join the EU on Thursday.\n',
    });
    const r = readInputs([dir]);
    expect(r.problems).toEqual([]);
    expect(r.articles[0]).toMatchObject({
      path: 'b.md',
      format: 'md',
      title: 'Kosovo applies',
      published: '2022-12-15',
      outlet: 'Balkan Desk',
      place: 'Pristina',
      url: 'https://example.org/apply',
    });
    expect(r.articles[0]!.body.startsWith('PRISTINA, Dec 15')).toBe(true);
  });

  it('.json array: one article per record, paths numbered from 1', () => {
    const dir = folder({
      'c.json': JSON.stringify([
        { title: 'One', published: '2011-03-09', body: 'First report about talks.' },
        { title: 'Two', published: '2011-03-10', body: 'Second report about talks.' },
      ]),
    });
    const r = readInputs([dir]);
    expect(r.problems).toEqual([]);
    expect(r.articles.map((a) => [a.path, a.title, a.published, a.format])).toEqual([
      ['c.json#1', 'One', '2011-03-09', 'json'],
      ['c.json#2', 'Two', '2011-03-10', 'json'],
    ]);
    expect(r.inputsSeen).toBe(2);
  });

  it('.json single object: one article, path without a record number', () => {
    const dir = folder({
      'd.json': JSON.stringify({ headline: 'Solo', date: '2013-04-19', text: 'A single record.' }),
    });
    const r = readInputs([dir]);
    expect(r.problems).toEqual([]);
    expect(r.articles.map((a) => [a.path, a.title])).toEqual([['d.json', 'Solo']]);
    expect(r.inputsSeen).toBe(1);
  });

  it('.jsonl: one bad line among good ones is reported with its line number, the others kept', () => {
    const lines = [
      JSON.stringify({ title: 'L1', date: '2013-04-19', text: 'Line one article.' }),
      '{"title": "L2", "date": "2013-04-20", "text": "unterminated',
      '',
      JSON.stringify({ title: 'L4', date: '2013-04-21', text: 'Line four article.' }),
    ];
    const dir = folder({ 'e.jsonl': lines.join('\n') });
    const r = readInputs([dir]);
    expect(r.articles.map((a) => a.path)).toEqual(['e.jsonl#1', 'e.jsonl#4']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'e.jsonl', record: 2, severity: 'error' });
    expect(r.problems[0]!.reason).toMatch(/^line is not valid JSON/);
    expect(r.inputsSeen).toBe(3); // the blank line is not an input
    expectCountsAddUp(r);
  });
});

describe('readInputs: bad input is reported, never thrown', () => {
  const good = txt('2022-09-22', 'Good', 'A good article about a meeting on Wednesday.');

  it('each bad file gets its own problem with file and reason; the counts add up', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Buffer.from(txt('2022-09-20', 'Wide', 'A UTF-16 article about a visit.'), 'utf16le'),
    ]);
    const dir = folder({
      'ok.txt': good,
      'utf16.txt': utf16,
      'crlf.txt': 'date 2022-09-21 Windows\r\n\r\nFirst line.\r\nSecond line.\r\n',
      'bad-utf8.txt': new Uint8Array([
        ...Buffer.from('date 2022-09-22 Bad\n\nCaf'),
        0xc3,
        0x28,
        ...Buffer.from(' text'),
      ]),
      'nul.txt': 'date 2022-09-22 Nul\n\nabc\u0000def',
      'feb30.txt': txt('2022-02-30', 'Feb', 'Impossible date body.'),
      'year0.txt': txt('0000-01-01', 'Zero', 'Year zero body.'),
      'year9999.txt': txt('9999-01-01', 'Nines', 'Year nine thousand body.'),
      'nodate.json': JSON.stringify({ title: 'No date', body: 'Body without a date.' }),
      'nobody.txt': 'date 2022-09-22 Only a headline\n\n',
      'empty.md': '',
      'notes.odt': 'not an article',
      'dup.txt': txt('2022-09-23', 'Copy', 'A good   article about a meeting\non Wednesday.'),
      'js.json': JSON.stringify({
        title: 'Link',
        date: '2022-09-22',
        body: 'Article with a bad link.',
        url: 'javascript:alert(1)',
      }),
    });
    let r!: ReadResult;
    expect(() => (r = readInputs([dir]))).not.toThrow();

    const reason = (file: string): string => {
      const found = r.problems.filter((p) => p.file === file);
      expect(found, file).toHaveLength(1);
      return found[0]!.reason;
    };
    expect(reason('bad-utf8.txt')).toMatch(/not valid UTF-8/);
    expect(reason('nul.txt')).toMatch(/NUL bytes/);
    expect(reason('feb30.txt')).toBe(
      'publication date "2022-02-30" does not exist in the calendar',
    );
    expect(reason('year0.txt')).toBe('publication date "0000-01-01" is outside 1700–2199');
    expect(reason('year9999.txt')).toBe('publication date "9999-01-01" is outside 1700–2199');
    expect(reason('nodate.json')).toBe('missing publication date');
    expect(reason('nobody.txt')).toMatch(/^empty body/);
    expect(reason('empty.md')).toBe('empty file');
    expect(reason('notes.odt')).toMatch(/^unknown file type "\.odt"/);
    // Files are read in name order, so dup.txt comes before ok.txt and is the one kept:
    // the copy (same words, other wrapping) is the later file.
    expect(reason('ok.txt')).toBe('duplicate of dup.txt (same text)');
    expect(reason('js.json')).toMatch(/javascript:alert\(1\).*dropped/);
    expect(r.problems.find((p) => p.file === 'js.json')!.severity).toBe('warning');

    const byPath = new Map(r.articles.map((a) => [a.path, a]));
    expect([...byPath.keys()].sort()).toEqual(['crlf.txt', 'dup.txt', 'js.json', 'utf16.txt']);
    expect(byPath.get('utf16.txt')).toMatchObject({
      title: 'Wide',
      published: '2022-09-20',
      body: 'A UTF-16 article about a visit.',
    });
    expect(byPath.get('crlf.txt')).toMatchObject({
      title: 'Windows',
      body: 'First line.\nSecond line.',
    });
    expect(byPath.get('js.json')!.url).toBeNull();

    expect(r.inputsSeen).toBe(14);
    expect(errors(r)).toHaveLength(10);
    expectCountsAddUp(r);
  });

  it('an impossible or placeholder date in Markdown front matter is rejected, not rolled over', () => {
    const dir = folder({
      'feb30.md': '---\ntitle: T\ndate: 2022-02-30\n---\nFront matter date that does not exist.\n',
      'zero.md': '---\ntitle: T\ndate: 0000-01-01\n---\nFront matter year zero.\n',
      'offset.md': '---\ntitle: T\ndate: 2022-09-22T23:30:00-05:00\n---\nEvening story, US time.\n',
    });
    const r = readInputs([dir]);
    expect(r.problems.map((p) => [p.file, p.reason])).toEqual([
      ['feb30.md', 'publication date "2022-02-30" does not exist in the calendar'],
      ['zero.md', 'publication date "0000-01-01" is outside 1700–2199'],
    ]);
    // The same timestamp in a JSON record keeps the day as written; front matter must agree.
    expect(r.articles.map((a) => [a.path, a.published])).toEqual([['offset.md', '2022-09-22']]);
    expectCountsAddUp(r);
  });

  it('a missing input path is a problem that counts as an input', () => {
    const dir = folder({ 'ok.txt': good });
    const r = readInputs([dir, join(dir, 'no-such-folder')]);
    expect(r.articles).toHaveLength(1);
    expect(r.problems).toEqual([
      {
        file: join(dir, 'no-such-folder'),
        severity: 'error',
        reason: 'cannot open (no such file)',
      },
    ]);
    expectCountsAddUp(r);
  });

  it('a JSON array with bad records keeps the good ones', () => {
    const dir = folder({
      'mix.json': JSON.stringify([
        { title: 'Fine', date: '2011-03-09', body: 'Fine record body.' },
        { title: 'Bad date', date: '2011-02-29', body: 'Non-leap year.' },
        'not an object',
      ]),
    });
    const r = readInputs([dir]);
    expect(r.articles.map((a) => a.path)).toEqual(['mix.json#1']);
    expect(r.problems.map((p) => [p.file, p.record, p.reason])).toEqual([
      ['mix.json', 2, 'publication date "2011-02-29" does not exist in the calendar'],
      ['mix.json', 3, 'record is not an object'],
    ]);
    expect(r.inputsSeen).toBe(3);
    expectCountsAddUp(r);
  });

  it('hidden files are skipped', () => {
    const dir = folder({ 'ok.txt': good, '.DS_Store': 'binary\u0000junk' });
    const r = readInputs([dir]);
    expect(r.problems).toEqual([]);
    expect(r.inputsSeen).toBe(1);
  });
});

describe('bodyHash', () => {
  it('ignores whitespace differences, not word differences', () => {
    expect(bodyHash('Kosovo declared\nindependence.')).toBe(
      bodyHash('  Kosovo   declared independence. '),
    );
    expect(bodyHash('Kosovo declared independence.')).not.toBe(
      bodyHash('Serbia declared independence.'),
    );
    expect(bodyHash('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
