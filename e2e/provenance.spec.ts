// How an event is known (dataset format version 2): the details say where the date comes from,
// mark scheduled and possible events, highlight the event word and explain merged reports; a
// filter hides events dated only by publication and is part of the link; old links with version-1
// type names still filter. Most tests serve the hand-written fixture in fixtures/v2-dataset.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { asVersion1, V2_DATASET } from './fixtures/v2-dataset.ts';
import {
  checkboxCounts,
  details,
  eventButtons,
  expectListed,
  open,
  openWithDataset,
  param,
} from './helpers.ts';

const hidePublication = (page: Page) =>
  page.getByRole('checkbox', { name: /Hide events dated only by publication/ });

test('the details say how the date was obtained and highlight the event word', async ({ page }) => {
  await openWithDataset(page, V2_DATASET, '/?event=e-declared');
  await expect(details(page)).toContainText('Dated from the text: “17 February 2008”');
  const trigger = details(page).locator('mark.mark-trigger');
  await expect(trigger).toHaveText('declared');
  await expect(trigger).toHaveAttribute('title', 'Event word');
  // The date and the actors keep their own highlights next to it.
  await expect(details(page).locator('mark.mark-date')).toHaveText('17 February 2008');
  await expect(details(page).locator('mark.mark-actor')).toHaveText(['Kosovo', 'Serbia']);

  await page.goto('/?event=e-blocked');
  await expect(details(page)).toContainText(
    'Dated from the article’s publication date (the text gives no date)',
  );
  await expect(details(page).locator('mark.mark-trigger')).toHaveText('blocked');
  await page.goto('/?event=e-erected');
  await expect(details(page)).toContainText('Dated from the story’s narrative time');
});

test('scheduled and possible events are marked, and merged reports explained', async ({ page }) => {
  await openWithDataset(page, V2_DATASET, '/?event=e-rule');
  await expect(details(page).getByText('Scheduled', { exact: false }).first()).toBeVisible();
  await page.goto('/?event=e-troops');
  await expect(details(page)).toContainText('Possible');
  await expect(details(page)).toContainText(
    'Dated relative to the publication date or an earlier date in the text: “December”',
  );

  await page.goto('/?event=e-met');
  await expect(details(page)).toContainText('Reported by 2 sources');
  const why = details(page).getByText('why one event?');
  const explanation = details(page).getByText(/^Merged because/);
  await expect(explanation).toBeHidden();
  await why.click();
  await expect(explanation).toHaveText(
    'Merged because they give the same date, they report the same kind of event and they name 2 actors in common: a strong match (score 0.85).',
  );
  // Each source highlights its own event word.
  await expect(details(page).locator('mark.mark-trigger')).toHaveText(['met', 'received']);
});

test('"Hide events dated only by publication" filters and is part of the link', async ({
  page,
}) => {
  await openWithDataset(page, V2_DATASET);
  await expect(eventButtons(page)).toHaveCount(6);
  await hidePublication(page).check();
  await expect(eventButtons(page)).toHaveCount(5);
  await expect(eventButtons(page).filter({ hasText: 'blocked the roads' })).toHaveCount(0);
  expect(await param(page, 'dated')).toBe('text');
  await expect(page.getByRole('region', { name: 'Active filters' })).toContainText(
    '5 of 6 events match',
  );

  // The link restores it, and back undoes it.
  await page.reload();
  await expect(hidePublication(page)).toBeChecked();
  await expect(eventButtons(page)).toHaveCount(5);
  await page.goBack();
  await expect(hidePublication(page)).not.toBeChecked();
  await expect(eventButtons(page)).toHaveCount(6);
  expect(await param(page, 'dated')).toBeNull();
});

test('a malformed dated value is named in a notice and the rest of the link applies', async ({
  page,
}) => {
  await openWithDataset(page, V2_DATASET, '/?dated=maybe&types=protest');
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('maybe');
  await expect(eventButtons(page)).toHaveCount(2);
  await expect(hidePublication(page)).not.toBeChecked();
  await expect(page).toHaveURL(/\?types=protest$/);
});

test('a version-1 dataset is converted as it loads', async ({ page }) => {
  await openWithDataset(page, asVersion1(V2_DATASET), '/?event=e-met&types=meeting');
  await expect(details(page)).toContainText('Dated from the text: “Wednesday”');
  await expect(details(page).locator('mark.mark-trigger')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /^Consult/ })).toBeChecked();
});

test('an old link with types=meeting still filters, by the new type', async ({ page }) => {
  // The sample build, as the other tests use it.
  const total = await open(page);
  const consult = page.getByRole('checkbox', { name: /^Consult/ });
  const [expected] = await checkboxCounts(consult);
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(total);

  await page.goto('/?types=meeting');
  await expect(consult).toBeChecked();
  await expect(page).toHaveURL(/\?types=consult$/);
  await expectListed(page, expected!);
  await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toHaveCount(0);
});

test('the details say what date each report gives: one sentence when they agree, a table when not', async ({
  page,
}) => {
  await openWithDataset(page, V2_DATASET, '/?event=e-met');
  await expect(details(page).locator('p.reported-dates')).toHaveText(
    'Both reports date it 21 September 2022.',
  );
  // A dataset whose second report dates the meeting a day earlier (the pipeline never merges
  // such reports, but a dataset made otherwise may hold them).
  const sentence = 'NATO received Osmani at its headquarters on Tuesday, the alliance said.';
  const at = sentence.indexOf('Tuesday');
  const disagreeing = structuredClone(V2_DATASET);
  const met = disagreeing.events.find((e) => e.id === 'e-met')!;
  met.sources[1] = {
    ...met.sources[1]!,
    sentence,
    end: sentence.length,
    timex: { start: at, end: at + 7, text: 'Tuesday', value: '2022-09-20' },
  };
  await page.unrouteAll();
  await openWithDataset(page, disagreeing, '/?event=e-met');
  const table = details(page).getByRole('table');
  await expect(table.locator('caption')).toHaveText(
    'The reports disagree on the date; the one chosen: 21 September 2022',
  );
  await expect(table.locator('tbody tr')).toHaveText([
    'Osmani in Brussels22 September 2022“Wednesday”: 21 September 2022 (chosen)',
    'NATO and Kosovo23 September 2022“Tuesday”: 20 September 2022',
  ]);
  const { violations } = await new AxeBuilder({ page }).include('.details').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
