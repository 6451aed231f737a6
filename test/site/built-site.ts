import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect } from 'vitest';
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

/** A text as the built pages print it, with HTML's special characters escaped. */
export const escapedHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The HTML of the built page at a URL path. */
export const builtPage = (path: string) =>
  readFileSync(join(SITE_DIR, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/** The file of the built site a root-relative URL names. */
export const builtFile = (url: string) => join(SITE_DIR, relative('/', url.split('?')[0]!));

/** A link of a built page: its address (entities decoded, fragment left out), its whole `<a>` tag, and a page with it. */
export interface BuiltLink {
  readonly href: string;
  readonly tag: string;
  /** The first built page, in path order, that links it. */
  readonly page: string;
}

/** Every link of every built page that `keep` keeps, once per address. */
export function builtLinks(keep: (link: Omit<BuiltLink, 'page'>) => boolean): BuiltLink[] {
  const links = new Map<string, BuiltLink>();
  for (const page of builtPagePaths()) {
    for (const [tag] of builtPage(page).matchAll(/<a\b[^>]*>/g)) {
      const href = /\bhref="([^"]*)"/.exec(tag)?.[1]?.split('#')[0]!.replaceAll('&amp;', '&');
      if (href && !links.has(href) && keep({ href, tag })) links.set(href, { href, tag, page });
    }
  }
  return [...links.values()];
}

/**
 * Runs `check` on every link, eight at a time, and expects none to fail: a failure is reported
 * with the page that links it, and every other link is still checked.
 */
export async function checkEachLink(links: ReadonlyArray<BuiltLink>, check: (link: BuiltLink) => Promise<void>) {
  const failures: string[] = [];
  for (let i = 0; i < links.length; i += 8) {
    await Promise.all(
      links
        .slice(i, i + 8)
        .map((link) =>
          check(link).catch((error: Error) => failures.push(`${link.href} (on ${link.page}): ${error.message}`)),
        ),
    );
  }
  expect(failures).toEqual([]);
}
