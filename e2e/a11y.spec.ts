// Accessibility: axe finds nothing on the main views, every event is reachable by keyboard alone,
// and the app works on a 375px-wide phone (filters fold away, the details become a sheet).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  actorBoxes,
  canvas,
  dayMs,
  dayOffset,
  details,
  eventButtons,
  expectListed,
  narrowingActor,
  open,
  pageUrl,
  servedEvents,
} from './helpers.ts';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

test.describe('axe', () => {
  // axe walks every element: with the 500 events the list shows at once a full pass takes tens of
  // seconds on two busy cores. A longer budget for the run, not a measure of speed.
  test.describe.configure({ timeout: 120_000 });

  test('default view', async ({ page }) => {
    await open(page);
    await expectNoAxeViolations(page);
  });

  test('event open', async ({ page }) => {
    await open(page);
    await eventButtons(page).nth(2).click();
    await expect(details(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('filtered', async ({ page }) => {
    const total = await open(page);
    const { box } = await narrowingActor(page, total);
    await box.check();
    await page.getByRole('checkbox', { name: /^Statement/ }).check();
    await expect(page.getByRole('region', { name: 'Active filters' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('375px wide, with an event open', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await open(page);
    await expectNoAxeViolations(page);
    await eventButtons(page).first().click();
    await expect(details(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('embedded, with an event open (J on the timeline)', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 560 });
    await page.goto('/?embed=1');
    const timelineCanvas = page.getByRole('application', { name: /^Timeline/ });
    await expect(timelineCanvas).toBeVisible();
    await expectNoAxeViolations(page);
    await timelineCanvas.focus();
    await page.keyboard.press('j');
    await expect(details(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page);
    await eventButtons(page).first().click();
    await expectNoAxeViolations(page);
  });
});

test("an event's details are reachable by keyboard alone", async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the events in view' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = eventButtons(page).first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown'); // scrolls, does not move focus
  const title = (await first.textContent()) ?? '';
  await page.keyboard.press('Enter');

  const heading = details(page).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
  // Escape closes the details and returns to the event in the list.
  await page.keyboard.press('Escape');
  await expect(details(page)).toBeHidden();
  await expect(first).toBeFocused();
});

test('the timeline is reachable and labelled for keyboard users', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // "Skip to the timeline": the canvas itself, no Tab more
  const canvas = page.getByRole('application', { name: /^Timeline/ });
  await expect(canvas).toBeFocused();
  // Its keys work at once: "+" zooms in, and the settled view is in the URL.
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/[?&]from=.+&to=/);
  await expect(canvas).toHaveAccessibleDescription(/Plus and minus zoom/);
});

test('Tab reaches the timeline in a few stops, before the filters; a skip link leads to them', async ({
  page,
}) => {
  await open(page);
  const canvasEl = canvas(page);
  let stops = 0;
  for (; stops < 40; stops++) {
    await page.keyboard.press('Tab');
    if (await canvasEl.evaluate((el) => el.ownerDocument.activeElement === el)) break;
  }
  expect(stops + 1, 'Tab stops up to the timeline').toBeLessThanOrEqual(10);

  // The filters come after the timeline and the list, and the third skip link goes to them.
  await page.keyboard.press('Shift+Tab');
  await page.goto(await pageUrl(page));
  await expect(eventButtons(page).first()).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the filters' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
});

test('J and K step through the events from the timeline, Enter goes into the details and Escape comes back', async ({
  page,
}) => {
  const total = await open(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // "Skip to the timeline"
  const canvas = page.getByRole('application', { name: /^Timeline/ });
  await expect(canvas).toBeFocused();
  const titles = await eventButtons(page).evaluateAll((buttons) =>
    buttons.slice(0, 2).map((b) => b.textContent ?? ''),
  );
  const heading = details(page).getByRole('heading', { level: 2 });
  const said = page.getByRole('status').filter({ hasText: /Event \d+ of/ });

  // J opens the first event in view, as the list reads them, and says where it is.
  await page.keyboard.press('j');
  await expect(heading).toHaveText(titles[0]!);
  await expect(said).toHaveText(new RegExp(`Event 1 of ${total}\\.$`));
  await expect(page).toHaveURL(/[?&]event=/);
  await page.keyboard.press('j');
  await expect(heading).toHaveText(titles[1]!);
  await expect(said).toHaveText(new RegExp(`Event 2 of ${total}\\.$`));
  await page.keyboard.press('k');
  await expect(heading).toHaveText(titles[0]!);
  await expect(canvas).toBeFocused(); // stepping leaves focus where the keys are

  // Enter goes into the details of that event; Escape closes them and returns to the timeline.
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(canvas).toBeFocused();

  // With nothing open, Enter opens the first event in view.
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(titles[0]!);
  await expect(heading).toBeFocused();
});

test('a 375px viewport works: timeline, list, folded filters and the details sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const total = await open(page);
  const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
  expect(scrollWidth).toBeLessThanOrEqual(375);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();

  await expect(actorBoxes(page).first()).toBeHidden();
  await page.getByRole('button', { name: 'Show filters' }).click();
  await expect(actorBoxes(page).first()).toBeVisible();
  const { box, count } = await narrowingActor(page, total);
  await box.check();
  await expectListed(page, count);
  await page.getByRole('button', { name: 'Hide filters' }).click();

  await eventButtons(page).first().click();
  const sheet = details(page);
  await expect(sheet).toBeVisible();
  const rect = (await sheet.boundingBox())!;
  expect(rect.width).toBeLessThanOrEqual(375);
  expect(rect.y + rect.height).toBeLessThanOrEqual(812 + 1);
  await sheet.getByRole('button', { name: 'Close details' }).click();
  await expect(sheet).toBeHidden();
});

test('on a phone the timeline is above the fold and the busiest week keeps readable labels', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  // The day with the most events: a week before it and a day after, drawn one by one.
  const perDay = new Map<string, number>();
  for (const e of await servedEvents(page))
    if (e.precision === 'day') perDay.set(e.start, (perDay.get(e.start) ?? 0) + 1);
  const busiest = [...perDay].sort((a, b) => b[1] - a[1])[0]![0];
  const startMs = dayMs(busiest);
  await open(page, `/?perf&from=${dayOffset(startMs, -8)}&to=${dayOffset(startMs, 2)}`);

  const box = (await canvas(page).boundingBox())!;
  expect(box.y + box.height / 2, 'the timeline is on the first screen').toBeLessThan(812);
  // What the last frame's labels showed (recorded with ?perf): a dozen labels or more, and more
  // than a word or two each (labels the right edge would cut go before their markers; before
  // that, a view like this one showed 9 labels of about 10 characters).
  type Labels = { events: number; labels: number; chars: number };
  const labels = await page.evaluate(
    () => (globalThis as unknown as { __datelinePerf: { labels: Labels } }).__datelinePerf.labels,
  );
  expect(labels.labels).toBeGreaterThanOrEqual(12);
  expect(labels.chars / labels.labels).toBeGreaterThanOrEqual(18);
});
