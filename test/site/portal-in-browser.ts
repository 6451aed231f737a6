import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { expectNoCspViolations, watchCspViolations, type WatchedBrowser } from './csp-violations.ts';
import { servePortal, type RunningPortal } from '../../functions/local/serve-portal.ts';
import { SITE_DIR } from './built-site.ts';

/** What a browser test gets: the built portal served locally with its API, and a real Chromium. */
export interface PortalInBrowser {
  portal: RunningPortal;
  browser: Browser;
}

/**
 * For the tests of one file: serves the built portal as `npm start` does (API on the embedded
 * engine, demonstration data included, the production security headers on every response) and
 * launches Chromium before them, and stops both after them. Every page the browser opens is
 * watched, and a test fails if any of its pages met a Content-Security-Policy violation.
 */
export function portalInBrowser(): PortalInBrowser {
  const running = {} as PortalInBrowser;
  let watched: WatchedBrowser | undefined;
  beforeAll(async () => {
    running.portal = await servePortal({ siteDir: SITE_DIR, demonstration: true });
    watched = watchCspViolations(await launchChromium());
    running.browser = watched.browser;
  }, 120_000);
  afterEach(() => watched && expectNoCspViolations(watched));
  afterAll(async () => {
    await running.browser?.close();
    await running.portal?.close();
  });
  return running;
}
