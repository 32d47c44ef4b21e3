import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The switches every Chromium of the tests, benchmarks and soak runs with: no GPU, no QUIC, no background traffic. */
export const chromiumArgs: readonly string[] = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The Chromium the end-to-end tests drive: $CHROMIUM_PATH when set, else a system Chromium, else
 * Playwright's own download. With none of them it throws, saying what to install.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const system = systemCandidates.find((path) => existsSync(path));
  if (system) return system;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own.
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of: the system package ' +
      "(Debian/Ubuntu: `sudo apt-get install chromium`), or Playwright's build (`npx playwright install chromium`), " +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}
