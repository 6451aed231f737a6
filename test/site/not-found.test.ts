import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { portalInBrowser } from './portal-in-browser.ts';

describe('the 404 page, in a real Chromium', () => {
  const running = portalInBrowser();
  let page: Page;

  beforeEach(async () => {
    page = await running.browser.newPage();
    return () => page.close();
  });

  /**
   * Opens a path the portal lacks, checks that it is answered 404 and that the page read the index
   * of the pages, and returns the suggestion once the page's script has run.
   */
  async function notFound(path: string) {
    const index = page.waitForResponse((r) => new URL(r.url()).pathname === '/page-index.json');
    const response = await page.goto(running.portal.origin + path);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    expect((await index).status()).toBe(200);
    await page.waitForLoadState('networkidle');
    return page.locator('#page-suggestion');
  }

  it('suggests the record whose identifier differs only in case, and the link leads to it', async () => {
    const suggestion = await notFound('/actions/2021-2025-IS-1-1/');
    await expect(suggestion.textContent()).resolves.toBe('Did you mean /actions/2021-2025-is-1-1/?');
    await expect(suggestion.getAttribute('lang')).resolves.toBe('en');
    await suggestion.getByRole('link').click();
    await page.waitForURL(`${running.portal.origin}/actions/2021-2025-is-1-1/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Priority action 1\.1/);
  });

  it('suggests the record one character away from a mistyped identifier', async () => {
    const suggestion = await notFound('/actions/2016-2020-dt-4-3/');
    await expect(suggestion.getByRole('link').getAttribute('href')).resolves.toBe('/actions/2016-2020-dr-4-3/');
    await expect(suggestion.isVisible()).resolves.toBe(true);
  });

  it('suggests the page in Spanish for an address under /es/', async () => {
    const suggestion = await notFound('/es/objectives/2021-2025-PTR-1x/');
    await expect(suggestion.textContent()).resolves.toBe('¿Quería decir /es/objectives/2021-2025-ptr-1/?');
    await expect(suggestion.getAttribute('lang')).resolves.toBe('es');
    await suggestion.getByRole('link').click();
    await page.waitForURL(`${running.portal.origin}/es/objectives/2021-2025-ptr-1/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
  });

  it('suggests nothing for an address unlike any page, and still offers search and the plans', async () => {
    const suggestion = await notFound('/actions/nothing-like-any-record/');
    await expect(suggestion.isVisible()).resolves.toBe(false);
    await expect(suggestion.textContent()).resolves.toBe('');
    await expect(page.getByRole('searchbox').count()).resolves.toBeGreaterThan(1);
    await expect(
      page.getByRole('link', { name: 'Hemispheric Plan of Action on Drugs, 2016-2020' }).first().isVisible(),
    ).resolves.toBe(true);
  });
});
