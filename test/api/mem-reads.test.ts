import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../schema/index.ts';
import { createApi } from '../../functions/app.ts';
import { dynamoReleaseStore } from '../../functions/storage/release-store.ts';
import { resultsInPartition } from '../../functions/storage/table-design.ts';
import { countingClient, publishedApi } from './api-fixture.ts';

type Body = { data: Result[]; meta: { count: number; total: number | null; next: string | null } };

let demo: Awaited<ReturnType<typeof publishedApi>>;
beforeAll(async () => {
  demo = await publishedApi({ demonstration: true });
});
afterAll(() => demo.db.close());

/** An app over the demonstration build, with the DynamoDB operations and the items they read counted. */
async function countedApp() {
  const { client, counts, reset } = countingClient(demo.db);
  const read = { items: 0 };
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const output = result.output as { ScannedCount?: number; Item?: unknown };
      read.items += output.ScannedCount ?? (output.Item ? 1 : 0);
      return result;
    },
    { step: 'initialize', name: 'countItemsRead' },
  );
  const app = createApi(dynamoReleaseStore(client, demo.db.table), { pointerTtlMs: 600_000, responseCacheBytes: 0 });
  // The release, current and pinned (as the next links pin it), is known before the reads counted.
  await app.request('/v1/plans');
  await app.request(`/v1/plans?release=${demo.release}`);
  reset();
  return {
    app,
    counts,
    read,
    reset: () => {
      reset();
      read.items = 0;
    },
  };
}

/** The results a query's filters keep, computed from the dataset: each filter names a field of the result. */
const filtered = (query: string) =>
  demo.bundle.dataset.results.filter((result) =>
    [...new URLSearchParams(query)].every(([name, value]) => String(result[name as keyof Result]) === value),
  );

// Values across each filter's range: matching many results, few, and none (though the release has them).
const ROUNDS = ['round=8', 'round=7', 'round=6', 'round=1'];
const COUNTRIES = ['country=XAA', 'country=XAF', 'country=ARG'];
const UNITS = [
  'plan=2021-2025',
  'plan=2016-2020&area=2016-2020-dr',
  'area=2021-2025-ptr',
  'objective=2016-2020-dr-1',
  'area=2021-2025-ptr&objective=2021-2025-ptr-1',
  'action=2021-2025-ptr-1-1',
  'plan=2011-2015',
];
const STATUSES = ['status=demo-achieved', 'status=demo-not-achieved', 'status=completed'];

/** Every combination of the filters, each absent or taking each of its values. */
const COMBINATIONS = [ROUNDS, COUNTRIES, UNITS, STATUSES].reduce<string[][]>(
  (combinations, values) => combinations.flatMap((given) => [given, ...values.map((value) => [...given, value])]),
  [[]],
);

/** Whether a query names a round whose results are not on the units of the unit filter given (a 400). */
const outsideRound = (given: ReadonlyArray<string>) => {
  const round = given.find((filter) => filter.startsWith('round='));
  const unit = given.find((filter) => !/^(round|country|status)=/.test(filter));
  if (!round || !unit) return false;
  const plan = { 'round=8': '2021-2025', 'round=7': '2016-2020' }[round];
  return plan === undefined || !unit.split('&').every((filter) => filter.split('=')[1]!.startsWith(plan));
};

/**
 * How many Queries a page may make: one, or, for a country beside a unit and no round, one per round that assessed
 * the unit's plan, which is one round at most for every plan of this release.
 */
const QUERIES_PER_PAGE = 1;

