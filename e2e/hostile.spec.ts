// Nothing from an article or a URL ever runs: the app over a dataset built from the hostile
// corpus (scripts, event handlers and javascript: links in titles, text and URLs) shows them as
// text, runs nothing, links only to http(s), and the CSP forbids inline script.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeHostileCorpus } from '../test/hostile/corpus.ts';
import { details, eventButtons, timeline } from './helpers.ts';

let hostileDataset = '';
let hostileOut = '';

test.beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-hostile-'));
  writeHostileCorpus(dir);
  const out = mkdtempSync(join(tmpdir(), 'dateline-e2e-hostile-out-'));
  const run = spawnSync(
    'npx',
    ['tsx', 'src/pipeline/cli/main.ts', 'build', '--jobs', '1', '--input', dir, '--out', out],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  hostileDataset = readFileSync(join(out, 'dataset.json'), 'utf8');
  hostileOut = out;
  expect(hostileDataset).toContain('<script>');
});

/** Serve the hostile dataset and fail on any dialog, page error or navigation away. */
async function openHostile(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: hostileDataset }),
  );
  // The app reads the chunked build (data/chunks/) when there is one: the hostile build's.
  await page.route('**/data/chunks/*', (route) => {
    const file = join(
      hostileOut,
      'chunks',
      new URL(route.request().url()).pathname.split('/').pop() ?? '',
    );
    return existsSync(file)
      ? route.fulfill({ contentType: 'application/json', body: readFileSync(file, 'utf8') })
      : route.fulfill({ status: 404, body: '' });
  });
  await page.goto('/');
  await expect(eventButtons(page).first()).toBeVisible();
  return errors;
}

test('hostile titles and sentences render as text and run nothing', async ({ page }) => {
  const errors = await openHostile(page);
  const origin = new URL(page.url()).origin;
  const count = await eventButtons(page).count();
  for (let i = 0; i < Math.min(count, 25); i++) {
    await eventButtons(page).nth(i).click();
    await expect(details(page)).toBeVisible();
  }
  // The markup is visible as text, never as elements: the talks event carries the HTML article's
  // sentence among its sources.
  await page.goto('/?from=2023-05-22&to=2023-06-04');
  await eventButtons(page)
    .filter({ hasText: /resume talks/ })
    .first()
    .click();
  await expect(details(page)).toContainText('<b>Bold</b>');
  await expect(details(page)).toContainText('<script>alert("body")</script>');
  // Evaluated in the page (a string: this file is type-checked without the DOM library).
  const injected = await page.evaluate(`({
    onerror: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    inlineScripts: [...document.scripts].filter((s) => !s.src).length,
    bold: document.querySelectorAll('main b').length,
    pwned: window.__datelinePwned ?? null,
  })`);
  expect(injected).toEqual({ onerror: 0, inlineScripts: 0, bold: 0, pwned: null });
  // Every link goes to http(s) (or stays in the app).
  const hrefs = (await page.evaluate(
    `[...document.querySelectorAll('a[href]')].map((a) => a.href)`,
  )) as string[];
  for (const href of hrefs) expect(['http:', 'https:']).toContain(new URL(href).protocol);
  expect(new URL(page.url()).origin).toBe(origin);
  expect(errors).toEqual([]);
});

test('the Content-Security-Policy forbids inline script', async ({ page }) => {
  await openHostile(page);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const scriptSrc = csp
    ?.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src'));
  expect(scriptSrc).toBe("script-src 'self'"); // no 'unsafe-inline', no 'unsafe-eval'
  // An inline script added to the page does not run.
  const ran = await page.evaluate(`(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.__inlineRan ?? false;
  })()`);
  expect(ran).toBe(false);
  await expect(timeline(page)).toBeVisible();
});
