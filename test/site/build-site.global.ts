import { buildSite } from '../../site/build.ts';
import { SITE_DIR } from './built-site.ts';

/** The settings the site tests' portal is built with: as `npm start` builds it, on its default port. */
export const TEST_SITE = { origin: 'http://localhost:4321', contact: null, demonstration: true } as const;

/**
 * Builds the portal once before the site tests, which read it from SITE_DIR. It is built as
 * `npm start` builds it, with the demonstration data, so that the tests see every MEM view filled
 * and labelled.
 */
export default async function buildPortalOnce() {
  await buildSite(TEST_SITE, SITE_DIR);
}
