// Exports: the matching events as CSV and JSON (with their sources), the timeline as a PNG; with a
// span of time selected on the axis, just the events in it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { canvas, narrowingActor, open, urlWindow } from './helpers.ts';

async function download(page: Page, name: RegExp): Promise<{ file: string; body: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name }).click();
  const d = await waiting;
  return { file: d.suggestedFilename(), body: readFileSync((await d.path())!) };
}

test('exports the matching events as CSV and JSON, and the view as PNG', async ({ page }) => {
  const total = await open(page);
  const { box, count } = await narrowingActor(page, total);
  await box.check();

  const json = await download(page, /^JSON/);
  expect(json.file).toBe('dateline-events.json');
  const parsed = JSON.parse(json.body.toString('utf8'));
  expect(parsed.events).toHaveLength(count);
  expect(parsed.events[0].sources[0]).toHaveProperty('sentence');
  expect(parsed.events[0].sources[0].article).toHaveProperty('title');

  const csv = await download(page, /^CSV/);
  expect(csv.file).toBe('dateline-events.csv');
  const text = csv.body.toString('utf8');
  expect(text.split('\r\n')[0]).toBe(
    'id,date,start,end,precision,when,type,title,future,importance,actors,kinds,sentences,articles',
  );

  const png = await download(page, /^PNG/);
  expect(png.file).toMatch(/^dateline-.*\.png$/);
  expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('a span selected on the axis becomes the view, counted, and exports just its events', async ({
  page,
}) => {
  await open(page, '/?from=2008-01-01&to=2008-12-31');
  const before = urlWindow(page)!;
  const box = (await canvas(page).boundingBox())!;
  const at = (share: number): number => box.x + share * box.width;
  const timeAt = (share: number): number =>
    before.startMs + share * (before.endMs - before.startMs);
  const axisY = box.y + 20;

  // Escape gives a selection up: the view stays.
  await page.mouse.move(at(0.2), axisY);
  await page.mouse.down();
  await page.mouse.move(at(0.4), axisY, { steps: 5 });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await page.waitForTimeout(500);
  expect(urlWindow(page)).toEqual(before);

  // Dragged from a quarter to the middle of the axis: that stretch of time is the view.
  await page.mouse.move(at(0.25), axisY);
  await page.mouse.down();
  await page.mouse.move(at(0.5), axisY, { steps: 8 });
  await page.mouse.up();
  const span = before.endMs - before.startMs;
  await expect
    .poll(() => Math.abs((urlWindow(page)?.startMs ?? 0) - timeAt(0.25)) / span)
    .toBeLessThan(0.01);
  expect(Math.abs(urlWindow(page)!.endMs - timeAt(0.5)) / span).toBeLessThan(0.01);

  // Its count is in the toolbar, and the exports hold exactly those events.
  const text = (await page.locator('.range-count').textContent()) ?? '';
  const inView = Number(/^(\d+) events? in view$/.exec(text)?.[1]);
  expect(inView).toBeGreaterThan(0);
  await expect(
    page.getByRole('button', {
      name: new RegExp(`^CSV: download the ${inView} matching events in view`),
    }),
  ).toBeVisible();
  const json = await download(page, /^JSON/);
  const events = JSON.parse(json.body.toString('utf8')).events as { start: string; end: string }[];
  expect(events).toHaveLength(inView);
  const win = urlWindow(page)!;
  for (const e of events) {
    expect(Date.parse(`${e.start}T00:00Z`)).toBeLessThan(win.endMs);
    expect(Date.parse(`${e.end}T00:00Z`) + 86_400_000).toBeGreaterThan(win.startMs);
  }
});

test('Shift and the arrows select a span from the middle of the view; Enter shows it', async ({
  page,
}) => {
  await open(page, '/?from=2008-01-01&to=2008-12-31');
  const before = urlWindow(page)!;
  const span = before.endMs - before.startMs;
  const middle = (before.startMs + before.endMs) / 2;
  await canvas(page).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  // Screen readers hear what is selected.
  await expect(
    page.getByRole('status').filter({ hasText: /^Selected \d+ events? · / }),
  ).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);
  expect(urlWindow(page)).toEqual(before);

  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft'); // the far edge comes back one step
  await page.keyboard.press('Enter');
  await expect
    .poll(() => Math.abs((urlWindow(page)?.startMs ?? 0) - middle) / span)
    .toBeLessThan(0.01);
  expect(Math.abs(urlWindow(page)!.endMs - (middle + (3 * span) / 20)) / span).toBeLessThan(0.01);
  await expect(
    page.getByRole('button', { name: /^CSV: download the \d+ matching events in view/ }),
  ).toBeVisible();
});
