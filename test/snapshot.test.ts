/**
 * A readable dump of the events built from small frozen fixtures (test/fixtures/articles), one line
 * per event: date | precision | how it was dated | actors (names, sorted) | title | source article path(s).
 * Every line of __snapshots__/events.txt was checked by hand against the facts in the fixtures.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/model/validate.ts';
import { buildDataset } from '../src/pipeline/build.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/articles', import.meta.url));
const ACTORS = fileURLToPath(new URL('../data/actors.json', import.meta.url));

describe('snapshot of the fixture events', () => {
  const { dataset, report } = buildDataset([FIXTURES], { actorsFile: ACTORS });

  it('reads every fixture without problems', () => {
    expect(report.problems).toEqual([]);
    expect(report.articlesUsed).toBe(4);
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('matches the reviewed dump', async () => {
    const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
    const paths = new Map(dataset.articles.map((a) => [a.id, a.path]));
    const lines = dataset.events.map((e) =>
      [
        e.date,
        e.precision,
        e.dateBasis,
        e.actors
          .map((id) => names.get(id) ?? id)
          .sort()
          .join(', '),
        e.title,
        e.sources.map((s) => paths.get(s.article)).join(', '),
      ].join(' | '),
    );
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/events.txt');
  });
});
