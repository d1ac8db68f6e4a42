// End-to-end tests of the event list app, against whatever dataset the build produced: they find
// events and actors through the page (accessible roles and names) instead of hard-coding ids.
import { expect, test, type Locator, type Page } from '@playwright/test';

const eventList = (page: Page): Locator => page.getByRole('list', { name: 'Events in view' });
const eventButtons = (page: Page): Locator => eventList(page).getByRole('button');
const details = (page: Page): Locator => page.getByRole('complementary', { name: 'Event details' });
const actorBoxes = (page: Page): Locator =>
  page.getByRole('group', { name: 'Actors' }).getByRole('checkbox');

/** The `event` parameter of the current URL. */
function eventParam(page: Page): string | null {
  return new URL(page.url()).searchParams.get('event');
}

/** Open / and wait for the list; returns how many events it shows. */
async function openHome(page: Page): Promise<number> {
  await page.goto('/');
  await expect(eventButtons(page).first()).toBeVisible();
  return eventButtons(page).count();
}

/**
 * An actor checkbox whose count is above zero but below `total`, so ticking it must shrink the
 * list to exactly that count. Checkbox labels read "<name> <count>".
 */
async function narrowingActor(page: Page, total: number): Promise<{ box: Locator; count: number }> {
  // (Structural type: e2e/ is type-checked without the DOM library.)
  type Box = { labels: ArrayLike<{ textContent: string | null }> | null };
  const labels = await actorBoxes(page).evaluateAll((boxes) =>
    boxes.map((b) => (b as unknown as Box).labels?.[0]?.textContent ?? ''),
  );
  const counts = labels.map((label) => Number(/(\d+)\s*$/.exec(label)?.[1] ?? 0));
  const index = counts.findIndex((c) => c > 0 && c < total);
  expect(index, 'some actor is in some but not all events').toBeGreaterThanOrEqual(0);
  return { box: actorBoxes(page).nth(index), count: counts[index] ?? 0 };
}

test('first load lists events', async ({ page }) => {
  const total = await openHome(page);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Dateline' })).toBeVisible();
  await expect(details(page)).toContainText('Select an event');
});

test('clicking an event opens its details with sources', async ({ page }) => {
  await openHome(page);
  const first = eventButtons(page).first();
  const title = (await first.textContent()) ?? '';
  await first.click();

  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(details(page).getByRole('heading', { name: /^Sources?\b/ })).toBeVisible();
  await expect(details(page).getByRole('blockquote').first()).not.toBeEmpty();
  await expect(details(page).getByRole('button', { name: 'Copy link' })).toBeVisible();
  expect(eventParam(page)).toBeTruthy();
});

test('filtering by an actor narrows the list and updates the URL', async ({ page }) => {
  const total = await openHome(page);
  const { box, count } = await narrowingActor(page, total);
  await box.check();

  await expect(eventButtons(page)).toHaveCount(count);
  await expect(page).toHaveURL(/[?&]actors=[^&]+/);
});

test('a deep link opens the event, also after reload', async ({ page }) => {
  await openHome(page);
  const target = eventButtons(page).nth(1);
  const title = (await target.textContent()) ?? '';
  await target.click();
  await expect(page).toHaveURL(/[?&]event=/);
  const id = eventParam(page);
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
  const total = await openHome(page);
  const first = eventButtons(page).first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/[?&]event=/);

  const { box, count } = await narrowingActor(page, total);
  await box.check();
  await expect(eventButtons(page)).toHaveCount(count);

  await page.goBack();
  await expect(page).not.toHaveURL(/actors=/);
  await expect(eventButtons(page)).toHaveCount(total);
  await expect(box).not.toBeChecked();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);

  await page.goBack();
  await expect(page).not.toHaveURL(/event=/);
  await expect(details(page)).toContainText('Select an event');
});

test('an unknown event id shows a notice and the rest of the view', async ({ page }) => {
  await page.goto('/?event=no-such-event-0000');
  await expect(page.getByText(/This event no longer exists/)).toBeVisible();
  await expect(eventButtons(page).first()).toBeVisible();
  await expect(details(page)).toContainText('Select an event');
});
