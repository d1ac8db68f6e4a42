// The timeline itself: zoom by wheel and keyboard, pan by dragging, the overview strip, and that
// each settled view is a URL that reload and back restore.
import { expect, test, type Page } from '@playwright/test';
import {
  canvas,
  canvasCenter,
  DAY_MS,
  dayMs,
  dayOffset,
  details,
  eventButtons,
  expectLabelBeforeMarkerAtRightEdge,
  quietDay,
  open,
  pageX,
  param,
  servedEvents,
  timeline,
  urlWindow,
} from './helpers.ts';

const YEAR_MS = 365.25 * 86_400_000;
const span = (w: { startMs: number; endMs: number } | null): number =>
  w ? w.endMs - w.startMs : NaN;

test('wheel zoom narrows the visible range around the pointer and updates the URL', async ({
  page,
}) => {
  const total = await open(page);
  const rangeBefore = await timeline(page).locator('.range-text').textContent();
  const { x, y } = await canvasCenter(page);
  await page.mouse.move(x, y);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);

  await expect(page).toHaveURL(/[?&]from=.+&to=/);
  const win = urlWindow(page);
  expect(span(win)).toBeLessThan(10 * YEAR_MS);
  await expect(timeline(page).locator('.range-text')).not.toHaveText(rangeBefore ?? '');
  await expect.poll(() => eventButtons(page).count()).toBeLessThan(total);

  // Zooming out again widens it.
  for (let i = 0; i < 2; i++) await page.mouse.wheel(0, 300);
  await expect.poll(() => span(urlWindow(page))).toBeGreaterThan(span(win) * 1.5);
});

test('dragging pans: the window moves back in time and keeps its size', async ({ page }) => {
  await open(page, '/?from=2010-01-01&to=2015-12-31');
  const before = urlWindow(page)!;
  const { x, y } = await canvasCenter(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 150, y, { steps: 8 });
  await page.mouse.move(x + 300, y, { steps: 8 });
  await page.mouse.up();

  await expect.poll(() => urlWindow(page)?.startMs ?? Infinity).toBeLessThan(before.startMs);
  const after = urlWindow(page)!;
  expect(Math.abs(span(after) - span(before))).toBeLessThan(2 * 86_400_000);
});

test('a link with a window restores it exactly, also after reload', async ({ page }) => {
  await open(page, '/?from=2022-09-01T00:00Z&to=2022-10-15T12:30Z');
  await expect(timeline(page).locator('.range-text')).toHaveText('1 Sep 2022 – 15 Oct 2022');
  const listed = await eventButtons(page).allTextContents();
  await page.reload();
  await expect(eventButtons(page).first()).toBeVisible();
  expect(new URL(page.url()).search).toBe('?from=2022-09-01T00:00Z&to=2022-10-15T12:30Z');
  expect(await eventButtons(page).allTextContents()).toEqual(listed);
});

test('keyboard zooms and pans the focused timeline', async ({ page }) => {
  await open(page, '/?from=2008-01-01&to=2015-12-31');
  const before = urlWindow(page)!;
  await canvas(page).focus();
  await page.keyboard.press('+');
  await expect.poll(() => span(urlWindow(page))).toBeLessThan(span(before) * 0.8);
  const zoomed = urlWindow(page)!;
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => urlWindow(page)?.startMs ?? Infinity).toBeLessThan(zoomed.startMs);
  const panned = urlWindow(page)!;
  await page.keyboard.press('End');
  await expect.poll(() => urlWindow(page)?.startMs ?? 0).toBeGreaterThan(panned.endMs);
  await page.keyboard.press('0');
  await expect(page).not.toHaveURL(/from=/);
});

test('zoom buttons and "Show all"', async ({ page }) => {
  await open(page);
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=/);
  await timeline(page).getByRole('button', { name: 'Show all' }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(timeline(page).getByRole('button', { name: 'Show all' })).toBeDisabled();
});

test('clicking on an event in the canvas selects it', async ({ page }) => {
  // Zoomed in on a few events, the canvas is sparse enough to find one by scanning a row.
  await open(page, '/?from=2008-02-10&to=2008-02-24');
  const box = (await canvas(page).boundingBox())!;
  for (
    let y = box.y + 64;
    y < box.y + 200 && !(await param(page, 'event'));
    y += 24
  ) {
    for (let x = box.x + 10; x < box.x + box.width; x += 6) {
      await page.mouse.move(x, y);
      if (
        (await canvas(page).evaluate(
          (c) => (c as unknown as { style: { cursor: string } }).style.cursor,
        )) === 'pointer'
      ) {
        await page.mouse.click(x, y);
        break;
      }
    }
  }
  await expect(page).toHaveURL(/[?&]event=/);
  await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
});

test('dragging the overview strip moves the window', async ({ page }) => {
  await open(page, '/?from=2008-01-01&to=2009-12-31');
  const before = urlWindow(page)!;
  const strip = (await page.locator('.overview-host').boundingBox())!;
  // Brush from the left quarter of the strip to its middle.
  await page.mouse.move(strip.x + strip.width * 0.1, strip.y + strip.height / 2);
  await page.mouse.down();
  await page.mouse.move(strip.x + strip.width * 0.3, strip.y + strip.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => urlWindow(page)?.startMs ?? 0).not.toBe(before.startMs);
  expect(urlWindow(page)!.startMs).toBeLessThan(before.startMs);
});

