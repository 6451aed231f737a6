import { describe, expect, it } from 'vitest';
import { PATHS } from '../../data/paths.ts';
import { buildRelease } from '../../data/steps/build-release.ts';
import { LANGUAGES, formatLines, localized, pageUrl } from '../../schema/index.ts';
import { builtPage, escapedHtml } from './built-site.ts';

// The release the site is built from for the tests: its demonstration build (test/site/build-site.global.ts).
const { dataset } = buildRelease(PATHS.root, { demonstration: true });

/** Markup without the footnote markers placed in its text. */
const withoutMarkers = (html: string) => html.replace(/<sup class="footnote-ref"[^>]*>.*?<\/sup>/gs, '');

/** The markup of the element with this id, up to the end of the first block that closes after it. */
const block = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</div>', start));
};

const PART_HEADINGS = {
  en: { resolution: 'Draft resolution of the General Assembly', introduction: 'Introduction' },
  es: { resolution: 'Proyecto de resolución de la Asamblea General', introduction: 'Introducción' },
};

describe("a plan page's framing text", () => {
  it('shows every passage before the areas, in English as printed, with its anchor and source lines, in every language', () => {
    for (const plan of dataset.plans)
      for (const language of LANGUAGES) {
        const html = builtPage(localized(pageUrl.plan(plan.id), language));
        const passages = dataset.passages.filter((p) => p.plan === plan.id);
        expect(passages.length).toBeGreaterThan(0);
        for (const part of new Set(passages.map((p) => p.part))) {
          const heading = `${plan.id}-${part}-heading`;
          expect(html, `${plan.id} ${language}`).toContain(`href="#${heading}"`);
          expect(html, `${plan.id} ${language}`).toMatch(
            new RegExp(`<h2 id="${heading}"[^>]*>\\s*${PART_HEADINGS[language][part]}\\s*</h2>`),
          );
        }
        for (const passage of passages) {
          const markup = block(html, passage.id);
          expect(markup, passage.id).toContain(`<p lang="en">`);
          expect(withoutMarkers(markup), passage.id).toContain(escapedHtml(passage.text));
          expect(markup, passage.id).toContain(`href="#${passage.id}"`);
          expect(markup, passage.id).toContain(formatLines(passage.provenance.ranges));
          for (const footnote of passage.footnotes) expect(markup, passage.id).toContain(`href="#${footnote}"`);
        }
        expect(html.indexOf(`id="${passages[0]!.id}"`)).toBeLessThan(html.indexOf(`id="${plan.areas[0]!.id}"`));
      }
  });

  it('shows the 2021-2025 introduction opening its world drug problem paragraph, and the footnote on community', () => {
    const html = builtPage(pageUrl.plan('2021-2025'));
    expect(block(html, '2021-2025-introduction-1')).toContain(
      'The world drug problem is a complex, dynamic, and multi-causal phenomenon',
    );
    expect(block(html, '2021-2025-introduction-3')).toMatch(
      /gender, age, community<sup class="footnote-ref"[^>]*>\s*<a href="#2021-2025-fn-1"[^>]*>\s*1\s*<\/a>\s*<\/sup>, and cultural context/,
    );
    expect(html).toMatch(/<li id="2021-2025-fn-1"[^>]*>\s*<p lang="en">Community includes ethnicity\.<\/p>/);
  });

  it('shows the headings and the lead-in the 2011-2015 draft resolution prints', () => {
    const html = builtPage(pageUrl.plan('2011-2015'));
    for (const printed of ['THE GENERAL ASSEMBLY', 'RESOLVES', 'Purpose', 'Follow-up'])
      expect(html).toContain(`<h3 lang="en">${printed}</h3>`);
    expect(html).toMatch(/<p lang="en" class="lead-in">\s*CONSIDERING:\s*<\/p>/);
  });
});
