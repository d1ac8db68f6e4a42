// The embedded view (`embed=1`): another site puts the timeline in an <iframe>. A page on another
// origin (a second server on another port, started by this test) embeds it; a person clicks an
// event on its canvas, reads its details, and follows "Open in Dateline" to the same view.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { DAY_MS, dayMs, dayOffset, pageX, quietDay } from './helpers.ts';

let host: Server;
let hostUrl = '';
let frameSrc = '';

test.beforeAll(async () => {
  host = createServer((_req, res) => {
    // The snippet of docs/URL.md, as another site would paste it.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>A newsroom page</title><h1>Our story</h1>` +
        `<iframe src="${frameSrc}" title="Timeline" width="900" height="560" style="border:1px solid #ccc"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

test('an embedded timeline works inside another site: click an event, read it, open the full app', async ({
  page,
  baseURL,
}) => {
  const day = await quietDay(page, { quietDaysBefore: 30 });
  const from = dayOffset(day.startMs, -10);
  const to = dayOffset(day.startMs, 10);
  // localhost for the app, 127.0.0.1 for the host page: two origins.
  frameSrc = `${baseURL}/?embed=1&from=${from}&to=${to}`;
  await page.goto(hostUrl);
  const frame = page.frameLocator('iframe');
  const canvas = frame.getByRole('application', { name: /^Timeline/ });
  await expect(canvas).toBeVisible();
  expect(new URL(frameSrc).origin).not.toBe(new URL(hostUrl).origin);
  // The timeline alone: no filters, no list of events.
  await expect(frame.getByRole('heading', { name: 'Filters' })).toHaveCount(0);
  await expect(frame.getByRole('list', { name: 'Events in view' })).toHaveCount(0);

  // The day's events are in the middle of the canvas, the first in the first row.
  const box = (await canvas.boundingBox())!;
  const view = { startMs: dayMs(from), endMs: dayMs(to) + DAY_MS };
  const x = pageX(box, view, day.startMs + DAY_MS / 2);
  await page.mouse.click(x, box.y + 52 + 12);
  const heading = frame
    .getByRole('complementary', { name: 'Event details' })
    .getByRole('heading', { level: 2 });
  await expect(heading).toBeVisible();
  expect(day.titles).toContain(await heading.textContent());

  // "Open in Dateline" opens the same view, selection included, in the full app.
  const open = frame.getByRole('link', { name: /Open in Dateline/ });
  const href = (await open.getAttribute('href'))!;
  expect(new URL(href).searchParams.get('event')).not.toBeNull();
  expect(new URL(href).searchParams.get('from')).toBe(from);
  expect(href).not.toContain('embed');
  const [full] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
  await expect(full.getByRole('heading', { name: 'Filters' })).toBeVisible();
  await expect(
    full.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText((await heading.textContent())!);
});
