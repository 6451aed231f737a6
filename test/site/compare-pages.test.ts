import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../data/steps/build-release.ts';
import { LANGUAGES, actionsOf, areasOf, localized, pageUrl, type Language } from '../../schema/index.ts';
import { PATHS } from '../../data/paths.ts';
import { wordDiffSides } from '../../site/src/lib/word-diff.ts';
import { builtPage } from './built-site.ts';
import { portalInBrowser } from './portal-in-browser.ts';

// The release the site is built from for the tests: its demonstration build (test/site/build-site.global.ts).
const { dataset, files } = buildRelease(PATHS.root, { demonstration: true });
const ORIGIN = 'http://localhost:4321';
const lineageCsv = parse(files.get('lineage.csv')!, { columns: true, bom: true }) as Record<string, string>[];
const areaOf = new Map(actionsOf(dataset.plans).map((a) => [a.id, a.area]));
const areaOrder = areasOf(dataset.plans).map((a) => a.id);
const textOf = new Map(actionsOf(dataset.plans).map((a) => [a.id, a.text]));
const links = lineageCsv.filter((r) => r.from && r.to);
const PAIRS = [
  ['2011-2015', '2016-2020'],
  ['2016-2020', '2021-2025'],
] as const;

/**
 * The areas at the other end of the links of lineage.csv that start (`side` from) or end (`side` to) in an area, with
 * how many: most links first, then the higher sum of scores, then printed order. Counted here from the CSV alone, as a
 * reader of the release would.
 */
function linkedAreas(area: string, side: 'from' | 'to') {
  const other = side === 'from' ? 'to' : 'from';
  const own = Map.groupBy(
    links.filter((r) => areaOf.get(r[side]!) === area),
    (r) => areaOf.get(r[other]!)!,
  );
  const score = (a: string) => own.get(a)!.reduce((sum, r) => sum + Number(r.score), 0);
  return [...own.keys()]
    .sort(
      (a, b) =>
        own.get(b)!.length - own.get(a)!.length || score(b) - score(a) || areaOrder.indexOf(a) - areaOrder.indexOf(b),
    )
    .map((a) => ({ area: a, links: own.get(a)!.length }));
}

/** The rows of lineage.csv a page of an earlier area lists in each section, as the action ids of each row. */
function expectedRows(area: string, to: string) {
  const laterAreas = dataset.plans.find((p) => p.id === to)!.areas.map((a) => a.id);
  const newIn = laterAreas.filter((later) => linkedAreas(later, 'to')[0]?.area === area);
  const linksFrom = (...relations: string[]) =>
    links.filter((r) => areaOf.get(r.from!) === area && relations.includes(r.relation!)).map((r) => [r.from, r.to]);
  return {
    new: lineageCsv.filter((r) => r.relation === 'new' && newIn.includes(areaOf.get(r.to!)!)).map((r) => [r.to]),
    revised: linksFrom('revised'),
    unchanged: linksFrom('unchanged'),
    'split-or-merged': linksFrom('split', 'merged'),
    dropped: lineageCsv.filter((r) => r.relation === 'dropped' && areaOf.get(r.from!) === area).map((r) => [r.from]),
  };
}

const sectionOf = (html: string, headingId: string) => {
  const start = html.indexOf(`<h2 id="${headingId}">`);
  expect(start, headingId).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</section>', start));
};
/** Each row of a section of side-by-side pairs, as the ids of the actions it links to, earlier first. */
const rowsOf = (section: string) =>
  section
    .split('<li class="action-pair">')
    .slice(1)
    .map((row) => [...row.matchAll(/href="(?:\/es)?\/actions\/([^/]+)\/"/g)].map((m) => m[1]));
const plainText = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const changesPage = (from: string, to: string, area: string, language: Language = 'en') =>
  localized(pageUrl.areaChanges(from, to, area), language);

