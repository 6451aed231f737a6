import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { violationsOn, withAxe } from './axe.ts';
import { builtPagePaths } from './built-site.ts';
import { SCREENS, inPageNavigation, inPageNavigationProblems } from './in-page-navigation.ts';
import { portalInBrowser } from './portal-in-browser.ts';

/**
 * As many pages at once as the CI machine has cores: each page's judgement keeps one core busy in
 * its renderer, and a third page only makes three renderers, the browser and the test take turns.
 */
const PAGES_AT_ONCE = 2;
const DESKTOP = { width: 1280, height: 800 };
const ACTION = '/actions/2016-2020-dr-4-3/';
/** A long page with contents, in which the test of the sweep's judgement plants faults. */
const PLAN = '/plans/2021-2025/';
/** Of the Spanish pages of the three most numerous kinds of record, every n-th is swept. */
const SPANISH_RECORD_SAMPLE = 10;
const NUMEROUS_RECORDS = /^\/es\/(?:actions|objectives|commitments)\//;

/**
 * The pages the sweep judges: every page in English, and in Spanish every page except that only
 * one in SPANISH_RECORD_SAMPLE of the priority actions, objectives and commitments is taken, in a
 * fixed order. A Spanish record page is its English twin with the interface translated: the same
 * template and the same English text; the sample still puts every kind of page, in both
 * languages, before axe, and keeps the sweep to a few minutes on a small machine.
 */
function sweptPaths(): string[] {
  let numerous = 0;
  return builtPagePaths().filter((path) => !NUMEROUS_RECORDS.test(path) || numerous++ % SPANISH_RECORD_SAMPLE === 0);
}

/** What the sweep finds on one page: axe's violations, the faults of its in-page navigation, and whether it is long. */
interface Judgement {
  readonly violations: string[];
  readonly navigation: string[];
  readonly long: boolean;
}

/**
 * Loads the page at `path` and judges it twice over, so that the sweep costs one page load per
 * page: by axe, and, for a page rather than a file, by its in-page navigation.
 */
async function judge(page: Page, origin: string, path: string): Promise<Judgement> {
  // 'load' waits for the stylesheet, which is a file of its own: axe must judge the page as readers see it.
  await page.goto(origin + path, { waitUntil: 'load' });
  const violations = (await violationsOn(page)).map((violation) => `${path} ${violation}`);
  if (!path.endsWith('/')) return { violations, navigation: [], long: false };
  const nav = await page.evaluate(inPageNavigation);
  return {
    violations,
    navigation: inPageNavigationProblems(path, nav, DESKTOP.height),
    long: nav.height > SCREENS * DESKTOP.height,
  };
}

const running = portalInBrowser();

describe("the sweep's judgement of one page", () => {
  it('would catch, on a built page, an image without a text alternative and a contents link to nothing', async () => {
    const { origin } = running.portal;
    const planted = await running.browser.newContext({ viewport: DESKTOP });
    await withAxe(planted);
    await planted.route(origin + PLAN, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace('<main id="main" tabindex="-1" class="wrap">', '$&<img src="/favicon.svg">')
        .replace('<a href="#2021-2025-is-1">', '<a href="#nowhere">');
      await route.fulfill({ response, body: html });
    });
    const judgement = await judge(await planted.newPage(), origin, PLAN);
    await planted.close();
    expect(judgement.violations).toEqual([`${PLAN} image-alt: Images must have alternative text (img)`]);
    expect(judgement.navigation).toEqual([`${PLAN}: #nowhere leads nowhere`]);
    expect(judgement.long).toBe(true);
  });
});

describe('accessibility and in-page navigation, in a real Chromium', () => {
  let context: BrowserContext;
  let origin: string;
  /** What the one sweep of the built pages found: axe's violations, and the faults of in-page navigation. */
  const swept = { paths: [] as string[], violations: [] as string[], navigation: [] as string[], long: 0 };

  beforeAll(async () => {
    origin = running.portal.origin;
    context = await running.browser.newContext({ viewport: DESKTOP });
    // axe-core is put in every page before the page's own scripts, once per navigation.
    await withAxe(context);
    swept.paths = sweptPaths();
    let next = 0;
    await Promise.all(
      Array.from({ length: PAGES_AT_ONCE }, async () => {
        const page = await context.newPage();
        for (let path = swept.paths[next++]; path !== undefined; path = swept.paths[next++]) {
          const judgement = await judge(page, origin, path);
          swept.violations.push(...judgement.violations);
          swept.navigation.push(...judgement.navigation);
          if (judgement.long) swept.long++;
        }
        await page.close();
      }),
    );
  }, 15 * 60_000);

  it('finds no WCAG 2.2 AA violation with axe on every built page in English and every kind of page in Spanish', () => {
    expect(swept.paths.filter((path) => !path.startsWith('/es/')).length).toBeGreaterThan(1200);
    expect(swept.paths.filter((path) => NUMEROUS_RECORDS.test(path)).length).toBeGreaterThan(100);
    expect(swept.violations).toEqual([]);
  });

  it(
    `gives every page longer than ${SCREENS} screens contents whose links, and the link back to them, all lead ` +
      'somewhere on the page',
    () => {
      expect(swept.navigation).toEqual([]);
      // The plans, the countries with results, the largest rounds and documents, the Data and About pages at least.
      expect(swept.long).toBeGreaterThan(40);
    },
  );

  it('finds no violation on search results, once they are shown', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=prevention`);
    await page.locator('#search-results > li').first().waitFor();
    expect(await violationsOn(page)).toEqual([]);
    await page.close();
  });

  it('starts with a skip link that moves the keyboard to the main content', async () => {
    const page = await context.newPage();
    await page.goto(origin + ACTION);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  it('shows where the keyboard focus is on every link and control it reaches', async () => {
    const page = await context.newPage();
    await page.goto(origin + ACTION);
    const unmarked: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return { what: 'the end of the page', outline: true, shadow: true };
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          shadow: style.boxShadow !== 'none',
        };
      });
      if (!focus.outline && !focus.shadow) unmarked.push(focus.what);
    }
    expect(unmarked).toEqual([]);
    await page.close();
  });

  it('works without JavaScript: content, navigation, citation and the search form', async () => {
    const noScript = await running.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(origin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare the plans' }).click();
    await page.waitForURL(`${origin}/compare/`);
    await page.goto(origin + ACTION);
    await expect(page.locator('blockquote').textContent()).resolves.toContain('Conduct a situational diagnosis');
    await expect(page.locator('[data-cite="text"]').textContent()).resolves.toContain('OEA/Ser.L/XIV.2.60');
    await page.locator('summary', { hasText: 'BibTeX' }).click();
    await expect(page.getByRole('textbox', { name: 'BibTeX' }).inputValue()).resolves.toMatch(
      /^@misc\{cicad-2016-2020-dr-4-3,/,
    );
    await page.getByRole('searchbox').first().fill('prevention');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=prevention/);
    await expect(page.getByText('Search runs in your browser and needs JavaScript').isVisible()).resolves.toBe(true);
    await noScript.close();
  });

  it('prints the content without the header, footer, search or citation buttons', async () => {
    const page = await context.newPage();
    await page.goto(origin + ACTION);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.formats', '.breadcrumbs']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('blockquote').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
