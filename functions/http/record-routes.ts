import * as z from 'zod';
import type { AnyRecordKind } from '../../schema/index.ts';
import { recordKey, recordPartition } from '../storage/table-design.ts';
import { MAX_LIMIT } from './common-parameters.ts';
import { problems } from './problems.ts';
import type { Route } from './route.ts';

/**
 * The routes of a kind of record, as its entry in RECORD_KINDS describes them:
 * `/v1/{kind}/{parameter}`, one record read with one GetItem (and offered to browsers as an HTML
 * page), and for kinds listed whole `/v1/{kind}`, every record read with one Query. None for kinds
 * the API does not serve.
 */
export function recordRoutes(kind: AnyRecordKind): Route[] {
  const { served } = kind;
  if (!served) return [];
  const { parameter, noun } = served;
  const common = {
    tag: served.tag,
    filters: [],
    pinnable: true,
    paginated: false,
    table: kind.table,
    cache: 'per-release',
  } as const;
  const one: Route = {
    ...common,
    path: `/v1/${kind.name}/{${parameter.name}}`,
    operationId: served.one.operationId,
    summary: `A ${noun}`,
    description: served.one.description,
    pathParameters: [parameter],
    data: served.schema,
    html: {
      noun,
      idOf: (record) => kind.idOf!(record),
      elsewhere: (record) =>
        kind.page
          ? [{ label: `This ${noun} on the portal (its current release)`, href: kind.page(kind.idOf!(record)) }]
          : [],
    },
    async handle({ store, release, params }) {
      const id = params[parameter.name]!;
      const item = await store.get(recordKey(release!, kind, id));
      if (!item) throw problems.noSuchRecord(noun, id, release!, parameter.name);
      return { kind: 'record', json: item.json };
    },
  };
  if (!served.all) return [one];
  const all: Route = {
    ...common,
    path: `/v1/${kind.name}`,
    operationId: served.all.operationId,
    summary: served.all.summary,
    description: served.all.description,
    pathParameters: [],
    data: z.array(served.schema),
    async handle({ store, release }) {
      // Kinds listed whole hold a few dozen records (3 plans, 8 rounds, 41 countries, 5 documents), far below a page.
      const page = await store.query(recordPartition(release!, kind), { limit: MAX_LIMIT });
      return { kind: 'page', items: page.items.map((item) => item.json), total: page.items.length, next: null };
    },
  };
  return [all, one];
}
