import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../data/steps/build-release.ts';
import { Dataset, Result } from '../../schema/index.ts';
import { PATHS } from '../../data/paths.ts';

const official = buildRelease();
const demonstration = buildRelease(PATHS.root, { demonstration: true });
const text = (built: typeof official, name: string) => built.files.get(name)!.toString('utf8');
const rows = (built: typeof official, name: string): Record<string, string>[] =>
  parse(built.files.get(name)!, { columns: true, bom: true });

describe('the published release', () => {
  it('holds no synthetic data anywhere: no demonstration state, result or scale', () => {
    expect(official.dataset.release).toMatchObject({ demonstration: false });
    expect(official.dataset.release.id).not.toMatch(/-demo$/);
    expect(official.dataset.demonstration_scale).toBeNull();
    expect(official.dataset.countries.map((c) => c.iso3)).not.toContain('XAA');
    expect(official.dataset.results.filter((r) => r.data_status === 'synthetic')).toEqual([]);
    for (const name of ['countries.csv', 'results.csv'])
      expect(
        rows(official, name).every((r) => r.data_status === 'official'),
        name,
      ).toBe(true);
    for (const name of official.files.keys())
      expect(text(official, name), name).not.toMatch(/synthetic demonstration finding|Demonstration State/i);
  });

  it('cannot be made to hold synthetic data: the schema refuses it outside a demonstration build', () => {
    const smuggled = {
      ...demonstration.dataset,
      release: { ...demonstration.dataset.release, id: official.dataset.release.id, demonstration: false },
    };
    expect(Dataset.safeParse(smuggled).error?.issues.map((i) => i.message)).toContain(
      'only a demonstration build may hold synthetic data',
    );
  });
});

describe('the demonstration build', () => {
  it('has its own release id, so that no release id ever names two contents', () => {
    expect(demonstration.dataset.release).toMatchObject({
      id: `${official.dataset.release.id}-demo`,
      demonstration: true,
    });
    expect(demonstration.sha256sums).not.toBe(official.sha256sums);
  });

  it('points at no real source: synthetic data cites no report, page, date or address', () => {
    const urls = (built: typeof official) => new Set(text(built, 'plans.json').match(/https?:\/\/[^"\s]+/g));
    expect([...urls(demonstration)].filter((url) => !urls(official).has(url))).toEqual([]);
    expect(demonstration.dataset.demonstration_scale?.source).toBeNull();
    for (const result of demonstration.dataset.results) expect(result).toMatchObject({ source: null, published: null });
    for (const row of rows(demonstration, 'results.csv'))
      expect([row.source_title, row.source_url, row.source_page, row.published]).toEqual(['', '', '', '']);
    const [synthetic] = demonstration.dataset.results;
    const cited = { ...synthetic!, source: { title: 'A report', url: 'https://www.oas.org/', page: 1 } };
    expect(Result.safeParse(cited).error?.issues.map((i) => i.message)).toContain('a synthetic result cites no report');
    const uncited = { ...synthetic!, data_status: 'official' };
    expect(Result.safeParse(uncited).error?.issues.map((i) => i.message)).toContain(
      'an official result must cite its published report',
    );
  });

  it('labels every synthetic row in plans.json and in the CSV column data_status', () => {
    const states = demonstration.dataset.countries.filter((c) => c.iso3.startsWith('XA'));
    expect(states.map((s) => s.data_status)).toEqual(Array(6).fill('synthetic'));
    const results = rows(demonstration, 'results.csv');
    expect(results).toHaveLength(demonstration.dataset.results.length);
    expect(results.every((r) => r.data_status === 'synthetic' && /^XA[A-F]$/.test(r.country ?? ''))).toBe(true);
    expect(rows(demonstration, 'results-excel.csv').every((r) => r.data_status === 'synthetic')).toBe(true);
    const countries = rows(demonstration, 'countries.csv');
    expect(countries.filter((c) => c.data_status === 'synthetic').map((c) => c.iso3)).toEqual([
      'XAA',
      'XAB',
      'XAC',
      'XAD',
      'XAE',
      'XAF',
    ]);
  });

  it('says so at the top of its README and in its datapackage.json', () => {
    expect(text(demonstration, 'README.md').split('\n').slice(2, 4).join(' ')).toContain(
      '**Demonstration build: not for publication.**',
    );
    expect(text(official, 'README.md')).not.toContain('Demonstration build');
    const descriptor = JSON.parse(text(demonstration, 'datapackage.json'));
    expect(descriptor.title).toContain('DEMONSTRATION BUILD with synthetic MEM results, not real');
    expect(descriptor.resources.find((r: { name: string }) => r.name === 'results').description).toContain(
      'Rows with data_status "synthetic" are demonstration data, not real.',
    );
  });

  it('is built the same on every run', () => {
    expect(buildRelease(PATHS.root, { demonstration: true }).sha256sums).toBe(demonstration.sha256sums);
  });
});
