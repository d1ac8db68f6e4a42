// Makes the README's screenshot: the app at 1280×800 in the light theme, zoomed in on a busy
// stretch with an event open. Every run writes it under test-results/; `UPDATE_SCREENSHOT=1 npm
// test` also refreshes docs/screenshot.png (so a plain test run leaves the working tree clean).
import { expect, test } from '@playwright/test';
import { details, eventButtons, open } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', deviceScaleFactor: 1 });

test('screenshot for the README', async ({ page }) => {
  await open(page, '/?from=2022-05-01&to=2023-10-31');
  // The number-plate dispute makes a telling example; any event will do if it is not there.
  const plates = eventButtons(page).filter({ hasText: /plate|licen/i });
  await ((await plates.count()) > 0 ? plates.first() : eventButtons(page).nth(3)).click();
  await expect(details(page)).toBeVisible();
  await page.mouse.move(0, 0);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(500); // let the canvas finish its animation frame
  const image = await page.screenshot({ path: 'test-results/screenshot.png' });
  expect(image.byteLength).toBeGreaterThan(20_000); // a rendered app, not a blank page
  if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: 'docs/screenshot.png' });
});
