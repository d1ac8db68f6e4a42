// Shared helpers for the end-to-end tests: they reach the app through accessible roles and names,
// and read the view from the URL (the public link format, docs/URL.md).
import { expect, type Locator, type Page } from '@playwright/test';

export const eventList = (page: Page): Locator =>
  page.getByRole('list', { name: 'Events in view' });
export const eventButtons = (page: Page): Locator => eventList(page).getByRole('button');
export const details = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Event details' });
export const timeline = (page: Page): Locator => page.getByRole('region', { name: 'Timeline' });
/** The canvas: a keyboard-operable application inside the Timeline region. */
export const canvas = (page: Page): Locator => timeline(page).getByRole('application');
export const actorBoxes = (page: Page): Locator =>
  page.getByRole('group', { name: 'Actors' }).getByRole('checkbox');

/** The link as the app has written it: its history writes wait for idle time (src/url/sync.ts). */
export async function pageUrl(page: Page): Promise<string> {
  await page.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestIdleCallback(() => setTimeout(done, 0), { timeout: 1000 })))',
  );
  return page.url();
}

/** A parameter of the link once the app has written it. */
export async function param(page: Page, name: string): Promise<string | null> {
  return new URL(await pageUrl(page)).searchParams.get(name);
}

/** A parameter of the address bar as it is now (inside a poll, or once a write is known to be done). */
export function addressParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** Milliseconds of a `from`/`to` bound (a day, or a UTC minute). */
export function boundMs(bound: string, edge: 'from' | 'to'): number {
  const ms = Date.parse(/T/.test(bound) ? bound.replace(/Z?$/, 'Z') : `${bound}T00:00Z`);
  return /T/.test(bound) || edge === 'from' ? ms : ms + 86_400_000;
}

/** The visible window according to the URL; null sides when the URL has none. */
export function urlWindow(page: Page): { startMs: number; endMs: number } | null {
  const from = addressParam(page, 'from');
  const to = addressParam(page, 'to');
  return from && to ? { startMs: boundMs(from, 'from'), endMs: boundMs(to, 'to') } : null;
}

/**
 * Opens the app and returns how many events are in view, as the timeline's toolbar says it (the
 * list below is virtual: only the rows near the screen are on the page, so its buttons are not the
 * count; listedCount is).
 */
export async function open(page: Page, path = '/'): Promise<number> {
  await page.goto(path);
  await expect(eventButtons(page).first()).toBeVisible();
  const text = (await page.locator('.range-count').textContent()) ?? '';
  const total = Number(/^(\d+) events? in view$/.exec(text)?.[1]);
  expect(total, `a count in "${text}"`).toBeGreaterThan(0);
  return total;
}

/**
 * How many events the list holds: each row says its place in the whole (aria-setsize), since only
 * the rows near the screen are on the page. 0 when there is no list.
 */
export async function listedCount(page: Page): Promise<number> {
  const rows = eventList(page).getByRole('listitem');
  if ((await rows.count()) === 0) return 0;
  return Number(await rows.first().getAttribute('aria-setsize'));
}

/** Waits until the list holds exactly `n` events (listedCount). */
export async function expectListed(page: Page, n: number): Promise<void> {
  await expect.poll(() => listedCount(page), { message: 'events in the list' }).toBe(n);
}

/** A row of the list as a person reads it. */
export interface ListedRow {
  title: string;
  date: string;
}

/**
 * Every row of the list, in order, read the way a person reaches them: scrolling the page down
 * through the list, a screen at a time, and reading the rows on the page at each stop.
 */
