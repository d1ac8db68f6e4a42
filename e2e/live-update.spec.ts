// A newer build published while the app is open (`npm start` rebuilds on every change) is swapped
// in without a reload: the URL (window, filters, open event) stays, the open event shows its new
// form, and when it is gone the notices say so (the details close: the wider timeline keeps the
// window's start and scale). The server's build is generation A; the test
// "publishes" B and C by answering data/generation.json and the chunks itself (store/live-data.ts).
import { expect, test, type Page } from '@playwright/test';
import { addressParam, details, urlWindow } from './helpers.ts';

interface ChunkRef {
  file: string;
}
interface Chunk {
  events: { id: string; title: string; start: string }[];
}

/** Generation ids are hex; these never collide with a real build's. */
const B = 'b0b0b0b0b0b0b0b0';
const C = 'c0c0c0c0c0c0c0c0';

/** Count the page's own loads (a reload would be a second). */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

test('a newer build is swapped in without a reload, keeping the URL view and the open event', async ({
  page,
  request,
}) => {
  const json = async <T>(path: string): Promise<T> =>
    (await request.get(path)).json() as Promise<T>;
  const generationA = (await json<{ id: string }>('/data/generation.json')).id;
  const manifest = await json<{ chunks: ChunkRef[] }>('/data/chunks/manifest.json');
  const chunksA = new Map<string, Chunk>();
  for (const ref of manifest.chunks)
    chunksA.set(ref.file, await json<Chunk>(`/data/chunks/${ref.file}`));

  // The event to keep open: one with a word of five letters or more in its title, to filter by.
  const events = [...chunksA.values()].flatMap((c) => c.events);
  const event = events.find((e) => /[A-Za-z]{5,}/.test(e.title) && e.start >= '2000')!;
  const word = /[A-Za-z]{5,}/.exec(event.title)![0];
  const year = event.start.slice(0, 4);
  // B: the same build with the event's title reworded; C: without the event (its id changed).
  const edit = (change: (e: Chunk['events'][number]) => void): Map<string, string> =>
    new Map(
      [...chunksA].map(([file, chunk]) => {
        const copy = structuredClone(chunk);
        for (const e of copy.events) if (e.id === event.id) change(e);
        return [file, JSON.stringify(copy)];
      }),
    );
  const newTitle = `${event.title} (rebuilt)`;
  const published = new Map<string, Map<string, string> | null>([
    [generationA, null],
    [B, edit((e) => (e.title = newTitle))],
    [C, edit((e) => (e.id = 'eGoneInBuildC'))],
  ]);
  let current = generationA;
  await page.route('**/data/generation.json', (route) =>
    route.fulfill({ json: { version: 1, id: current, files: {} } }),
  );
  await page.route('**/data/chunks/events-*', (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop()!;
    const body = published.get(current)?.get(file);
    return body === undefined
      ? route.continue()
      : route.fulfill({ contentType: 'application/json', body });
  });

  const loads = countLoads(page);
  const view = `/?event=${event.id}&q=${word}&from=${year}-01-01&to=${year}-12-31`;
  await page.goto(view);
  const title = details(page).getByRole('heading', { level: 2 });
  await expect(title).toHaveText(event.title, { timeout: 30_000 }); // routed chunks load slowly on a busy machine
  const url = page.url();
  const linked = urlWindow(page)!;
  expect(new URL(url).searchParams.get('event')).toBe(event.id);

  current = B; // a rebuild is published
  await expect(title).toHaveText(newTitle, { timeout: 30_000 });
  expect(page.url()).toBe(url);
  expect(loads()).toBe(1);

  current = C; // the next one no longer has the event
  await expect(
    page.getByRole('status').filter({ hasText: 'This event no longer exists in the dataset' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(details(page)).toBeHidden();
  // The details beside the timeline closed, so the canvas widened: the view keeps its start and its
  // scale (engine.ts, keepsScale), showing more time after, and the link may say so once it
  // settles. Nothing else in it changes, and the view is never reset.
  const keptView = (): boolean => {
    const w = urlWindow(page);
    return (
      w !== null &&
      w.startMs === linked.startMs &&
      w.endMs >= linked.endMs &&
      addressParam(page, 'event') === event.id &&
      addressParam(page, 'q') === word
    );
  };
  expect(keptView()).toBe(true);
  await page.waitForTimeout(1_000); // past the link's update after a view change
  expect(keptView()).toBe(true);
  expect(loads()).toBe(1);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});
