import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { archiveChecksumName, archiveName } from '../../data/bundle/release-archive.ts';
import { PATHS } from '../../data/paths.ts';
import { buildRelease } from '../../data/steps/build-release.ts';
import { LANGUAGES, localized, pageUrl, releaseFileUrl } from '../../schema/index.ts';
import { builtPage } from './built-site.ts';

// The release the site is built from for the tests: its demonstration build (test/site/build-site.global.ts).
const { dataset, archive } = buildRelease(PATHS.root, { demonstration: true });
const release = dataset.release.id;

describe('the Data page', () => {
  it("offers the release's archive with its size and SHA-256, and its checksum file, in every language", () => {
    const zip = archive.get(archiveName(release))!;
    const sha256 = createHash('sha256').update(zip).digest('hex');
    for (const language of LANGUAGES) {
      const html = builtPage(localized(pageUrl.data(), language));
      const kb = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(zip.length / 1024);
      expect(html, language).toMatch(
        new RegExp(
          `<a href="${releaseFileUrl(release, archiveName(release))}" download>\\s*${archiveName(release)}\\s*` +
            `</a>\\s*\\(${kb} KB\\)`,
        ),
      );
      expect(html, language).toContain(`<code class="hash">${sha256}</code>`);
      expect(html, language).toContain(`href="${releaseFileUrl(release, archiveChecksumName(release))}" download`);
      expect(html, language).toContain(`<code>sha256sum -c ${archiveChecksumName(release)}</code>`);
    }
    expect(builtPage(localized(pageUrl.data(), 'es'))).toContain('Toda la versión en un solo archivo');
  });

  it('says beside the changelog what the demonstration build adds, counted from the build, in every language', () => {
    const results = dataset.results.filter((r) => r.data_status === 'synthetic').length;
    const states = dataset.countries.filter((c) => c.data_status === 'synthetic').length;
    expect(builtPage(pageUrl.data())).toContain(
      `This demonstration build adds ${results.toLocaleString('en')} synthetic results to results.csv and ${states} fictional states`,
    );
    expect(builtPage(localized(pageUrl.data(), 'es'))).toContain(
      `Esta versión de demostración añade ${results.toLocaleString('es')} resultados sintéticos a results.csv y ${states} Estados ficticios`,
    );
  });

  it('names the archive as a download of the Dataset in its JSON-LD', () => {
    const html = builtPage(pageUrl.data());
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">([^<]+)<\/script>/)![1]!);
    expect(jsonLd['@type']).toBe('Dataset');
    expect(jsonLd.distribution).toContainEqual(
      expect.objectContaining({
        name: archiveName(release),
        encodingFormat: 'application/zip',
        contentSize: `${archive.get(archiveName(release))!.length} B`,
      }),
    );
  });
});
