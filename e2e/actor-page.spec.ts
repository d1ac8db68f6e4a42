// Actor pages (`?actor=<id>`): who an actor is, when it appears, with whom, and its events on the
// timeline; reached from every actor chip. The hand-written dataset (fixtures/v2-dataset.ts) gives
// the expected numbers: Kosovo is in 3 events (2008-02-17, 2022-10-31, December 2022) reported by
// 2 articles, 2 of them with Serbia; Osmani (alias "Osmani", part of Kosovo as President) is in
// one event with NATO, reported by 2 articles.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { V2_DATASET } from './fixtures/v2-dataset.ts';
import { canvas, details, eventButtons, openWithDataset, param } from './helpers.ts';

const actorPage = (page: Page) => page.locator('section.actor-page');
const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name, exact: true });
const coActors = (page: Page) => page.getByRole('region', { name: 'Appears with' });

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('an actor chip in the details opens the page: facts, histogram, co-actors, its events alone; back returns', async ({
  page,
}) => {
  await openWithDataset(page, V2_DATASET, '/?event=e-declared');
  const link = details(page).getByRole('link', { name: 'Kosovo' });
  // A real link (a new tab opens the same page), followed in place by the keyboard.
  await expect(link).toHaveAttribute('href', '?actor=country:kosovo');
  await link.focus();
  await page.keyboard.press('Enter');

  await expect(heading(page, 'Kosovo')).toBeFocused();
  expect(await param(page, 'actor')).toBe('country:kosovo');
  expect(await param(page, 'actors')).toBeNull();
  expect(await param(page, 'event')).toBeNull();
  await expect(page).toHaveTitle('Kosovo – Dateline');
  const region = actorPage(page);
  await expect(region).toContainText('Country');
  await expect(region).toContainText('3 events reported in 2 articles, 2008–2022');
  const facts = region.locator('.actor-facts dd');
  await expect(facts).toHaveText([
    "17 February 2008: Kosovo's assembly declared independence from Serbia",
    'December 2022: Serbia could send troops back into Kosovo',
  ]);
  await expect(region.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Events per year: 2008: 1, 2022: 2',
  );
  await expect(region.locator('rect.histogram-bar')).toHaveCount(2);
  await expect(coActors(page).getByRole('link')).toHaveText(['Serbia 2 events together']);

  // The timeline and the list show Kosovo's events, and nothing else.
  await expect(eventButtons(page)).toHaveText([
    "Kosovo's assembly declared independence from Serbia",
    'The rule will be enforced',
    'Serbia could send troops back into Kosovo',
  ]);
  await expect(page.locator('.range-count')).toHaveText('3 events in view');

  // The last appearance opens that event beside the page.
  await region.getByRole('button', { name: 'Serbia could send troops back into Kosovo' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Serbia could send troops back into Kosovo',
  );
  expect(await param(page, 'actor')).toBe('country:kosovo');

  await page.goBack();
  await page.goBack();
  await expect(heading(page, 'Kosovo')).toHaveCount(0);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    "Kosovo's assembly declared independence from Serbia",
  );
  await expect(eventButtons(page)).toHaveCount(6);
});

test('aliases, affiliations and co-actors link to pages; closing keeps the window; unknown ids say so', async ({
  page,
}) => {
  await openWithDataset(page, V2_DATASET, '/?actor=person:vjosa-osmani-sadriu');
  const region = actorPage(page);
  await expect(heading(page, 'Vjosa Osmani-Sadriu')).toBeVisible();
  await expect(region).toContainText('Person');
  await expect(region).toContainText('Also named Osmani');
  await expect(region).toContainText('Part of Kosovo (President)');
  await expect(region).toContainText('1 event reported in 2 articles, 2022');
  // One event: the first appearance is also the last.
  await expect(region.getByText('Last', { exact: true })).toHaveCount(0);
  await expect(eventButtons(page)).toHaveText([
    'Osmani met NATO Secretary General Jens Stoltenberg in Brussels',
  ]);

  await coActors(page).getByRole('link', { name: 'NATO 1 event together' }).click();
  await expect(heading(page, 'NATO')).toBeVisible();
  expect(await param(page, 'actor')).toBe('organization:nato');
  await region.getByRole('link', { name: 'Vjosa Osmani-Sadriu' }).click();
  await region.getByRole('link', { name: 'Kosovo' }).click();
  await expect(heading(page, 'Kosovo')).toBeVisible();

  // A bar shows its year on the timeline; closing the page keeps that window, with every event.
  await region.locator('rect.histogram-bar[data-start-year="2008"]').click();
  await expect.poll(() => param(page, 'from')).toBe('2008-01-01');
  expect(await param(page, 'to')).toBe('2008-12-31');
  await region.getByRole('button', { name: 'Close the page of Kosovo' }).click();
  await expect(heading(page, 'Kosovo')).toHaveCount(0);
  expect(await param(page, 'actor')).toBeNull();
  expect(await param(page, 'from')).toBe('2008-01-01');
  await expect(page.locator('.range-count')).toHaveText('1 event in view');

  await page.goto('/?actor=person:nobody');
  await expect(heading(page, 'person:nobody')).toBeVisible();
  await expect(actorPage(page)).toContainText('This dataset has no actor with this id');
  await expect(eventButtons(page)).toHaveCount(0);
});

