import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../functions/app.ts';
import { API_ROUTES } from '../../functions/api-routes.ts';
import type { ReleaseStore } from '../../functions/storage/release-store.ts';

const unreachable: ReleaseStore = {
  currentRelease: () => Promise.reject(new Error('not needed')),
  cursorKey: () => Promise.reject(new Error('not needed')),
  get: () => Promise.reject(new Error('not needed')),
  query: () => Promise.reject(new Error('not needed')),
};
const app = createApi(unreachable);

const openApi = async () =>
  (await (await app.request('/v1/openapi.json')).json()) as {
    openapi: string;
    paths: Record<
      string,
      {
        get: {
          tags: string[];
          parameters: { name: string; in: string }[];
          responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
        };
      }
    >;
    components: { schemas: Record<string, unknown> };
  };

describe('the OpenAPI description at /v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = await openApi();
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route the app serves, and serves every route it documents', async () => {
    const served = app.routes
      .filter((r) => r.method === 'GET')
      .map((r) => r.path)
      .sort();
    const documented = Object.keys((await openApi()).paths)
      .map((path) => path.replace(/\{(\w+)\}/g, ':$1').replace(/\.json$/, ''))
      .sort();
    expect(served).toEqual(documented);
    expect(documented).toEqual(
      expect.arrayContaining([
        '/v1/plans',
        '/v1/plans/:plan',
        '/v1/plans/:plan/actions',
        '/v1/areas/:id',
        '/v1/objectives/:id',
        '/v1/actions/:id',
        '/v1/countries',
        '/v1/countries/:iso3',
        '/v1/countries/:iso3/summary',
        '/v1/rounds',
        '/v1/rounds/:round',
        '/v1/rounds/:round/summary',
        '/v1/results',
        '/v1/results/:id',
        '/v1/documents',
        '/v1/documents/:id',
        '/v1/commitments',
        '/v1/commitments/:id',
        '/v1/releases',
        '/v1/releases/:release',
        '/v1/health',
        '/v1/openapi',
      ]),
    );
  });

  it('documents every parameter each route accepts, so that none is refused as unknown', async () => {
    const { paths } = await openApi();
    for (const route of API_ROUTES) {
      const query = paths[route.path]!.get.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      const response = await app.request(
        `${route.path.replace(/\{\w+\}/g, 'x')}?${query.map((name) => `${name}=`).join('&')}`,
      );
      const body = (await response.json()) as { errors?: { name: string; detail: string }[] };
      expect(body.errors?.filter((e) => e.detail.includes('is not a parameter')) ?? [], route.path).toEqual([]);
    }
  });

  it(
    'documents the MEM endpoints under their own tag, the filters of the results and the ' + 'schemas of MEM records',
    async () => {
      const { paths, components } = await openApi();
      const mem = Object.entries(paths)
        .filter(([, path]) => path.get.tags.includes('MEM'))
        .map(([name]) => name);
      expect(mem).toEqual([
        '/v1/rounds',
        '/v1/rounds/{round}',
        '/v1/rounds/{round}/summary',
        '/v1/countries',
        '/v1/countries/{iso3}',
        '/v1/countries/{iso3}/summary',
        '/v1/results',
        '/v1/results/{id}',
      ]);
      expect(paths['/v1/results']!.get.parameters.map((p) => p.name)).toEqual([
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
      ]);
      expect(Object.keys(components.schemas)).toEqual(
        expect.arrayContaining([
          'Country',
          'Round',
          'Result',
          'UnitSummary',
          'CountryAreaSummary',
          'ResultsResponse',
          'RoundSummaryResponse',
        ]),
      );
      expect(paths['/v1/results/{id}']!.get.responses['200']!.content!['text/csv']).toBeDefined();
    },
  );

  it(
    'documents the commitments under their own tag, their filters, and the action with its ' +
      'lineage and related commitments',
    async () => {
      const { paths, components } = await openApi();
      const commitments = Object.entries(paths)
        .filter(([, path]) => path.get.tags.includes('Commitments'))
        .map(([name]) => name);
      expect(commitments).toEqual(['/v1/documents', '/v1/documents/{id}', '/v1/commitments', '/v1/commitments/{id}']);
      expect(paths['/v1/commitments']!.get.parameters.map((p) => p.name)).toEqual([
        'document',
        'section',
        'release',
        'format',
        'excel',
        'limit',
        'cursor',
      ]);
      expect(Object.keys(components.schemas)).toEqual(
        expect.arrayContaining([
          'DocumentRecord',
          'Commitment',
          'ActionDetail',
          'ActionLineageDetail',
          'ActionLink',
          'RelatedCommitment',
          'CommitmentsResponse',
        ]),
      );
      expect(paths['/v1/actions/{id}']!.get.responses['200']!.content!['application/json']).toEqual({
        schema: { $ref: '#/components/schemas/ActionResponse' },
      });
      expect(JSON.stringify(components.schemas.ActionResponse)).toContain('#/components/schemas/ActionDetail');
      expect(JSON.stringify(components.schemas.ActionDetail)).toContain('not an official mapping');
    },
  );
});
