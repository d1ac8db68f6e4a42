// Actor lanes (`lanes=1`): one lane per selected actor and one for the other events, under one
// axis. In the hand-written dataset (fixtures/v2-dataset.ts) Kosovo is in 3 events and Serbia in
// 2, both of them together in 2 (the declaration of 17 February 2008 and the troops of December
// 2022); 3 events involve neither.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { V2_DATASET } from './fixtures/v2-dataset.ts';
import { canvas, dayMs, DAY_MS, details, openWithDataset, pageX, param } from './helpers.ts';

const laneList = (page: Page) => page.getByRole('list', { name: 'Lanes' });
const toggle = (page: Page) => page.getByRole('button', { name: 'Lanes by actor' });
/** The lane headers as they read: name and count. */
const laneNames = async (page: Page): Promise<string[]> =>
  (await laneList(page).getByRole('listitem').allInnerTexts()).map((t) =>
    t.replace(/\s*×\s*$/, '').replace(/\s+/g, ' '),
  );

/** Bands of the lanes on the canvas (src/timeline/lanes.ts laneBands: equal shares under the 44 px axis). */
async function bands(page: Page, n: number) {
  const box = (await canvas(page).boundingBox())!;
  const each = Math.floor((box.height - 44) / n);
  return {
    box,
    rowY: (lane: number) => box.y + 44 + lane * each + 22 + 12,
    top: (lane: number) => box.y + 44 + lane * each,
  };
}

test('the toggle splits the selected actors into lanes, in the link; an event of two is in both, linked', async ({
  page,
}) => {
  await openWithDataset(
    page,
    V2_DATASET,
    '/?actors=country:kosovo,country:serbia&from=2008-02-10&to=2008-02-24',
  );
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await toggle(page).click();
  await expect.poll(() => param(page, 'lanes')).toBe('1');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  // Lanes pick, they do not narrow: every event is in a lane or in "Others".
  expect(await laneNames(page)).toEqual(['Kosovo 3 events', 'Serbia 2 events', 'Others 3 events']);
  await expect(page.getByRole('region', { name: 'Active filters' })).toContainText(
    '6 of 6 events match',
  );
  await expect(canvas(page)).toHaveAttribute('aria-label', /^Timeline in 3 lanes, /);

  // The declaration is in the first row of Kosovo's lane and of Serbia's: either opens it.
  const { box, rowY } = await bands(page, 3);
  const view = { startMs: dayMs('2008-02-10'), endMs: dayMs('2008-02-24') + DAY_MS };
  const x = pageX(box, view, dayMs('2008-02-17') + DAY_MS / 2);
  await page.mouse.click(x, rowY(1));
  await expect.poll(() => param(page, 'event')).toBe('e-declared');
  await page.mouse.move(x + 40, rowY(0));
  await expect(page.locator('.tl-tooltip strong')).toHaveText(
    "Kosovo's assembly declared independence from Serbia",
  );
  await page.mouse.click(x + 40, rowY(0));
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    "Kosovo's assembly declared independence from Serbia",
  );
  // Selected, its two copies are linked by a line through Serbia's header strip (the accent
  // colour). Opened from a link with the details already beside the timeline, so the window is
  // the link's.
  await page.goto(
    '/?actors=country:kosovo,country:serbia&lanes=1&from=2008-02-10&to=2008-02-24&event=e-declared',
  );
  await expect(details(page).getByRole('heading', { level: 2 })).toBeVisible();
  const now = await bands(page, 3);
  const xNow = pageX(now.box, view, dayMs('2008-02-17') + DAY_MS / 2);
  // (A string: e2e/ is type-checked without the DOM library.)
  const linked = await page.evaluate(`(() => {
    const c = document.querySelector('canvas.tl-canvas');
    const r = c.getBoundingClientRect();
    const scale = c.width / r.width;
    const data = c.getContext('2d').getImageData(
      Math.round((${xNow} - r.left) * scale),
      // Above where the selected time's guide starts in the lane (15 px down): only the link is there.
      Math.round((${now.top(1) + 2} - r.top) * scale),
      1,
      Math.round(10 * scale),
    ).data;
    for (let i = 0; i < data.length; i += 4) if (data[i + 2] > data[i] + 60) return true;
    return false;
  })()`);
  expect(linked, 'a blue dash between the lanes at the event').toBe(true);

  // Back out of lanes: one set of rows again, the actor filter narrowing as before.
  await toggle(page).click();
  await expect.poll(() => param(page, 'lanes')).toBeNull();
  await expect(laneList(page)).toHaveCount(0);
  await page.goBack();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(laneList(page).getByRole('listitem')).toHaveCount(3);
});

test('lane headers work from the keyboard: remove a lane, open an actor page; axe finds nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openWithDataset(page, V2_DATASET, '/?actors=country:kosovo,country:serbia&lanes=1');
  await laneList(page).getByRole('button', { name: 'Remove the lane of Serbia' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'actors')).toBe('country:kosovo');
  expect(await laneNames(page)).toEqual(['Kosovo 3 events', 'Others 3 events']);
  await expect(canvas(page)).toHaveAttribute('aria-label', /^Timeline in 2 lanes, /);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await laneList(page).getByRole('link', { name: 'Kosovo' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Kosovo', exact: true })).toBeFocused();
});

test('lanes on a phone, and axe finds nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await openWithDataset(page, V2_DATASET, '/?actors=country:kosovo,country:serbia&lanes=1');
  expect(await laneNames(page)).toEqual(['Kosovo 3 events', 'Serbia 2 events', 'Others 3 events']);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  // With no actor ticked, the toggle says what it needs.
  await page.goto('/?lanes=1');
  await expect(page.getByRole('status').filter({ hasText: 'each gets a lane' })).toBeVisible();
});
