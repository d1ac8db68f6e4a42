import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitAfterDateline, splitSentences } from './sentences.ts';

const texts = (body: string): string[] => splitSentences(body).map((s) => s.text);

describe('splitSentences', () => {
  it('ends a sentence at a full stop, question or exclamation mark before a capital, a digit or a quote', () => {
    expect(texts('Kosovo declared independence. Serbia objected! Why? "We will never accept it," he said. 2008 was a turning point.')).toEqual([
      'Kosovo declared independence.',
      'Serbia objected!',
      'Why?',
      '"We will never accept it," he said.',
      '2008 was a turning point.',
    ]);
  });

  it('before a name written in lower camel case ("iPods", "eBay"), not before a lower-case word', () => {
    expect(texts('Apple updated the iPod on Tuesday. iPods sold in France are quieter. eBay agreed. The sale was at 5 p.m. sharp.')).toEqual([
      'Apple updated the iPod on Tuesday.',
      'iPods sold in France are quieter.',
      'eBay agreed.',
      'The sale was at 5 p.m. sharp.',
    ]);
  });

  it('not after a title, a month or an initial', () => {
    expect(texts('Mr. Thaçi met Gen. Clark on Sept. 5 in Pristina. J. Smith and U.S. officials attended.')).toEqual([
      'Mr. Thaçi met Gen. Clark on Sept. 5 in Pristina.',
      'J. Smith and U.S. officials attended.',
    ]);
  });

  it('after a name joined by a sign that ends in a capital ("AT&T.")', () => {
    expect(texts('Pre-orders overwhelmed Apple and AT&T. Many buyers gave up.')).toEqual([
      'Pre-orders overwhelmed Apple and AT&T.',
      'Many buyers gave up.',
    ]);
  });

  it('always at a paragraph break, and offsets point into the text', () => {
    const body = 'PRISTINA, Feb 17 - Celebrations\n\nthe crowd gathered. It sang.';
    const found = splitSentences(body);
    expect(found.map((s) => s.text)).toEqual(['PRISTINA, Feb 17 - Celebrations', 'the crowd gathered.', 'It sang.']);
    for (const s of found) expect(body.slice(s.start, s.end)).toBe(s.text);
    // (After an abbreviation too: a line break alone does not end one.)
    expect(splitSentences('It is owned by Acme Holdings Inc.\n\nThe sale closed. It was sold by Zeta Corp.\nlast year.').map((s) => s.text)).toEqual(['It is owned by Acme Holdings Inc.', 'The sale closed.', 'It was sold by Zeta Corp.\nlast year.']);
  });

  it('cuts a sentence longer than MAX_SENTENCE_CHARS at a space, losing no word', () => {
    const body = 'the council met again and '.repeat(400); // 10,400 characters, no full stop
    const found = splitSentences(body);
    expect(found.length).toBeGreaterThan(1);
    for (const s of found) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(body.slice(s.start, s.end)).toBe(s.text);
      expect(body.charAt(s.end)).toBe(' '); // cut between words
    }
    expect(found.map((s) => s.text).join(' ')).toBe(body.trim());
  });

  it('cuts a word longer than MAX_SENTENCE_CHARS where it must, never inside a surrogate pair', () => {
    const body = '😀'.repeat(MAX_SENTENCE_CHARS);
    const found = splitSentences(body);
    expect(found.map((s) => s.text).join('')).toBe(body);
    for (const s of found) expect(s.text.length % 2).toBe(0);
  });
});

describe('splitAfterDateline', () => {
  const body = 'JEDDAH, Saudi Arabia (Nile Wire) — Talks between the two armies resumed on Saturday. Envoys met again.';
  const contentStart = body.indexOf('Talks');

  it('makes the dateline a sentence of its own, so the story starts after it', () => {
    expect(splitAfterDateline(body, contentStart).map((s) => s.text)).toEqual(['JEDDAH, Saudi Arabia (Nile Wire) —', 'Talks between the two armies resumed on Saturday.', 'Envoys met again.']);
    for (const s of splitAfterDateline(body, contentStart)) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('is splitSentences without a dateline', () => {
    expect(splitAfterDateline(body, 0)).toEqual(splitSentences(body));
  });
});
