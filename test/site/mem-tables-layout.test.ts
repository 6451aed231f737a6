import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPagePaths } from './built-site.ts';
import { portalInBrowser } from './portal-in-browser.ts';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
/** Every page with MEM tables: each country, each round and the MEM's own page, in every language. */
const MEM_PAGES = /^(?:\/es)?\/(?:countries\/[A-Z]{3}\/|rounds\/\d+\/|mem\/)$/;
/** The width of the strip at a region's right edge where its shadow shows that it scrolls. */
const EDGE = 12;

/**
 * What a reader cannot see of the page's tables, with every `<details>` opened: a cell lying beyond the viewport's
 * left or right edge other than in a region that scrolls (overflow auto or scroll, wider content than box, itself
 * within the viewport, focusable and named), a caption beyond it at all, or a page wider than the viewport. Returns
 * one line per problem, and the ids of the regions that scroll, for the check of their shadows.
 */
function unreadableTables() {
  for (const details of document.querySelectorAll('details')) details.open = true;
  const problems: string[] = [];
  const describe = (el: Element) => `${el.tagName.toLowerCase()} "${el.textContent!.trim().slice(0, 40)}"`;
  const inView = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.left >= -0.5 && box.right <= innerWidth + 0.5;
  };
  if (document.documentElement.scrollWidth > innerWidth) problems.push(`the page is wider than the viewport`);
  const scrolling = [...document.querySelectorAll('main [role="region"]')].filter(
    (region) => region.scrollWidth > region.clientWidth,
  );
  for (const region of scrolling) {
    const style = getComputedStyle(region);
    const name = region
      .getAttribute('aria-labelledby')
      ?.split(' ')
      .map((id) => document.getElementById(id));
    if (!['auto', 'scroll'].includes(style.overflowX)) problems.push(`${describe(region)} overflows without scrolling`);
    if (!inView(region)) problems.push(`${describe(region)} reaches beyond the viewport`);
    if (region.getAttribute('tabindex') !== '0') problems.push(`${describe(region)} cannot be scrolled by keyboard`);
    if (!name?.every((el) => el?.textContent?.trim())) problems.push(`${describe(region)} has no name`);
  }
  for (const cell of document.querySelectorAll('main td, main th')) {
    if (cell.getBoundingClientRect().width === 0 || inView(cell)) continue;
    const region = cell.closest('[role="region"]');
    if (!region || !scrolling.includes(region)) problems.push(`${describe(cell)} lies beyond the viewport`);
  }
  for (const caption of document.querySelectorAll('main caption')) {
    if (!inView(caption)) problems.push(`${describe(caption)} is cut off`);
  }
  scrolling.forEach((region, i) => region.setAttribute('data-scrolling', String(i)));
  return { problems, scrolling: scrolling.length };
}

/**
 * Whether the region's right edge shows that it scrolls: the strip there, seen at the start of the scroll, changes
 * when the region's background (its shadows) is taken away. A shadow hidden by an opaque cell would not.
 */
async function showsItScrolls(page: Page, index: number): Promise<boolean> {
  const region = page.locator(`[data-scrolling="${index}"]`);
  await region.evaluate((el) => {
    el.scrollLeft = 0;
    el.scrollIntoView({ block: 'start' });
  });
  const box = (await region.boundingBox())!;
  const viewport = page.viewportSize()!;
  const clip = { x: box.x + box.width - EDGE, y: box.y, width: EDGE, height: Math.min(box.height, viewport.height) };
  const withShadows = await page.screenshot({ clip });
  await region.evaluate((el: HTMLElement) => (el.style.background = 'none'));
  const without = await page.screenshot({ clip });
  await region.evaluate((el: HTMLElement) => (el.style.background = ''));
  return !withShadows.equals(without);
}

describe('the MEM tables, in a real Chromium on a phone and on a desktop', () => {
  const running = portalInBrowser();

  it(
    'shows every cell in the viewport or in a named region that scrolls and shows it does, on every MEM page',
    async () => {
      const paths = builtPagePaths().filter((path) => MEM_PAGES.test(path));
      expect(paths.length).toBeGreaterThan(80);
      const found: string[] = [];
      let regions = 0;
      for (const viewport of VIEWPORTS) {
        const page = await running.browser.newPage({ viewport });
        for (const path of paths) {
          await page.goto(running.portal.origin + path, { waitUntil: 'load' });
          const { problems, scrolling } = await page.evaluate(unreadableTables);
          for (const problem of problems) found.push(`${viewport.width} px ${path}: ${problem}`);
          for (let i = 0; i < scrolling; i++) {
            if (!(await showsItScrolls(page, i)))
              found.push(`${viewport.width} px ${path}: region ${i} shows no shadow`);
          }
          regions += scrolling;
        }
        await page.close();
      }
      expect(found).toEqual([]);
      // On a phone the wide tables do scroll: the check of their shadows has something to judge.
      expect(regions).toBeGreaterThan(50);
    },
    10 * 60_000,
  );
});
