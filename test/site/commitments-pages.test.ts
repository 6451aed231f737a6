import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../data/steps/build-release.ts';
import en from '../../site/src/i18n/en.json' with { type: 'json' };
import es from '../../site/src/i18n/es.json' with { type: 'json' };
import {
  COMMITMENT_DOCUMENT_IDS,
  LANGUAGES,
  actionsOf,
  localized,
  pageUrl,
  type Language,
} from '../../schema/index.ts';
import { builtPage, builtPagePaths, escapedHtml } from './built-site.ts';
import { PATHS } from '../../data/paths.ts';

// The release the site is built from for the tests: its demonstration build (test/site/build-site.global.ts).
const { dataset } = buildRelease(PATHS.root, { demonstration: true });
const ORIGIN = 'http://localhost:4321';
const actions = actionsOf(dataset.plans);
const statusOf = new Map(dataset.lineage.actions.map((a) => [a.action, a]));

const sectionOf = (html: string, headingId: string) => {
  const start = html.indexOf(`<h2 id="${headingId}">`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('the pages of the international commitments', () => {
  const paths = new Set(builtPagePaths());

  it(
    'has a page for every document and every commitment, and the documents index, in both ' +
      'languages and in the sitemap',
    () => {
      const pages = [
        pageUrl.documents(),
        ...dataset.documents.map((d) => pageUrl.document(d.id)),
        ...dataset.commitments.map((c) => pageUrl.commitment(c.id)),
      ];
      expect(pages).toHaveLength(1 + 5 + 662);
      const locs = new Set([...builtPage('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
      const localizedPages = pages.flatMap((path) => LANGUAGES.map((l) => localized(path, l)));
      expect(localizedPages.filter((path) => !paths.has(path))).toEqual([]);
      expect(localizedPages.filter((path) => !locs.has(`${ORIGIN}${path}`))).toEqual([]);
    },
  );

  it("shows each footnote's marker in a commitment's text, linking to the footnote on the page", () => {
    for (const language of LANGUAGES) {
      const html = builtPage(localized(pageUrl.commitment('cnd-2019-p3'), language));
      expect(html).toContain(
        'Universal Declaration of Human Rights,<sup class="footnote-ref" data-pagefind-ignore>' +
          `<a href="#cnd-2019-fn-2" lang="${language}" aria-label="${language === 'en' ? 'Footnote' : 'Nota'} 2">2</a>` +
          '</sup> with full respect',
      );
      expect(html).toContain('<li id="cnd-2019-fn-2"');
    }
  });

  it("shows a commitment's exact text in English, its printed number, document, section and source lines", () => {
    const commitment = dataset.commitments.find((c) => c.id === 'soa-quebec-poa-66')!;
    for (const language of LANGUAGES) {
      const html = builtPage(localized(pageUrl.commitment(commitment.id), language));
      expect(html).toContain(
        `<blockquote class="record-text" lang="en" cite="#provenance"><p><span ` +
          `class="number">66</span> ${escapedHtml(commitment.text)}</p></blockquote>`,
      );
      expect(html).toContain(
        `<a href="${localized(pageUrl.document('soa-security'), language)}" lang="en">MANDATES ` +
          `OF THE SUMMITS OF THE AMERICAS SECURITY SECTORAL AREA</a>`,
      );
      expect(html).toContain('<dd lang="en">Plan of Action, Québec</dd>');
      expect(html).toContain('summits-mandates.txt');
      expect(html).toContain('href="/v1/commitments/soa-quebec-poa-66.csv"');
    }
    expect(builtPage(pageUrl.commitment(commitment.id))).toContain('line 40 of summits-mandates.txt');
    // Printed in two pieces, on either side of the footnotes that close its page.
    expect(builtPage(pageUrl.commitment('cnd-2019-p9'))).toContain('lines 76, 92 of unodc-commitments.txt');
    expect(builtPage(localized(pageUrl.commitment('cnd-2019-p9'), 'es'))).toContain(
      'líneas 76, 92 de unodc-commitments.txt',
    );
  });

  it("lists a document's commitments in printed order, each with its printed number and a link to its page", () => {
    const html = builtPage(pageUrl.document('ungass-2016'));
    const listed = [
      ...html.matchAll(/<li id="(ungass-2016-[^"]+)"><a class="record-link" href="([^"]+)"[^>]*>([^<]+)<\/a>/g),
    ];
    const commitments = dataset.commitments
      .filter((c) => c.document === 'ungass-2016')
      .sort((a, b) => a.ordinal - b.ordinal);
    expect(listed.map((m) => m[1])).toEqual(commitments.map((c) => c.id));
    expect(listed.map((m) => m[2])).toEqual(commitments.map((c) => pageUrl.commitment(c.id)));
    expect(listed.map((m) => m[3])).toEqual(commitments.map((c) => c.number ?? '¶'));
    expect(html).toContain('id="ungass-2016-fn-1"');
  });

  it(
    "shows every erratum of a document with its reason, on the document's page, the page of " +
      'the commitment it corrects and the About page',
    () => {
      const about = builtPage(pageUrl.about());
      for (const erratum of dataset.commitment_errata) {
        const reason = escapedHtml(erratum.reason);
        expect(builtPage(pageUrl.document(erratum.document))).toContain(reason);
        if (dataset.commitments.some((c) => c.id === erratum.item))
          expect(builtPage(pageUrl.commitment(erratum.item))).toContain(reason);
        expect(about).toContain(`<tr id="${erratum.id}">`);
        expect(about).toContain(reason);
      }
      expect(builtPage(pageUrl.commitment('soa-mar-del-plata-poa-76'))).toContain(
        'This text is damaged in the source document and is published as printed.',
      );
    },
  );

  it(
    "lists on a commitment's page the priority actions it is related to, labelled as " + 'computed by text similarity',
    () => {
      const related = dataset.related.filter((r) => r.commitment === dataset.related[0]!.commitment);
      const html = builtPage(pageUrl.commitment(related[0]!.commitment));
      const section = sectionOf(html, 'related-heading');
      expect(section).toContain('Computed by text similarity, not an official mapping.');
      expect([...section.matchAll(/<a href="\/actions\/([^/]+)\/">/g)].map((m) => m[1]).sort()).toEqual(
        related.map((r) => r.action).sort(),
      );
    },
  );
});

describe('the short names of the commitment documents', () => {
  const STRINGS: Record<Language, Record<string, string>> = { en, es };
  const shortName = (document: string, language: Language) => STRINGS[language][`documents.short.${document}`];

  it('gives every document a short name of its own in every language, shorter than its title', () => {
    for (const language of LANGUAGES) {
      const names = COMMITMENT_DOCUMENT_IDS.map((id) => shortName(id, language));
      expect(
        names.filter((name) => !name?.trim()),
        language,
      ).toEqual([]);
      expect(new Set(names).size, language).toBe(COMMITMENT_DOCUMENT_IDS.length);
      for (const document of dataset.documents)
        expect(shortName(document.id, language)!.length, document.id).toBeLessThan(document.title.length);
    }
    expect(dataset.documents.map((d) => d.id)).toEqual([...COMMITMENT_DOCUMENT_IDS]);
  });

  it('names documents by them in lists, breadcrumbs, page titles and subtitles; the full title stays on its page', () => {
    for (const language of LANGUAGES) {
      const index = builtPage(localized(pageUrl.documents(), language));
      for (const document of dataset.documents) {
        const name = escapedHtml(shortName(document.id, language)!);
        expect(index).toContain(`<a href="${localized(pageUrl.document(document.id), language)}">${name}</a>`);
        expect(index).toContain(`<p lang="en">${escapedHtml(document.title)}</p>`);
        const page = builtPage(localized(pageUrl.document(document.id), language));
        expect(page).toContain(`<span aria-current="page">${name}</span>`);
        expect(page).toMatch(new RegExp(`<title>${name} `));
        expect(page).toContain(`<h1 lang="en">${escapedHtml(document.title)}</h1>`);
      }
      const commitment = builtPage(localized(pageUrl.commitment('ungass-2016-1-a'), language));
      const name = escapedHtml(shortName('ungass-2016', language)!);
      expect(commitment).toContain(`<a href="${localized(pageUrl.document('ungass-2016'), language)}">${name}</a>`);
      expect(commitment).toMatch(new RegExp(`<span class="subtitle">(<span lang="en">[^<]+</span> · )?${name}</span>`));
    }
    expect(builtPage('/es/documents/jms-2014/')).toContain('Declaración Ministerial Conjunta de 2014');
  });

  it("names each related commitment's document by its short name, in the page's language", () => {
    for (const language of LANGUAGES) {
      const section = sectionOf(builtPage(localized(pageUrl.action('2011-2015-dr-1-a'), language)), 'related-heading');
      const related = dataset.related.filter((r) => r.action === '2011-2015-dr-1-a');
      for (const { commitment } of related) {
        const { document } = dataset.commitments.find((c) => c.id === commitment)!;
        expect(section, commitment).toContain(`(${escapedHtml(shortName(document, language)!)}) ·`);
      }
    }
  });
});

describe('the lineage of every priority action on its page', () => {
  it('shows an unchanged predecessor as unchanged, with no diff', () => {
    const html = builtPage(pageUrl.action('2021-2025-is-1-1'));
    const section = sectionOf(html, 'lineage-heading');
    expect(section).toMatch(
      /<strong>Unchanged<\/strong> \([^)]*\): <a href="\/actions\/2016-2020-is-1-1\/">Priority action 1.1<\/a>/,
    );
    expect(section).toContain('The text is the same, ignoring case and spacing.');
    expect(html).not.toMatch(/<(ins|del)>/);
  });

  it('shows a revised predecessor with its score, its basis and a word-level diff', () => {
    const html = builtPage(pageUrl.action('2016-2020-is-1-1'));
    const section = sectionOf(html, 'lineage-heading');
    expect(section).toMatch(
      /<strong>Revised<\/strong> \([^)]*\): <a href="\/actions\/2011-2015-is-1-a\/">Action 1 a<\/a>/,
    );
    expect(section).toContain('similarity 0.5212 · computed from the texts');
    expect(section).toContain(
      '<p class="text-diff" lang="en"><del>Establish and/or strengthen National Drug ' +
        'Authorities (NDAs)</del><ins>Place national drug authorities</ins> at a high political ' +
        'level',
    );
    expect(builtPage('/es/actions/2016-2020-is-1-1/')).toContain('similitud 0,5212 · calculado a partir de los textos');
  });

  it('gives a curated link its reason', () => {
    const curated = dataset.lineage.links.find((l) => l.basis === 'curated')!;
    const section = sectionOf(builtPage(pageUrl.action(curated.to)), 'lineage-heading');
    expect(section).toContain(`curated by hand: <span lang="en">${escapedHtml(curated.reason!)}</span>`);
  });

  it('says when an action is new, or dropped', () => {
    expect(statusOf.get('2021-2025-cc-2-4')!.status_from_previous).toBe('new');
    expect(sectionOf(builtPage(pageUrl.action('2021-2025-cc-2-4')), 'lineage-heading')).toContain(
      '<strong>New</strong>: no priority action of the 2016-2020 plan continues in this one.',
    );
    const dropped = dataset.lineage.actions.find((a) => a.status_to_next === 'dropped')!;
    expect(sectionOf(builtPage(pageUrl.action(dropped.action)), 'lineage-heading')).toContain(
      '<strong>Dropped</strong>',
    );
  });

  it('links every action to each of its predecessors and successors', () => {
    const unlinked = dataset.lineage.actions.filter((a) => {
      const section = sectionOf(builtPage(pageUrl.action(a.action)), 'lineage-heading');
      return ![...a.predecessors, ...a.successors].every((id) => section.includes(`href="${pageUrl.action(id)}"`));
    });
    expect(unlinked).toEqual([]);
  });

  it('lists the related commitments of an action, linked and labelled as computed by text similarity', () => {
    const related = dataset.related.filter((r) => r.action === '2011-2015-dr-1-a').sort((a, b) => a.rank - b.rank);
    const section = sectionOf(builtPage(pageUrl.action('2011-2015-dr-1-a')), 'related-heading');
    expect(section).toContain('Computed by text similarity, not an official mapping.');
    expect([...section.matchAll(/<a href="\/commitments\/([^/]+)\/">/g)].map((m) => m[1])).toEqual(
      related.map((r) => r.commitment),
    );
  });
});

describe('what changed between the plans, on the compare page', () => {
  const html = builtPage(pageUrl.compare());
  /** The counts of each row of a table of the compare page, by the id of the row's area. */
  const countsOf = (tableId: string) => {
    const table = new RegExp(`<table class="changes" id="${tableId}">(.*?)</table>`, 's').exec(html)![1]!;
    return Object.fromEntries(
      [...table.matchAll(/<tr><th scope="row"><a href="\/areas\/([^/]+)\/"[^>]*>.*?<\/th>(.*?)<\/tr>/gs)].map((m) => [
        m[1]!,
        [...m[2]!.matchAll(/<span class="count">(\d+)<\/span>/g)].map((c) => Number(c[1])),
      ]),
    );
  };
  const count = (plan: string, area: string, predicate: (id: string) => boolean) =>
    actions.filter((a) => a.plan === plan && a.area === area && predicate(a.id)).length;

  it(
    'counts, per area of the later plan, the new, revised (split and merged included) and ' +
      'unchanged actions, as the lineage says',
    () => {
      for (const [from, to] of [
        ['2011-2015', '2016-2020'],
        ['2016-2020', '2021-2025'],
      ] as const) {
        const expected = Object.fromEntries(
          dataset.plans
            .find((p) => p.id === to)!
            .areas.map((area) => {
              const status = (statuses: string[]) =>
                count(to, area.id, (id) => statuses.includes(statusOf.get(id)!.status_from_previous!));
              return [
                area.id,
                [
                  status(['new']),
                  status(['revised', 'split', 'merged']),
                  status(['unchanged']),
                  count(to, area.id, () => true),
                ],
              ];
            }),
        );
        expect(countsOf(`${to}-from-previous`)).toEqual(expected);
        expect(html).toContain(`From ${from} to ${to}`);
      }
    },
  );

  it('counts, per area of the earlier plan, the actions dropped and those that continue', () => {
    for (const from of ['2011-2015', '2016-2020']) {
      const expected = Object.fromEntries(
        dataset.plans
          .find((p) => p.id === from)!
          .areas.map((area) => {
            const dropped = count(from, area.id, (id) => statusOf.get(id)!.status_to_next === 'dropped');
            const total = count(from, area.id, () => true);
            return [area.id, [dropped, total - dropped, total]];
          }),
      );
      expect(countsOf(`${from}-to-next`)).toEqual(expected);
    }
  });

  it('links every new, revised and dropped action, and says the lineage is computed with curated corrections', () => {
    const linked = new Set([...html.matchAll(/<a href="\/actions\/([^/]+)\/"/g)].map((m) => m[1]));
    const expected = dataset.lineage.actions.filter(
      (a) =>
        (a.status_from_previous !== null && a.status_from_previous !== 'unchanged') || a.status_to_next === 'dropped',
    );
    expect(expected.filter((a) => !linked.has(a.action))).toEqual([]);
    expect(html).toContain('computed from their texts, with curated corrections');
    expect(html).toContain('href="/about/#lineage"');
  });
});
