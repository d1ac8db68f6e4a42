// The analyst's features at phone size (375 × 812): stepping through events with J/K, selecting a
// span of time (a drag on the axis, or Shift and the arrows) and the embedded view. The same
// features at desktop size: a11y.spec.ts, export.spec.ts, embed.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  canvas,
  DAY_MS,
  dayMs,
  dayOffset,
  details,
  expectLabelBeforeMarkerAtRightEdge,
  eventButtons,
  expectYearAfterDays2008,
  open,
  pageX,
  quietDay,
  urlWindow,
} from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
});

test('J and K step through the events and the details sheet follows, announced', async ({
  page,
}) => {
  const total = await open(page);
  await canvas(page).focus();
  const heading = details(page).getByRole('heading', { level: 2 });
  const said = page.getByRole('status').filter({ hasText: /Event \d+ of/ });
  await page.keyboard.press('j');
  await expect(heading).toBeVisible();
  await expect(said).toHaveText(new RegExp(`Event 1 of ${total}\\.$`));
  const first = await heading.textContent();
  await page.keyboard.press('j');
  await expect(said).toHaveText(new RegExp(`Event 2 of ${total}\\.$`));
  await page.keyboard.press('k');
  await expect(heading).toHaveText(first!);
  await expect(page).toHaveURL(/[?&]event=/);
});

test('a drag on the axis selects a span, which becomes the view and what is exported', async ({
  page,
}) => {
  await open(page, '/?from=2008-01-01&to=2008-12-31');
  const before = urlWindow(page)!;
  const box = (await canvas(page).boundingBox())!;
  // The axis band is the canvas' top 44 px: a drag there selects rather than pans.
  const y = box.y + 20;
  await page.mouse.move(box.x + box.width * 0.25, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(() => {
      const w = urlWindow(page);
      return w ? (w.endMs - w.startMs) / (before.endMs - before.startMs) : 1;
    })
    .toBeLessThan(0.6);
  await expect(
    page.getByRole('button', { name: /^CSV: download the \d+ matching events in view/ }),
  ).toBeVisible();
});

test('Shift and the arrows select a span from the middle of the view', async ({ page }) => {
  await open(page, '/?from=2008-01-01&to=2008-12-31');
  const before = urlWindow(page)!;
  await canvas(page).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(
    page.getByRole('status').filter({ hasText: /^Selected \d+ events? · / }),
  ).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => {
      const w = urlWindow(page);
      return w ? (w.endMs - w.startMs) / (before.endMs - before.startMs) : 1;
    })
    .toBeLessThan(0.3);
});

test('the embedded view on a phone: an event opens in place, and axe finds nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const day = await quietDay(page, { quietDaysBefore: 30 });
  const from = dayOffset(day.startMs, -10);
  const to = dayOffset(day.startMs, 10);
  await page.goto(`/?embed=1&from=${from}&to=${to}`);
  const box = (await canvas(page).boundingBox())!;
  const view = { startMs: dayMs(from), endMs: dayMs(to) + DAY_MS };
  await page.mouse.click(pageX(box, view, day.startMs + DAY_MS / 2), box.y + 52 + 12);
  const heading = details(page).getByRole('heading', { level: 2 });
  await expect(heading).toBeVisible();
  expect(day.titles).toContain(await heading.textContent());
  await expect(page.getByRole('link', { name: /Open in Dateline/ })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('a label at the right edge is drawn whole before its marker', async ({ page }) => {
  await expectLabelBeforeMarkerAtRightEdge(page, { edgePx: 30, leftPx: 30 });
});

test('the list reads in order, and choosing an event in it brings it into view', async ({
  page,
}) => {
  await expectYearAfterDays2008(page);

  await open(page, '/?from=2007-02-18&to=2008-02-18');
  await eventButtons(page).filter({ hasText: "Kosovo's assembly declares independence" }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toBeVisible();
  const dayMsOf = Date.parse('2008-02-17T12:00Z');
  await expect
    .poll(() => {
      const w = urlWindow(page);
      // In, with time after it: the day was at the very edge of the link's window.
      return w !== null && w.startMs < dayMsOf && w.endMs - dayMsOf > 0.1 * (w.endMs - w.startMs);
    })
    .toBe(true);
});
