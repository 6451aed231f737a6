/**
 * `npm run screenshots`: builds the portal as `npm start` does (with the demonstration data),
 * serves it locally and saves screenshots of the home page, a plan page, an action page, a MEM round
 * and a country at desktop and phone widths to dist/screenshots/, so anyone can look at them
 * without starting a browser.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../data/paths.ts';
import { pageUrl } from '../schema/index.ts';
import { buildSite } from '../site/build.ts';
import { launchChromium } from '../test/site/chromium.ts';
import { servePortal } from '../functions/local/serve-portal.ts';

const PAGES = {
  home: pageUrl.home(),
  plan: pageUrl.plan('2021-2025'),
  action: pageUrl.action('2016-2020-dr-4-3'),
  round: pageUrl.round(8),
  country: pageUrl.country('XAA'),
};
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

mkdirSync(PATHS.screenshots, { recursive: true });
const siteDir = await buildSite({ origin: 'http://localhost:4321', contact: null, demonstration: true });
const portal = await servePortal({ siteDir, demonstration: true });
const browser = await launchChromium();
try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: device === 'phone' ? 2 : 1 });
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(portal.origin + path);
      const file = join(PATHS.screenshots, `${name}-${device}.png`);
      await page.screenshot({ path: file, fullPage: name !== 'plan' });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await portal.close();
}
