import * as z from 'zod';
import { PORTAL_NAME, envelope } from '../schema/index.ts';
import { parametersOf } from './http/common-parameters.ts';
import { ALLOWED_METHODS, PROBLEM_STATUSES } from './http/problems.ts';
import type { Route } from './http/route.ts';

/** The stability promise of API version 1, stated in the OpenAPI document and the README. */
export const STABILITY_PROMISE = [
  'Version 1 of this API is stable. Its paths, parameters and documented fields are a public contract:',
  'a documented field is never removed, renamed or given another meaning or type; responses only ever gain',
  'new sibling fields, so clients must ignore fields they do not know. Identifiers and paths never change.',
  'The records of a response pinned to a release (`release=`) never change: cite its `meta.links.pinned` URL.',
  'Its `meta` may gain what was not known before (a `total` that was null), and its `next` link carries an',
  'opaque, signed cursor: follow it, do not build or keep one.',
  'An incompatible change would be published as `/v2` alongside `/v1`, which would stay served for at least',
  'twelve months after the retirement date announced in the release notes.',
].join(' ');

/** The error statuses a GET can be answered with: every one but 405, which only other methods get. */
const GET_PROBLEM_STATUSES = Object.entries(PROBLEM_STATUSES).filter(([status]) => status !== '405');

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const responseName = (route: Route) => `${route.operationId[3]!.toUpperCase()}${route.operationId.slice(4)}Response`;

const responses = new WeakMap<Route, z.ZodType>();

/** The schema of a route's response body, named (once) after its operation. */
function responseOf(route: Route): z.ZodType {
  const known = responses.get(route);
  if (known) return known;
  const schema = envelope(route.data).meta({ id: responseName(route) });
  responses.set(route, schema);
  return schema;
}

/**
 * The OpenAPI components: every schema that names itself with an `id` (`.meta({ id })` where it is
 * defined) and the response of every route, each named schema referred to by $ref wherever used.
 */
function componentSchemas(routes: ReadonlyArray<Route>) {
  for (const route of routes) if (!isDocument(route)) responseOf(route);
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema, $id, ...schema }]) => [id, schema]));
}

const isDocument = (route: Route) => route.operationId === 'getOpenApi';

function operation(route: Route) {
  const pathParameters = route.pathParameters.map((p) => ({
    name: p.name,
    in: 'path',
    required: true,
    description: `${p.description} A ".json" or ".csv" suffix on the last segment chooses the representation.`,
    schema: z.toJSONSchema(p.schema, { unrepresentable: 'any' }),
  }));
  const queryParameters = parametersOf(route).map((p) => ({
    name: p.name,
    in: 'query',
    required: false,
    description: p.description,
    schema: z.toJSONSchema(p.schema, { unrepresentable: 'any' }),
  }));
  const content = isDocument(route)
    ? { 'application/json': { schema: { type: 'object' } } }
    : {
        'application/json': { schema: ref(responseName(route)) },
        ...(route.table
          ? {
              'text/csv': {
                schema: {
                  type: 'string',
                  description:
                    `RFC 4180 CSV, UTF-8, with the columns ${route.table.columns.map((c) => c.name).join(', ')}.` +
                    (route.paginated
                      ? ' Paged like JSON: a page of a longer listing names its rows in its file name ' +
                        '(Content-Disposition, e.g. "...-rows-1-200.csv") and links the next page in the Link ' +
                        'header; follow it, or ask for limit=1000, or download the complete table from the ' +
                        'release bundle.'
                      : ''),
                },
              },
            }
          : {}),
        ...(route.html
          ? {
              'text/html': {
                schema: {
                  type: 'string',
                  description:
                    'For a browser: when the Accept header prefers text/html and the URL names no format ' +
                    '(no suffix, no `format=`), a page of the record as published in the release, with its ' +
                    'text, the document and lines it comes from, every field, and links to the same ' +
                    'record as JSON and CSV pinned to the release. `*/*` and no Accept header get JSON.',
                },
              },
            }
          : {}),
      };
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    parameters: [...pathParameters, ...queryParameters].map(({ schema: { $schema, ...schema }, ...rest }) => ({
      ...rest,
      schema,
    })),
    responses: {
      '200': {
        description: 'OK',
        headers: {
          ETag: {
            description: 'Strong validator; send it back in If-None-Match to get 304.',
            schema: { type: 'string' },
          },
          'Cache-Control': {
            description: 'Pinned releases are immutable; current data is cached briefly.',
            schema: { type: 'string' },
          },
          ...(route.paginated
            ? {
                Link: {
                  description: 'rel="next" names the next page, as `meta.next` does.',
                  schema: { type: 'string' },
                },
              }
            : {}),
        },
        content,
      },
      '304': { description: 'Not Modified: the ETag in If-None-Match still matches.' },
      ...Object.fromEntries(
        GET_PROBLEM_STATUSES.map(([status, { when }]) => [
          status,
          { description: when, content: { 'application/problem+json': { schema: ref('Problem') } } },
        ]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document of the given routes, generated from their zod schemas. */
export function openApiDocument(routes: ReadonlyArray<Route>) {
  return {
    openapi: '3.1.0',
    info: {
      title: `${PORTAL_NAME} API`,
      version: '1',
      description:
        `Read-only open data: the OAS/CICAD Hemispheric Plans of Action on Drugs with their ` +
        `areas, objectives and priority actions, exact texts and provenance, the results of the ` +
        `Multilateral Evaluation Mechanism (MEM) by round and country, the commitments of the ` +
        `international documents on drug policy, and the lineage of each priority action across ` +
        `the plans. JSON by default, CSV with a ".csv" suffix or format=csv; one record or release ` +
        `also as an HTML page for a browser whose Accept header prefers text/html. Errors are RFC 9457 ` +
        `problem details. Only ${new Intl.ListFormat('en-GB').format(ALLOWED_METHODS)} are ` +
        `allowed.\n\n${STABILITY_PROMISE}`,
      license: {
        name: 'CC-BY-4.0 (data compilation); the plan texts are official documents of the OAS/CICAD',
        identifier: 'CC-BY-4.0',
      },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths: Object.fromEntries(routes.map((route) => [route.path, { get: operation(route) }])),
    components: { schemas: componentSchemas(routes) },
  };
}
