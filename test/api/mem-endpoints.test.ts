import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countrySummary, roundSummary, scaleOfResults, type Dataset, type Result } from '../../schema/index.ts';
import { resultTable } from '../../schema/mem/tables.ts';
import { createApi } from '../../functions/app.ts';
import { dynamoReleaseStore, type ReleaseStore } from '../../functions/storage/release-store.ts';
import { publishedApi } from './api-fixture.ts';
import { documented } from './documented-response.ts';
import { expectProblem } from './problem-document.ts';

type Api = Awaited<ReturnType<typeof publishedApi>>;
type Body = { data: any; meta: any };

const json = async (api: Api, path: string): Promise<Body> => {
  const response = await api.app.request(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as Body;
};

/** Every page of a listing, from `path` by its next links, with the Link header of each. */
async function everyPage(api: Api, path: string) {
  const pages: (Body & { link: string | null })[] = [];
  for (let next: string | null = path; next !== null; next = pages.at(-1)!.meta.next) {
    const response = await api.app.request(next);
    expect(response.status, next).toBe(200);
    pages.push({ ...((await response.json()) as Body), link: response.headers.get('link') });
  }
  return { pages, data: pages.flatMap((page) => page.data) };
}

const ids = (records: ReadonlyArray<{ id: string }>) => records.map((r) => r.id);
/** The results a query's filters keep, computed from the dataset: each filter names a field of the result. */
const filtered = (dataset: Dataset, query: string) =>
  dataset.results.filter((result) =>
    [...new URLSearchParams(query)].every(([name, value]) => String(result[name as keyof Result]) === value),
  );

let api: Api;
let dataset: Dataset;
beforeAll(async () => {
  api = await publishedApi({ demonstration: true });
  dataset = api.bundle.dataset;
});
afterAll(() => api.db.close());

describe('the MEM endpoints over the demonstration build', () => {
  it('lists the countries, the real states and the fictional ones apart, as documented', async () => {
    const { data, meta } = documented('getCountries', await json(api, '/v1/countries'));
    expect(data).toEqual(dataset.countries);
    expect(
      data.filter((c: { data_status: string }) => c.data_status === 'synthetic').map((c: { iso3: string }) => c.iso3),
    ).toEqual(['XAA', 'XAB', 'XAC', 'XAD', 'XAE', 'XAF']);
    expect(meta).toMatchObject({ release: dataset.release.id, count: 41, total: 41, limit: null, next: null });
  });

  it('lists the rounds in order and serves each, with its scale, as documented', async () => {
    const { data } = documented('getRounds', await json(api, '/v1/rounds'));
    expect(data).toEqual(dataset.rounds);
    for (const round of dataset.rounds)
      expect(documented('getRound', await json(api, `/v1/rounds/${round.round}`)).data).toEqual(round);
  });

  it('serves a country, and every result, each equal to the dataset and as documented', async () => {
    expect(documented('getCountry', await json(api, '/v1/countries/XAC')).data).toEqual(
      dataset.countries.find((c) => c.iso3 === 'XAC'),
    );
    expect(documented('getResult', await json(api, `/v1/results/${dataset.results[0]!.id}`)).data).toEqual(
      dataset.results[0],
    );
    for (const result of dataset.results)
      expect((await json(api, `/v1/results/${result.id}`)).data, result.id).toEqual(result);
  });

  it('lists every result in the order of the dataset, as documented, with its total', async () => {
    const first = documented('getResults', await json(api, '/v1/results'));
    expect(first.meta).toMatchObject({ count: 200, total: 1032, limit: 200 });
    const { data } = await everyPage(api, '/v1/results?limit=1000');
    expect(data).toEqual(dataset.results);
    expect(data.every((r: Result) => r.data_status === 'synthetic')).toBe(true);
  });

  it('serves results as CSV with the columns of results.csv, data_status synthetic on every row', async () => {
    const response = await api.app.request('/v1/results.csv?country=XAB&limit=1000');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="results-country-XAB-${dataset.release.id}.csv"`,
    );
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe(resultTable.columns.map((c) => c.name).join(','));
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(ids(filtered(dataset, 'country=XAB')));
    expect(new Set(rows.map((r) => r.data_status))).toEqual(new Set(['synthetic']));
    const excel = await api.app.request('/v1/results/mem8-xab-2021-2025-ptr-1-1?format=csv&excel=true');
    expect(Buffer.from(await excel.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it.each([
    'round=7',
    'round=8',
    'country=XAB',
    'plan=2016-2020',
    'area=2021-2025-ptr',
    'objective=2016-2020-dr-1',
    'objective=2021-2025-ptr-1',
    'action=2021-2025-ptr-1-1',
    'status=demo-achieved',
    'plan=2021-2025&area=2021-2025-cc',
    'round=8&country=XAC',
    'country=XAD&status=demo-partly-achieved',
    'round=7&plan=2016-2020&status=demo-achieved',
    'plan=2021-2025&area=2021-2025-cc&country=XAE&status=demo-not-achieved',
    'round=8&objective=2021-2025-is-1&action=2021-2025-is-1-2&country=XAA',
  ])('filters results by %s exactly as the dataset does, with their total', async (query) => {
    const expected = filtered(dataset, query);
    expect(expected.length).toBeGreaterThan(0);
    const { pages, data } = await everyPage(api, `/v1/results?${query}&limit=1000`);
    expect(ids(data)).toEqual(ids(expected));
    expect(pages[0]!.meta.total).toBe(expected.length);
  });

  it.each([
    ['country=XAF&status=demo-achieved', 7],
    ['status=demo-partly-achieved', 50],
    ['round=8&area=2021-2025-cc&status=demo-not-achieved', 3],
    ['action=2021-2025-ptr-1-1', 1],
  ])(
    'walks every page of results?%s (limit %i) by its next links, never losing or repeating a result',
    async (query, limit) => {
      const expected = ids(filtered(dataset, query));
      const { pages, data } = await everyPage(api, `/v1/results?${query}&limit=${limit}`);
      expect(ids(data)).toEqual(expected);
      expect(pages).toHaveLength(Math.ceil(expected.length / limit));
      for (const page of pages.slice(0, -1)) {
        expect(page.data).toHaveLength(limit);
        expect(page.link).toBe(`<${page.meta.next}>; rel="next"`);
        expect(page.meta.next).toContain(`release=${dataset.release.id}`);
      }
      expect(pages.at(-1)!.meta.next).toBeNull();
    },
  );

  it('refuses a cursor issued for other filters', async () => {
    const first = await json(api, '/v1/results?country=XAF&status=demo-achieved&limit=5');
    const cursor = new URL(first.meta.next, 'http://x').searchParams.get('cursor')!;
    expect(
      (
        await expectProblem(
          await api.app.request(`/v1/results?country=XAF&status=demo-not-achieved&limit=5&cursor=${cursor}`),
          400,
        )
      ).errors?.[0]?.name,
    ).toBe('cursor');
    expect(
      (
        await expectProblem(
          await api.app.request(`/v1/results?country=XAE&status=demo-achieved&limit=5&cursor=${cursor}`),
          400,
        )
      ).errors?.[0]?.name,
    ).toBe('cursor');
  });

  it('summarizes each round per unit exactly as roundSummary computes it, as documented', async () => {
    const scaleOf = scaleOfResults(dataset);
    expect(documented('getRoundSummary', await json(api, '/v1/rounds/8/summary')).meta.total).toBe(142);
    for (const round of dataset.rounds) {
      const { data } = await everyPage(api, `/v1/rounds/${round.round}/summary?limit=100`);
      expect(data, `round ${round.round}`).toEqual(roundSummary(round.round, dataset.results, scaleOf));
    }
  });

  it('summarizes each country per round and area exactly as countrySummary computes it, as documented', async () => {
    const scaleOf = scaleOfResults(dataset);
    expect(documented('getCountrySummary', await json(api, '/v1/countries/XAA/summary')).data.length).toBeGreaterThan(
      0,
    );
    for (const country of dataset.countries) {
      const { data } = await everyPage(api, `/v1/countries/${country.iso3}/summary?limit=4`);
      expect(data, country.iso3).toEqual(countrySummary(country.iso3, dataset.results, scaleOf));
    }
  });

  it('says in every summary row, JSON and CSV, that it counts synthetic results', async () => {
    for (const path of ['/v1/rounds/7/summary', '/v1/countries/XAD/summary']) {
      expect(new Set((await json(api, path)).data.map((row: { data_status: string }) => row.data_status))).toEqual(
        new Set(['synthetic']),
      );
      const rows = parse(await (await api.app.request(`${path}.csv`)).text(), { columns: true }) as Record<
        string,
        string
      >[];
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.data_status))).toEqual(new Set(['synthetic']));
    }
  });

  it('pins MEM responses to the release, and counts the synthetic results in the release record', async () => {
    const pinned = await api.app.request(`/v1/results?country=XAA&release=${dataset.release.id}`);
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(((await pinned.json()) as Body).meta).toMatchObject({ pinned: true, release: dataset.release.id });
    const { data } = await json(api, `/v1/releases/${dataset.release.id}`);
    expect(data).toMatchObject({
      demonstration: true,
      counts: { rounds: 8, countries: 41, results: 1032, synthetic_results: 1032 },
    });
  });

  it('answers filters that are right but match nothing with an empty page, not an error', async () => {
    expect((await json(api, '/v1/results?round=6&country=ARG')).meta).toMatchObject({ count: 0, total: 0, next: null });
    expect((await json(api, '/v1/results?round=1')).meta).toMatchObject({ count: 0, total: 0 });
    expect((await json(api, '/v1/countries/ARG/summary')).meta).toMatchObject({ count: 0, total: 0 });
    expect((await json(api, '/v1/rounds/6/summary')).data).toEqual([]);
  });
});

describe('refusals of the MEM endpoints name the parameter at fault', () => {
  const problem = async (path: string, status: number) => expectProblem(await api.app.request(path), status);

  it('400 for a round, a country or a status the release does not have, listing those it has', async () => {
    expect((await problem('/v1/results?round=99', 400)).errors).toEqual([
      {
        in: 'query',
        name: 'round',
        detail: 'names no round of this release; /v1/rounds lists them.',
        allowed: ['1', '2', '3', '4', '5', '6', '7', '8'],
      },
    ]);
    const country = (await problem('/v1/results?country=ZZZ&plan=2021-2025', 400)).errors!;
    expect(country).toEqual([
      {
        in: 'query',
        name: 'country',
        detail: 'names no country of this release; /v1/countries lists them.',
        allowed: expect.arrayContaining(['ARG', 'JAM', 'XAA']),
      },
    ]);
    expect(country[0]!.allowed).toHaveLength(41);
    expect((await problem('/v1/results?status=bogus', 400)).errors).toEqual([
      {
        in: 'query',
        name: 'status',
        detail: 'is not a status code of any rating scale of this release.',
        allowed: [
          'completed',
          'mostly-completed',
          'partially-completed',
          'not-applicable',
          'demo-achieved',
          'demo-partly-achieved',
          'demo-not-achieved',
        ],
      },
    ]);
    expect((await problem('/v1/results?country=ZZZ&status=bogus', 400)).errors?.map((e) => e.name)).toEqual([
      'country',
      'status',
    ]);
  });

  it('400 for a unit the release does not have', async () => {
    expect((await problem('/v1/results?action=2021-2025-ptr-1-99', 400)).errors).toEqual([
      { in: 'query', name: 'action', detail: 'names no priority action of this release.' },
    ]);
    expect((await problem('/v1/results?objective=2021-2025-ptr-99', 400)).errors?.[0]?.name).toBe('objective');
    expect((await problem('/v1/results?area=2021-2025-zz', 400)).errors?.[0]?.name).toBe('area');
  });

  it('400 for unit filters that do not nest, naming the narrower one', async () => {
    expect((await problem('/v1/results?area=2021-2025-ptr&objective=2016-2020-dr-1', 400)).errors).toEqual([
      {
        in: 'query',
        name: 'objective',
        detail: 'names 2016-2020-dr-1, which is not in area 2021-2025-ptr (given by "area").',
      },
    ]);
    expect((await problem('/v1/results?plan=2016-2020&area=2021-2025-ptr', 400)).errors?.[0]?.name).toBe('area');
    expect((await problem('/v1/results?plan=2021-2025&action=2016-2020-dr-1-1', 400)).errors?.[0]?.name).toBe('action');
    expect(
      (await problem('/v1/results?objective=2021-2025-ptr-1&action=2021-2025-ptr-11-1', 400)).errors?.[0]?.name,
    ).toBe('action');
  });

  it('400 for a unit outside the plan the round assessed', async () => {
    expect((await problem('/v1/results?round=8&plan=2016-2020', 400)).errors).toEqual([
      { in: 'query', name: 'plan', detail: 'is outside plan 2021-2025, the plan round 8 assessed.' },
    ]);
    expect((await problem('/v1/results?round=7&action=2021-2025-ptr-1-1&country=XAA', 400)).errors?.[0]?.name).toBe(
      'action',
    );
    expect((await problem('/v1/results?round=2&objective=2016-2020-dr-1', 400)).errors).toEqual([
      {
        in: 'query',
        name: 'objective',
        detail: 'cannot hold results of round 2, which assessed its own recommendations, not units of a plan.',
      },
    ]);
  });

  it('400 for a malformed filter value, and for a parameter the listing does not take', async () => {
    const malformed = (await problem('/v1/results?round=08&country=jam&status=Done&action=2021-2025-ptr', 400)).errors!;
    expect(malformed.map((e) => [e.name, e.detail.split(';')[0]])).toEqual([
      ['round', 'must be a round number such as 8 (/v1/rounds lists them)'],
      ['country', 'must be an ISO 3166-1 alpha-3 code in capitals such as JAM (/v1/countries lists them)'],
      ['status', "must be a status code of a rating scale, such as completed (/v1/rounds gives each round's scale)"],
      ['action', 'must be a priority action id such as 2021-2025-ptr-1-1'],
    ]);
    expect((await problem('/v1/results?unit=2021-2025-ptr-1-1', 400)).errors).toEqual([
      {
        in: 'query',
        name: 'unit',
        detail: expect.stringContaining('is not a parameter of this endpoint'),
        allowed: [
          'round',
          'country',
          'plan',
          'area',
          'objective',
          'action',
          'status',
          'release',
          'format',
          'excel',
          'limit',
          'cursor',
        ],
      },
    ]);
  });

  it.each([
    ['/v1/results/mem8-xaa-2021-2025-ptr-1-99', 'id', 'result', 'mem8-xaa-2021-2025-ptr-1-99'],
    ['/v1/rounds/99', 'round', 'round', '99'],
    ['/v1/rounds/99/summary', 'round', 'round', '99'],
    ['/v1/countries/ZZZ', 'iso3', 'country', 'ZZZ'],
    ['/v1/countries/ZZZ/summary.csv', 'iso3', 'country', 'ZZZ'],
  ])('404 for %s, which the release does not have, naming the path segment', async (path, name, noun, id) => {
    const body = await problem(path, 404);
    expect(body.detail).toBe(`Release ${api.release} has no ${noun} ${id}.`);
    expect(body.errors).toEqual([{ in: 'path', name, detail: `names no ${noun} in release ${api.release}.` }]);
  });

  it.each([
    ['/v1/results/MEM8-XAA', 'id'],
    ['/v1/rounds/08', 'round'],
    ['/v1/rounds/eight/summary', 'round'],
    ['/v1/countries/jam', 'iso3'],
  ])('404 for the malformed %s, saying what the segment accepts', async (path, name) => {
    expect((await problem(path, 404)).errors).toEqual([
      { in: 'path', name, detail: expect.stringContaining('must be ') },
    ]);
  });
});

describe('the MEM endpoints over the official build', () => {
  let official: Api;
  beforeAll(async () => {
    official = await publishedApi();
  });
  afterAll(() => official.db.close());

  it('serves no result: an empty listing, and a CSV with its header alone', async () => {
    expect((await json(official, '/v1/results')).meta).toMatchObject({
      count: 0,
      total: 0,
      next: null,
      release: official.release,
    });
    expect(await (await official.app.request('/v1/results.csv')).text()).toBe(
      `${resultTable.columns.map((c) => c.name).join(',')}\r\n`,
    );
    expect((await json(official, '/v1/results?round=8&country=JAM&status=completed')).data).toEqual([]);
    expect((await json(official, '/v1/rounds/8/summary')).meta).toMatchObject({ count: 0, total: 0 });
    expect((await json(official, '/v1/countries/JAM/summary')).data).toEqual([]);
  });

  it('lists the 35 OAS member states, none of them synthetic, and the eight rounds', async () => {
    const { data, meta } = documented('getCountries', await json(official, '/v1/countries'));
    expect(meta.total).toBe(35);
    expect(data.map((c: { iso3: string }) => c.iso3)).toEqual(official.bundle.dataset.countries.map((c) => c.iso3));
    expect(
      data.every((c: { data_status: string; iso3: string }) => c.data_status === 'official' && !c.iso3.startsWith('X')),
    ).toBe(true);
    expect((await json(official, '/v1/rounds')).data.map((r: { round: number }) => r.round)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('knows nothing of the demonstration: its states and statuses are refused', async () => {
    await expectProblem(await official.app.request('/v1/countries/XAA'), 404);
    expect((await expectProblem(await official.app.request('/v1/results?country=XAA'), 400)).errors?.[0]?.name).toBe(
      'country',
    );
    expect(
      (await expectProblem(await official.app.request('/v1/results?status=demo-achieved'), 400)).errors?.[0]?.name,
    ).toBe('status');
    expect((await json(official, `/v1/releases/${official.release}`)).data).toMatchObject({
      demonstration: false,
      counts: { countries: 35, results: 0, synthetic_results: 0 },
    });
  });

  it(
    'answers filters over a release loaded before the MEM was published, which holds no ' +
      'filter values, with an empty page',
    async () => {
      const store = dynamoReleaseStore(official.db.client(), official.db.table);
      const withoutFilterValues: ReleaseStore = {
        ...store,
        get: async (key) => (key.pk.endsWith('#results-filter-values') ? null : store.get(key)),
      };
      const response = await createApi(withoutFilterValues).request('/v1/results?round=8&country=JAM');
      expect(response.status).toBe(200);
      expect(((await response.json()) as Body).data).toEqual([]);
    },
  );
});
