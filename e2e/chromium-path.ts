// Which Chromium the end-to-end tests launch: $PLAYWRIGHT_CHROMIUM_EXECUTABLE if set, else Debian's
// /usr/bin/chromium if installed, else undefined (Playwright's own bundled browser). Shared by
// playwright.config.ts and scripts/ensure-chromium.ts so both agree.
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumChoice {
  /** Path to pass as `launchOptions.executablePath`; undefined means Playwright's bundled browser. */
  path: string | undefined;
  /** Where the choice came from, for messages. */
  source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' | 'debian' | 'bundled';
}

export function chooseChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE?.trim();
  if (fromEnv) return { path: fromEnv, source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' };
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian' };
  return { path: undefined, source: 'bundled' };
}

/** The executable for Playwright's `launchOptions.executablePath`, or undefined for its bundled one. */
export function chromiumExecutablePath(): string | undefined {
  return chooseChromium().path;
}
