import { describe, expect, it } from 'vitest';
import type { SourceRecord } from './dataset.ts';
import { eventTitle } from './labels.ts';

const untitled = (sentence: string) => ({
  title: '  ',
  type: 'statement' as const,
  start: '2022-09-21',
  end: '2022-09-21',
  precision: 'day' as const,
  sources: [
    {
      article: 'a',
      sentence,
      start: 0,
      end: sentence.length,
      timex: null,
      trigger: null,
      mentions: [],
    } satisfies SourceRecord,
  ],
});

describe('eventTitle', () => {
  it('falls back to the first sentence, cut to 80 characters', () => {
    const title = eventTitle(untitled(`${'word '.repeat(30)}end`));
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('never cuts the fallback inside an emoji', () => {
    // 79 code units of text would end inside the second half of the pair at 78–79.
    const title = eventTitle(untitled(`${'a'.repeat(78)}😀 and more text after it`));
    expect(title).toBe(`${'a'.repeat(78)}…`);
  });
});
