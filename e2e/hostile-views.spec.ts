// Hostile article text in every view (#13 item 8): markup, HTML entities, a right-to-left override
// left open, emoji and regular-expression syntax in titles, sentences, headlines, outlets, URLs and
// actor names, and in what a person types or a link carries, show as the text they are: in the
// "Events in view" list, the details, the actor filter, the active-filter chips, the canvas
// tooltip and the link notices. Nothing runs, links stay http(s), override text is isolated from
// the page around it, and no emoji is cut in half. The data: fixtures/hostile-dataset.ts.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ACTOR, HOSTILE, hostileDataset, PWNED, RLO } from './fixtures/hostile-dataset.ts';
import {
  expectIsolated,
  expectNothingRan,
  hasLoneSurrogate,
  openHostile,
  serveHostile,
} from './fixtures/hostile-page.ts';
import { canvas, details, eventButtons, param, urlWindow } from './helpers.ts';

/** All eight events in view, one per day. */
const ALL = '/?from=2023-02-26&to=2023-03-13';
/** The untitled event's name: its sentence cut before the emoji that straddles 80 characters. */
const UNTITLED = `${HOSTILE.longSentence.slice(0, 78).trimEnd()}…`;
const TITLES = [
  HOSTILE.scriptTitle,
  HOSTILE.imgTitle,
  HOSTILE.entityTitle,
  HOSTILE.rtlTitle,
  HOSTILE.emojiTitle,
  UNTITLED,
  HOSTILE.regexTitle,
  HOSTILE.formulaTitle,
];

const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Search events' });
const noMatch = (page: Page): Locator =>
  page.locator('.events').getByText('No events match these filters.');
const activeFilters = (page: Page): Locator => page.getByRole('region', { name: 'Active filters' });

/** The x of an element's left and right edges. */
async function edges(element: Locator): Promise<{ left: number; right: number }> {
  const box = await element.boundingBox();
  if (!box) throw new Error('not visible');
  return { left: box.x, right: box.x + box.width };
}

/**
 * In a chip, the "×" after the isolated text stays to its right: an open right-to-left override
 * in the text, were it not isolated, would pull the "×" into its reversed run, left of the text.
 */
async function expectCloseAfterText(chip: Locator): Promise<void> {
  const text = await edges(chip.locator('bdi'));
  const close = await edges(chip.locator('span[aria-hidden="true"]').last());
  expect(close.left).toBeGreaterThanOrEqual(text.right - 0.5);
}

test('titles render as text in the events in view list and the details', async ({ page }) => {
  const guard = await openHostile(page, ALL);
  await expect(eventButtons(page)).toHaveCount(TITLES.length);
  // textContent exactly: markup, entities (not decoded), the override and emoji as written.
  expect(await eventButtons(page).allTextContents()).toEqual(TITLES);
  for (const title of TITLES) expect(hasLoneSurrogate(title)).toBe(false);
  for (let i = 0; i < TITLES.length; i++) {
    await expectIsolated(eventButtons(page).nth(i).locator('bdi'));
    await eventButtons(page).nth(i).click();
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(TITLES[i]!);
    await expectIsolated(heading.locator('bdi'));
  }
  await expectNothingRan(page, guard);
});

test('sentences, headlines, outlets and links show as text; links stay http(s)', async ({
  page,
}) => {
  const guard = await openHostile(page, `${ALL}&event=e-script`);
  const source = details(page).locator('figure.source');
  await expect(source.locator('blockquote')).toHaveText(HOSTILE.scriptSentence);
  await expectIsolated(source.locator('blockquote p'));
  // The headline links to the article's URL as a URL (quotes and brackets percent-encoded).
  const link = source.getByRole('link');
  await expect(link).toHaveText(HOSTILE.headline);
  await expect(link).toHaveAttribute('href', new URL(HOSTILE.url).href);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expectIsolated(link.locator('bdi'));
  await expect(source.locator('.source-meta')).toContainText(`${HOSTILE.outlet}, `);
  await expectIsolated(source.locator('.source-meta bdi'));

  // A headline with an open override and no link: text, isolated.
  await eventButtons(page).nth(1).click();
  const cite = details(page).locator('cite.headline');
  await expect(cite).toHaveText(HOSTILE.rtlHeadline);
  await expectIsolated(cite.locator('bdi'));
  // No link from the data's URLs (none is http(s)); the actor chips link to the app's own pages.
  await expect(details(page).locator('a:not(.actor-link)')).toHaveCount(0);
  await expectNothingRan(page, guard);
});

