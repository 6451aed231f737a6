import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { servePortal, type RunningPortal } from '../../functions/local/serve-portal.ts';
import { SITE_DIR } from './built-site.ts';

/** What a browser test gets: the built portal served locally with its API, and a real Chromium. */
export interface PortalInBrowser {
  portal: RunningPortal;
  browser: Browser;
}

/**
 * For the tests of one file: serves the built portal as `npm start` does (API on the embedded
 * engine, demonstration data included) and launches Chromium before them, and stops both after them.
 */
export function portalInBrowser(): PortalInBrowser {
  const running = {} as PortalInBrowser;
  beforeAll(async () => {
    running.portal = await servePortal({ siteDir: SITE_DIR, demonstration: true });
    running.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await running.browser?.close();
    await running.portal?.close();
  });
  return running;
}
