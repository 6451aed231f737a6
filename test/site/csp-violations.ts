import type { Browser, BrowserContext } from 'playwright-core';
import { expect } from 'vitest';

/** The name under which a page hands its Content-Security-Policy violations to the test. */
const BINDING = '__reportCspViolation';

/** A Chromium whose every page reports the Content-Security-Policy violations it meets. */
export interface WatchedBrowser {
  /** The browser: every context and page it opens, by newContext or newPage, is watched. */
  readonly browser: Browser;
  /** The violations met since the last call, one line each with the page's URL; empties the list. */
  takeViolations(): Promise<string[]>;
}

/**
 * Makes every page `browser` opens record each Content-Security-Policy violation twice over: the
 * `securitypolicyviolation` event, listened to from before the page's own scripts run, and the
 * console error Chromium prints, which it prints even where JavaScript is off. Tests that open
 * pages through `browser` can then fail on any violation, as a reader's browser would block it.
 */
export function watchCspViolations(browser: Browser): WatchedBrowser {
  const found: string[] = [];
  const contexts = new Set<BrowserContext>();
  const watch = async (context: BrowserContext) => {
    if (contexts.has(context)) return;
    contexts.add(context);
    context.on('close', () => contexts.delete(context));
    context.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
        found.push(`${message.page()?.url()} console: ${message.text()}`);
      }
    });
    await context.exposeBinding(BINDING, ({ page }, violation: string) => found.push(`${page.url()} ${violation}`));
    await context.addInitScript((binding) => {
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          const report = (window as unknown as Record<string, (violation: string) => void>)[binding]!;
          report(
            `securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
          );
        },
        { capture: true },
      );
    }, BINDING);
  };

  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  Object.assign(browser, {
    newContext: async (...options: Parameters<Browser['newContext']>) => {
      const context = await newContext(...options);
      await watch(context);
      return context;
    },
    newPage: async (...options: Parameters<Browser['newPage']>) => {
      const page = await newPage(...options);
      await watch(page.context());
      return page;
    },
  });

  return {
    browser,
    async takeViolations() {
      // A round trip to every open page delivers the reports it has already sent.
      const pages = [...contexts].flatMap((context) => context.pages());
      await Promise.all(pages.map((page) => page.evaluate(() => 0).catch(() => undefined)));
      return found.splice(0);
    },
  };
}

/** Fails, listing them, if the pages of `watched` met any violation since the last look. */
export async function expectNoCspViolations(watched: WatchedBrowser) {
  expect(await watched.takeViolations(), 'Content-Security-Policy violations').toEqual([]);
}
