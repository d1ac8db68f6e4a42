// Exports: the matching events as CSV and JSON (with their sources), the timeline as a PNG.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { narrowingActor, open } from './helpers.ts';

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
    'id,date,start,end,precision,when,type,title,future,actors,sentences,articles',
  );

  const png = await download(page, /^PNG/);
  expect(png.file).toMatch(/^dateline-.*\.png$/);
  expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
});