describe('the reads behind MEM listings', () => {
  /** The reads of each request, by an app that already knows the current release and the values its filters accept. */
  async function readsOf(paths: ReadonlyArray<string>) {
    const { app, counts, reset } = await countedApp();
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

describe('a results listing costs a bounded number of reads per page, whatever its filters match', () => {
  it(
    `reads every filter combination (${COMBINATIONS.length}) with at most ${QUERIES_PER_PAGE} Query per page, ` +
      'each reading at most one item more than it returns, and returns the dataset filtered the same way',
    async () => {
      const { app, counts, read, reset } = await countedApp();
      await app.request('/v1/results?limit=1');
      const listed = COMBINATIONS.filter((given) => !outsideRound(given));
      for (const given of listed) {
        const query = given.join('&');
        const expected = filtered(query).map((result) => result.id);
        for (const limit of [1, 97]) {
          const records: string[] = [];
          let next: string | null = `/v1/results?${query}&limit=${limit}`;
          for (let page = 0; next !== null && (limit > 1 || page < 3); page++) {
            reset();
            const response = await app.request(next);
            expect(response.status, next).toBe(200);
            const body = (await response.json()) as Body;
            const where = `${next}: ${JSON.stringify(counts)}, ${read.items} items`;
            expect(
              Object.keys(counts).filter((operation) => operation !== 'Query'),
              where,
            ).toEqual([]);
            expect(counts.Query ?? 0, where).toBeLessThanOrEqual(QUERIES_PER_PAGE);
            expect(read.items, where).toBeLessThanOrEqual(body.meta.count + (counts.Query ?? 0));
            if (page === 0) expect(body.meta.total, next).toBe(expected.length);
            records.push(...body.data.map((result) => result.id));
            next = body.meta.next;
          }
          if (next === null) expect(records, query).toEqual(expected);
          else expect(records, query).toEqual(expected.slice(0, records.length));
        }
      }
    },
    600_000,
  );

  it('answers status=completed&limit=1, which matches no demonstration result, with one Query of one item', async () => {
    const { app, counts, read, reset } = await countedApp();
    await app.request('/v1/results?limit=1');
    reset();
    const response = await app.request('/v1/results?status=completed&limit=1');
    expect(((await response.json()) as Body).data).toEqual([]);
    expect(counts).toEqual({ Query: 1 });
    expect(read.items).toBe(0);
  });

  it('validates the filters before any listing read: a value the release lacks is a 400 without a Query', async () => {
    const { app, counts, reset } = await countedApp();
    await app.request('/v1/results?limit=1');
    const refused = [
      ...COMBINATIONS.filter(outsideRound).map((given) => given.join('&')),
      'round=99',
      'country=ZZZ&plan=2021-2025',
      'status=bogus&round=8',
      'action=2021-2025-ptr-1-99&country=XAA',
      'round=2&objective=2016-2020-dr-1',
    ];
    for (const query of refused) {
      reset();
      expect((await app.request(`/v1/results?${query}`)).status, query).toBe(400);
      expect(counts, query).toEqual({});
    }
  });

  it('reads the values the filters accept once per release per instance, before its first listing read', async () => {
    const { app, counts } = await countedApp();
    for (const query of ['round=8', 'country=XAA&status=demo-achieved', 'round=99', 'action=2021-2025-ptr-1-1'])
      await app.request(`/v1/results?${query}`);
    expect(counts).toEqual({ GetItem: 1, Query: 3 });
  });

  it('continues a sort-key prefix after any key: one before it starts at its first item, one past it reads nothing', async () => {
    const { client, counts, reset } = countingClient(demo.db);
    const store = dynamoReleaseStore(client, demo.db.table);
    const partition = resultsInPartition(demo.release, 'all');
    const first = await store.query(partition, { limit: 2, prefix: '008#' });
    expect(first.items.map((item) => item.sk)).toEqual(['008#XAA#000180', '008#XAA#000181']);
    expect(first.items[0]!.total).toBe(demo.bundle.dataset.results.filter((result) => result.round === 8).length);
    expect(await store.query(partition, { limit: 2, prefix: '008#', after: '007#XAF#999999' })).toEqual(first);
    expect((await store.query(partition, { limit: 1, prefix: '008#', after: '008#XAA#000180' })).items[0]!.sk).toBe(
      '008#XAA#000181',
    );
    reset();
    expect(await store.query(partition, { limit: 2, prefix: '007#', after: '008#XAA#000180' })).toEqual({
      items: [],
      more: false,
    });
    expect(counts).toEqual({});
    expect(await store.query(partition, { limit: 1, after: '' })).toEqual(await store.query(partition, { limit: 1 }));
  });
});