export async function readWholeList(page: Page): Promise<ListedRow[]> {
  const total = await listedCount(page);
  const rows = new Map<number, ListedRow>();
  for (let stop = 0, lastY = -1; rows.size < total; stop++) {
    // (Structural types: e2e/ is type-checked without the DOM library.)
    const seen = await page.evaluate(async (step) => {
      type El = {
        getAttribute(n: string): string | null;
        querySelector(s: string): { textContent: string | null } | null;
      };
      type Doc = {
        querySelectorAll(s: string): ArrayLike<El>;
        querySelector(s: string): { getBoundingClientRect(): { top: number } } | null;
      };
      type Win = {
        scrollBy(x: number, y: number): void;
        innerHeight: number;
        scrollY: number;
        requestAnimationFrame(f: () => void): void;
      };
      const w = globalThis as unknown as Win & { document: Doc };
      // First to the top of the list, then down a screen at a time.
      const listTop = w.document.querySelector('.event-list')?.getBoundingClientRect().top ?? 0;
      w.scrollBy(0, step === 0 ? listTop : w.innerHeight * 0.8);
      await new Promise<void>((r) => w.requestAnimationFrame(() => w.requestAnimationFrame(r)));
      const found = Array.from(w.document.querySelectorAll('.event-list > li'), (li) => ({
        at: Number(li.getAttribute('aria-posinset')),
        title: li.querySelector('.event-button')?.textContent ?? '',
        date: li.querySelector('time')?.textContent ?? '',
      }));
      return { y: w.scrollY, found };
    }, stop);
    for (const { at, title, date } of seen.found) rows.set(at, { title, date });
    if (seen.y === lastY) break; // the end of the page
    lastY = seen.y;
  }
  expect(rows.size, 'every row of the list reached by scrolling').toBe(total);
  return Array.from({ length: total }, (_, i) => rows.get(i + 1)!);
}

