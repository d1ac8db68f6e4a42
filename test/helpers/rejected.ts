/** What the format tests expect of a file that cannot be read. */
import { expect } from 'vitest';
import type { ReadResult } from '../../src/pipeline/read/types.ts';

/** Exactly one problem, an error naming the file, on one line, with a reason matching `reason`. */
export function expectRejected(r: ReadResult, file: string, reason: RegExp): void {
  expect(r.articles).toEqual([]);
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0]).toMatchObject({ file, severity: 'error' });
  expect(r.problems[0]!.reason).toMatch(reason);
  expect(r.problems[0]!.reason).not.toContain('\n');
}
