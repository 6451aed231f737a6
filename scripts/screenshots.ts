/**
 * `npm run screenshots`: builds the portal as `npm start` does (with the demonstration data),
 * serves it locally and saves screenshots of the home page, a plan page, an action page, a MEM round
 * and a country at desktop and phone widths to dist/screenshots/, so anyone can look at them
 * without starting a browser.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pageUrl } from '../schema/index.ts';
import { buildSite } from './build-site.ts';
import { launchChromium } from './chromium.ts';
import { servePortal } from './serve-portal.ts';

const PAGES = {
  home: pageUrl.home(),
  plan: pageUrl.plan('2021-2025'),
  action: pageUrl.action('2016-2020-dr-4-3'),
  round: pageUrl.round(8),
  country: pageUrl.country('XAA'),
};
const DEMONSTRATION = { demonstration: true };
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

const outDir = join(import.meta.dirname, '..', 'dist', 'screenshots');
mkdirSync(outDir, { recursive: true });
const portal = await servePortal(await buildSite(undefined, DEMONSTRATION), 0, DEMONSTRATION);
const browser = await launchChromium();
try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: device === 'phone' ? 2 : 1 });
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(portal.origin + path);
      const file = join(outDir, `${name}-${device}.png`);
      await page.screenshot({ path: file, fullPage: name !== 'plan' });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await portal.close();
}
