import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMONSTRATION_SUFFIX, type Release } from '../schema/index.ts';

/**
 * What a built site says about the release its pages show: its `/release.json`, which the site
 * writes (src/pages/release.json.ts) and what serves or deploys the pages checks.
 */
export interface ReleaseStamp {
  readonly release: string;
  readonly demonstration: boolean;
  readonly sha256sums: string;
}

/** The file of a built site that holds its stamp. */
export const RELEASE_STAMP_FILE = 'release.json';

/** The stamp of pages built from `release`, whose bundle's SHA256SUMS has the digest `sha256sums`. */
export function releaseStamp(release: Pick<Release, 'id' | 'demonstration'>, sha256sums: string) {
  const stamp: ReleaseStamp = { release: release.id, demonstration: release.demonstration, sha256sums };
  return `${JSON.stringify(stamp)}\n`;
}

/**
 * Refuses to serve or deploy a built site with another release than the data it goes with: the
 * pages of a demonstration build never go out with a published release, nor old pages with new data.
 */
export function requireSiteBuiltFrom(siteDir: string, release: { id: string; sha256sums: string }): ReleaseStamp {
  const file = join(siteDir, RELEASE_STAMP_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run site:build)`);
  const site = JSON.parse(readFileSync(file, 'utf8')) as ReleaseStamp;
  if (site.release !== release.id || site.sha256sums !== release.sha256sums) {
    const how = release.id.endsWith(DEMONSTRATION_SUFFIX)
      ? 'npm run site:build -- --demonstration'
      : 'npm run site:build';
    throw new Error(
      `the site in ${siteDir} shows release ${site.release}` +
        `${site.demonstration ? ' (a demonstration build)' : ''}, not ${release.id} with these ` +
        `contents: rebuild it with ${how}`,
    );
  }
  return site;
}
