/**
 * Finds the Chromium that tests drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's
 * own download. Returns the launch options every test browser uses.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface ChromiumChoice {
  executablePath: string | undefined;
  source: 'CHROMIUM_PATH' | '/usr/bin/chromium' | 'playwright';
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to use, or null when there is none on this machine. */
export function findChromium(): ChromiumChoice | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, source: '/usr/bin/chromium' };
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { executablePath: undefined, source: 'playwright' };
  } catch {
    // Playwright throws when its browser was never downloaded; that is the "none found" case.
  }
  return null;
}

export const MISSING_CHROMIUM_HELP =
  'No Chromium found. Install one of: Debian/Ubuntu `sudo apt-get install -y chromium`, ' +
  'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** Flags that keep Chromium quiet and working on a closed network, and as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

/** Launch options for Playwright: the found executable plus the flags above. */
export function chromiumLaunchOptions(extraArgs: string[] = []) {
  const found = findChromium();
  if (!found) throw new Error(MISSING_CHROMIUM_HELP);
  return {
    ...(found.executablePath ? { executablePath: found.executablePath } : {}),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  };
}
