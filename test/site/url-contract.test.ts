import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../data/steps/build-release.ts';
import { LANGUAGES, actionsOf, areasOf, localized, objectivesOf, pageUrl } from '../../schema/index.ts';
import { scriptSafeJson } from '../../site/src/lib/script-safe-json.ts';
import { SITE_DIR, builtPage, builtPagePaths } from './built-site.ts';
import { PATHS } from '../../data/paths.ts';

// The release the site is built from for the tests: its demonstration build (test/site/build-site.global.ts).
const { dataset } = buildRelease(PATHS.root, { demonstration: true });
const ORIGIN = 'http://localhost:4321';

/** Every record's documented page URL, by hand from the README's contract rather than from the site's code. */
const documented = [
  ...dataset.plans.map((p) => `/plans/${p.id}/`),
  ...areasOf(dataset.plans).map((a) => `/areas/${a.id}/`),
  ...objectivesOf(dataset.plans).map((o) => `/objectives/${o.id}/`),
  ...actionsOf(dataset.plans).map((a) => `/actions/${a.id}/`),
  ...dataset.documents.map((d) => `/documents/${d.id}/`),
  ...dataset.commitments.map((c) => `/commitments/${c.id}/`),
];

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

describe('the URL contract of the portal', () => {
  it(
    'has a page at the documented URL for every plan, area, objective, priority action, ' +
      'commitment document and commitment, in English and at /es/',
    () => {
      expect(documented).toHaveLength(3 + 15 + 98 + 412 + 5 + 662);
      const missing = documented
        .flatMap((path) => [path, `/es${path}`])
        .filter((path) => !existsSync(join(SITE_DIR, path, 'index.html')));
      expect(missing).toEqual([]);
    },
  );

  it('builds page URLs with the same function the site links with', () => {
    expect(pageUrl.action('2016-2020-dr-4-3')).toBe('/actions/2016-2020-dr-4-3/');
    expect(localized(pageUrl.plan('2021-2025'), 'es')).toBe('/es/plans/2021-2025/');
  });

  it('gives each record page its own URL as canonical, the other language as alternate, and names the record', () => {
    for (const path of [
      '/actions/2016-2020-dr-4-3/',
      '/objectives/2021-2025-ptr-1/',
      '/areas/2011-2015-cm/',
      '/plans/2016-2020/',
      '/documents/ungass-2016/',
      '/commitments/ungass-2016-1-a/',
    ]) {
      for (const language of LANGUAGES) {
        const html = builtPage(localized(path, language));
        expect(canonicalOf(html)).toBe(`${ORIGIN}${localized(path, language)}`);
        expect(html).toContain(`<html lang="${language}"`);
        for (const other of LANGUAGES)
          expect(html).toContain(
            `<link rel="alternate" hreflang="${other}" href="${ORIGIN}${localized(path, other)}">`,
          );
      }
    }
    expect(builtPage('/actions/2016-2020-dr-4-3/')).toContain(
      '<title>Demand Reduction, Priority action 4.3 · Hemispheric Plan of Action on Drugs, 2016-2020',
    );
    expect(builtPage('/commitments/soa-quebec-poa-66/')).toContain(
      '<title>Plan of Action, Québec, Mandate 66 · Summit mandates on security',
    );
  });

  it('lists every content page of both languages in sitemap.xml, and robots.txt points to it', () => {
    const sitemap = builtPage('/sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const path of documented) {
      expect(locs).toContain(`${ORIGIN}${path}`);
      expect(locs).toContain(`${ORIGIN}/es${path}`);
    }
    expect(locs).toContain(`${ORIGIN}/es/data/`);
    expect(locs).toContain(`${ORIGIN}/es/documents/`);
    expect(new Set(locs).size).toBe(locs.length);
    expect(builtPage('/robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  it('describes pages with schema.org JSON-LD and Open Graph tags', () => {
    const jsonLd = (html: string) =>
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    const action = builtPage('/actions/2016-2020-dr-4-3/');
    expect(jsonLd(action)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      identifier: '2016-2020-dr-4-3',
      inLanguage: 'en',
      isPartOf: {
        name: 'Hemispheric Plan of Action on Drugs, 2016-2020',
        identifier: 'OEA/Ser.L/XIV.2.60 CICAD/doc.2255/16 Rev.',
      },
      version: dataset.release.id,
    });
    expect(action).toContain(`<meta property="og:url" content="${ORIGIN}/actions/2016-2020-dr-4-3/">`);
    expect(action).toMatch(/<meta property="og:title" content="Demand Reduction, Priority action 4.3/);
    const data = jsonLd(builtPage('/data/'));
    expect(data['@type']).toBe('Dataset');
    expect(data.version).toBe(dataset.release.id);
    expect(data.distribution.map((d: { name: string }) => d.name)).toContain('actions.csv');
  });

  it('embeds JSON-LD that no text can break out of, and every block of every page reads back as written', () => {
    const hostile = { name: '</script><script>alert(1)</script> <!-- a & b --> \u2028\u2029' };
    const written = scriptSafeJson(hostile);
    expect(written).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(written)).toEqual(hostile);
    const blocks = builtPagePaths().flatMap((path) =>
      [...builtPage(path).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(([, block]) => ({
        path,
        block: block!,
      })),
    );
    expect(blocks.length).toBeGreaterThan(documented.length);
    for (const { path, block } of blocks) expect(scriptSafeJson(JSON.parse(block)), path).toBe(block);
  });

  it('answers unknown paths with a 404 page that offers search and the plans', () => {
    const html = builtPage('/404.html');
    expect(html).toContain('role="search"');
    for (const plan of dataset.plans) expect(html).toContain(`href="/plans/${plan.id}/"`);
  });
});
