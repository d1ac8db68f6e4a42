// "As reported by" (`asof=YYYY-MM-DD`): the state of knowledge on a day, only what had been
// published by then. In the hand-written dataset (fixtures/v2-dataset.ts) the independence
// article is from 17 February 2008; on 22 September 2022 three articles were out (the meeting
// and the north), the NATO one followed on the 23rd, so the meeting had one report of its two.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { V2_DATASET } from './fixtures/v2-dataset.ts';
import { details, eventButtons, openWithDataset, param } from './helpers.ts';

const asOfField = (page: Page) => page.getByLabel(/^As reported by/);
const activeFilters = (page: Page) => page.getByRole('region', { name: 'Active filters' });

test('a day in the field shows what had been reported by then, in the link and back out', async ({
  page,
}) => {
  await openWithDataset(page, V2_DATASET);
  await expect(eventButtons(page)).toHaveCount(6);
  // The field offers the articles' publication days.
  await expect(asOfField(page)).toHaveAttribute('min', '2008-02-17');
  await expect(asOfField(page)).toHaveAttribute('max', '2022-09-23');

  await asOfField(page).fill('2008-02-17');
  await expect.poll(() => param(page, 'asof')).toBe('2008-02-17');
  await expect(eventButtons(page)).toHaveText([
    "Kosovo's assembly declared independence from Serbia",
  ]);
  await expect(activeFilters(page)).toContainText('1 of 6 events match');

  // A day before any article is not applied, and the field goes back to the day that is.
  await asOfField(page).fill('1999-01-01');
  await asOfField(page).blur();
  await expect(asOfField(page)).toHaveValue('2008-02-17');
  expect(await param(page, 'asof')).toBe('2008-02-17');

  await activeFilters(page)
    .getByRole('button', { name: 'Show what was reported after 17 February 2008 too' })
    .click();
  await expect.poll(() => param(page, 'asof')).toBeNull();
  await expect(asOfField(page)).toHaveValue('');
  await expect(eventButtons(page)).toHaveCount(6);
  await page.goBack();
  await expect(asOfField(page)).toHaveValue('2008-02-17');
  await expect(eventButtons(page)).toHaveCount(1);
});

test('the details list only the reports out by that day, and say what came later', async ({
  page,
}) => {
  await openWithDataset(page, V2_DATASET, '/?asof=2022-09-22&event=e-met');
  await expect(eventButtons(page)).toHaveCount(6);
  await expect(details(page).locator('.asof-note')).toHaveText(
    'As reported by 22 September 2022: 1 of 2 reports; the others were published later.',
  );
  await expect(details(page).locator('ol.sources > li')).toHaveCount(1);
  await expect(details(page).locator('ol.sources')).toContainText('Osmani met NATO');
  await expect(details(page).locator('ol.sources')).not.toContainText('NATO received Osmani');

  // On the 23rd both were out; the rule of 31 October still lay ahead on the 22nd.
  await page.goto('/?asof=2022-09-23&event=e-met');
  await expect(details(page).locator('ol.sources > li')).toHaveCount(2);
  await expect(details(page).locator('.asof-note')).toHaveText(
    'As reported by 23 September 2022: every report was out by then.',
  );
  await page.goto('/?asof=2022-09-22&event=e-rule');
  await expect(details(page).locator('.asof-note')).toContainText(
    'The event was still ahead then.',
  );

  // An event open by its id that no article had reported yet says when it first was.
  await page.goto('/?asof=2008-02-17&event=e-met');
  await expect(details(page).locator('.asof-note')).toHaveText(
    'Not reported yet on 17 February 2008: the first report came out on 22 September 2022.',
  );
  await expect(details(page).locator('ol.sources > li')).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  // A malformed day is left out, with a notice naming it.
  await page.goto('/?asof=2022-02-30');
  await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText(
    '2022-02-30',
  );
  await expect(eventButtons(page)).toHaveCount(6);
});

test('on a phone: the day in the link, the note in the details sheet, and axe finds nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await openWithDataset(page, V2_DATASET, '/?asof=2022-09-22&event=e-met');
  await expect(activeFilters(page)).toContainText('As reported by 22 September 2022');
  await expect(details(page).locator('.asof-note')).toBeVisible();
  await expect(details(page).locator('p.reported-dates')).toHaveCount(0); // one report out by then
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
