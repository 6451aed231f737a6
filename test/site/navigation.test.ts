import { describe, expect, it } from 'vitest';
import { LANGUAGES, localized, pageUrl } from '../../schema/index.ts';
import en from '../../site/src/i18n/en.json' with { type: 'json' };
import es from '../../site/src/i18n/es.json' with { type: 'json' };
import { builtPage, builtPagePaths } from './built-site.ts';
import { portalInBrowser } from './portal-in-browser.ts';

const STRINGS = { en, es };
const DESKTOP = { width: 1280, height: 800 };
/** A page longer than this many screens of a desktop must offer a way to jump within it. */
const SCREENS = 5;
const PAGES_AT_ONCE = 3;
/** Of the Spanish pages of the three most numerous kinds of record, every n-th is swept (as by the axe sweep). */
const SPANISH_RECORD_SAMPLE = 10;
const NUMEROUS_RECORDS = /^\/es\/(?:actions|objectives|commitments)\//;
const languageOf = (path: string) => (path.startsWith('/es/') ? 'es' : 'en');

/**
 * The pages swept: every page in English, and in Spanish every page but one in SPANISH_RECORD_SAMPLE of the priority
 * actions, objectives and commitments, which share their template and their English text with their English twins.
 */
function sweptPaths(): string[] {
  let numerous = 0;
  return builtPagePaths().filter(
    (path) => path.endsWith('/') && (!NUMEROUS_RECORDS.test(path) || numerous++ % SPANISH_RECORD_SAMPLE === 0),
  );
}

/**
 * A page's height and its in-page navigation: whether it has contents, and which of their links, and of the link
 * back to them, lead to nothing that can be seen on the page.
 */
function inPageNavigation() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('nav.contents a, a.to-contents')];
  const unresolved = links
    .filter((a) => {
      const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
      return !a.hash || !target || target.getBoundingClientRect().height === 0;
    })
    .map((a) => a.getAttribute('href')!);
  return {
    height: document.documentElement.scrollHeight,
    contents: document.querySelectorAll('nav.contents').length,
    backLink: document.querySelectorAll('a.to-contents').length,
    unresolved,
  };
}

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

  it(
    `gives every page longer than ${SCREENS} screens contents whose links, and the link back to them, all lead ` +
      'somewhere on the page',
    async () => {
      const paths = sweptPaths();
      const found: string[] = [];
      let long = 0;
      let next = 0;
      await Promise.all(
        Array.from({ length: PAGES_AT_ONCE }, async () => {
          const page = await running.browser.newPage({ viewport: DESKTOP });
          for (let path = paths[next++]; path !== undefined; path = paths[next++]) {
            await page.goto(running.portal.origin + path, { waitUntil: 'load' });
            const nav = await page.evaluate(inPageNavigation);
            if (nav.height > SCREENS * DESKTOP.height) {
              long++;
              if (nav.contents !== 1) found.push(`${path} (${nav.height} px) has ${nav.contents} contents`);
              if (nav.backLink !== 1) found.push(`${path} (${nav.height} px) has no link back to its contents`);
            }
            for (const href of nav.unresolved) found.push(`${path}: ${href} leads nowhere`);
          }
          await page.close();
        }),
      );
      expect(found).toEqual([]);
      // The plans, the countries with results, the largest rounds and documents, the Data and About pages at least.
      expect(long).toBeGreaterThan(40);
    },
    15 * 60_000,
  );

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
