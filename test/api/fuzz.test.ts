import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../../schema/index.ts';
import { publishedApi } from './api-fixture.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
beforeAll(async () => {
  api = await publishedApi();
});
afterAll(() => api.db.close());

const ids = [
  '2011-2015',
  '2021-2025-ptr',
  '2021-2025-ptr-1',
  '2016-2020-dr-4-3',
  '2011-2015-cm-2-h',
  '2021-2025-fn-1',
  '2021-2025-e001',
  '2026-11-22.1',
  '2099-01-01',
  'JAM',
  'XAA',
  '8',
  '99',
  'mem8-jam-2021-2025-ptr-3-2',
  'completed',
  'ungass-2016',
  'ungass-2016-1-a',
  'Way forward',
];
/** A length beyond what a key may hold (1,024 bytes for a sort key, 2,048 for a partition key), or just below it. */
const longLength = fc.integer({ min: 1000, max: 3000 });
/**
 * Strings of 1,000 to 3,000 characters, made cheaply by repeating a short piece: an id followed by digits, letters or
 * junk (a valid prefix that a loose pattern would take for an id), or a random piece repeated.
 */
const longValue = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...ids), fc.constantFrom('1', '9', '-1', 'a', '-a', '.1'), longLength)
      .map(([id, piece, length]) => `${id}${piece.repeat(length)}`.slice(0, length)),
  },
  fc
    .tuple(fc.constantFrom(...ids), fc.string({ minLength: 1, maxLength: 6 }), longLength)
    .map(([id, junk, length]) => `${id}-${junk.repeat(length)}`.slice(0, length)),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }), longLength)
    .map(([piece, length]) => piece.repeat(length).slice(0, length)),
);
const segment = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...ids) },
  fc.webSegment(),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  { weight: 2, arbitrary: longValue.map(encodeURIComponent) },
);
const path = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'plans',
        'areas',
        'objectives',
        'actions',
        'footnotes',
        'errata',
        'releases',
        'countries',
        'rounds',
        'results',
        'documents',
        'commitments',
      ),
      segment,
      fc.constantFrom('', '/actions', '/summary', '.csv', '.json', '.xml', '/'),
    )
    .map(([kind, id, tail]) => `/v1/${kind}/${id}${tail}`),
  fc.constantFrom(
    '/v1/plans',
    '/v1/releases',
    '/v1/health',
    '/v1/openapi.json',
    '/v1',
    '/',
    '/v1/plans.csv',
    '/v1/health.csv',
    '/v1/countries',
    '/v1/rounds',
    '/v1/results',
    '/v1/results.csv',
    '/v1/documents',
    '/v1/commitments',
    '/v1/commitments.csv',
  ),
  fc.webPath().map((p) => `/v1${p}`),
);
const parameterName = fc.oneof(
  fc.constantFrom(
    'release',
    'format',
    'excel',
    'limit',
    'cursor',
    'area',
    'objective',
    'round',
    'country',
    'plan',
    'action',
    'status',
    'document',
    'section',
  ),
  fc.webSegment(),
);
const parameterValue = fc.oneof(
  fc.constantFrom(...ids, 'csv', 'json', 'true', '0', '1', '1000', '1001', '-1', 'WyJ4IiwieSJd'),
  fc.string({ maxLength: 20 }),
  longValue,
);
const query = fc
  .array(fc.tuple(parameterName, parameterValue), { maxLength: 4 })
  .map((pairs) => new URLSearchParams(pairs).toString());
const method = fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE');
const headers = fc.record(
  {
    Accept: fc.oneof(
      fc.constantFrom(
        '*/*',
        'application/json',
        'text/csv',
        'text/csv;q=0.5, application/json',
        'image/png',
        'text/*',
        'text/html',
        'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
        '',
      ),
      fc.string({ maxLength: 20 }),
    ),
    'If-None-Match': fc.oneof(fc.constant('*'), fc.string({ maxLength: 44 })),
    Origin: fc.constantFrom('https://example.org', 'null'),
  },
  { requiredKeys: [] },
);

describe('the API under random requests', () => {
  it('never answers 5xx, and every error is a valid problem document', async () => {
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(path, query, method, headers, async (p, q, m, h) => {
        requests++;
        const response = await api.app.request(`${p}${q ? `?${q}` : ''}`, { method: m, headers: h });
        expect(response.status, `${m} ${p}?${q}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          if (m !== 'HEAD') expect(Problem.parse(await response.json()).status).toBe(response.status);
        }
      }),
      { numRuns: 10_000, seed: 20261122 },
    );
    expect(requests).toBeGreaterThanOrEqual(10_000);
    expect(api.reads.counts.Scan).toBeUndefined();
  }, 240_000);
});
