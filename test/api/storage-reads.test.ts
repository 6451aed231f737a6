import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../functions/app.ts';
import { dynamoReleaseStore } from '../../functions/storage/release-store.ts';
import { countingClient, publishedApi } from './api-fixture.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
beforeAll(async () => {
  api = await publishedApi();
});
afterAll(() => api.db.close());

const READS = ['GetItem', 'Query'];
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
