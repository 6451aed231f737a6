import { describe, expect, it } from 'vitest';
import { LANGUAGES, localized, pageUrl } from '../../schema/index.ts';
import en from '../../site/src/i18n/en.json' with { type: 'json' };
import es from '../../site/src/i18n/es.json' with { type: 'json' };
import { builtPage, builtPagePaths } from './built-site.ts';
import { portalInBrowser } from './portal-in-browser.ts';

const STRINGS = { en, es };
const DESKTOP = { width: 1280, height: 800 };
const languageOf = (path: string) => (path.startsWith('/es/') ? 'es' : 'en');

describe('navigation', () => {
  const running = portalInBrowser();

  it('reaches the international commitments from the main navigation of every page, in its language', () => {
    const without = builtPagePaths().filter((path) => {
      const language = languageOf(path);
      const nav = /<nav class="primary"[^>]*>(.*?)<\/nav>/s.exec(builtPage(path))?.[1] ?? '';
      const href = localized(pageUrl.documents(), language);
      return !new RegExp(`<a href="${href}"[^>]*>${STRINGS[language]['nav.commitments']}</a>`).test(nav);
    });
    expect(without).toEqual([]);
  });

  it('opens the commitments in one click of the main navigation, in every language, on desktop and phone', async () => {
    for (const viewport of [DESKTOP, { width: 390, height: 844 }]) {
      const page = await running.browser.newPage({ viewport });
      for (const language of LANGUAGES) {
        const strings = STRINGS[language];
        await page.goto(running.portal.origin + localized(pageUrl.round(8), language));
        await page
          .getByRole('navigation', { name: strings['nav.primary'] })
          .getByRole('link', { name: strings['nav.commitments'] })
          .click();
        await page.waitForURL(running.portal.origin + localized(pageUrl.documents(), language));
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(strings['documents.title']);
      }
      await page.close();
    }
  });

  it("moves to a plan's objective from its contents, and back to them from the corner of the screen", async () => {
    const page = await running.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(running.portal.origin + pageUrl.plan('2021-2025'));
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await contents.getByRole('link', { name: 'Objective 12', exact: true }).click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#2021-2025-cc-12');
    const objective = page.getByRole('heading', { name: 'Objective 12', exact: true });
    await expect(objective.evaluate((el) => el.getBoundingClientRect().top)).resolves.toBeLessThan(844 / 2);
    const back = page.getByRole('link', { name: 'Back to contents' });
    const box = (await back.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await back.click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#contents-heading');
    const top = await contents
      .getByRole('heading', { name: 'Contents' })
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(844 / 2);
    await page.close();
  });
});