for (const [name, url] of [
  ['javascript:', `javascript:window.${PWNED}='link'`],
  ['JavaScript: with a leading space', ` JavaScript:window.${PWNED}='link'`],
  ['data:', `data:text/html,<script>window.${PWNED}='data'</script>`],
]) {
  test(`a dataset with a ${name} link is refused, never linked`, async ({ page }) => {
    const guard = await serveHostile(page, hostileDataset(url));
    await page.goto(ALL);
    const problem = page.getByRole('alert');
    await expect(problem).toContainText('No usable dataset');
    await expect(problem).toContainText('only http(s) links');
    await expect(page.locator('a[href*="script:" i], a[href^="data:" i], body [src]')).toHaveCount(
      0,
    );
    await expectNothingRan(page, guard);
  });
}

test('actor names render as text in the actor filter, the chips and the details', async ({
  page,
}) => {
  const guard = await openHostile(page, ALL);
  const rows = page.getByRole('group', { name: 'Actors' }).locator('.checklist .name');
  expect((await rows.allTextContents()).sort()).toEqual(
    Object.values(ACTOR)
      .map((a) => a.name)
      .sort(),
  );
  for (let i = 0; i < (await rows.count()); i++) await expectIsolated(rows.nth(i));

  // An actor search that matches nothing says so with the text as typed.
  const actorSearch = page.getByRole('searchbox', { name: 'Search actors' });
  await actorSearch.fill(`<img src=x onerror=window.${PWNED}=1> ${RLO}on`);
  await expect(page.getByText('No actor matches')).toHaveText(
    `No actor matches “<img src=x onerror=window.${PWNED}=1> ${RLO}on”.`,
  );
  await expectIsolated(page.getByText('No actor matches').locator('bdi'));
  await actorSearch.fill('&lt;Org&gt;'); // entities are matched as written, not decoded
  await expect(page.getByRole('checkbox', { name: ACTOR.entity.name })).toBeVisible();
  await expect(rows).toHaveText([ACTOR.entity.name]);
  await actorSearch.fill('');

  // Tick the actor with the script name, then the one with the override.
  await page.getByRole('checkbox', { name: ACTOR.script.name }).check();
  await expect(eventButtons(page)).toHaveCount(2);
  await page.getByRole('checkbox', { name: ACTOR.rtl.name }).check();
  const chips = activeFilters(page);
  // An actor's chip: its name links to its page, a button removes it.
  const chipOf = (name: string) =>
    chips
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: `Remove actor ${name}` }) });
  const scriptChip = chipOf(ACTOR.script.name);
  const rtlChip = chipOf(ACTOR.rtl.name);
  await expect(scriptChip.locator('bdi')).toHaveText(ACTOR.script.name);
  await expect(rtlChip.locator('bdi')).toHaveText(ACTOR.rtl.name);
  await expectCloseAfterText(rtlChip);
  await expectCloseAfterText(scriptChip);

  // In the details, each actor is a link named by its name; it opens that actor's page, whose
  // heading shows the name as text, isolated, and whose timeline shows its events alone.
  await eventButtons(page).filter({ hasText: 'Talks resume' }).click();
  const actorLinks = details(page).locator('.actor-chips a');
  expect(await actorLinks.allTextContents()).toEqual([ACTOR.script.name, ACTOR.rtl.name]);
  await expectIsolated(actorLinks.nth(1).locator('bdi'));
  await actorLinks.nth(1).click();
  const heading = page.getByRole('heading', { level: 2, name: ACTOR.rtl.name });
  await expect(heading).toBeVisible();
  await expectIsolated(heading.locator('bdi'));
  await expect(eventButtons(page)).toHaveCount(2); // e-script and e-rtl
  expect(await param(page, 'actor')).toBe(ACTOR.rtl.id);
  expect(await param(page, 'actors')).toBeNull();

  await expectNothingRan(page, guard);
});

test('search matches markup, regex syntax, entities, overrides and emoji as text', async ({
  page,
}) => {
  const guard = await openHostile(page, ALL);
  const cases: [string, string[]][] = [
    ['<img src=x onerror=', [HOSTILE.imgTitle]],
    ['<script>', [HOSTILE.scriptTitle]],
    ['&lt;script&gt;', [HOSTILE.entityTitle]],
    ['(.*)+', [HOSTILE.regexTitle]],
    ['[a-z]{2}', [HOSTILE.regexTitle]],
    ['$1 ^$', [HOSTILE.regexTitle]],
    ['\\d+', [HOSTILE.regexTitle]],
    [`${RLO}txet`, [HOSTILE.rtlTitle]],
    ['👩‍🔬', [HOSTILE.emojiTitle]],
    ['🇽🇰 👍🏽', [HOSTILE.emojiTitle]],
    ['😀', [UNTITLED]],
    ['(?:x)', []],
  ];
  for (const [query, titles] of cases) {
    await searchBox(page).fill(query);
    await expect(searchBox(page)).toHaveValue(query);
    if (titles.length > 0) {
      await expect(eventButtons(page)).toHaveText(titles);
    } else {
      await expect(noMatch(page)).toBeVisible();
    }
    // The chip shows the query as typed, isolated, its "×" after it.
    const chip = activeFilters(page).getByRole('button', { name: /^Remove text filter/ });
    await expect(chip.locator('bdi')).toHaveText(query);
    await expectIsolated(chip.locator('bdi'));
    await expectCloseAfterText(chip);
    // The link carries the query exactly.
    await expect.poll(() => param(page, 'q')).toBe(query);
  }
  await expectNothingRan(page, guard);
});

