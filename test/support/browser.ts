import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.POWERHALL_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with no background traffic (the machine has no network). Playwright gives each
 * launch a fresh temporary profile of its own.
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--enable-unsafe-swiftshader',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}
