import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMONSTRATION_SUFFIX } from '../schema/index.ts';

/** What a built site says about the release its pages show (its /release.json). */
export interface SiteRelease {
  readonly release: string;
  readonly demonstration: boolean;
  readonly sha256sums: string;
}

/**
 * Refuses to serve or deploy a built site with another release than the data it goes with: the
 * pages of a demonstration build never go out with a published release, nor old pages with new data.
 */
export function requireSiteBuiltFrom(siteDir: string, release: { id: string; sha256sums: string }): SiteRelease {
  const file = join(siteDir, 'release.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run site:build)`);
  const site = JSON.parse(readFileSync(file, 'utf8')) as SiteRelease;
  if (site.release !== release.id || site.sha256sums !== release.sha256sums) {
    const how = release.id.endsWith(DEMONSTRATION_SUFFIX)
      ? 'npm run site:build -- --demonstration'
      : 'npm run site:build';
    throw new Error(
      `the site in ${siteDir} shows release ${site.release}${site.demonstration ? ' (a demonstration build)' : ''}, not ${release.id} with these contents: rebuild it with ${how}`,
    );
  }
  return site;
}
