import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePortal, type RunningPortal } from '../../functions/local/serve-portal.ts';
import { builtFile, builtPage, builtPagePaths, SITE_DIR } from './built-site.ts';

/** Every address on the portal's own origin that a built page links to (fragment aside), once, with a page linking it. */
function ownLinks(): Map<string, string> {
  const links = new Map<string, string>();
  for (const page of builtPagePaths()) {
    for (const [, raw] of builtPage(page).matchAll(/<a\b[^>]*\bhref="(\/[^"#]*)/g)) {
      const href = raw!.replaceAll('&amp;', '&');
      if (href !== '' && !links.has(href)) links.set(href, page);
    }
  }
  return links;
}

const LINKS = ownLinks();
/** The addresses the API and the release files answer, as opposed to files of the built site. */
const SERVED = /^\/(?:v1|releases)\//;

describe('every link of the built portal to its own origin leads somewhere, as npm start serves it', () => {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await servePortal({ siteDir: SITE_DIR, demonstration: true });
  }, 120_000);
  afterAll(() => portal?.close());

  it('a page or file of the site: the built file exists', () => {
    const pages = [...LINKS].filter(([href]) => !SERVED.test(href));
    expect(pages.length).toBeGreaterThan(3000);
    const missing = pages
      .filter(([href]) => !existsSync(builtFile(href.endsWith('/') ? `${href}index.html` : href)))
      .map(([href, page]) => `${href} (on ${page})`);
    expect(missing).toEqual([]);
  });

  it('an address of the API or of a release: answered 200 (after redirects)', async () => {
    const served = [...LINKS].filter(([href]) => SERVED.test(href));
    expect(served.length).toBeGreaterThan(1000);
    const failed: string[] = [];
    for (let i = 0; i < served.length; i += 8) {
      await Promise.all(
        served.slice(i, i + 8).map(async ([href, page]) => {
          // HEAD: the body is not what is checked, and a release's archive need not be sent.
          const response = await fetch(portal.origin + href, { method: 'HEAD' });
          if (response.status !== 200) failed.push(`${href} (on ${page}): ${response.status}`);
        }),
      );
    }
    expect(failed).toEqual([]);
  }, 300_000);
});
