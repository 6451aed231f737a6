import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localServer } from '../../functions/local/local-server.ts';
import { launchChromium } from './chromium.ts';
import { expectNoCspViolations, watchCspViolations, type WatchedBrowser } from './csp-violations.ts';

/** Pages that keep to the portal's policy, and pages that break it, served as the portal is. */
const PAGES: Record<string, string> = {
  'index.html': '<link rel="stylesheet" href="/page.css"><script src="/page.js"></script><p>Files only</p>',
  'next/index.html': '<p>Next</p>',
  'inline-script/index.html': '<script>document.title = "inline script ran";</script><p>Inline script</p>',
  'inline-style/index.html': '<p style="color: rgb(255, 0, 0)">Inline style</p>',
  '404.html': '<p>Not found</p>',
};

describe('the watch for Content-Security-Policy violations of the browser tests', () => {
  let watched: WatchedBrowser;
  let server: ReturnType<typeof serve>;
  let origin: string;

  beforeAll(async () => {
    const site = mkdtempSync(join(tmpdir(), 'csp-site-'));
    for (const [file, body] of Object.entries(PAGES)) {
      mkdirSync(join(site, file, '..'), { recursive: true });
      writeFileSync(join(site, file), `<!doctype html><html lang="en"><title>Page</title>${body}</html>`);
    }
    writeFileSync(join(site, 'page.css'), 'p { color: rgb(0, 0, 255); }');
    writeFileSync(join(site, 'page.js'), 'document.title = "file script ran";');
    server = await new Promise((resolve) => {
      const s = serve(
        { fetch: localServer(new Hono(), site, 'none', site).fetch, hostname: '127.0.0.1', port: 0 },
        () => resolve(s),
      );
    });
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    watched = watchCspViolations(await launchChromium());
  }, 60_000);
  afterAll(async () => {
    await watched?.browser.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it(
    'finds nothing on a page that loads only its own files, which work over plain http on loopback ' +
      'under the production headers (upgrade-insecure-requests and HSTS leave http://localhost alone)',
    async () => {
      const page = await watched.browser.newPage();
      await page.goto(`${origin}/`);
      await expect(page.title()).resolves.toBe('file script ran');
      await expect(page.locator('p').evaluate((p) => getComputedStyle(p).color)).resolves.toBe('rgb(0, 0, 255)');
      await page.goto(`${origin}/next/`);
      expect(page.url()).toBe(`${origin}/next/`);
      expect(await watched.takeViolations()).toEqual([]);
      await page.close();
    },
  );

  it('reports an inline script, which the policy blocks, and fails the check every browser test ends with', async () => {
    const page = await watched.browser.newPage();
    await page.goto(`${origin}/inline-script/`);
    await expect(page.title()).resolves.toBe('Page');
    await expect(expectNoCspViolations(watched)).rejects.toThrow(/Content-Security-Policy violations/);
    await page.reload();
    const violations = await watched.takeViolations();
    expect(violations).toContainEqual(
      expect.stringMatching(/\/inline-script\/ securitypolicyviolation: script-src-elem blocked inline/),
    );
    expect(violations).toContainEqual(expect.stringMatching(/\/inline-script\/ console: .*Content Security Policy/));
    await page.close();
  });

  it('reports an inline style attribute, in a page with JavaScript and in one without', async () => {
    const page = await watched.browser.newPage();
    await page.goto(`${origin}/inline-style/`);
    await expect(page.locator('p').evaluate((p) => getComputedStyle(p).color)).resolves.toBe('rgb(0, 0, 0)');
    expect(await watched.takeViolations()).toContainEqual(
      expect.stringMatching(/\/inline-style\/ securitypolicyviolation: style-src-attr blocked inline/),
    );
    await page.close();

    const noScript = await watched.browser.newContext({ javaScriptEnabled: false });
    await (await noScript.newPage()).goto(`${origin}/inline-style/`);
    expect(await watched.takeViolations()).toEqual([expect.stringMatching(/\/inline-style\/ console: .*style-src/)]);
    await noScript.close();
  });
});
