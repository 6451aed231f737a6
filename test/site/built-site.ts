import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PATHS } from '../../data/paths.ts';

/** Where the site tests' portal is built (test/site/build-site.global.ts). */
export const SITE_DIR = PATHS.site;

/** The URL path of every HTML page of the built site, e.g. `/actions/2016-2020-dr-4-3/` and `/404.html`. */
export function builtPagePaths(): string[] {
  return readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The HTML of the built page at a URL path. */
export const builtPage = (path: string) =>
  readFileSync(join(SITE_DIR, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/** The file of the built site a root-relative URL names. */
export const builtFile = (url: string) => join(SITE_DIR, relative('/', url.split('?')[0]!));
