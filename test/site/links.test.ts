import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePortal, type RunningPortal } from '../../functions/local/serve-portal.ts';
import { builtFile, builtLinks, checkEachLink, SITE_DIR } from './built-site.ts';

/** Every link of a built page to the portal's own origin. */
const LINKS = builtLinks(({ href }) => href.startsWith('/'));
/** The addresses the API and the release files answer, as opposed to files of the built site. */
const SERVED = /^\/(?:v1|releases)\//;

describe('every link of the built portal to its own origin leads somewhere, as npm start serves it', () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await servePortal({ siteDir: SITE_DIR, demonstration: true });
  }, 120_000);
  afterAll(() => portal?.close());

  it('a page or file of the site: the built file exists', () => {
    const pages = LINKS.filter(({ href }) => !SERVED.test(href));
    expect(pages.length).toBeGreaterThan(3000);
    const missing = pages
      .filter(({ href }) => !existsSync(builtFile(href.endsWith('/') ? `${href}index.html` : href)))
      .map(({ href, page }) => `${href} (on ${page})`);
    expect(missing).toEqual([]);
  });

  it('an address of the API or of a release: answered 200 (after redirects)', async () => {
    const served = LINKS.filter(({ href }) => SERVED.test(href));
    expect(served.length).toBeGreaterThan(1000);
    await checkEachLink(served, async ({ href }) => {
      // HEAD: the body is not what is checked, and a release's archive need not be sent.
      const { status } = await fetch(portal.origin + href, { method: 'HEAD' });
      if (status !== 200) throw new Error(String(status));
    });
  }, 300_000);
});
