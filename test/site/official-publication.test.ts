import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../data/steps/build-release.ts';
import { LANGUAGES, SourceManifest, localized, pageUrl } from '../../schema/index.ts';
import { builtPage } from './built-site.ts';

const { dataset } = buildRelease();
const UNVERIFIED = {
  en: 'No address of the official publication has been verified yet, so none is given.',
  es: 'Aún no se ha verificado ninguna dirección de la publicación oficial',
};

describe('the official publication of each plan and commitment document', () => {
  it('is linked only where its manifest records an address someone verified, with when and how', () => {
    const [manifest] = dataset.sources;
    const publication = { url: 'https://example.org/plan.pdf', verified: '2026-11-28', evidence: 'symbol on p. 1' };
    expect(SourceManifest.safeParse({ ...manifest, publication }).success).toBe(true);
    for (const [field, value] of [
      ['url', 'http://example.org/plan.pdf'],
      ['verified', undefined],
      ['evidence', ''],
    ] as const)
      expect(
        SourceManifest.safeParse({ ...manifest, publication: { ...publication, [field]: value } }).success,
        field,
      ).toBe(false);
  });

  it('is linked on its plan page where verified, and otherwise said plainly to be unverified, in every language', () => {
    for (const plan of dataset.plans) {
      const { publication } = dataset.sources.find((s) => s.id === plan.document.source)!;
      for (const language of LANGUAGES) {
        const html = builtPage(localized(pageUrl.plan(plan.id), language));
        if (publication) expect(html, `${plan.id} ${language}`).toContain(`<a href="${publication.url}"`);
        else expect(html, `${plan.id} ${language}`).toContain(UNVERIFIED[language]);
      }
    }
  });

  it("is linked on a commitment document's page where verified, and otherwise said to be unverified", () => {
    for (const document of dataset.documents)
      for (const language of LANGUAGES) {
        const html = builtPage(localized(pageUrl.document(document.id), language));
        if (document.publication) expect(html).toContain(`<a href="${document.publication.url}"`);
        else expect(html, `${document.id} ${language}`).toContain(UNVERIFIED[language]);
      }
  });
});
