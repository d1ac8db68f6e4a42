import { describe, expect, it } from 'vitest';
import { JsonLineError, parseJson, parseJsonLines, parseMarkdown, parseTxt } from './formats.ts';

describe('parseTxt', () => {
  it('reads the header line, the blank line and the body', () => {
    const r = parseTxt(
      'date 2008-02-17 Kosovo declares independence\n\nPRISTINA (Wire) - Kosovo declared independence.',
      'a.txt',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.published).toBe('2008-02-17');
    expect(r.article.title).toBe('Kosovo declares independence');
    expect(r.article.body).toBe('PRISTINA (Wire) - Kosovo declared independence.');
    expect(r.article.place).toBe('Pristina');
    expect(r.article.outlet).toBe('Wire');
    expect(r.article.format).toBe('txt');
  });

  it('accepts leading whitespace before "date" (as in the seed article)', () => {
    const r = parseTxt(
      ' \tdate 2022-09-22 The president of Kosovo met NATO\n\nThe president met NATO on Wednesday.',
      's.txt',
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.published).toBe('2022-09-22');
      expect(r.article.title).toBe('The president of Kosovo met NATO');
    }
  });

  it('without a headline, the first words after the dateline become the title', () => {
    const r = parseTxt(
      'date 2022-09-22\n\nBELGRADE (Agency) - Serbia recalled its ambassador on Monday.',
      'x.txt',
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.title).toBe('Serbia recalled its ambassador on Monday.');
  });

  it('without the header: the first line is the title, the date from the text, the name or the modification time', () => {
    const r = parseTxt('Kosovo declares independence\n\nBody.', 'x.txt');
    expect(r).toEqual({ ok: false, reason: 'no publication date: no "date YYYY-MM-DD <headline>" first line, no date in a dateline, the first lines or the file name' });
    const named = parseTxt('Kosovo declares independence\n\nBody.', '2008-02-17-kosovo.txt');
    expect(named).toMatchObject({ ok: true, article: { title: 'Kosovo declares independence', published: '2008-02-17', publishedFrom: 'file name', body: 'Body.' } });
    const touched = parseTxt('Kosovo declares independence\n\nBody.', 'x.txt', { modified: Date.UTC(2008, 1, 17, 23, 59) });
    expect(touched).toMatchObject({ ok: true, article: { published: '2008-02-17', publishedFrom: 'file modification time' } });
  });

  it('rejects an impossible or out-of-range date and an empty body', () => {
    const feb30 = parseTxt('date 2022-02-30 Headline\n\nBody.', 'x.txt');
    expect(feb30.ok).toBe(false);
    if (!feb30.ok) expect(feb30.reason).toContain('does not exist');
    const y0 = parseTxt('date 0000-01-01 Headline\n\nBody.', 'x.txt');
    expect(y0.ok).toBe(false);
    if (!y0.ok) expect(y0.reason).toContain('outside');
    const empty = parseTxt('date 2022-09-22 Headline\n\n   \n', 'x.txt');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.reason).toContain('empty body');
  });
});

describe('parseMarkdown', () => {
  it('reads title, date, source and url from front matter', () => {
    const md =
      '---\ntitle: "Court rules on Kosovo"\ndate: "2010-07-22"\nsource: Hague Desk\nurl: https://example.org/icj\n---\n\nThe court ruled on Thursday.\n';
    const r = parseMarkdown(md, 'b.md');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article).toMatchObject({
      title: 'Court rules on Kosovo',
      published: '2010-07-22',
      outlet: 'Hague Desk',
      url: 'https://example.org/icj',
      body: 'The court ruled on Thursday.',
      format: 'md',
    });
  });

  it('an unquoted YAML date is read as the day written', () => {
    const r = parseMarkdown('---\ntitle: T\ndate: 2010-07-22\n---\nBody text.\n', 'b.md');
    expect(r.ok && r.article.published).toBe('2010-07-22');
  });

  it('rejects a file without front matter, and broken YAML', () => {
    expect(parseMarkdown('# Title\n\nBody', 'b.md')).toEqual({
      ok: false,
      reason: 'no front matter (expected a leading --- block)',
    });
    const broken = parseMarkdown('---\ntitle: [unclosed\ndate: 2010-07-22\n---\nBody\n', 'c.md');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.reason).toMatch(/not valid YAML/);
  });
});

describe('parseJson', () => {
  it('array, single object, and {articles: [...]}', () => {
    expect(parseJson('[{"a":1},{"a":2}]')).toEqual({
      ok: true,
      records: [{ a: 1 }, { a: 2 }],
      lineNumbers: false,
    });
    expect(parseJson('{"title":"x"}')).toEqual({
      ok: true,
      records: [{ title: 'x' }],
      lineNumbers: false,
    });
    expect(parseJson('{"articles":[{"a":1}]}')).toEqual({
      ok: true,
      records: [{ a: 1 }],
      lineNumbers: false,
    });
  });

  it('reasons for bad JSON', () => {
    const bad = parseJson('{"title": ');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/^not valid JSON/);
    expect(parseJson('42')).toEqual({
      ok: false,
      reason: 'JSON is neither an object nor an array of objects',
    });
  });
});

describe('parseJsonLines', () => {
  it('one value per line, blank lines skipped but counted, a bad line kept as an error', () => {
    const values = parseJsonLines('{"a":1}\n\n{bad json\n{"a":3}');
    expect(values).toHaveLength(4);
    expect(values[0]).toEqual({ a: 1 });
    expect(values[1]).toBeUndefined();
    expect(values[2]).toBeInstanceOf(JsonLineError);
    expect(values[3]).toEqual({ a: 3 });
  });
});
