// Where each article's publication date was found (ArticleRecord.publishedFrom, issue 14): the
// details show it next to the date, as text, mark a guessed date (file name, modification time)
// as such, and say nothing for an article without it (datasets built before the field).
import { expect, test } from '@playwright/test';
import type { Dataset } from '../src/model/dataset.ts';
import { V2_DATASET } from './fixtures/v2-dataset.ts';
import { details, openWithDataset } from './helpers.ts';

const HOSTILE_COLUMN = '<img src=x onerror="window.__datelinePwned=1">';

/** The fixture with a date source on two of its articles; the third keeps none. */
const dataset: Dataset = {
  ...V2_DATASET,
  articles: V2_DATASET.articles.map((a) =>
    a.id === 'a-2008'
      ? { ...a, publishedFrom: 'file name' }
      : a.id === 'a-meet'
        ? { ...a, publishedFrom: `column "${HOSTILE_COLUMN}"` }
        : a,
  ),
};

test('the details say where the publication date was found, and that a file-name date is a guess', async ({
  page,
}) => {
  await openWithDataset(page, dataset, '/?event=e-declared');
  const meta = details(page).locator('.source-meta');
  await expect(meta).toHaveText('Wire, 17 February 2008 (from the file name)');
  await expect(meta.locator('.date-source')).toHaveAttribute(
    'title',
    /gives no publication date: this one is a guess/,
  );
});

test('a date source from the input is shown as text, and an article without one shows none', async ({
  page,
}) => {
  await openWithDataset(page, dataset, '/?event=e-met');
  const sources = details(page).locator('figure.source');
  await expect(sources).toHaveCount(2);
  const meta = sources.locator('.source-meta');
  await expect(meta.nth(0)).toHaveText(`Wire, 22 September 2022 (from column "${HOSTILE_COLUMN}")`);
  await expect(meta.nth(0).locator('.date-source')).not.toHaveAttribute('title', /.+/);
  await expect(details(page).locator('img')).toHaveCount(0);
  // Evaluated in the page (a string: this file is type-checked without the DOM library).
  expect(await page.evaluate('window.__datelinePwned ?? null')).toBeNull();
  await expect(meta.nth(1)).toHaveText('Agency, 23 September 2022');
  await expect(meta.nth(1).locator('.date-source')).toHaveCount(0);
});
