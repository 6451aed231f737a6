import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtFile, builtPage, builtPagePaths } from './built-site.ts';

const JS_BUDGET_GZIP = 15 * 1024;
const ACTION_HTML_BUDGET = 50 * 1024;

/** The inline scripts of a page (JSON-LD is data, not a script). */
const inlineScriptsOf = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>(.*?)<\/script>/gs)]
    .filter(([, attrs]) => !attrs!.includes('application/ld+json'))
    .map(([, , body]) => Buffer.from(body!));

/** Every script a page loads when it opens, inline or from a file (not search, which loads on demand). */
const scriptsOf = (html: string) => [
  ...inlineScriptsOf(html),
  ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    ([, src, preload]) => readFileSync(builtFile((src ?? preload)!)),
  ),
];

describe('page weight budgets of the built site', () => {
  const paths = builtPagePaths();

  it('ships at most 15 KB of JavaScript (gzip) on any page', () => {
    const over = paths
      .map((path) => ({
        path,
        bytes: scriptsOf(builtPage(path)).reduce((sum, script) => sum + gzipSync(script).length, 0),
      }))
      .filter(({ bytes }) => bytes > JS_BUDGET_GZIP);
    expect(over).toEqual([]);
  });

  it("ships some JavaScript only where it helps: the citation tools, search and the 404 page's suggestion", () => {
    expect(scriptsOf(builtPage('/actions/2016-2020-dr-4-3/')).length).toBeGreaterThan(0);
    expect(scriptsOf(builtPage('/search/')).length).toBeGreaterThan(0);
    expect(scriptsOf(builtPage('/404.html')).length).toBeGreaterThan(0);
    expect(scriptsOf(builtPage('/compare/'))).toEqual([]);
  });

  it('keeps the HTML of every action page under 50 KB', () => {
    const actionPages = paths.filter((path) => /^(\/es)?\/actions\//.test(path));
    expect(actionPages).toHaveLength(2 * 412);
    const over = actionPages
      .map((path) => ({ path, bytes: Buffer.byteLength(builtPage(path)) }))
      .filter(({ bytes }) => bytes >= ACTION_HTML_BUDGET);
    expect(over).toEqual([]);
  });

  it("runs no inline script or style on any page, so a Content-Security-Policy of 'self' holds", () => {
    const inline = paths.filter((path) => {
      const html = builtPage(path);
      return inlineScriptsOf(html).length > 0 || /<style[\s>]|\sstyle="/.test(html);
    });
    expect(inline).toEqual([]);
  });
});
