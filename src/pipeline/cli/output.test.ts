import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../model/dataset.ts';
import { changedDataset } from '../../model/valid-dataset.fixture.ts';
import { eventsToCsv } from './output.ts';

describe('eventsToCsv (dateline events --format csv)', () => {
  it('neutralises a title that would start a formula and quotes it, as the app export does', () => {
    const dataset = changedDataset((d) => {
      d.events[0].title = '=1+1';
    }) as Dataset;
    const row = eventsToCsv(dataset).split('\n')[1]!;
    expect(row).toContain(`,"'=1+1",`);
    expect(row.split(',').some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });
});
