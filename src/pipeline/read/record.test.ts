import { describe, expect, it } from 'vitest';
import { parsePublished, safeUrl, toArticle } from './record.ts';

describe('parsePublished', () => {
  it('ISO days and date-times keep the day as written', () => {
    expect(parsePublished('2022-09-22')).toEqual({ day: '2022-09-22' });
    expect(parsePublished(' 2022-09-22 ')).toEqual({ day: '2022-09-22' });
    expect(parsePublished('2022-09-22T08:00:00Z')).toEqual({ day: '2022-09-22' });
    expect(parsePublished('2022-09-22T23:30:00-05:00')).toEqual({ day: '2022-09-22' });
    expect(parsePublished(new Date(Date.UTC(2022, 8, 22)))).toEqual({ day: '2022-09-22' });
  });

  it('rejects missing, malformed, impossible and out-of-range dates', () => {
    expect(parsePublished(undefined)).toEqual({ error: 'missing publication date' });
    expect(parsePublished('')).toEqual({ error: 'missing publication date' });
    expect(parsePublished('22/09/2022')).toHaveProperty(
      'error',
      'publication date "22/09/2022" is not YYYY-MM-DD',
    );
    expect(parsePublished('2022-02-30')).toHaveProperty(
      'error',
      'publication date "2022-02-30" does not exist in the calendar',
    );
    expect(parsePublished('0000-01-01')).toHaveProperty(
      'error',
      'publication date "0000-01-01" is outside 1700–2199',
    );
    expect(parsePublished('9999-12-31')).toHaveProperty(
      'error',
      'publication date "9999-12-31" is outside 1700–2199',
    );
    expect(parsePublished(new Date(Number.NaN))).toHaveProperty('error');
  });
});

describe('safeUrl', () => {
  it('keeps http(s) only', () => {
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeUrl(' http://example.org ')).toBe('http://example.org/');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('JavaScript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeUrl('/relative/path')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });
});

describe('toArticle', () => {
  it('accepts the usual field names of news exports', () => {
    const r = toArticle(
      {
        headline: 'H',
        published: '2013-04-19',
        text: 'Body.\r\nMore.',
        link: 'https://x.org/1',
        outlet: 'O',
      },
      'f.json',
      'json',
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article).toMatchObject({
        title: 'H',
        published: '2013-04-19',
        body: 'Body.\nMore.',
        url: 'https://x.org/1',
        outlet: 'O',
      });
      expect(r.warnings).toEqual([]);
    }
  });

  it('drops a javascript: link with a warning but keeps the article', () => {
    const r = toArticle(
      { title: 'T', date: '2022-09-22', body: 'Body.', url: 'javascript:alert(1)' },
      'f.json',
      'json',
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.url).toBeNull();
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toContain('javascript:alert(1)');
    }
  });

  it('rejects non-objects, wrong field types, a missing date and an empty body', () => {
    expect(toArticle('text', 'f.json', 'json')).toEqual({
      ok: false,
      reason: 'record is not an object',
    });
    expect(toArticle([1], 'f.json', 'json')).toEqual({
      ok: false,
      reason: 'record is not an object',
    });
    const wrongType = toArticle({ title: 5, date: '2022-09-22', body: 'x' }, 'f.json', 'json');
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.reason).toContain('"title"');
    expect(toArticle({ title: 'T', body: 'x' }, 'f.json', 'json')).toEqual({
      ok: false,
      reason: 'missing publication date',
    });
    expect(toArticle({ title: 'T', date: '2022-09-22', body: '  \n ' }, 'f.json', 'json')).toEqual({
      ok: false,
      reason: 'empty body (no text, body or content)',
    });
  });
});
