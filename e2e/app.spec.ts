// End-to-end tests of the app's main paths, against whatever dataset the build produced: they find
// events and actors through the page (accessible roles and names) instead of hard-coding ids.
import { expect, test } from '@playwright/test';
import {
  actorBoxes,
  checkboxCounts,
  details,
  eventButtons,
  eventList,
  expectListed,
  expectYearAfterDays2008,
  narrowingActor,
  open,
  readWholeList,
  param,
  timeline,
  canvas,
} from './helpers.ts';

test('first load shows the timeline and lists the events', async ({ page }) => {
  const total = await open(page);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Dateline' })).toBeVisible();
  await expect(timeline(page)).toBeVisible();
  await expect(canvas(page)).toHaveAccessibleName(/^Timeline, .* \d+ events$/);
  await expect(timeline(page)).toContainText(`${total} events in view`);
  await expect(details(page)).toBeHidden();
});

test('clicking an event opens its details with sources', async ({ page }) => {
  await open(page);
  const first = eventButtons(page).first();
  const title = (await first.textContent()) ?? '';
  await first.click();

  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(details(page).getByRole('heading', { name: /^Sources?\b/ })).toBeVisible();
  await expect(details(page).getByRole('blockquote').first()).not.toBeEmpty();
  await expect(details(page).getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(details(page).getByRole('button', { name: /Next event/ })).toBeEnabled();
  expect(await param(page, 'event')).toBeTruthy();
});

test('next and previous walk through the matching events', async ({ page }) => {
  await open(page);
  const titles = await eventButtons(page).allTextContents();
  await eventButtons(page).nth(1).click();
  await details(page)
    .getByRole('button', { name: /Next event/ })
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(titles[2] ?? '');
  await details(page)
    .getByRole('button', { name: /Previous event/ })
    .click();
  await details(page)
    .getByRole('button', { name: /Previous event/ })
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(titles[0] ?? '');
  await expect(details(page).getByRole('button', { name: /Previous event/ })).toBeDisabled();
});

test('filtering by an actor narrows the list and updates the URL', async ({ page }) => {
  const total = await open(page);
  const { box, count } = await narrowingActor(page, total);
  await box.check();

  await expectListed(page, count);
  await expect(page).toHaveURL(/[?&]actors=[^&]+/);
  await expect(page.getByRole('region', { name: 'Active filters' })).toContainText(
    `${count} of ${total} events match`,
  );
});

test('searching actors as you type, and clicking an actor in the details opens its page', async ({
  page,
}) => {
  await open(page);
  const all = await actorBoxes(page).count();
  await page.getByRole('searchbox', { name: 'Search actors' }).fill('kosovo');
  await expect.poll(() => actorBoxes(page).count()).toBeLessThan(all);

  // The first event with an actor (an event may have none).
  const chip = details(page).locator('.actor-chips').getByRole('link').first();
  for (let i = 0; i < 20; i++) {
    await eventButtons(page).nth(i).click();
    await expect(details(page)).toBeVisible();
    if ((await chip.count()) > 0) break;
  }
  const name = (await chip.textContent()) ?? '';
  await chip.click();
  // The page filters by that actor: its box is ticked, and the page (not a chip) says so.
  await expect(page).toHaveURL(/[?&]actor=/);
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeFocused();
  await page.getByRole('searchbox', { name: 'Search actors' }).fill(name);
  const actors = page.getByRole('group', { name: 'Actors' });
  await expect(actors.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Active filters' })).toHaveCount(0);
});

test('the affiliated switch widens actor counts and filters, and is kept in the URL', async ({
  page,
}) => {
  await open(page);
  const countries = page.getByRole('group', { name: 'Countries' }).getByRole('checkbox');
  const affiliated = page.getByRole('checkbox', { name: /Include affiliated actors/ });
  const before = await checkboxCounts(countries);
  await affiliated.check();
  await expect(page).toHaveURL(/[?&]affiliated=1/);
  // A country with officials or institutions in the data now counts their events too.
  await expect
    .poll(async () => (await checkboxCounts(countries)).some((c, i) => c > (before[i] ?? 0)))
    .toBe(true);
  const after = await checkboxCounts(countries);
  const i = after.findIndex((c, k) => c > (before[k] ?? 0));
  await countries.nth(i).check();
  await expectListed(page, after[i] ?? -1);
  await affiliated.uncheck();
  await expectListed(page, before[i] ?? -1);
});

test('a deep link opens the event, also after reload', async ({ page }) => {
  await open(page);
  const target = eventButtons(page).nth(1);
  const title = (await target.textContent()) ?? '';
  await target.click();
  await expect(page).toHaveURL(/[?&]event=/);
  const id = await param(page, 'event');
  expect(id).toBeTruthy();

  await page.goto(`/?event=${encodeURIComponent(id ?? '')}`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);
  await page.reload();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(eventList(page).getByRole('button', { name: title, exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('going back restores the previous view', async ({ page }) => {
  const total = await open(page);
  const first = eventButtons(page).first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/[?&]event=/);

  const { box, count } = await narrowingActor(page, total);
  await box.check();
  await expectListed(page, count);

  await page.goBack();
  await expect(page).not.toHaveURL(/actors=/);
  await expectListed(page, total);
  await expect(page.locator('.range-count')).toHaveText(`${total} events in view`);
  await expect(box).not.toBeChecked();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);

  await page.goBack();
  await expect(page).not.toHaveURL(/event=/);
  await expect(details(page)).toBeHidden();
});

test('the list reads in order: an event dated only to its year comes after the days of that year', async ({
  page,
}) => {
  const { day, year } = await expectYearAfterDays2008(page);
  // Every entry dated only "2008" is after the day in February.
  const metas = (await readWholeList(page)).map((r) => r.date);
  expect(metas[year]).toBe('2008');
  expect(metas.slice(0, day + 1)).not.toContain('2008');
});
