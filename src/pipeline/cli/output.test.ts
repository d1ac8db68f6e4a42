import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../model/dataset.ts';
import { changedDataset } from '../../model/valid-dataset.fixture.ts';
import { datasetToCsv } from './output.ts';

describe('datasetToCsv (dateline events --format csv)', () => {
  const dataset = changedDataset((d) => {
    d.events[0].title = '=1+1';
  }) as Dataset;
  const csv = datasetToCsv(dataset);

  it('writes the columns of the app’s export, importance included', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'id,date,start,end,precision,when,type,title,future,importance,actors,kinds,sentences,articles',
    );
  });

  it('neutralises a title that would start a formula and quotes it', () => {
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain(`,"'=1+1",`);
    expect(row.split(',').some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });
});
