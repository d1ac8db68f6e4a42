// Playwright configuration for the end-to-end tests in e2e/: Chromium only, against a production
// build served by `vite preview` on port 4173. Run by `npm run test:e2e` and as the last step of `npm test`.
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutablePath } from './e2e/chromium-path.ts';

const CI = Boolean(process.env.CI);
// E2E_PORT lets two runs (or a benchmark) use separate servers on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: BASE_URL,
    timezoneId: 'UTC',
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutablePath(),
      args: ['--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // `build` builds the dataset (public/data/dataset.json), then the app.
    command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // Playwright sets FORCE_COLOR=1 for the server; with NO_COLOR (as `npm test` sets) Node then warns.
    env: process.env.NO_COLOR ? { FORCE_COLOR: '0' } : {},
  },
});