/** Moves the pointer over the canvas until the event card shows; false if it never does. */
async function hoverUntilCard(page: import('@playwright/test').Page): Promise<boolean> {
  const box = (await canvas(page).boundingBox())!;
  const card = page.locator('.tl-tooltip');
  for (let row = 0; row < 8; row++)
    for (let col = 1; col < 40; col++) {
      await page.mouse.move(box.x + (box.width * col) / 40, box.y + 60 + row * 20);
      if (await card.isVisible()) return true;
    }
  return false;
}

test('the event card does not outlive what it describes: zooming or a filter change hides it', async ({
  page,
}) => {
  await open(page);
  const card = page.locator('.tl-tooltip');
  expect(await hoverUntilCard(page)).toBe(true);
  // Zoom with the wheel, the pointer still: the event under it has moved.
  await page.mouse.wheel(0, -300);
  await expect(card).toBeHidden();
  // A filter changed from the keyboard, the pointer still over the canvas.
  expect(await hoverUntilCard(page)).toBe(true);
  await page.getByRole('checkbox', { name: /Hide events dated only by publication/ }).focus();
  await page.keyboard.press('Space');
  await expect(card).toBeHidden();
});

test('choosing an event at the edge of the view brings it in without losing the view', async ({
  page,
}) => {
  // The declaration of independence (17 February 2008) is the last day of this window.
  await open(page, '/?from=2007-02-18&to=2008-02-18');
  const before = urlWindow(page)!;
  const msPerPx = async (w: { startMs: number; endMs: number }): Promise<number> =>
    span(w) / (await canvas(page).boundingBox())!.width;
  const scale = await msPerPx(before);
  const dayMs = Date.parse('2008-02-17T12:00Z');
  await eventButtons(page).filter({ hasText: "Kosovo's assembly declares independence" }).click();
  // The view moves just enough to show it with time around it, at the same scale (the details
  // may open beside the timeline and narrow it).
  await expect
    .poll(() => {
      const w = urlWindow(page);
      return w ? w.endMs - 0.1 * span(w) - dayMs : 0;
    })
    .toBeGreaterThan(0);
  const after = urlWindow(page)!;
  expect((await msPerPx(after)) / scale).toBeCloseTo(1, 1);
  // The least move: the day comes in at the right with some time after it, not to the middle.
  expect(after.endMs - dayMs).toBeLessThan(0.25 * span(after));
});

test('a label at the right edge of the view is drawn before its marker, whole, not cut by the edge', async ({
  page,
}) => {
  await expectLabelBeforeMarkerAtRightEdge(page, { edgePx: 60, leftPx: 40 });
});

/** At 1024 px the details are a drawer over the timeline: the event they show is moved out from under it. */
async function expectOutFromUnderDrawer(page: Page, day: { startMs: number; titles: string[] }) {
  await open(page, `/?from=${dayOffset(day.startMs, -20)}&to=${dayOffset(day.startMs, 4)}`);
  const before = urlWindow(page)!;
  await eventButtons(page).filter({ hasText: day.titles[0]! }).first().click();
  const drawer = details(page);
  await expect(drawer).toBeVisible();
  await expect.poll(() => urlWindow(page)?.startMs).not.toBe(before.startMs);
  const box = (await canvas(page).boundingBox())!;
  const drawerLeft = (await drawer.boundingBox())!.x;
  expect(drawerLeft, 'the drawer covers part of the timeline').toBeLessThan(box.x + box.width);
  const x = pageX(box, urlWindow(page)!, day.startMs + DAY_MS / 2);
  expect(x).toBeGreaterThan(box.x);
  expect(x).toBeLessThan(drawerLeft - 20);
}

test('the details drawer does not hide the event it shows: the view moves it out from under', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 760 });
  await expectOutFromUnderDrawer(
    page,
    await quietDay(page, { quietDaysBefore: 20, daysOnly: true, later: true }),
  );
  // The dataset's last day too, though the view keeps the data in sight: the middle of the part
  // the drawer leaves may reach the data's end.
  const lastDay = (await servedEvents(page))
    .filter((e) => e.precision === 'day')
    .reduce((a, b) => (b.start > a.start ? b : a));
  await expectOutFromUnderDrawer(page, {
    startMs: dayMs(lastDay.start),
    titles: [lastDay.title],
  });
});

test('opening the details beside the timeline keeps its scale, and the event in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 800 });
  const lone = await quietDay(page, { quietDaysBefore: 20, daysOnly: true, later: true });
  await open(page, `/?from=${dayOffset(lone.startMs, -20)}&to=${dayOffset(lone.startMs, 4)}`);
  const msPerPx = async (): Promise<number> => {
    const w = urlWindow(page)!;
    return (w.endMs - w.startMs) / (await canvas(page).boundingBox())!.width;
  };
  const scale = await msPerPx();
  const widthBefore = (await canvas(page).boundingBox())!.width;
  await eventButtons(page).filter({ hasText: lone.titles[0]! }).first().click();
  await expect(details(page)).toBeVisible();
  await expect
    .poll(async () => (await canvas(page).boundingBox())!.width)
    .toBeLessThan(widthBefore - 100);
  // The window shrinks with the canvas (once the move settles into the URL): labels keep their room.
  await expect.poll(async () => Math.abs((await msPerPx()) / scale - 1)).toBeLessThan(0.02);
  const w = urlWindow(page)!;
  expect(lone.startMs).toBeGreaterThanOrEqual(w.startMs);
  expect(lone.startMs + DAY_MS).toBeLessThanOrEqual(w.endMs);
});