describe('the compare page and the pages of what changed in each area', () => {
  it('pairs each area with the areas its actions are linked to, counted from lineage.csv, and links it to its page', () => {
    for (const language of LANGUAGES) {
      const html = builtPage(localized(pageUrl.compare(), language));
      expect(html).not.toContain('printed position');
      for (const [from, to] of PAIRS) {
        for (const area of dataset.plans.find((p) => p.id === from)!.areas) {
          const start = html.indexOf(`<li class="card"><h4><a href="${localized(pageUrl.area(area.id), language)}"`);
          expect(start, area.id).toBeGreaterThan(0);
          const card = html.slice(start, html.indexOf('</a></p></li>', html.indexOf('class="pairing-page"', start)));
          const counterparts = card.slice(card.indexOf('<dd>'), card.indexOf('</dd>'));
          const listed = [...counterparts.matchAll(/href="[^"]*\/areas\/([^/]+)\/"[^>]*>[^<]+<\/a>: (\d+) /g)];
          expect(
            listed.map((m) => ({ area: m[1], links: Number(m[2]) })),
            area.id,
          ).toEqual(linkedAreas(area.id, 'from'));
          expect(card).toContain(`href="${changesPage(from, to, area.id, language)}"`);
        }
      }
    }
    // Not by printed position: Control Measures, fourth in 2016-2020, beside the fourth pillar of 2021-2025 (rime).
    expect(linkedAreas('2016-2020-cm', 'from')).toEqual([{ area: '2021-2025-cc', links: 33 }]);
  });

  it('lists on each page of an area the new, revised, unchanged, split or merged and dropped actions of lineage.csv', () => {
    for (const [from, to] of PAIRS) {
      for (const area of dataset.plans.find((p) => p.id === from)!.areas) {
        for (const language of LANGUAGES) {
          const html = builtPage(changesPage(from, to, area.id, language));
          for (const [section, rows] of Object.entries(expectedRows(area.id, to))) {
            const listed = sectionOf(html, section);
            expect(rowsOf(listed), `${area.id} ${section}`).toEqual(rows);
            expect(listed).toMatch(new RegExp(`^<h2 id="${section}">[^<]+ \\(${rows.length}\\)</h2>`));
          }
        }
      }
    }
    const cm = expectedRows('2016-2020-cm', '2021-2025');
    expect(Object.values(cm).map((rows) => rows.length)).toEqual([15, 29, 1, 3, 1]);
  });

  it('sets the earlier text of a revised action beside the later one, each exactly, with the words only in it marked', () => {
    const html = sectionOf(builtPage(changesPage('2016-2020', '2021-2025', '2016-2020-ic')), 'revised');
    const row = html.split('<li class="action-pair">').find((r) => r.includes('/actions/2016-2020-ic-1-6/'))!;
    const [earlier, later] = [...row.matchAll(/<p class="pair-text" lang="en">(.*?)<\/p>/g)].map((m) => m[1]!);
    expect(row).toContain('href="/actions/2021-2025-is-3-3/"');
    expect(plainText(earlier!)).toBe(textOf.get('2016-2020-ic-1-6'));
    expect(plainText(later!)).toBe(textOf.get('2021-2025-is-3-3'));
    expect(earlier).toContain('<del>Participation, as appropriate,</del>');
    expect(earlier).not.toContain('<ins>');
    expect(later).toContain('<ins>at the bilateral and multilateral levels</ins>');
    expect(later).not.toContain('<del>');
    expect(row).toMatch(/Revised · similarity 0\.\d+ · computed from the texts/);
  });

  it("shows a footnote's marker in a word diff where the text prints it, beside the words marked, not in them", () => {
    const html = builtPage(changesPage('2016-2020', '2021-2025', '2016-2020-dr'));
    const row = html.split('<li class="action-pair">').find((r) => r.includes('/actions/2021-2025-ptr-2-4/'))!;
    const marker = (href: string) =>
      `<sup class="footnote-ref" data-pagefind-ignore><a href="${href}" lang="en" aria-label="Footnote 5">5</a></sup>`;
    expect(row).toContain(
      `at-risk <ins>populations,</ins>${marker('/actions/2021-2025-ptr-2-4/#2021-2025-fn-5')}<ins> in particular`,
    );
    expect(builtPage(pageUrl.action('2021-2025-ptr-2-4'))).toContain(
      `at-risk <ins>populations,</ins>${marker('#2021-2025-fn-5')}<ins> in particular`,
    );
  });

  it('links the page of an area to the pages of its changes, from the previous plan and to the next', () => {
    for (const language of LANGUAGES) {
      const hrefsOf = (area: string) =>
        [...builtPage(localized(pageUrl.area(area), language)).matchAll(/href="([^"]*\/compare\/[^"]+)"/g)].map(
          (m) => m[1],
        );
      expect(hrefsOf('2016-2020-cm')).toEqual([
        changesPage('2011-2015', '2016-2020', '2011-2015-cm', language),
        changesPage('2016-2020', '2021-2025', '2016-2020-cm', language),
      ]);
      expect(hrefsOf('2021-2025-rime')).toEqual(
        linkedAreas('2021-2025-rime', 'to').map((s) => changesPage('2016-2020', '2021-2025', s.area, language)),
      );
    }
  });

  it('cuts both texts of every link of the release into segments that join back into each text exactly', () => {
    for (const { from, to } of dataset.lineage.links) {
      const sides = wordDiffSides(textOf.get(from)!, textOf.get(to)!);
      expect(sides.earlier.map((s) => s.text).join(''), from).toBe(textOf.get(from));
      expect(sides.later.map((s) => s.text).join(''), to).toBe(textOf.get(to));
    }
    expect(wordDiffSides('Promotion of the exchange', 'Promote the exchange')).toEqual({
      earlier: [
        { text: 'Promotion of', changed: true },
        { text: ' ', changed: false },
        { text: 'the exchange', changed: false },
      ],
      later: [
        { text: 'Promote', changed: true },
        { text: ' ', changed: false },
        { text: 'the exchange', changed: false },
      ],
    });
  });

  it('lists every page of what changed in the sitemap, in both languages', () => {
    const locs = new Set([...builtPage('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    const pages = PAIRS.flatMap(([from, to]) =>
      dataset.plans.find((p) => p.id === from)!.areas.map((a) => changesPage(from, to, a.id)),
    );
    expect(pages).toHaveLength(10);
    for (const language of LANGUAGES)
      for (const path of pages) expect(locs, path).toContain(`${ORIGIN}${localized(path, language)}`);
  });
});

describe('from the compare page to what changed in an area, in a real Chromium', () => {
  const running = portalInBrowser();

  /** Where the two sides of the first row of a section are, in CSS pixels. */
  const sidesOf = (page: Page, section: string) =>
    page
      .locator(`#${section} ~ ol .action-pair`)
      .first()
      .locator('.pair-side')
      .evaluateAll((sides) =>
        sides.map((side) => {
          const box = side.getBoundingClientRect();
          return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
        }),
      );

  it('follows the link of an area to its actions side by side, at desktop and phone widths, in both languages', async () => {
    const journeys = [
      { language: 'en', width: 1280, link: 'What changed: Control Measures, 2016-2020 to 2021-2025' },
      { language: 'es', width: 390, link: 'Qué cambió: Control Measures, de 2016-2020 a 2021-2025' },
    ] as const;
    for (const { language, width, link } of journeys) {
      const page = await running.browser.newPage({ viewport: { width, height: 844 } });
      const { origin } = running.portal;
      await page.goto(origin + localized(pageUrl.compare(), language));
      await page.getByRole('link', { name: link }).click();
      await page.waitForURL(origin + changesPage('2016-2020', '2021-2025', '2016-2020-cm', language));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Control Measures, /);
      const expected = expectedRows('2016-2020-cm', '2021-2025');
      for (const [section, rows] of Object.entries(expected))
        await expect(page.locator(`#${section} ~ ol > li`).count(), section).resolves.toBe(rows.length);
      await expect(page.locator('#revised ~ ol del').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('#revised ~ ol ins').count()).resolves.toBeGreaterThan(0);
      const [earlier, later] = await sidesOf(page, 'revised');
      if (width >= 1280) {
        expect(later!.left).toBeGreaterThanOrEqual(earlier!.right);
        expect(later!.top).toBe(earlier!.top);
      } else {
        expect(later!.top).toBeGreaterThanOrEqual(earlier!.bottom);
        expect(later!.left).toBe(earlier!.left);
      }
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
      await page
        .getByRole('link', { name: /\(2021-2025\)$/ })
        .first()
        .click();
      await page.waitForURL(new RegExp(`${localized('/actions/2021-2025-cc-', language)}[\\d-]+/$`));
      await page.close();
    }
  });
});
