// Smoke test for the end-to-end runner: the built app opens at /, has the right title, and logs no
// errors (console errors or uncaught exceptions) while it loads.
import { expect, test } from '@playwright/test';

test('home page loads with title "Dateline" and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));

  await page.goto('/');
  await expect(page).toHaveTitle('Dateline');
  // Let the app fetch its dataset and render before judging the console.
  await page.waitForLoadState('networkidle');

  expect(errors).toEqual([]);
});
