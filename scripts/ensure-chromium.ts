// Makes sure the end-to-end tests have a Chromium to launch (step (d) of `npm test`). Looks in the
// same order as playwright.config.ts ($PLAYWRIGHT_CHROMIUM_EXECUTABLE, /usr/bin/chromium, then
// Playwright's bundled browser); if none is there and we are root on Debian, installs Debian's
// chromium with apt; otherwise explains how to get one and exits 1.
//   usage: npx tsx scripts/ensure-chromium.ts
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chooseChromium, DEBIAN_CHROMIUM } from '../e2e/chromium-path.ts';

function versionOf(path: string): string {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? (r.stdout.trim().split('\n')[0] ?? '') : 'version unknown';
}

function bundledChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function found(path: string, how: string): never {
  console.log(`ensure-chromium: using ${path} (${how}; ${versionOf(path)})`);
  process.exit(0);
}

function fail(message: string): never {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

const choice = chooseChromium();
if (choice.source === 'PLAYWRIGHT_CHROMIUM_EXECUTABLE') {
  // The config will launch exactly this path, so it must exist; installing another would not help.
  if (!existsSync(choice.path!)) {
    fail(`PLAYWRIGHT_CHROMIUM_EXECUTABLE is set to ${choice.path}, which does not exist.`);
  }
  found(choice.path!, 'from $PLAYWRIGHT_CHROMIUM_EXECUTABLE');
}
if (choice.source === 'debian') found(choice.path!, "Debian's chromium package");
const bundled = bundledChromium();
if (bundled) found(bundled, "Playwright's bundled browser");

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get') || existsSync('/bin/apt-get');
if (isRoot && hasApt) {
  console.log('ensure-chromium: no Chromium found; installing Debian chromium with apt-get...');
  const install = spawnSync(
    'sh',
    [
      '-c',
      'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation',
    ],
    { stdio: 'inherit' },
  );
  if (install.status !== 0) fail(`apt-get failed (exit ${install.status ?? install.signal}).`);
  if (!existsSync(DEBIAN_CHROMIUM)) fail(`apt-get succeeded but ${DEBIAN_CHROMIUM} is missing.`);
  found(DEBIAN_CHROMIUM, 'just installed with apt-get');
}

fail(
  [
    'no Chromium found for the end-to-end tests. Get one in any of these ways:',
    "  1. install Debian's package (as root): apt-get install --no-install-recommends chromium fonts-liberation",
    '  2. point PLAYWRIGHT_CHROMIUM_EXECUTABLE at an existing Chromium/Chrome executable',
    "  3. with internet access: npx playwright install chromium   (Playwright's bundled browser)",
  ].join('\n'),
);
