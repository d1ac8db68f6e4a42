// What the app says when something is off: filters that match nothing, a link it cannot fully
// use, and a dataset that is missing or broken.
import { expect, test } from '@playwright/test';
import { details, eventButtons, expectListed, open, timeline } from './helpers.ts';

test('filters that match nothing say so and offer to clear them', async ({ page }) => {
  const total = await open(page);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('zzzz no such words zzzz');
  await expect(timeline(page).getByText('No events match these filters.')).toBeVisible();
  await expect(eventButtons(page)).toHaveCount(0);
  await timeline(page).getByRole('button', { name: 'Clear filters' }).click();
  await expectListed(page, total);
  await expect(page.locator('.range-count')).toHaveText(`${total} events in view`);
  await expect(page).not.toHaveURL(/q=/);
});

test('an unknown event id shows a notice and the rest of the view', async ({ page }) => {
  await page.goto('/?event=no-such-event-0000&types=statement');
  await expect(page.getByText(/This event no longer exists/)).toBeVisible();
  await expect(eventButtons(page).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Statement/ })).toBeChecked();
  await expect(details(page)).toBeHidden();
});

test('malformed parameters are named in a notice and the rest of the link applies', async ({
  page,
}) => {
  await page.goto('/?types=statement,nonsense&from=2022-02-30&q=Kosovo');
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('the event types');
  await expect(notice).toContainText('2022-02-30');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Kosovo');
  await expect(page).toHaveURL(/\?q=Kosovo$/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

/** Without a chunked build (no data/chunks/manifest.json) the app reads data/dataset.json. */
const NO_CHUNKS = '**/data/chunks/manifest.json';

test('a missing dataset says what is wrong and how to fix it', async ({ page }) => {
  await page.route(NO_CHUNKS, (route) => route.fulfill({ status: 404, body: '' }));
  await page.route('**/data/dataset.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('was not found');
  await expect(alert).toContainText('npm run build:data');
});

test('an invalid dataset says what is wrong and how to fix it', async ({ page }) => {
  await page.route(NO_CHUNKS, (route) => route.fulfill({ status: 404, body: '' }));
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        version: 1,
        generator: 'x',
        articles: [],
        actors: [],
        events: [{}],
        redirects: {},
      }),
    }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not a valid dataset: events.0.id');
  await expect(alert).toContainText('Rebuild it');
});

test('while the dataset loads, the page says so', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/chunks/manifest.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading events' })).toBeVisible();
  release();
  await expect(eventButtons(page).first()).toBeVisible();
});

test('a broken chunk of a chunked build says which file and what is wrong', async ({ page }) => {
  await page.route('**/data/chunks/events-*.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"version":1,"events":[{}' }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/data\/chunks\/events-[\w-]+\.json is not valid JSON/);
  await expect(alert).toContainText('Rebuild it');
});

test('a manifest of another format version is refused with a clear message', async ({ page }) => {
  await page.route('**/data/chunks/manifest.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ version: 99 }) }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'data/chunks/manifest.json has format version 99, but this app reads version 4',
  );
  await expect(alert).toContainText('Rebuild it with npm run build:data');
});

test('a chunked build shows the overview at once and the events as their chunks arrive', async ({
  page,
}) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/chunks/events-*.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  // The manifest is in: the timeline is there, drawn from its monthly counts, the list waits.
  await expect(timeline(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the events' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('application'),
  ).toHaveAccessibleName(/^Timeline, .*, about \d+ events$/);
  release();
  await expect(eventButtons(page).first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('application'),
  ).toHaveAccessibleName(/^Timeline, .*, \d+ events$/);
  // A build this small is loaded whole, on the page: no worker was started for it.
  expect(page.workers()).toEqual([]);
});

test('a build too big to load whole has its chunks read by a worker, off the page', async ({ page }) => {
  // The sample's manifest with a chunk of 250,000 events more, far back in time: the app then
  // loads by time window (over 200,000 events), and the view never wants the invented chunk.
  await page.route('**/data/chunks/manifest.json', async (route) => {
    const manifest = await (await route.fetch()).json();
    const big = { file: 'events-1700-1799.json', start: '1700-01-01', end: '1799-12-31', maxEnd: '1799-12-31', events: 250_000 };
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...manifest, events: manifest.events + big.events, chunks: [big, ...manifest.chunks] }),
    });
  });
  const requested: string[] = [];
  page.on('request', (r) => void requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(eventButtons(page).first()).toBeVisible();
  expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/chunk-worker/)]);
  expect(requested.filter((p) => p.includes('events-1700'))).toEqual([]);
});