/** The middle of the canvas, in page coordinates. */
export async function canvasCenter(page: Page): Promise<{ x: number; y: number }> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('the timeline canvas is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * An actor checkbox whose count is above zero but below `total`, so ticking it must shrink the
 * list to exactly that count. Checkbox labels read "<name> <count>".
 */
export async function narrowingActor(
  page: Page,
  total: number,
): Promise<{ box: Locator; count: number }> {
  const counts = await checkboxCounts(actorBoxes(page));
  const index = counts.findIndex((c) => c > 0 && c < total);
  expect(index, 'some actor is in some but not all events').toBeGreaterThanOrEqual(0);
  return { box: actorBoxes(page).nth(index), count: counts[index] ?? 0 };
}

/** The counts shown in the labels of these checkboxes ("<name> <count>"). */
export async function checkboxCounts(boxes: Locator): Promise<number[]> {
  // (Structural type: e2e/ is type-checked without the DOM library.)
  type Box = { labels: ArrayLike<{ textContent: string | null }> | null };
  const labels = await boxes.evaluateAll((all) =>
    all.map((b) => (b as unknown as Box).labels?.[0]?.textContent ?? ''),
  );
  return labels.map((label) => Number(/(\d+)\s*$/.exec(label)?.[1] ?? 0));
}

/** Serve `dataset` as data/dataset.json (and no chunked build), then open `path` and wait for its events. */
export async function openWithDataset(page: Page, dataset: unknown, path = '/'): Promise<void> {
  await page.route('**/data/chunks/manifest.json', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  await page.goto(path);
  await expect(eventButtons(page).first()).toBeVisible();
}

export const DAY_MS = 86_400_000;

/** The day `days` after (or before) `ms`, as a URL bound. */
export const dayOffset = (ms: number, days: number): string =>
  new Date(ms + days * DAY_MS).toISOString().slice(0, 10);

/** The page x of time `ms` on the canvas showing `view`. */
export function pageX(
  box: { x: number; width: number },
  view: { startMs: number; endMs: number },
  ms: number,
): number {
  return box.x + ((ms - view.startMs) / (view.endMs - view.startMs)) * box.width;
}

/** What the tests read of the served dataset's events. */
export interface ServedEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  precision: string;
  /** 0–100 (src/model/importance.ts); key events have at least 50. */
  importance: number;
}

/** The events of the dataset the app serves (data/dataset.json). */
export async function servedEvents(page: Page): Promise<ServedEvent[]> {
  const dataset = (await (await page.request.get('/data/dataset.json')).json()) as {
    events: ServedEvent[];
  };
  return dataset.events;
}

/** Milliseconds of the start of a day (`YYYY-MM-DD`, UTC). */
export const dayMs = (day: string): number => Date.parse(`${day}T00:00Z`);

/**
 * A day of the served dataset with events and no other event in the `quietDaysBefore` days
 * before it or the day after (spans over it count too unless `daysOnly`), and, with `later`,
 * events a month or more after it (so that the view can move past it). Its start and titles.
 */
export async function quietDay(
  page: Page,
  {
    quietDaysBefore,
    daysOnly = false,
    later = false,
  }: { quietDaysBefore: number; daysOnly?: boolean; later?: boolean },
): Promise<{ startMs: number; titles: string[] }> {
  const events = await servedEvents(page);
  const day = events.find(
    (e) =>
      e.precision === 'day' &&
      (!later || events.some((o) => dayMs(o.start) > dayMs(e.start) + 30 * DAY_MS)) &&
      events.every(
        (o) =>
          o.start === e.start ||
          (daysOnly && o.precision !== 'day') ||
          dayMs(o.end) + DAY_MS <= dayMs(e.start) - quietDaysBefore * DAY_MS ||
          dayMs(o.start) > dayMs(e.start) + DAY_MS,
      ),
  );
  expect(day, `a day with no other event in the ${quietDaysBefore} days before it`).toBeDefined();
  return {
    startMs: dayMs(day!.start),
    titles: events.filter((e) => e.start === day!.start).map((e) => e.title),
  };
}

/**
 * In 2008's list, the event dated to the day (17 February) comes before the first one dated only
 * to the year: the list's reading order. Opens that window; returns the titles' indexes.
 */
export async function expectYearAfterDays2008(page: Page): Promise<{ day: number; year: number }> {
  const yearOnly = new Set(
    (await servedEvents(page))
      .filter((e) => e.precision === 'year' && e.start === '2008-01-01')
      .map((e) => e.title),
  );
  await open(page, '/?from=2008-01-01&to=2008-12-31');
  const titles = (await readWholeList(page)).map((r) => r.title);
  const day = titles.indexOf("Kosovo's assembly declares independence from Serbia");
  const year = titles.findIndex((t) => yearOnly.has(t));
  expect(day, titles.join(' | ')).toBeGreaterThanOrEqual(0);
  expect(year, titles.join(' | ')).toBeGreaterThan(day);
  return { day, year };
}

/**
 * A day with events and nothing else in the month before it, zoomed so that the day sits at the
 * right edge (its marker within `edgePx` of it): its labels have no room after their markers, so
 * they are drawn before them, whole. Hovering `leftPx` left of the marker, row by row, the card
 * names one of that day's events.
 */
export async function expectLabelBeforeMarkerAtRightEdge(
  page: Page,
  { edgePx, leftPx }: { edgePx: number; leftPx: number },
): Promise<void> {
  const lone = await quietDay(page, { quietDaysBefore: 30 });
  await open(page, `/?from=${dayOffset(lone.startMs, -29)}&to=${dayOffset(lone.startMs, 1)}`);
  const box = (await canvas(page).boundingBox())!;
  const markerX = pageX(box, urlWindow(page)!, lone.startMs + DAY_MS / 2);
  expect(box.x + box.width - markerX, 'the day is at the right edge').toBeLessThan(edgePx);
  const tooltip = page.locator('.tl-tooltip');
  let shown: string | null = null;
  for (let row = 0; row < 6 && shown === null; row++) {
    await page.mouse.move(markerX - leftPx, box.y + 52 + 12 + row * 24);
    if (await tooltip.isVisible()) shown = await tooltip.locator('strong').textContent();
  }
  expect(lone.titles).toContain(shown);
}
