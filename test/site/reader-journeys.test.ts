import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { portalInBrowser, type PortalInBrowser } from './portal-in-browser.ts';

type Row = Record<string, string>;

/** Clicks a link that downloads, and reads the file the browser saved. */
async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, text: await readFile((await file.path())!, 'utf8') };
}

describe('three readers, each to the end of their errand, in a real Chromium', () => {
  const running = portalInBrowser();
  let page: Page;
  let portal: PortalInBrowser['portal'];

  beforeEach(async () => {
    portal = running.portal;
    page = await running.browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    return () => page.close();
  });

  it('a journalist downloads every result of round 8, and a pillar’s priority actions for Excel', async () => {
    await page.goto(portal.origin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'MEM' }).click();
    await page
      .getByRole('link', { name: /^Round 8\b/ })
      .first()
      .click();
    await page.waitForURL(`${portal.origin}/rounds/8/`);
    const link = page.getByRole('link', { name: /^All [\d,]+ results of the round as CSV/ }).first();
    const announced = Number((await link.textContent())!.replace(/\D/g, ''));
    const { file, text } = await download(page, () => link.click());
    expect(file.suggestedFilename()).toBe(`results-round-8-${portal.release}.csv`);
    const rows = parseCsv(text, { columns: true }) as Row[];
    expect(rows).toHaveLength(announced);
    expect(rows.every((row) => row.round === '8')).toBe(true);
    const bundle = parseCsv(await (await fetch(`${portal.origin}/releases/latest/results.csv`)).text(), {
      columns: true,
    }) as Row[];
    expect(rows).toEqual(bundle.filter((row) => row.round === '8'));

    await page.goto(`${portal.origin}/areas/2021-2025-ptr/`);
    const excel = await download(page, () =>
      page
        .getByRole('region', { name: 'Its priority actions as data' })
        .getByRole('link', { name: /^CSV for Excel/ })
        .click(),
    );
    expect(excel.text.startsWith('\uFEFF')).toBe(true);
    const actions = parseCsv(excel.text, { columns: true, bom: true }) as Row[];
    expect(actions.length).toBeGreaterThan(20);
    expect(actions.every((a) => a.area === '2021-2025-ptr' && a.area_name === actions[0]!.area_name)).toBe(true);
    expect(actions[0]).toMatchObject({ printed_number: '1.1', objective_number: '1' });
  });
});
