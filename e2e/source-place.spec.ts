// Where each source's sentence is in the input (SourceRecord.origin, issue 14's map back to the
// original): the details name the file and the line, page or paragraph, as text; a source
// without an origin (datasets built before the field) names the file alone.
import { expect, test } from '@playwright/test';
import type { Dataset } from '../src/model/dataset.ts';
import { V2_DATASET } from './fixtures/v2-dataset.ts';
import { details, openWithDataset } from './helpers.ts';

const HOSTILE_PATH = 'drop/<img src=x onerror="window.__datelinePwned=1">.pdf';

/** e-met's first source is on line 14 of meeting.txt; its second (nato.txt) has no origin. */
const dataset: Dataset = {
  ...V2_DATASET,
  articles: V2_DATASET.articles.map((a) => (a.id === 'a-2008' ? { ...a, path: HOSTILE_PATH } : a)),
  events: V2_DATASET.events.map((e) =>
    e.id === 'e-met'
      ? { ...e, sources: e.sources.map((s, i) => (i === 0 ? { ...s, origin: { line: 14 } } : s)) }
      : e.id === 'e-declared'
        ? { ...e, sources: e.sources.map((s) => ({ ...s, origin: { page: 3 } })) }
        : e,
  ),
};

test('each source names its file and the line of its sentence; without an origin, the file alone', async ({ page }) => {
  await openWithDataset(page, dataset, '/?event=e-met');
  const places = details(page).locator('figure.source .source-file');
  await expect(places).toHaveText(['meeting.txt, line 14', 'nato.txt']);
});

test('a page of a PDF, and a file name from the input shown as text', async ({ page }) => {
  await openWithDataset(page, dataset, '/?event=e-declared');
  await expect(details(page).locator('.source-file')).toHaveText(`${HOSTILE_PATH}, page 3`);
  await expect(details(page).locator('img')).toHaveCount(0);
  expect(await page.evaluate('window.__datelinePwned ?? null')).toBeNull();
});