test('inside an embed, an actor chip opens the full app in a new tab', async ({ page }) => {
  await openWithDataset(page, V2_DATASET);
  await page.goto('/?embed=1&event=e-troops');
  const link = details(page).getByRole('link', { name: 'Serbia' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', '?actor=country:serbia');
});

test('axe finds nothing on an actor page, on a desktop and on a phone, where the profile folds', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openWithDataset(page, V2_DATASET, '/?actor=country:kosovo');
  await expect(heading(page, 'Kosovo')).toBeVisible();
  await expect(coActors(page)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await expect(heading(page, 'Kosovo')).toBeVisible();
  // Folded: the summary line stays, the timeline of Kosovo's events is in the first screen.
  await expect(actorPage(page)).toContainText('3 events reported in 2 articles, 2008–2022');
  await expect(coActors(page)).toBeHidden();
  const box = await canvas(page).boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + 60).toBeLessThan(812);
  await expectNoAxeViolations(page);
  await actorPage(page).getByText('Profile', { exact: true }).click();
  await expect(coActors(page)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('named things: grouped by kind in the filter; an agreement’s page names its parties, a currency’s its issuer', async ({
  page,
}) => {
  const dataset = structuredClone(V2_DATASET);
  dataset.actors.push(
    {
      id: 'agreement:brussels-agreement',
      name: 'Brussels Agreement',
      kind: 'agreement',
      aliases: [],
      affiliations: [
        { actor: 'country:kosovo', role: 'party' },
        { actor: 'country:serbia', role: 'party' },
      ],
      eventCount: 1,
    },
    {
      id: 'currency:serbian-dinar',
      name: 'Serbian dinar',
      kind: 'currency',
      aliases: ['dinar'],
      affiliations: [{ actor: 'country:serbia', role: 'issuer' }],
      eventCount: 1,
    },
  );
  dataset.actors.sort((a, b) => (a.id < b.id ? -1 : 1));
  // Both are entities of one event, so each page has an event to show.
  dataset.events
    .find((e) => e.id === 'e-declared')!
    .actors.push('agreement:brussels-agreement', 'currency:serbian-dinar');
  await openWithDataset(page, dataset, '/?actor=agreement:brussels-agreement');
  const region = actorPage(page);
  await expect(heading(page, 'Brussels Agreement')).toBeVisible();
  await expect(region).toContainText('Agreement');
  await expect(region).toContainText('Parties Kosovo, Serbia');
  await expect(region).not.toContainText('Part of');
  await region
    .locator('.actor-affiliations')
    .getByRole('link', { name: 'Serbia', exact: true })
    .click();
  await expect(heading(page, 'Serbia')).toBeVisible();
  expect(await param(page, 'actor')).toBe('country:serbia');

  await openWithDataset(page, dataset, '/?actor=currency:serbian-dinar');
  await expect(heading(page, 'Serbian dinar')).toBeVisible();
  await expect(actorPage(page)).toContainText('Currency');
  await expect(actorPage(page)).toContainText('Also named dinar');
  await expect(actorPage(page)).toContainText('Issued by Serbia');

  // The filter lists each kind under its own heading.
  await expect(
    page
      .getByRole('group', { name: 'Agreements' })
      .getByRole('checkbox', { name: /Brussels Agreement/ }),
  ).toHaveCount(1);
  await expect(
    page
      .getByRole('group', { name: 'Currencies' })
      .getByRole('checkbox', { name: /Serbian dinar/ }),
  ).toHaveCount(1);
});
