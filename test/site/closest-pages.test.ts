import { describe, expect, it } from 'vitest';
import { closestPages, pageIndexOf } from '../../site/src/lib/closest-pages.ts';

const INDEX = pageIndexOf([
  '/',
  '/compare/',
  '/plans/2016-2020/',
  '/plans/2021-2025/',
  '/actions/2021-2025-is-1-1/',
  '/actions/2021-2025-is-1-2/',
  '/actions/2021-2025-is-1-3/',
  '/actions/2021-2025-is-1-4/',
  '/actions/2016-2020-dr-4-3/',
  '/countries/JAM/',
  '/countries/PAN/',
]);

describe('the pages the 404 page suggests for an address not found', () => {
  it('indexes the English page paths by the path they sit under', () => {
    expect(INDEX).toEqual({
      '/': ['compare'],
      '/plans/': ['2016-2020', '2021-2025'],
      '/actions/': ['2021-2025-is-1-1', '2021-2025-is-1-2', '2021-2025-is-1-3', '2021-2025-is-1-4', '2016-2020-dr-4-3'],
      '/countries/': ['JAM', 'PAN'],
    });
  });

  it('finds the page whose identifier differs only in case, the kind of record included', () => {
    expect(closestPages('/actions/2021-2025-IS-1-1/', INDEX)).toEqual({
      language: 'en',
      paths: ['/actions/2021-2025-is-1-1/'],
    });
    expect(closestPages('/Countries/jam', INDEX).paths).toEqual(['/countries/JAM/']);
  });

  it('finds the page one or two edits away from a long identifier, in the language of the prefix', () => {
    expect(closestPages('/actions/2016-2020-dr-4-33/', INDEX).paths).toEqual(['/actions/2016-2020-dr-4-3/']);
    expect(closestPages('/es/actions/2016-2020-rd-4-3/index.html', INDEX)).toEqual({
      language: 'es',
      paths: ['/es/actions/2016-2020-dr-4-3/'],
    });
    expect(closestPages('/plans/2021-2052/', INDEX).paths).toEqual([]);
    expect(closestPages('/plans/2021-2026/', INDEX).paths).toEqual(['/plans/2021-2025/']);
  });

  it('offers every page as close as the closest, up to three, and none when more are', () => {
    expect(closestPages('/actions/2021-2025-is-1-12/', INDEX).paths).toEqual([
      '/actions/2021-2025-is-1-1/',
      '/actions/2021-2025-is-1-2/',
    ]);
    expect(closestPages('/actions/2021-2025-is-1-9/', INDEX).paths).toEqual([]);
  });

  it('offers nothing for a short code with a typo, an unlike identifier, or an unknown kind of page', () => {
    expect(closestPages('/countries/JAN/', INDEX).paths).toEqual([]);
    expect(closestPages('/actions/no-such-action-at-all/', INDEX).paths).toEqual([]);
    expect(closestPages('/acts/2021-2025-is-1-1/', INDEX).paths).toEqual([]);
    expect(closestPages('/es/', INDEX)).toEqual({ language: 'es', paths: [] });
    expect(closestPages('/%E0%A4%A/', INDEX).paths).toEqual([]);
  });
});
