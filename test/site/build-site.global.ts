import { buildSite } from '../../site/build.ts';
import { SITE_DIR } from './built-site.ts';
import { chromiumExecutable } from './chromium.ts';

/** The settings the site tests' portal is built with: as `npm start` builds it, on its default port. */
export const TEST_SITE = { origin: 'http://localhost:4321', contact: null, demonstration: true } as const;

/**
 * Builds the portal once before the site tests, which read it from SITE_DIR. It is built as
 * `npm start` builds it, with the demonstration data, so that the tests see every MEM view filled
 * and labelled. Chromium is unpacked meanwhile, once, before the test files that launch it start.
 */
export default async function buildPortalOnce() {
  await Promise.all([buildSite(TEST_SITE, SITE_DIR), chromiumExecutable()]);
}
