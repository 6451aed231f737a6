import { Hono } from 'hono';
import * as z from 'zod';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { actionKind } from '../../schema/index.ts';
import { API_ROUTES } from '../../functions/api-routes.ts';
import { parametersOf } from '../../functions/http/common-parameters.ts';
import { signedCursors } from '../../functions/http/cursor.ts';
import { errorResponse } from '../../functions/http/error-response.ts';
import { recordRoutes } from '../../functions/http/record-routes.ts';
import { releaseResolver } from '../../functions/http/release-resolver.ts';
import { responseCache } from '../../functions/http/response-cache.ts';
import { routeHandler } from '../../functions/http/route-handler.ts';
import { KEY_LIMITS, OversizedKey, dynamoReleaseStore } from '../../functions/storage/release-store.ts';
import { countingClient, publishedApi } from './api-fixture.ts';
import { expectProblem } from './problem-document.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
beforeAll(async () => {
  api = await publishedApi();
});
afterAll(() => api.db.close());

const errorLog = vi.spyOn(console, 'error');
afterEach(() => {
  expect(errorLog).not.toHaveBeenCalled();
  errorLog.mockClear();
});

/** A value of each path parameter that names a record of the release. */
const VALID_PATH: Record<string, string> = {
  '/v1/plans/{plan}': '2021-2025',
  '/v1/passages/{id}': '2021-2025-introduction-1',
  '/v1/areas/{id}': '2021-2025-ptr',
  '/v1/objectives/{id}': '2021-2025-ptr-1',
  '/v1/actions/{id}': '2016-2020-dr-4-3',
  '/v1/footnotes/{id}': '2021-2025-fn-1',
  '/v1/errata/{id}': '2021-2025-e001',
  '/v1/rounds/{round}': '8',
  '/v1/countries/{iso3}': 'JAM',
  '/v1/results/{id}': 'mem8-jam-2021-2025-ptr-3-2',
  '/v1/documents/{id}': 'ungass-2016',
  '/v1/commitments/{id}': 'ungass-2016-1-a',
  '/v1/releases/{release}': '2026-11-22.1',
};

/** A well-formed value of each query parameter. */
const VALID_QUERY: Record<string, string> = {
  release: '2026-11-22.1',
  format: 'json',
  excel: 'true',
  limit: '10',
  cursor: 'WyJ4Il0',
  area: '2021-2025-is',
  objective: '2021-2025-is-1',
  action: '2021-2025-is-1-1',
  round: '8',
  country: 'JAM',
  plan: '2021-2025',
  status: 'completed',
  document: 'jms-2014',
  section: 'Achievements',
};

/** Values longer than any key the store accepts, each beginning like a valid one. */
const oversized = (valid: string) => [
  `${valid}${'1'.repeat(1100)}`,
  `${valid}-${'9'.repeat(3000)}`,
  `${valid}-${'é'.repeat(1100)}`,
];

const pathOf = (route: (typeof API_ROUTES)[number], value: string) =>
  route.path.replace(/\{\w+\}/, encodeURIComponent(value));
/** A valid value of the route's path parameter: that of the record its path extends. */
const validPathValue = (route: (typeof API_ROUTES)[number]) =>
  VALID_PATH[route.path.replace(/\/(?:summary|actions|passages)$/, '')]!;

describe('an input too long to name anything', () => {
  it.each(API_ROUTES.filter((route) => route.pathParameters.length > 0).map((route) => route.path))(
    'in the path of %s is a 404 naming the segment, as any id that cannot name a record, never a 503',
    async (template) => {
      const route = API_ROUTES.find((r) => r.path === template)!;
      const name = route.pathParameters[0]!.name;
      for (const value of oversized(validPathValue(route))) {
        const problem = await expectProblem(await api.app.request(pathOf(route, value)), 404);
        expect(problem.errors?.map((e) => `${e.in} ${e.name}`)).toEqual([`path ${name}`]);
        expect(problem.detail.length).toBeLessThan(1000);
      }
    },
  );

  it.each(API_ROUTES.map((route) => route.path))(
    'in any query parameter of %s is a 400 naming it',
    async (template) => {
      const route = API_ROUTES.find((r) => r.path === template)!;
      const base = route.pathParameters.length > 0 ? pathOf(route, validPathValue(route)) : route.path;
      for (const { name } of parametersOf(route))
        for (const value of oversized(VALID_QUERY[name]!)) {
          const response = await api.app.request(`${base}?${new URLSearchParams({ [name]: value })}`);
          const problem = await expectProblem(response, 400);
          expect(problem.errors?.map((e) => `${e.in} ${e.name}`)).toEqual([`query ${name}`]);
        }
    },
  );
});

describe('a key longer than DynamoDB accepts', () => {
  it('is refused by the store before anything is sent', async () => {
    const { client, counts } = countingClient(api.db);
    const store = dynamoReleaseStore(client, api.db.table);
    const long = (bytes: number) => 'k'.repeat(bytes + 1);
    await expect(store.get({ pk: 'releases', sk: long(KEY_LIMITS.sk) })).rejects.toBeInstanceOf(OversizedKey);
    await expect(store.get({ pk: long(KEY_LIMITS.pk), sk: 'current' })).rejects.toBeInstanceOf(OversizedKey);
    await expect(store.query(long(KEY_LIMITS.pk), { limit: 1 })).rejects.toBeInstanceOf(OversizedKey);
    await expect(store.query('releases', { limit: 1, after: long(KEY_LIMITS.sk) })).rejects.toBeInstanceOf(
      OversizedKey,
    );
    expect(counts).toEqual({});
  });

  it('is a 400 naming the input it came from, even behind a pattern that bounds nothing', async () => {
    const [getAction] = recordRoutes({
      ...actionKind,
      served: { ...actionKind.served!, parameter: { ...actionKind.served!.parameter, schema: z.string() } },
    });
    const store = dynamoReleaseStore(api.db.client(), api.db.table);
    const app = new Hono()
      .get(
        '/v1/actions/:id',
        routeHandler(getAction!, {
          store,
          resolver: releaseResolver(store),
          cache: responseCache(0),
          cursors: signedCursors(() => store.cursorKey()),
        }),
      )
      .onError(errorResponse);
    const problem = await expectProblem(await app.request(`/v1/actions/2021-2025-is-1-${'1'.repeat(1100)}`), 400);
    expect(problem.errors).toEqual([{ in: 'path', name: 'id', detail: 'is too long to name anything (1115 bytes).' }]);
  });
});
