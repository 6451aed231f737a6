/**
 * Builds the portal into dist/site (PORTAL_SITE_DIR overrides): Astro renders every page from the
 * current data release, then Pagefind indexes them for search (`pagefind/` beside the pages).
 * `npm run site:build`, `npm start` and the browser tests all build it this way. PORTAL_ORIGIN
 * sets the origin of canonical and cited URLs. `--demonstration` builds it from the demonstration
 * build of the release, with synthetic MEM results, as `npm start` does; never for publication.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import type { BuildOptions } from '../data/steps/build-release.ts';
import * as pagefind from 'pagefind';

const root = join(import.meta.dirname, '..');

/** Where the site is written unless PORTAL_SITE_DIR says otherwise. */
export const SITE_DIR = join(root, 'dist', 'site');

/**
 * Builds the site and its search index into `outDir` from the current release, or from its
 * demonstration build; throws, naming the page, if any page fails to render.
 */
export async function buildSite(
  outDir = process.env.PORTAL_SITE_DIR ?? SITE_DIR,
  { demonstration = false }: BuildOptions = {},
): Promise<string> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  process.env.PORTAL_DEMONSTRATION = demonstration ? '1' : '';
  await build({ root: join(root, 'site'), outDir, logLevel: 'warn' });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return outDir;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { demonstration: { type: 'boolean', default: false } } });
  console.log(
    `Site built in ${await buildSite(undefined, values)}${values.demonstration ? ', with synthetic demonstration data' : ''}`,
  );
}
