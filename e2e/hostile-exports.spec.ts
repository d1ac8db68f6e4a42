// Exports of hostile data (#13 item 8): the CSV never hands a spreadsheet a formula (a cell that
// would start with = + - @ tab or CR starts with ' inside quotes), the JSON keeps every hostile
// string exactly, and the PNG is a real picture of the canvas (drawn with fillText only; nothing
// from the data becomes markup). The data: fixtures/hostile-dataset.ts.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv, rawCells } from './fixtures/csv.ts';
import { ACTOR, hostileDataset, HOSTILE } from './fixtures/hostile-dataset.ts';
import { expectNothingRan, openHostile } from './fixtures/hostile-page.ts';
import { canvas, eventButtons } from './helpers.ts';

const ALL = '/?from=2023-02-26&to=2023-03-13';
const DATASET = hostileDataset();
const FORMULA_START = /^[=+\-@\t\r]/;

async function download(page: Page, name: RegExp): Promise<{ file: string; body: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name }).click();
  const d = await waiting;
  return { file: d.suggestedFilename(), body: readFileSync((await d.path())!) };
}

/** What a spreadsheet should show for `text`: itself, after a ' when it would start a formula. */
const shown = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

test('CSV: no cell starts a formula, and every hostile string is there as text', async ({
  page,
}) => {
  const guard = await openHostile(page, ALL);
  await expect(eventButtons(page)).toHaveCount(DATASET.events.length);
  const csv = await download(page, /^CSV/);
  const text = csv.body.toString('utf8');

  for (const cell of rawCells(text)) {
    expect(cell).not.toMatch(FORMULA_START);
    // Neutralised cells are quoted too (OWASP), and so is any cell holding ; or tab, which
    // spreadsheets in many locales take as the separator.
    if (/^"?'[=+\-@\t\r]/.test(cell) || /[;\t]/.test(cell)) expect(cell).toMatch(/^".*"$/s);
  }
  const [header, ...rows] = parseCsv(text);
  const column = (name: string): number => header!.indexOf(name);
  expect(rows).toHaveLength(DATASET.events.length);
  const actorName = new Map(DATASET.actors.map((a) => [a.id, a.name]));
  for (const event of DATASET.events) {
    const row = rows.find((r) => r[column('id')] === event.id)!;
    expect(row, event.id).toBeDefined();
    expect(row[column('title')]).toBe(shown(event.title));
    expect(row[column('actors')]).toBe(
      shown(event.actors.map((id) => actorName.get(id)).join('; ')),
    );
    expect(row[column('sentences')]).toBe(shown(event.sources.map((s) => s.sentence).join('\n')));
  }
  // The formula row, cell by cell: each shown as its text after a '.
  const formula = rows.find((r) => r[column('id')] === 'e-formula')!;
  expect(formula[column('title')]).toBe(`'${HOSTILE.formulaTitle}`);
  expect(formula[column('actors')]).toBe(`'${ACTOR.formula.name}`);
  expect(formula[column('sentences')]).toBe(`'${HOSTILE.formulaSentence}`);
  expect(formula[column('articles')]).toBe(
    `'${HOSTILE.formulaHeadline} — ${HOSTILE.formulaOutlet} — 2023-03-10 — https://example.org/formula`,
  );
  // Markup, the override and emoji arrive byte for byte (UTF-8).
  for (const s of [HOSTILE.scriptSentence, HOSTILE.rtlTitle, HOSTILE.emojiTitle, HOSTILE.url]) {
    expect(text).toContain(s.replace(/"/g, '""'));
  }
  await expectNothingRan(page, guard);
});

test('JSON: parses and keeps every hostile string exactly', async ({ page }) => {
  const guard = await openHostile(page, ALL);
  const json = await download(page, /^JSON/);
  const parsed = JSON.parse(json.body.toString('utf8')) as {
    events: {
      id: string;
      title: string;
      actors: { id: string; name: string }[];
      sources: {
        sentence: string;
        article: { title: string; outlet: string | null; url: string | null };
      }[];
    }[];
  };
  expect(parsed.events.map((e) => e.id).sort()).toEqual(DATASET.events.map((e) => e.id).sort());
  const articles = new Map(DATASET.articles.map((a) => [a.id, a]));
  for (const event of DATASET.events) {
    const out = parsed.events.find((e) => e.id === event.id)!;
    expect(out.title).toBe(event.title);
    expect(out.actors).toEqual(
      event.actors.map((id) => ({
        id,
        name: DATASET.actors.find((a) => a.id === id)!.name,
        kind: DATASET.actors.find((a) => a.id === id)!.kind,
      })),
    );
    expect(out.sources.map((s) => s.sentence)).toEqual(event.sources.map((s) => s.sentence));
    for (const [i, source] of event.sources.entries()) {
      const article = articles.get(source.article)!;
      expect(out.sources[i]!.article).toMatchObject({
        title: article.title,
        outlet: article.outlet,
        url: article.url,
      });
    }
  }
  await expectNothingRan(page, guard);
});

test('PNG: a valid picture of the canvas, made without markup', async ({ page }) => {
  const guard = await openHostile(page, ALL);
  const png = await download(page, /^PNG/);
  const bytes = png.body;
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect(bytes.subarray(bytes.length - 8, bytes.length - 4).toString('latin1')).toBe('IEND');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  // The picture is the canvas's own pixels, at its backing size.
  const size = await canvas(page).evaluate((c) => {
    const el = c as unknown as { width: number; height: number };
    return { width: el.width, height: el.height };
  });
  expect({ width, height }).toEqual(size);
  // And the browser decodes it to that size.
  const decoded = await page.evaluate(`(async () => {
    const bin = atob(${JSON.stringify(bytes.toString('base64'))});
    const data = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    return { width: bitmap.width, height: bitmap.height };
  })()`);
  expect(decoded).toEqual(size);
  await expectNothingRan(page, guard);
});
