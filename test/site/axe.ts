import axe, { type AxeResults } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** The WCAG 2.2 A and AA rules of axe-core (and those of the earlier versions 2.2 includes). */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** Puts axe-core in every page of `context` before the page's own scripts, once per navigation. */
export const withAxe = (context: BrowserContext) => context.addInitScript(axe.source);

/** axe's WCAG 2.2 AA violations on the page as it is, one line each: rule, help and where. */
export async function violationsOn(page: Page): Promise<string[]> {
  const result: AxeResults = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_22_AA,
  );
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
