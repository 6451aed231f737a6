import { describe, expect, it } from 'vitest';
import { LANGUAGES, localized, pageUrl } from '../../schema/index.ts';
import { portalInBrowser } from './portal-in-browser.ts';

const PHONE = { width: 390, height: 844 };
/** A page of each kind, the tallest header text and the longest banner among them. */
const PAGES = [
  pageUrl.home(),
  pageUrl.plan('2021-2025'),
  pageUrl.action('2016-2020-dr-4-3'),
  pageUrl.commitment('pd-2009-poa-22'),
  pageUrl.documents(),
  pageUrl.mem(),
  pageUrl.round(8),
  pageUrl.country('XAA'),
  pageUrl.search(),
  pageUrl.data(),
  pageUrl.about(),
];

/** The header and the banner as a phone shows them: their height, and what of the navigation cannot be seen. */
function headerOnScreen() {
  const height = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
  const unseen = [...document.querySelectorAll('.site-header nav a, .site-header nav [aria-current]')]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width === 0 || box.left < 0 || box.right > innerWidth;
    })
    .map((el) => el.textContent!.trim());
  return { header: height('.site-header'), banner: height('.demonstration-banner'), unseen };
}

describe('the header and the banner on a phone, in a real Chromium', () => {
  const running = portalInBrowser();

  it('take at most a quarter of the first screen, on every kind of page, in every language', async () => {
    const page = await running.browser.newPage({ viewport: PHONE });
    const found: string[] = [];
    for (const language of LANGUAGES) {
      for (const path of PAGES) {
        await page.goto(running.portal.origin + localized(path, language), { waitUntil: 'load' });
        const { header, banner, unseen } = await page.evaluate(headerOnScreen);
        expect(banner, 'a demonstration build shows its banner').toBeGreaterThan(0);
        if (header + banner > PHONE.height / 4) found.push(`${localized(path, language)}: ${header + banner} px`);
        for (const link of unseen) found.push(`${localized(path, language)}: "${link}" is off the screen`);
      }
    }
    await page.close();
    expect(found).toEqual([]);
  });

  it('keeps every link of the navigation and the language switcher on the screen, one tap away', async () => {
    const page = await running.browser.newPage({ viewport: PHONE });
    await page.goto(running.portal.origin + pageUrl.home());
    const main = page.getByRole('navigation', { name: 'Main' });
    await expect(main.getByRole('link').count()).resolves.toBe(7);
    for (const link of await main.getByRole('link').all()) await expect(link.isVisible()).resolves.toBe(true);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(`${running.portal.origin}/es/`);
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Buscar' }).click();
    await page.waitForURL(`${running.portal.origin}/es/search/`);
    await expect(page.getByRole('searchbox').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
