import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_STYLESHEET } from '../../schema/index.ts';
import { violationsOn, withAxe } from './axe.ts';
import { portalInBrowser } from './portal-in-browser.ts';

const ACTION = '2016-2020-dr-4-3';
const ACTION_TEXT = 'Conduct a situational diagnosis to identify the necessities for human resources training';

describe("a citation's URL, opened in a real Chromium", () => {
  const running = portalInBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await running.browser.newContext();
    await withAxe(context);
    page = await context.newPage();
  });
  afterAll(() => context.close());

  /** The pinned URL the "Cite this" block of a page gives, followed from its APA reference. */
  async function followCitation(path: string): Promise<string> {
    await page.goto(running.portal.origin + path);
    const link = page.locator('#cite-apa a');
    const cited = new URL((await link.getAttribute('href'))!);
    // The portal is built for its default origin and served here on another port.
    const url = `${running.portal.origin}${cited.pathname}${cited.search}`;
    await page.goto(url, { waitUntil: 'load' });
    return url;
  }

  it('shows the priority action as published in that release: its heading, text and document', async () => {
    const url = await followCitation(`/actions/${ACTION}/`);
    expect(new URL(url).pathname).toBe(`/v1/actions/${ACTION}`);
    expect(new URL(url).searchParams.get('release')).toBe(running.portal.release);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Priority action ${ACTION}`);
    await expect(page.locator('blockquote').textContent()).resolves.toContain(ACTION_TEXT);
    await expect(page.title()).resolves.toContain(`release ${running.portal.release}`);
    const provenance = page.getByRole('region', { name: 'Where this text comes from' });
    await expect(provenance.textContent()).resolves.toContain('Hemispheric Plan of Action on Drugs, 2016-2020');
    await expect(provenance.textContent()).resolves.toMatch(/lines\s+433-435\s+of\s+hpa-2016-2020/);
  });

  it("is styled by the portal's stylesheet under the production headers (any CSP violation fails it)", async () => {
    await followCitation(`/actions/${ACTION}/`);
    const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => new URL(sheet.href!).pathname));
    expect(sheets).toEqual([PORTAL_STYLESHEET]);
    const main = await page.locator('main').evaluate((el) => getComputedStyle(el).maxWidth);
    expect(main).not.toBe('none');
    expect(await violationsOn(page)).toEqual([]);
  });

  it('links to the pinned JSON, which the browser then gets as JSON, and to the portal page', async () => {
    await followCitation(`/es/actions/${ACTION}/`);
    const json = page.getByRole('link', { name: 'JSON', exact: true });
    const response = await page.request.get(new URL((await json.getAttribute('href'))!, page.url()).href, {
      headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(((await response.json()) as { data: { id: string } }).data.id).toBe(ACTION);
    await page.getByRole('link', { name: /on the portal/ }).click();
    await page.waitForURL(`${running.portal.origin}/actions/${ACTION}/`);
  });

  it('shows the release cited as a dataset on the Data page, with a link to each of its files', async () => {
    const url = await followCitation('/data/');
    expect(new URL(url).pathname).toBe(`/v1/releases/${running.portal.release}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      `Release ${running.portal.release}`,
    );
    const download = page.getByRole('link', { name: 'Download actions.csv' });
    const file = await page.request.get(new URL((await download.getAttribute('href'))!, page.url()).href);
    expect(file.status()).toBe(200);
    expect((await file.text()).split('\r\n')[0]).toMatch(/^id,plan,area,objective,/);
    expect(await violationsOn(page)).toEqual([]);
  });
});
