import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../functions/app.ts';
import { dynamoReleaseStore, type ReleaseStore } from '../../functions/storage/release-store.ts';
import { startLocalDynamoDB } from '../../functions/local/local-dynamodb.ts';
import { publishedApi } from './api-fixture.ts';
import { expectProblem } from './problem-document.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
beforeAll(async () => {
  api = await publishedApi();
});
afterAll(() => api.db.close());

const get = (path: string, init: RequestInit = {}) => api.app.request(path, init);

describe('every refusal is a problem document that names what was wrong', () => {
  it('400 for an unknown query parameter, listing the accepted ones', async () => {
    const problem = await expectProblem(await get('/v1/plans/2021-2025/actions?pillar=ptr'), 400);
    expect(problem.errors).toEqual([
      {
        in: 'query',
        name: 'pillar',
        detail: expect.stringContaining('is not a parameter of this endpoint'),
        allowed: ['area', 'objective', 'release', 'format', 'excel', 'limit', 'cursor'],
      },
    ]);
    expect(problem.instance).toBe('/v1/plans/2021-2025/actions?pillar=ptr');
  });

  it('400 for a parameter given twice, and for every invalid value at once', async () => {
    const twice = await expectProblem(await get('/v1/plans?release=2026-11-22&release=2026-11-22'), 400);
    expect(twice.errors).toEqual([{ in: 'query', name: 'release', detail: 'is given 2 times; give it once.' }]);
    const both = await expectProblem(await get('/v1/plans/2011-2015/actions?limit=0&format=xml'), 400);
    expect(both.errors).toEqual([
      { in: 'query', name: 'limit', detail: 'must be an integer from 1 to 1000; received "0".' },
      { in: 'query', name: 'format', detail: 'must be json or csv; received "xml".', allowed: ['json', 'csv'] },
    ]);
    expect(both.detail).toBe(
      'Query parameter "limit" must be an integer from 1 to 1000; received "0". Query ' +
        'parameter "format" must be json or csv; received "xml".',
    );
  });

  it('400 for a limit above the maximum', async () => {
    expect((await expectProblem(await get('/v1/plans/2011-2015/actions?limit=1001'), 400)).errors?.[0]?.name).toBe(
      'limit',
    );
  });

  it("400 for an area of another plan, listing the plan's areas", async () => {
    const problem = await expectProblem(await get('/v1/plans/2021-2025/actions?area=2016-2020-dr'), 400);
    expect(problem.errors?.[0]).toMatchObject({
      name: 'area',
      allowed: ['2021-2025-is', '2021-2025-ptr', '2021-2025-cc', '2021-2025-rime', '2021-2025-ic'],
    });
  });

  it('400 for an objective outside the area or the plan, or that does not exist', async () => {
    expect(
      (await expectProblem(await get('/v1/plans/2021-2025/actions?area=2021-2025-is&objective=2021-2025-ptr-1'), 400))
        .errors?.[0]?.name,
    ).toBe('objective');
    expect((await expectProblem(await get('/v1/plans/2021-2025/actions?objective=2021-2025-ptr-99'), 400)).detail).toBe(
      `Release ${api.release} has no objective 2021-2025-ptr-99.`,
    );
  });

  it('400 for a cursor that was not issued for the listing', async () => {
    const first = (await (await get('/v1/plans/2011-2015/actions?limit=5')).json()) as { meta: { next: string } };
    const cursor = new URL(first.meta.next, 'http://x').searchParams.get('cursor')!;
    expect(
      (await expectProblem(await get(`/v1/plans/2016-2020/actions?cursor=${cursor}`), 400)).errors?.[0]?.name,
    ).toBe('cursor');
    expect(
      (await expectProblem(await get('/v1/plans/2016-2020/actions?cursor=bm90LWEtY3Vyc29y'), 400)).errors?.[0]?.name,
    ).toBe('cursor');
  });

  it('400 for excel without CSV, and for a format that contradicts the suffix', async () => {
    expect((await expectProblem(await get('/v1/plans?excel=true'), 400)).errors?.[0]?.name).toBe('excel');
    expect((await expectProblem(await get('/v1/plans.csv?format=json'), 400)).errors?.[0]?.name).toBe('format');
  });

  it('404 for an unknown path, a malformed id, an id the release lacks, and an unknown release', async () => {
    await expectProblem(await get('/v1/nowhere'), 404);
    expect((await expectProblem(await get('/v1/actions/not-an-action'), 404)).errors).toEqual([
      {
        in: 'path',
        name: 'id',
        detail: expect.stringContaining('must be a priority action id such as 2016-2020-dr-4-3'),
      },
    ]);
    expect((await expectProblem(await get('/v1/actions/2016-2020-dr-4-99'), 404)).detail).toBe(
      `Release ${api.release} has no priority action 2016-2020-dr-4-99.`,
    );
    expect((await expectProblem(await get('/v1/plans/1999-2003'), 404)).errors?.[0]?.name).toBe('plan');
    expect((await expectProblem(await get('/v1/plans?release=1999-01-01'), 404)).errors?.[0]?.name).toBe('release');
    expect((await expectProblem(await get('/v1/releases/1999-01-01'), 404)).errors?.[0]?.name).toBe('release');
  });

  it('405 with Allow for every method but GET, HEAD and OPTIONS', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await get('/v1/plans', { method });
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect((await expectProblem(response, 405)).errors?.[0]).toMatchObject({ in: 'method', name: method });
    }
  });

  it('406 for a representation the resource lacks, naming those it has', async () => {
    expect(
      (await expectProblem(await get('/v1/plans', { headers: { Accept: 'image/png' } }), 406)).errors?.[0],
    ).toMatchObject({ name: 'Accept', allowed: ['application/json', 'text/csv'] });
    expect((await expectProblem(await get('/v1/health.csv'), 406)).errors?.[0]).toMatchObject({ allowed: ['json'] });
  });
});

describe('when the store fails, the API says so without showing internals', () => {
  const quietly = async <T>(run: () => Promise<T>) => {
    const original = console.error;
    console.error = () => {};
    try {
      return await run();
    } finally {
      console.error = original;
    }
  };

  it('503 with Retry-After when the store cannot be reached', async () => {
    const db = await startLocalDynamoDB();
    const app = createApi(dynamoReleaseStore(db.client(), db.table));
    await db.close();
    const response = await quietly(async () => app.request('/v1/actions/2016-2020-dr-4-3'));
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const problem = await expectProblem(response, 503);
    expect(JSON.stringify(problem)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|at .*\.ts/);
  });

  it('503 with Retry-After when no release has been published yet', async () => {
    const db = await startLocalDynamoDB();
    try {
      const app = createApi(dynamoReleaseStore(db.client(), db.table));
      const response = await app.request('/v1/plans');
      expect(response.headers.get('retry-after')).toBe('60');
      expect((await expectProblem(response, 503)).detail).toBe('No data release has been published yet.');
      await expectProblem(await app.request('/v1/health'), 503);
    } finally {
      await db.close();
    }
  });

  it('500 without a stack trace when the API itself fails', async () => {
    const broken: ReleaseStore = {
      currentRelease: async () => 'r',
      cursorKey: async () => null,
      get: async () => {
        throw new TypeError('secret internal detail');
      },
      query: async () => ({ items: [], more: false }),
    };
    const response = await quietly(async () => createApi(broken).request('/v1/actions/2016-2020-dr-4-3'));
    const problem = await expectProblem(response, 500);
    expect(JSON.stringify(problem)).not.toContain('secret');
  });
});
