import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../data/paths.ts';
import { buildRelease } from '../../data/steps/build-release.ts';
import { buildSite } from '../../site/build.ts';
import { LANGUAGES, localized, pageUrl } from '../../schema/index.ts';
import { builtPage, builtPagePaths } from './built-site.ts';

const { dataset } = buildRelease(PATHS.root, { demonstration: true });
const ORIGIN = 'http://localhost:4321';
const MEM_URL = 'https://www.oas.org/ext/en/security/mem';
const LABEL = { en: '<span class="synthetic">synthetic</span>', es: '<span class="synthetic">sintético</span>' };
const DEMO_STATES = dataset.countries.filter((c) => c.data_status === 'synthetic');
const REAL_COUNTRIES = dataset.countries.filter((c) => c.data_status === 'official');
const ROUND_8_ACTION = '2021-2025-ptr-1-1';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const languageOf = (path: string) => (path.startsWith('/es/') ? 'es' : 'en');
const tablesOf = (html: string, className: string) =>
  [...html.matchAll(new RegExp(`<table class="${className}">(.*?)</table>`, 'gs'))].map((m) => m[1]!);
const cellsOf = (table: string) => [...table.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((m) => m[1]!);
const bodyRowsOf = (table: string) =>
  [...(/<tbody>(.*?)<\/tbody>/s.exec(table)?.[1] ?? '').matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => m[1]!);

describe('the MEM pages of a demonstration build', () => {
  const paths = builtPagePaths();

  it("shows the demonstration banner on every page, in the page's language", () => {
    expect(paths.length).toBeGreaterThan(1000);
    const banner = {
      en: 'fictional states are synthetic, not real evaluations',
      es: 'Estados ficticios son sintéticos, no evaluaciones reales',
    };
    const without = paths.filter((path) => {
      const html = builtPage(path);
      return (
        !html.includes('<aside class="demonstration-banner" aria-labelledby="demonstration-banner-title">') ||
        !html.includes(banner[languageOf(path)])
      );
    });
    expect(without).toEqual([]);
  });

  it('labels every synthetic status and every fictional state it links to, on every page', () => {
    let labelled = 0;
    const unlabelled: string[] = [];
    for (const path of paths) {
      const html = builtPage(path);
      const label = LABEL[languageOf(path)];
      for (const m of html.matchAll(
        /<td[^>]*><span lang="en">[^<]*\(demonstration\)<\/span>( <span class="synthetic">[^<]*<\/span>)?/g,
      )) {
        if (m[1] === ` ${label}`) labelled++;
        else unlabelled.push(`${path}: ${m[0]}`);
      }
      for (const m of html.matchAll(
        /<a href="(?:\/es)?\/countries\/XA[A-F]\/">[^<]*<\/a>( <span class="synthetic">[^<]*<\/span>)?/g,
      )) {
        if (m[1] !== ` ${label}`) unlabelled.push(`${path}: ${m[0]}`);
      }
    }
    expect(unlabelled).toEqual([]);
    // Each result's status is shown on its unit's page, its country's page and, in the table equivalent of the heatmap,
    // its round's page, in both languages.
    expect(labelled).toBe(dataset.results.length * 3 * LANGUAGES.length);
  });

  it(
    'draws each round with results as an SVG heatmap with a text alternative, a legend, its ' +
      'table equivalent and its CSV',
    () => {
      for (const round of [7, 8]) {
        const results = dataset.results.filter((r) => r.round === round);
        for (const language of LANGUAGES) {
          const html = builtPage(localized(pageUrl.round(round), language));
          const svg = /<svg role="img" aria-labelledby="([^"]+)" aria-describedby="([^"]+)"[^>]*>(.*?)<\/svg>/s.exec(
            html,
          );
          expect(svg).not.toBeNull();
          const [, titleId, descId, content] = svg!;
          expect(content).toMatch(
            new RegExp(
              `^<title id="${titleId}">[^<]+\\((synthetic|sintético)\\)</title><desc id="${descId}">${results.length} `,
            ),
          );
          expect(/<desc[^>]*>([^<]*)<\/desc>/.exec(content!)![1]).toContain(
            language === 'en'
              ? 'synthetic demonstration data for fictional states'
              : 'datos sintéticos de demostración',
          );
          // One cell per result, each drawn as a square of a status's path.
          expect(content!.match(/h13v18h-13z/g)).toHaveLength(results.length);
          expect(html).toContain('class="heatmap-legend"');
          expect(html).toMatch(/class="synthetic-note"><span class="synthetic">/);
          // Beside the heatmap and beside its table equivalent.
          expect(html.split(`href="/downloads/results-round-${round}.csv"`)).toHaveLength(3);

          const [grid] = tablesOf(html, 'status-grid');
          expect(grid).toMatch(/^<caption id="[^"]+">[^<]+<\/caption><thead><tr><th scope="col">/);
          expect(cellsOf(grid!)).toHaveLength(results.length);
          expect(cellsOf(grid!).every((cell) => cell.endsWith(LABEL[language]))).toBe(true);
        }
      }
    },
  );

  it('summarizes each unit of a round hemispherically, each summary labelled synthetic', () => {
    const html = builtPage(pageUrl.round(8));
    const [summary] = tablesOf(html, 'status-counts');
    const rows = [...summary!.matchAll(/<th scope="row">(.*?)<\/th>((?:<td[^>]*>[^<]*<\/td>)+)/g)];
    expect(rows).toHaveLength(142);
    expect(rows.every(([, header]) => header!.endsWith(LABEL.en))).toBe(true);
    const first = rows.find(([, header]) => header!.includes(`href="/actions/${ROUND_8_ACTION}/"`))!;
    const counts = cellsOf(first[2]!);
    const statuses = dataset.results.filter((r) => r.round === 8 && r.unit === ROUND_8_ACTION);
    expect(counts.slice(0, 3).map(Number)).toEqual(
      ['demo-achieved', 'demo-partly-achieved', 'demo-not-achieved'].map(
        (s) => statuses.filter((r) => r.status === s).length,
      ),
    );
    expect(counts[3]).toBe('6');
  });

  it('keeps the page of the largest round reasonable: no script and under 300 KB of HTML', () => {
    for (const language of LANGUAGES) {
      const html = builtPage(localized(pageUrl.round(8), language));
      expect(Buffer.byteLength(html)).toBeLessThan(300 * 1024);
      expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
  });

  it("says plainly when a round has no results and links to CICAD's MEM reports", () => {
    for (const round of [1, 2, 3, 4, 5, 6]) {
      const html = builtPage(pageUrl.round(round));
      expect(html).toContain(`No result of round ${round} is loaded on this portal yet.`);
      expect(html).toContain(`href="${MEM_URL}"`);
      expect(html).not.toContain('<svg role="img"');
    }
    expect(builtPage('/es/rounds/1/')).toContain(
      'Todavía no se ha cargado en este portal ningún resultado de la ronda 1.',
    );
  });

  it("shows round 5's facts as not yet sourced, and round 6's scale and published figures with their source", () => {
    const round5 = builtPage(pageUrl.round(5));
    expect(round5).toContain('not yet sourced');
    expect(round5).toContain('The status words of this round are not known');
    const round6 = builtPage(pageUrl.round(6));
    expect(round6).toMatch(/<strong>41%<\/strong> <span lang="en">share of recommendations completed<\/span>/);
    expect(round6).toContain('href="https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-161/15"');
    expect(round6).toContain('This list may be incomplete');
  });

  it('gives the MEM overview a timeline of the eight rounds and every country, linked to their pages', () => {
    for (const language of LANGUAGES) {
      const html = builtPage(localized(pageUrl.mem(), language));
      const timeline = /<ol class="timeline">(.*?)<\/ol>/s.exec(html)![1]!;
      expect([...timeline.matchAll(/<h3 id="round-(\d)"><a href="([^"]+)">/g)].map((m) => [m[1], m[2]])).toEqual(
        dataset.rounds.map((r) => [String(r.round), localized(pageUrl.round(r.round), language)]),
      );
      for (const country of dataset.countries)
        expect(html).toContain(
          `<a href="${localized(pageUrl.country(country.iso3), language)}">${country.names[language]}</a>`,
        );
    }
    const html = builtPage(pageUrl.mem());
    expect(html).toContain('Cuba is one of the 35 OAS member states but does not take part in the MEM.');
    expect(html).toContain('34 of the 35 OAS member states take part in the MEM.');
    expect(html).toContain('<a href="/mem/" aria-current="page">The MEM</a>');
  });

  it(
    "has a page for every country, named in the page's language; a real one without results " +
      'says so and links to CICAD',
    () => {
      for (const country of REAL_COUNTRIES) {
        for (const language of LANGUAGES) {
          const html = builtPage(localized(pageUrl.country(country.iso3), language));
          expect(html).toMatch(
            new RegExp(
              `<h1>${escapeRegExp(country.names[language])}\\s+<span class="subtitle">${country.iso3}</span></h1>`,
            ),
          );
          expect(html).toContain(`href="${MEM_URL}"`);
          expect(html).not.toContain('class="synthetic"');
        }
        expect(builtPage(pageUrl.country(country.iso3))).toContain(
          `No MEM result for ${country.names.en} is loaded on this portal yet.`,
        );
      }
      expect(builtPage('/es/countries/USA/')).toMatch(/<h1>Estados Unidos\s+<span class="subtitle">USA<\/span><\/h1>/);
    },
  );

  it("lists a fictional state's results by round and area, each labelled, and its units across rounds", () => {
    const html = builtPage(pageUrl.country('XAA'));
    expect(html).toContain(`<h1>Demonstration State A ${LABEL.en} <span class="subtitle">XAA</span></h1>`);
    expect(html).toContain('<title>Demonstration State A (synthetic) · ');
    expect(builtPage('/es/countries/XAA/')).toContain('<title>Estado de demostración A (sintético) · ');
    const lists = tablesOf(html, 'results');
    expect(lists.map((t) => bodyRowsOf(t).length)).toEqual(
      [7, 8].map((round) => dataset.results.filter((r) => r.round === round && r.country === 'XAA').length),
    );
    for (const list of lists)
      for (const row of bodyRowsOf(list))
        expect(cellsOf(row)[0]).toMatch(/ <span class="synthetic">synthetic<\/span>$/);
    expect(tablesOf(html, 'status-counts').map((t) => bodyRowsOf(t).length)).toEqual([5, 5]);
    expect(html).toContain(
      'No objective, priority action or recommendation has results for Demonstration State A from more than one round.',
    );
  });

  it('lists the six demonstration results on the page of a round-8 priority action', () => {
    const html = builtPage(pageUrl.action(ROUND_8_ACTION));
    const [table] = tablesOf(html, 'results');
    const rows = bodyRowsOf(table!);
    expect(rows).toHaveLength(DEMO_STATES.length);
    expect(rows.map((row) => />([^<]+)<\/a> <span class="synthetic">/.exec(row)![1])).toEqual(
      DEMO_STATES.map((c) => c.names.en),
    );
    expect(html).toContain(`href="/downloads/results-action-${ROUND_8_ACTION}.csv"`);
    expect(Buffer.byteLength(html)).toBeLessThan(50 * 1024);
  });

  it(
    'says when no result is loaded for a unit, with a link to the MEM page; an objective of ' + 'round 7 lists its own',
    () => {
      const html = builtPage(pageUrl.action('2016-2020-dr-4-3'));
      expect(html).toContain('No MEM result is loaded for this priority action yet. <a href="/mem/">');
      expect(builtPage('/es/actions/2016-2020-dr-4-3/')).toContain('<a href="/es/mem/">');
      expect(bodyRowsOf(tablesOf(builtPage(pageUrl.objective('2016-2020-dr-4')), 'results')[0]!)).toHaveLength(
        DEMO_STATES.length,
      );
      const objective = builtPage(pageUrl.objective('2021-2025-ptr-1'));
      expect(objective).toContain('No MEM result is loaded for this objective itself yet.');
      expect(objective).toMatch(/Its priority actions have \d+ MEM results/);
    },
  );

  it('lists the overview, every round and every country in the sitemap, in both languages', () => {
    const locs = new Set([...builtPage('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    const memPaths = [
      pageUrl.mem(),
      ...dataset.rounds.map((r) => pageUrl.round(r.round)),
      ...dataset.countries.map((c) => pageUrl.country(c.iso3)),
    ];
    expect(memPaths).toHaveLength(1 + 8 + 41);
    const missing = memPaths
      .flatMap((path) => LANGUAGES.map((l) => `${ORIGIN}${localized(path, l)}`))
      .filter((url) => !locs.has(url));
    expect(missing).toEqual([]);
  });
});

describe('a site built without the demonstration data', () => {
  let dir: string;
  const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    dir = await buildSite(
      { origin: 'http://localhost:4321', contact: null, demonstration: false },
      mkdtempSync(join(tmpdir(), 'official-site-')),
    );
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no banner and no synthetic value on any page, and no fictional state', () => {
    const pages = execFileSync('find', [dir, '-name', '*.html'], { encoding: 'utf8' }).trim().split('\n');
    expect(pages.length).toBeGreaterThan(1000);
    const synthetic = [
      'demonstration-banner',
      'class="synthetic"',
      ...DEMO_STATES.map((c) => c.names.en),
      ...dataset.demonstration_scale!.statuses.map((s) => s.label),
    ];
    const marked = pages.filter((file) => {
      const html = readFileSync(file, 'utf8');
      return synthetic.some((text) => html.includes(text));
    });
    expect(marked).toEqual([]);
    expect(existsSync(join(dir, 'countries', 'XAA'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'release.json'), 'utf8')).demonstration).toBe(false);
  });

  it('says that no result is loaded where the demonstration build shows synthetic ones', () => {
    expect(page('rounds/8')).toContain('No result of round 8 is loaded on this portal yet.');
    expect(page('rounds/8')).not.toContain('<svg role="img"');
    expect(page('mem')).toContain('No official MEM result has been transcribed from a report yet');
    expect(page(`actions/${ROUND_8_ACTION}`)).toContain('No MEM result is loaded for this priority action yet.');
  });
});
