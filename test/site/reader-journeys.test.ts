import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { readCitations } from './citation-readers.ts';
import { portalInBrowser, type PortalInBrowser } from './portal-in-browser.ts';

type Row = Record<string, string>;

/** Clicks a link that downloads, and reads the file the browser saved. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = await readFile((await file.path())!);
  return { file: file as Download, bytes, text: bytes.toString('utf8') };
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
    await page.waitForURL(`${portal.origin}/mem/`);
    await page.locator('main a[href="/rounds/8/"]').first().click();
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

  it('an academic cites a priority action and the whole release, and the cited URL opens the record as published', async () => {
    await page.goto(`${portal.origin}/actions/2016-2020-dr-4-3/`);
    const apa = (await page.locator('#cite-apa').textContent())!.replace(/\s+/g, ' ');
    expect(apa).toMatch(
      /^Inter-American Drug Abuse Control Commission\. \(2016\)\. Hemispheric Plan of Action on Drugs, 2016-2020/,
    );
    await page.locator('summary', { hasText: 'CSL-JSON' }).click();
    const [item] = readCitations(await page.getByRole('textbox', { name: 'CSL-JSON' }).inputValue());
    expect(item).toMatchObject({ title: expect.stringContaining('Hemispheric Plan of Action on Drugs, 2016-2020') });
    const cited = new URL(String(item!.URL));
    expect(cited.searchParams.get('release')).toBe(portal.release);
    expect(apa).toContain(cited.href);
    // The site is built for its default origin; the test serves it on another port.
    await page.goto(`${portal.origin}${cited.pathname}${cited.search}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Priority action 2016-2020-dr-4-3',
    );
    await expect(page.locator('blockquote').textContent()).resolves.toContain('Conduct a situational diagnosis');

    await page.goto(`${portal.origin}/data/`);
    await page.locator('summary', { hasText: 'RIS' }).last().click();
    const [dataset] = readCitations(await page.getByRole('textbox', { name: 'RIS' }).last().inputValue());
    expect(dataset).toMatchObject({ type: 'dataset', version: portal.release });
    const archive = page.getByRole('link', { name: /^hemispheric-plans-of-action-on-drugs-.*\.zip$/ });
    const zip = await download(page, () => archive.click());
    const checksum = await (await fetch(`${portal.origin}${(await archive.getAttribute('href'))!}.sha256`)).text();
    expect(checksum).toBe(`${createHash('sha256').update(zip.bytes).digest('hex')}  ${zip.file.suggestedFilename()}\n`);
  });

  it('a Spanish-reading advocate on a phone reaches the commitments, then what changed in a pillar, word by word', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${portal.origin}/es/`);
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Compromisos' }).click();
    await page.waitForURL(`${portal.origin}/es/documents/`);
    await page.getByRole('link', { name: 'UNGASS 2016' }).first().click();
    await page.waitForURL(`${portal.origin}/es/documents/ungass-2016/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');

    await page.goto(`${portal.origin}/es/compare/`);
    await page.getByRole('link', { name: 'Qué cambió: Demand Reduction, de 2016-2020 a 2021-2025' }).click();
    await page.waitForURL(`${portal.origin}/es/compare/2016-2020/2021-2025/2016-2020-dr/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Demand Reduction, /);
    const revised = page.locator('#revised ~ ol > li');
    expect(await revised.count()).toBeGreaterThan(0);
    await expect(revised.first().locator('del, ins').count()).resolves.toBeGreaterThan(0);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    // A mis-cased address, as copied from a printed page, is answered with the page meant.
    await page.goto(`${portal.origin}/es/actions/2021-2025-PTR-1-1/`);
    const suggestion = page.locator('#page-suggestion');
    await suggestion.getByRole('link').click();
    await page.waitForURL(`${portal.origin}/es/actions/2021-2025-ptr-1-1/`);
  });
});
