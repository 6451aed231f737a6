import type * as z from 'zod';
import {
  Action,
  ActionId,
  AreaId,
  AreaRecord,
  Erratum,
  ErratumId,
  Footnote,
  FootnoteId,
  ObjectiveId,
  ObjectiveRecord,
  actionTable,
  areaTable,
  erratumTable,
  footnoteTable,
  objectiveTable,
  type AnyTable,
} from '../../schema/index.ts';
import { recordKey, type RecordKind } from '../storage/table-design.ts';
import { notFound } from './not-found.ts';
import type { Route } from './route.ts';

interface RecordRouteSpec {
  readonly segment: string;
  readonly operationId: string;
  readonly kind: RecordKind;
  readonly noun: string;
  readonly id: z.ZodType<string>;
  readonly example: string;
  readonly table: AnyTable;
  readonly data: z.ZodType;
  readonly description: string;
}

/** `/v1/{segment}/{id}`: one record of a release, read with one GetItem. */
const recordRoute = ({ segment, operationId, kind, noun, id, example, table, data, description }: RecordRouteSpec): Route => ({
  path: `/v1/${segment}/{id}`,
  operationId,
  tag: 'Records',
  summary: `A ${noun}`,
  description,
  pathParameters: { id: { schema: id, expected: `a ${noun} id such as ${example}`, description: `${noun[0]!.toUpperCase()}${noun.slice(1)} identifier, e.g. ${example}.` } },
  filters: [],
  pinnable: true,
  paginated: false,
  table,
  data,
  cache: 'per-release',
  async handle({ store, release, params }) {
    const item = await store.get(recordKey(release!, kind, params.id!));
    if (!item) throw notFound(noun, params.id!, release!);
    return { kind: 'record', json: item.json };
  },
});

/** The routes of single records below the plans. */
export const recordRoutes: Route[] = [
  recordRoute({ segment: 'areas', operationId: 'getArea', kind: 'areas', noun: 'area', id: AreaId, example: '2021-2025-ptr', table: areaTable, data: AreaRecord, description: 'An area (pillar) of a plan: its heading as printed, provenance and objectives by id.' }),
  recordRoute({ segment: 'objectives', operationId: 'getObjective', kind: 'objectives', noun: 'objective', id: ObjectiveId, example: '2021-2025-ptr-1', table: objectiveTable, data: ObjectiveRecord, description: 'An objective: its exact text, provenance, footnotes, errata and priority actions by id.' }),
  recordRoute({ segment: 'actions', operationId: 'getAction', kind: 'actions', noun: 'priority action', id: ActionId, example: '2016-2020-dr-4-3', table: actionTable, data: Action, description: 'A priority action: its exact text, printed number, place in the plan, provenance, footnotes and errata.' }),
  recordRoute({ segment: 'footnotes', operationId: 'getFootnote', kind: 'footnotes', noun: 'footnote', id: FootnoteId, example: '2021-2025-fn-1', table: footnoteTable, data: Footnote, description: 'A footnote of a plan: its text as printed and the records it annotates.' }),
  recordRoute({ segment: 'errata', operationId: 'getErratum', kind: 'errata', noun: 'erratum', id: ErratumId, example: '2021-2025-e001', table: erratumTable, data: Erratum, description: 'A correction of a source defect: what the source prints, what is published instead, and why.' }),
];
