import * as z from 'zod';
import { Health } from '../../schema/index.ts';
import { problems } from '../http/problems.ts';
import type { Route } from '../http/route.ts';

/** `/v1/health`: whether the API can read its store, and the current release. Never cached. */
export const healthRoute: Route = {
  path: '/v1/health',
  operationId: 'getHealth',
  tag: 'Service',
  summary: 'Health',
  description:
    'Reads the current release pointer from the store: 200 with the current release when the ' +
    'API can serve data, 503 otherwise.',
  pathParameters: [],
  filters: [],
  pinnable: false,
  paginated: false,
  table: null,
  data: Health,
  cache: 'none',
  async handle({ store }) {
    const release = await store.currentRelease();
    if (release === null) throw problems.noReleasePublished();
    return { kind: 'record', json: JSON.stringify({ status: 'ok', release }), release };
  },
};

/** `/v1/openapi.json`: the OpenAPI 3.1 description of every route, served as is (not enveloped). */
export const openApiRoute = (document: () => unknown): Route => ({
  path: '/v1/openapi.json',
  operationId: 'getOpenApi',
  tag: 'Service',
  summary: 'OpenAPI description',
  description: 'This API described in OpenAPI 3.1, generated from the same schemas that validate the data.',
  pathParameters: [],
  filters: [],
  pinnable: false,
  paginated: false,
  table: null,
  data: z.record(z.string(), z.unknown()),
  cache: 'short',
  handle: async () => ({ kind: 'document', body: document() }),
});
