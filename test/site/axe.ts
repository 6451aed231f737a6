import type axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** The WCAG 2.2 A and AA rules of axe-core (and those of the earlier versions 2.2 includes). */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core's minified build: the same engine and rules as `axe.source`, in less than half its
 * bytes. A page parses it on every navigation, so the sweep of the built pages pays for every byte.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** Puts axe-core in every page of `context` before the page's own scripts, once per navigation. */
export const withAxe = (context: BrowserContext) => context.addInitScript(AXE_SOURCE);

/**
 * axe's WCAG 2.2 AA violations on the page as it is, one line each: rule, help and where. The
 * `no-passes` reporter describes only the violations: the passes and the rules that do not apply
 * are judged all the same, but not written out for nothing.
 */
export async function violationsOn(page: Page): Promise<string[]> {
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, reporter: 'no-passes' }),
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
