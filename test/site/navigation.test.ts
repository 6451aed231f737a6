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
});
