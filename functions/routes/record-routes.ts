import type * as z from 'zod';
import {
  ActionDetail,
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
import { MAX_LIMIT } from '../http/common-parameters.ts';
import { recordKey, recordPartition, type RecordKind } from '../storage/table-design.ts';
import { problems } from '../http/problems.ts';
import type { PathParameter, Route } from './route.ts';

/** A path parameter with its name. */
export interface NamedPathParameter extends PathParameter {
  readonly name: string;
}

/** The `id` path parameter of a kind of record, e.g. idParameter('area', AreaId, '2021-2025-ptr'). */
export const idParameter = (noun: string, schema: z.ZodType<string>, example: string): NamedPathParameter => ({
  name: 'id',
  schema,
  expected: `a ${noun} id such as ${example}`,
  description: `${noun[0]!.toUpperCase()}${noun.slice(1)} identifier, e.g. ${example}.`,
});

interface RecordRouteSpec {
  readonly segment: string;
  readonly operationId: string;
  readonly tag: string;
  readonly kind: RecordKind;
  readonly noun: string;
  readonly parameter: NamedPathParameter;
  readonly table: AnyTable;
  readonly data: z.ZodType;
  readonly description: string;
  /** The record's sort key from the path parameter; the parameter itself unless given. */
  readonly sortKey?: (value: string) => string;
}

/** `/v1/{segment}/{parameter}`: one record of a release, read with one GetItem. */
export const recordRoute = ({
  segment,
  operationId,
  tag,
  kind,
  noun,
  parameter: { name, ...parameter },
  table,
  data,
  description,
  sortKey = (value) => value,
}: RecordRouteSpec): Route => ({
  path: `/v1/${segment}/{${name}}`,
  operationId,
  tag,
  summary: `A ${noun}`,
  description,
  pathParameters: { [name]: parameter },
  filters: [],
  pinnable: true,
  paginated: false,
  table,
  data,
  cache: 'per-release',
  async handle({ store, release, params }) {
    const item = await store.get(recordKey(release!, kind, sortKey(params[name]!)));
    if (!item) throw problems.noSuchRecord(noun, params[name]!, release!, name);
    return { kind: 'record', json: item.json };
  },
});

interface RecordListRouteSpec {
  readonly segment: string;
  readonly operationId: string;
  readonly tag: string;
  readonly kind: RecordKind;
  readonly summary: string;
  readonly description: string;
  readonly table: AnyTable;
  readonly data: z.ZodType;
}

/** `/v1/{segment}`: every record of a kind, in sort-key order, in one response and with one Query. */
export const recordListRoute = ({
  segment,
  operationId,
  tag,
  kind,
  summary,
  description,
  table,
  data,
}: RecordListRouteSpec): Route => ({
  path: `/v1/${segment}`,
  operationId,
  tag,
  summary,
  description,
  pathParameters: {},
  filters: [],
  pinnable: true,
  paginated: false,
  table,
  data,
  cache: 'per-release',
  async handle({ store, release }) {
    // Kinds listed whole hold a few dozen records (3 plans, 8 rounds, 41 countries, 5 documents), far below a page.
    const page = await store.query(recordPartition(release!, kind), { limit: MAX_LIMIT });
    return { kind: 'page', items: page.items.map((item) => item.json), total: page.items.length, next: null };
  },
});

/** The routes of single records below the plans. */
export const recordRoutes: Route[] = [
  recordRoute({
    segment: 'areas',
    operationId: 'getArea',
    tag: 'Records',
    kind: 'areas',
    noun: 'area',
    parameter: idParameter('area', AreaId, '2021-2025-ptr'),
    table: areaTable,
    data: AreaRecord,
    description: 'An area (pillar) of a plan: its heading as printed, provenance and objectives by id.',
  }),
  recordRoute({
    segment: 'objectives',
    operationId: 'getObjective',
    tag: 'Records',
    kind: 'objectives',
    noun: 'objective',
    parameter: idParameter('objective', ObjectiveId, '2021-2025-ptr-1'),
    table: objectiveTable,
    data: ObjectiveRecord,
    description: 'An objective: its exact text, provenance, footnotes, errata and priority actions by id.',
  }),
  recordRoute({
    segment: 'actions',
    operationId: 'getAction',
    tag: 'Records',
    kind: 'actions',
    noun: 'priority action',
    parameter: idParameter('priority action', ActionId, '2016-2020-dr-4-3'),
    table: actionTable,
    data: ActionDetail,
    description:
      "A priority action: its exact text, printed number, place in the plan, provenance, footnotes and errata; its lineage across the plans (predecessors, successors and each link's relation, score, basis and reason); and its related commitments, computed by text similarity as a reading aid, not an official mapping. Its CSV has the columns of actions.csv.",
  }),
  recordRoute({
    segment: 'footnotes',
    operationId: 'getFootnote',
    tag: 'Records',
    kind: 'footnotes',
    noun: 'footnote',
    parameter: idParameter('footnote', FootnoteId, '2021-2025-fn-1'),
    table: footnoteTable,
    data: Footnote,
    description: 'A footnote of a plan: its text as printed and the records it annotates.',
  }),
  recordRoute({
    segment: 'errata',
    operationId: 'getErratum',
    tag: 'Records',
    kind: 'errata',
    noun: 'erratum',
    parameter: idParameter('erratum', ErratumId, '2021-2025-e001'),
    table: erratumTable,
    data: Erratum,
    description: 'A correction of a source defect: what the source prints, what is published instead, and why.',
  }),
];
