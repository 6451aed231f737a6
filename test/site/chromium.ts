import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

/**
 * Flags for a headless Chromium on a machine without a network beyond loopback: no sandbox (it
 * runs as root in CI), and none of the background services that would try to reach Google.
 */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Unpacks the browser shipped inside `@sparticuz/chromium` (once per temporary folder) and gives its
 * path. The site tests' global setup calls it before any test file runs: test files started at
 * once on several cores would otherwise unpack it together, and one of them could start the
 * binary while another was still writing it (spawn ETXTBSY).
 */
export const chromiumExecutable = () => chromium.executablePath();

/**
 * Launches a real headless Chromium through Playwright. The browser is the one shipped inside the
 * `@sparticuz/chromium` npm package, so `npm install` is all it needs: no browser download.
 */
export async function launchChromium(): Promise<Browser> {
  return playwright.launch({ executablePath: await chromiumExecutable(), headless: true, args: FLAGS });
}
