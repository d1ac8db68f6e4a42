/**
 * Property-based tests (fast-check, fixed seed): the date normaliser's intervals are well formed
 * and relative expressions move the way their words say; the readers never throw on any bytes.
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDay, utcMs } from '../src/model/dates.ts';
import { decodeText } from '../src/pipeline/read/decode.ts';
import { parseJson, parseJsonLines, parseMarkdown, parseTxt } from '../src/pipeline/read/formats.ts';
import { readInputs } from '../src/pipeline/read/read.ts';
import { tagTimexes } from '../src/pipeline/time/tagger.ts';

const SEED = 20221122;
const params = { seed: SEED, numRuns: 300 };
const PRECISION_DAYS: Record<string, [number, number]> = {
  day: [1, 1],
  week: [7, 7],
  month: [28, 31],
  season: [90, 92],
  quarter: [90, 92],
  year: [365, 366],
  decade: [3652, 3653],
  century: [36524, 36525],
};

const dct = fc.integer({ min: utcMs(1950, 1, 1), max: utcMs(2040, 12, 31) }).map((ms) => formatDay(ms - (ms % 86_400_000)));
const weekday = fc.constantFrom('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday');
const month = fc.constantFrom('January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December');
const n = fc.integer({ min: 2, max: 9 });
const phrase = fc.oneof(
  fc.tuple(weekday).map(([w]) => `Officials met on ${w}.`),
  fc.tuple(weekday).map(([w]) => `Ministers will meet on ${w}.`),
  fc.tuple(month, fc.integer({ min: 1, max: 28 })).map(([m, d]) => `The deal was signed on ${m} ${d}.`),
  fc.tuple(month).map(([m]) => `The vote took place in ${m}.`),
  fc.constantFrom('It happened last week.', 'It happens next month.', 'It began earlier this year.', 'It ended last summer.', 'It was in the 1990s.', 'It happened yesterday.'),
  n.map((k) => `It happened ${k} days ago.`),
  n.map((k) => `Talks resumed ${k} weeks later.`),
);

describe('date normaliser properties', () => {
  it('every anchor has start <= end and the length its precision says', () => {
    fc.assert(
      fc.property(dct, phrase, (day, text) => {
        for (const t of tagTimexes(text, { dct: day })) {
          if (!t.interval) continue;
          const { start, end, precision } = t.interval;
          expect(start <= end).toBe(true);
          const length = daysBetween(start, end) + 1;
          const [min, max] = PRECISION_DAYS[precision]!;
          expect(length, `${text} → ${t.value}`).toBeGreaterThanOrEqual(min);
          expect(length, `${text} → ${t.value}`).toBeLessThanOrEqual(max);
          expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
      params,
    );
  });

  it('past expressions fall before the publication date, future ones after it', () => {
    const past = fc.oneof(
      weekday.map((w) => [`Officials met on ${w}.`, 'not-after'] as const),
      n.map((k) => [`It happened ${k} days ago.`, 'before'] as const),
      fc.constant(['It happened yesterday.', 'before'] as const),
      fc.constant(['The talks collapsed last week.', 'before'] as const),
      fc.constant(['The talks collapsed last year.', 'before'] as const),
    );
    const future = fc.oneof(
      weekday.map((w) => [`Ministers will meet on ${w}.`, 'not-before'] as const),
      fc.constant(['The summit is next month.', 'after'] as const),
      fc.constant(['It takes effect tomorrow.', 'after'] as const),
      n.map((k) => [`It will happen ${k} days from now.`, 'after'] as const),
    );
    fc.assert(
      fc.property(dct, fc.oneof(past, future), (day, [text, direction]) => {
        const anchors = tagTimexes(text, { dct: day }).filter((t) => t.interval);
        expect(anchors.length, text).toBe(1);
        const { start, end } = anchors[0]!.interval!;
        if (direction === 'before') expect(end < day, `${text} @${day}`).toBe(true);
        if (direction === 'not-after') expect(start <= day, `${text} @${day}`).toBe(true);
        if (direction === 'after') expect(start > day, `${text} @${day}`).toBe(true);
        if (direction === 'not-before') expect(end >= day, `${text} @${day}`).toBe(true);
      }),
      params,
    );
  });

  it('"N days later" counts from the date mentioned before it', () => {
    fc.assert(
      fc.property(dct, fc.integer({ min: 1, max: 25 }), n, (day, d, k) => {
        const text = `The talks opened on March ${d}, 2010. They collapsed ${k} days later.`;
        const later = tagTimexes(text, { dct: day }).at(-1)!;
        expect(later.value).toBe(addDays(`2010-03-${String(d).padStart(2, '0')}`, k));
      }),
      params,
    );
  });
});

describe('reader properties', () => {
  const bytes = fc.uint8Array({ maxLength: 2000 });
  const text = fc.string({ maxLength: 2000, unit: 'binary' });

  it('decoding never throws on any bytes', () => {
    fc.assert(fc.property(bytes, (b) => void decodeText(b)), params);
  });

  it('format parsers never throw on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        parseTxt(t, 'x.txt');
        parseMarkdown(t, 'x.md');
        parseJson(t);
        parseJsonLines(t);
        parseTxt(`date 2022-01-01 Title\n\n${t}`, 'x.txt');
        parseMarkdown(`---\ntitle: T\ndate: 2022-01-01\n---\n${t}`, 'x.md');
      }),
      params,
    );
  });

  it('reading a folder of arbitrary files never throws and accounts for every file', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('.txt', '.md', '.json', '.jsonl', '.bin'), bytes), { maxLength: 6 }), (files) => {
        const dir = mkdtempSync(join(tmpdir(), 'dateline-prop-'));
        files.forEach(([ext, content], i) => writeFileSync(join(dir, `f${i}${ext}`), content));
        const result = readInputs([dir]);
        const rejected = result.problems.filter((p) => p.severity === 'error').length;
        expect(result.inputsSeen).toBe(result.articles.length + rejected);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
