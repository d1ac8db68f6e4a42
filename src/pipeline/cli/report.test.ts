import { describe, expect, it } from 'vitest';
import { readLine } from './report.ts';
import { resultLine } from './watch.ts';

describe('build summary lines', () => {
  it('the read line counts used/rejected per file type, when the report has them', () => {
    const counts = { inputsSeen: 12, articlesUsed: 10, rejected: 2 };
    expect(readLine({ ...counts, formats: [{ format: 'txt', used: 8, rejected: 1 }, { format: 'html', used: 2, rejected: 1 }] })).toBe(
      'Read 12 input(s): 10 article(s) used, 2 rejected — txt 8/1, html 2/1.',
    );
    // A report written before the counts per type.
    expect(readLine(counts)).toBe('Read 12 input(s): 10 article(s) used, 2 rejected.');
    // A file type comes from a file name: escaped like one.
    expect(readLine({ ...counts, formats: [{ format: 'x\u001b[31m', used: 0, rejected: 2 }] })).not.toContain('\u001b');
  });

  it('watch says each published build in one line', () => {
    const line = resultLine({ articlesUsed: 66, rejected: 1, events: 695 }, 'public/data', 3.14, new Date(2026, 11, 5, 15, 20, 10));
    expect(line).toBe('dateline: built at 15:20:10 in 3.1 s: 66 article(s) used, 1 rejected, 695 event(s); published to public/data');
  });
});