test('links carrying hostile text: the query and an unknown event id show as text', async ({
  page,
}) => {
  const guard = await serveHostile(page);
  const query = `<img src=x onerror=`;
  await page.goto(`${ALL}&q=${encodeURIComponent(query)}`);
  await expect(searchBox(page)).toHaveValue(query);
  await expect(eventButtons(page)).toHaveText([HOSTILE.imgTitle]);
  // Reload keeps it exactly.
  await page.reload();
  await expect(searchBox(page)).toHaveValue(query);

  const rtlQuery = `${RLO}txet`;
  await page.goto(`${ALL}&q=${encodeURIComponent(rtlQuery)}`);
  await expect(eventButtons(page)).toHaveText([HOSTILE.rtlTitle]);
  await expectCloseAfterText(
    activeFilters(page).getByRole('button', { name: /^Remove text filter/ }),
  );

  // Broken UTF-8 in the link: decoded with replacement characters, matches nothing, breaks nothing.
  await page.goto(`${ALL}&q=%ED%A0%BD%F0%9F`);
  await expect(noMatch(page)).toBeVisible();

  // An unknown event id made of markup and an override is named as text.
  const id = `<svg/onload=window.${PWNED}=1>${RLO}di`;
  await page.goto(`${ALL}&event=${encodeURIComponent(id)}`);
  const notice = page.getByText('This event no longer exists');
  await expect(notice.locator('code')).toHaveText(id);
  await expectIsolated(notice.locator('code'));
  await expect(notice).toContainText('It may have been removed');
  await expectNothingRan(page, guard);
});

test('the canvas tooltip shows titles as text, isolated', async ({ page }) => {
  const guard = await openHostile(page, ALL);
  const tooltip = page.locator('.tl-tooltip');
  const seen = new Set<string>();
  const wanted: string[] = [
    HOSTILE.scriptTitle,
    HOSTILE.imgTitle,
    HOSTILE.rtlTitle,
    HOSTILE.emojiTitle,
  ];
  const box = (await canvas(page).boundingBox())!;
  const view = urlWindow(page)!;
  const dayMs = 86_400_000;
  // Each event is a point at the middle of its day, in one of the first rows (laid out by the
  // engine): hover each day's middle in each row until every wanted title has shown.
  for (let day = 1; day <= 8 && seen.size < wanted.length; day++) {
    const t = Date.UTC(2023, 2, day) + dayMs / 2;
    const x = box.x + ((t - view.startMs) / (view.endMs - view.startMs)) * box.width;
    for (let row = 0; row < 6; row++) {
      await page.mouse.move(x, box.y + 52 + 12 + row * 24);
      if (!(await tooltip.isVisible())) continue;
      const title = (await tooltip.locator('strong').textContent()) ?? '';
      if (wanted.includes(title)) seen.add(title);
    }
  }
  expect([...seen].sort()).toEqual([...wanted].sort());
  // The card holds its two text elements and nothing made from the data.
  expect(
    await tooltip.evaluate(
      (el) =>
        (el as unknown as { querySelectorAll(s: string): { length: number } }).querySelectorAll('*')
          .length,
    ),
  ).toBe(2);
  await expectIsolated(tooltip.locator('strong'));
  await expectNothingRan(page, guard);
});

test('the page title isolates an override and keeps emoji whole', async ({ page }) => {
  await openHostile(page, `${ALL}&event=e-rtl`);
  await expect(page).toHaveTitle(`\u2068${HOSTILE.rtlTitle}\u2069 – Dateline`);
  await page.goto(`${ALL}&event=e-untitled`);
  await expect(page).toHaveTitle(`${UNTITLED} – Dateline`);
  expect(hasLoneSurrogate(await page.title())).toBe(false);
  await page.goto(`${ALL}&event=e-emoji`);
  await expect(page).toHaveTitle(`${HOSTILE.emojiTitle} – Dateline`);
});
