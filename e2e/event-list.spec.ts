// The list of events in view is virtual: it holds every event in view, but only the rows near the
// screen are on the page. What a person does with it must not notice: scrolling reaches every row,
// rows never overlap (titles wrap to two lines on a phone), and the row in use by the keyboard or
// opened in the details stays on the page however far the list scrolls.
import { expect, test, type Page } from '@playwright/test';
import {
  details,
  eventButtons,
  eventList,
  listedCount,
  open,
  readWholeList,
  servedEvents,
} from './helpers.ts';

/** The rows on the page: their place in the list and their box (page pixels). */
async function rowsOnPage(page: Page): Promise<{ at: number; top: number; bottom: number }[]> {
  return eventList(page)
    .getByRole('listitem')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const el = row as unknown as {
          getAttribute(n: string): string | null;
          getBoundingClientRect(): { top: number; bottom: number };
        };
        const box = el.getBoundingClientRect();
        return { at: Number(el.getAttribute('aria-posinset')), top: box.top, bottom: box.bottom };
      }),
    );
}

/** Consecutive rows each start where the one before ends (no overlap, no gap). */
function expectStacked(rows: { at: number; top: number; bottom: number }[]): void {
  expect(rows.length).toBeGreaterThan(1);
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    expect(b.at, 'rows in list order').toBeGreaterThan(a.at);
    if (b.at === a.at + 1) expect(Math.abs(b.top - a.bottom), `row ${b.at}`).toBeLessThan(1);
  }
}

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 812 }],
] as const) {
  test(`on a ${name}, the list holds every event in view; scrolling reaches each row, none overlapping`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const total = await open(page);
    expect(await listedCount(page)).toBe(total);
    const onPage = await rowsOnPage(page);
    // The sample's full view has hundreds of events; a screen holds a dozen or so rows.
    expect(total).toBeGreaterThan(200);
    expect(onPage.length).toBeLessThan(60);
    expectStacked(onPage);

    const rows = await readWholeList(page);
    // The list is the events in view in reading order: every served event once (the sample's
    // full view shows them all).
    const served = (await servedEvents(page)).map((e) => e.title).sort();
    expect(rows.map((r) => r.title).sort()).toEqual(served);
    // At the end of the page, the last row is on the screen, stacked under the ones before it.
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const last = eventList(page).getByRole('listitem').last();
    await expect(last).toHaveAttribute('aria-posinset', String(total));
    await expect(last).toBeInViewport();
    expectStacked(await rowsOnPage(page));
  });
}

test('the row in use stays on the page when the list scrolls away: Enter opens it, Escape comes back to it', async ({
  page,
}) => {
  await open(page);
  const first = eventButtons(page).first();
  const title = (await first.textContent()) ?? '';
  const id = await first.getAttribute('id');
  await first.focus();
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  // The rows near the screen are now the last ones; the focused row is still on the page, focused.
  await expect(eventList(page).getByRole('listitem').last()).toBeInViewport();
  await expect(page.locator(`[id="${id}"]`)).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);
  await page.keyboard.press('Escape');
  await expect(details(page)).toBeHidden();
  await expect(page.locator(`[id="${id}"]`)).toBeFocused();
});
