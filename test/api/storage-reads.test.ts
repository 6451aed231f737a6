import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../functions/app.ts';
import { dynamoReleaseStore } from '../../functions/storage/release-store.ts';
import { countingClient, publishedApi } from './api-fixture.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
beforeAll(async () => {
  api = await publishedApi();
});
afterAll(() => api.db.close());

const READS = ['GetItem', 'Query', 'BatchGetItem'];
const PATHS = [
  '/v1/plans',
  '/v1/plans/2021-2025',
  '/v1/plans/2021-2025/actions',
  '/v1/plans/2021-2025/actions.csv?area=2021-2025-cc',
  '/v1/plans/2021-2025/actions?objective=2021-2025-cc-3&limit=2',
  '/v1/areas/2021-2025-cc',
  '/v1/objectives/2021-2025-cc-3',
  '/v1/actions/2021-2025-cc-3-1',
  '/v1/footnotes/2021-2025-fn-1',
  '/v1/errata/2021-2025-e001',
  '/v1/countries',
  '/v1/countries/JAM',
  '/v1/rounds',
  '/v1/rounds/8.csv',
  '/v1/documents',
  '/v1/documents/ungass-2016.csv',
  '/v1/commitments?limit=50',
  '/v1/commitments.csv?document=jms-2014&section=Achievements',
  '/v1/commitments?section=Prevention%20of%20drug%20abuse',
  '/v1/commitments/ungass-2016-1-a',
  '/v1/releases',
  '/v1/health',
];

describe('the reads behind each request', () => {
  it.each(PATHS)(
    '%s takes at most 2 reads of DynamoDB, by key, and never a Scan, even with a cold cache',
    async (path) => {
      const { client, counts, reset } = countingClient(api.db);
      const app = createApi(dynamoReleaseStore(client, api.db.table), { responseCacheBytes: 0 });
      for (const pin of ['', `${path.includes('?') ? '&' : '?'}release=${api.release}`]) {
        if (pin && /releases|health/.test(path)) continue;
        reset();
        expect((await app.request(`${path}${pin}`)).status).toBe(200);
        expect(
          Object.keys(counts).every((command) => READS.includes(command)),
          JSON.stringify(counts),
        ).toBe(true);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2);
      }
    },
  );

  it('takes one read per request once the release is known', async () => {
    const { client, counts, reset } = countingClient(api.db);
    const app = createApi(dynamoReleaseStore(client, api.db.table), { pointerTtlMs: 60_000, responseCacheBytes: 0 });
    await app.request('/v1/plans');
    await app.request(`/v1/plans?release=${api.release}`);
    reset();
    for (const path of PATHS.filter((p) => !p.includes('health'))) await app.request(path);
    for (const path of PATHS.filter((p) => !/releases|health/.test(p)))
      await app.request(`${path}${path.includes('?') ? '&' : '?'}release=${api.release}`);
    const requests = PATHS.length - 1 + PATHS.length - 2;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(requests);
  });

  it('answers a repeated request for release data from memory, without reading, with the same bytes', async () => {
    const { client, counts, reset } = countingClient(api.db);
    const app = createApi(dynamoReleaseStore(client, api.db.table), { pointerTtlMs: 60_000 });
    const first = await app.request('/v1/plans/2016-2020/actions.csv?area=2016-2020-dr');
    const body = await first.text();
    reset();
    const again = await app.request('/v1/plans/2016-2020/actions.csv?area=2016-2020-dr');
    expect(counts).toEqual({});
    expect(await again.text()).toBe(body);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('content-disposition')).toBe(first.headers.get('content-disposition'));
  });
});

describe('the reads behind MEM listings, over the demonstration build', () => {
  let demo: Awaited<ReturnType<typeof publishedApi>>;
  beforeAll(async () => {
    demo = await publishedApi({ demonstration: true });
  });
  afterAll(() => demo.db.close());

  /** The reads of each request, by an app that already knows the current release and the values its filters accept. */
  async function readsOf(paths: ReadonlyArray<string>) {
    const { client, counts, reset } = countingClient(demo.db);
    const app = createApi(dynamoReleaseStore(client, demo.db.table), { pointerTtlMs: 60_000, responseCacheBytes: 0 });
    await app.request('/v1/results?limit=1');
    const reads: Record<string, Record<string, number>> = {};
    for (const path of paths) {
      reset();
      expect((await app.request(path)).status, path).toBeLessThan(500);
      reads[path] = { ...counts };
    }
    return reads;
  }

  it('takes one Query for a summary and for a results listing, whatever its filters match', async () => {
    const paths = [
      '/v1/countries/XAA/summary',
      '/v1/rounds/8/summary.csv?limit=10',
      '/v1/results',
      '/v1/results?round=8&limit=1000',
      '/v1/results?plan=2021-2025&area=2021-2025-ptr',
      '/v1/results?action=2021-2025-ptr-1-1&country=XAA&status=demo-partly-achieved',
      '/v1/results?country=XAB&round=7',
      '/v1/results?status=completed&limit=1',
      '/v1/results?round=6&country=ARG',
    ];
    expect(await readsOf(paths)).toEqual(Object.fromEntries(paths.map((path) => [path, { Query: 1 }])));
  });

  it('takes one GetItem for a result', async () => {
    expect(await readsOf(['/v1/results/mem8-xaa-2021-2025-ptr-1-1'])).toEqual({
      '/v1/results/mem8-xaa-2021-2025-ptr-1-1': { GetItem: 1 },
    });
  });

  // The documented exception to one read per request: an empty first page of a summary reads one item more to tell why.
  it('reads one item more when the first page of a summary is empty: the record summarized', async () => {
    const paths = ['/v1/rounds/6/summary', '/v1/countries/ZZZ/summary'];
    expect(await readsOf(paths)).toEqual(Object.fromEntries(paths.map((path) => [path, { Query: 1, GetItem: 1 }])));
  });
});
