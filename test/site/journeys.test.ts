import { readFile } from 'node:fs/promises';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { portalInBrowser, type PortalInBrowser } from './portal-in-browser.ts';

const ACTION = '2016-2020-dr-4-3';
const ACTION_TEXT = 'Conduct a situational diagnosis to identify the necessities for human resources training';

describe('what readers do on the portal, in a real Chromium', () => {
  const running = portalInBrowser();
  let page: Page;
  let portal: PortalInBrowser['portal'];

  beforeEach(async () => {
    portal = running.portal;
    page = await running.browser.newPage({ acceptDownloads: true });
    return () => page.close();
  });

  it('goes from the home page to a plan and on to one of its priority actions', async () => {
    await page.goto(portal.origin);
    await page.getByRole('link', { name: 'Hemispheric Plan of Action on Drugs, 2016-2020' }).first().click();
    await page.waitForURL(`${portal.origin}/plans/2016-2020/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Hemispheric Plan of Action on Drugs, 2016-2020',
    );
    await page.getByRole('link', { name: `Priority action 4.3 (${ACTION})` }).click();
    await page.waitForURL(`${portal.origin}/actions/${ACTION}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Priority action 4\.3/);
    await expect(page.locator('blockquote').textContent()).resolves.toContain(ACTION_TEXT);
  });

  it("reads a footnote from its marker in a priority action's text, and the text around it is intact", async () => {
    await page.goto(`${portal.origin}/actions/2021-2025-is-2-6/`);
    const text = page.locator('blockquote');
    await expect(text.textContent()).resolves.toContain(
      'particularly with respect to at-risk populations3, in the process of formulating',
    );
    await expect(text.innerHTML()).resolves.toContain(
      'at-risk populations<sup class="footnote-ref" data-pagefind-ignore=""><a href="#2021-2025-fn-3" lang="en" ' +
        'aria-label="Footnote 3">3</a></sup>, in the process',
    );
    await text.getByRole('link', { name: 'Footnote 3' }).click();
    await page.waitForURL(`${portal.origin}/actions/2021-2025-is-2-6/#2021-2025-fn-3`);
    await expect(page.locator(':target').textContent()).resolves.toContain('At-risk populations may include');
    await page.goto(`${portal.origin}/es/actions/2021-2025-is-2-6/`);
    await expect(page.locator('blockquote').getByRole('link', { name: 'Nota 3' }).getAttribute('href')).resolves.toBe(
      '#2021-2025-fn-3',
    );
  });

  it('finds a priority action by a phrase of its text, typed in the header and sent with Enter', async () => {
    await page.goto(portal.origin);
    await page
      .getByRole('searchbox', { name: 'Search the plans' })
      .first()
      .fill('situational diagnosis human resources training');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('code').textContent()).resolves.toBe(ACTION);
    await expect(first.getByRole('link').textContent()).resolves.toBe('Demand Reduction, Priority action 4.3');
    await expect(first.textContent()).resolves.toContain('Hemispheric Plan of Action on Drugs, 2016-2020');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^\d+ results for/);
    await first.getByRole('link').click();
    await page.waitForURL(`${portal.origin}/actions/${ACTION}/`);
  });

  it('narrows a search to one plan', async () => {
    await page.goto(`${portal.origin}/search/?q=national+drug+authorities&plan=2021-2025`);
    await page.getByRole('status').filter({ hasText: 'results' }).waitFor();
    const ids = await page.locator('#search-results > li code').allTextContents();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('2021-2025'))).toBe(true);
  });

  it('switches the interface to Spanish and back on the same record', async () => {
    await page.goto(`${portal.origin}/actions/${ACTION}/`);
    await page.getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(`${portal.origin}/es/actions/${ACTION}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Acción prioritaria 4\.3/);
    await expect(page.locator('blockquote').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('note').textContent()).resolves.toContain('inglés');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${portal.origin}/actions/${ACTION}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('downloads the CSV of an action from its page, and the CSV holds that action', async () => {
    await page.goto(`${portal.origin}/actions/${ACTION}/`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`${ACTION}.*\\.csv$`));
    const rows = parseCsv(await readFile((await download.path())!), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: ACTION, plan: '2016-2020', number: '3' });
    expect(rows[0]!.text).toContain(ACTION_TEXT);
  });

  it(
    'gives a BibTeX citation that parses, names the original document and the pinned record, ' + 'and is dated today',
    async () => {
      await page.goto(`${portal.origin}/actions/${ACTION}/`);
      await page.locator('summary', { hasText: 'BibTeX' }).click();
      const text = await page.getByRole('textbox', { name: 'BibTeX' }).inputValue();
      const { errors, entries } = parseBibtex(text, { english: false });
      expect(errors).toEqual([]);
      const fields = entries[0]!.fields;
      expect(fields.author).toEqual([
        { name: 'Inter-American Drug Abuse Control Commission (CICAD), Organization of American States' },
      ]);
      expect(fields.note).toContain('OEA/Ser.L/XIV.2.60 CICAD/doc.2255/16 Rev.');
      expect(fields.url).toMatch(new RegExp(`/v1/actions/${ACTION}\\?release=\\d{4}-\\d{2}-\\d{2}`));
      const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
      expect(fields.urldate).toBe(today);
    },
  );
});
