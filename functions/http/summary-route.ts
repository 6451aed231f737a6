import type * as z from 'zod';
import type { AnyRecordKind, AnyTable } from '../../schema/index.ts';
import { recordKey } from '../storage/table-design.ts';
import { pageReply } from './page-reply.ts';
import { problems } from './problems.ts';
import type { Route } from './route.ts';

/** What the description of every summary of MEM results says of official and synthetic results. */
export const DATA_STATUS_APART =
  'Official and synthetic (demonstration) results are never counted together: each row ' +
  'says which it counts in `data_status`.';

/** What a summary of one record of a served kind is. */
interface SummaryRouteSpec {
  readonly operationId: string;
  /** The partition of the summary of the record the path names, by its identifier. */
  readonly partition: (release: string, id: string) => string;
  readonly summary: string;
  readonly description: string;
  readonly table: AnyTable;
  readonly data: z.ZodType;
}

/**
 * `/v1/{kind}/{parameter}/summary`: a summary of one record computed when the release was loaded,
 * one item per row, page by page.
 */
export function summaryRoute(kind: AnyRecordKind, spec: SummaryRouteSpec): Route {
  const { parameter, noun, tag } = kind.served!;
  return {
    path: `/v1/${kind.name}/{${parameter.name}}/summary`,
    operationId: spec.operationId,
    tag,
    summary: spec.summary,
    description: spec.description,
    pathParameters: [parameter],
    filters: [],
    pinnable: true,
    paginated: true,
    table: spec.table,
    data: spec.data,
    cache: 'per-release',
    async handle({ store, release, params, limit, after }) {
      const id = params[parameter.name]!;
      const partition = spec.partition(release!, id);
      const start = after(partition);
      const page = await store.query(partition, { limit, after: start });
      // An empty summary is that of a record without results, or of none: the record tells.
      if (page.items.length === 0 && start === undefined) {
        if (!(await store.get(recordKey(release!, kind, id)))) {
          throw problems.noSuchRecord(noun, id, release!, parameter.name);
        }
      }
      return pageReply(partition, page, page.items[0]?.total ?? 0);
    },
  };
}
