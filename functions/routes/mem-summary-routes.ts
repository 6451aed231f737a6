import * as z from 'zod';
import { CountryAreaSummary, UnitSummary, type AnyTable } from '../../schema/index.ts';
import { countrySummaryTable, unitSummaryTable } from '../../schema/mem/tables.ts';
import {
  countrySummaryPartition,
  recordKey,
  roundKey,
  roundSummaryPartition,
  type ItemKey,
} from '../storage/table-design.ts';
import { countryParameter, roundParameter } from './mem-parameters.ts';
import { problems } from '../http/problems.ts';
import { pageReply } from './page-reply.ts';
import type { NamedPathParameter } from './record-routes.ts';
import type { Route } from './route.ts';

interface SummaryRouteSpec {
  readonly segment: string;
  readonly operationId: string;
  readonly noun: string;
  readonly parameter: NamedPathParameter;
  /** The partition of the summary of the record the parameter names. */
  readonly partition: (release: string, value: string) => string;
  /** The key of that record. */
  readonly record: (release: string, value: string) => ItemKey;
  readonly summary: string;
  readonly description: string;
  readonly table: AnyTable;
  readonly data: z.ZodType;
}

/** `/v1/{segment}/{parameter}/summary`: a summary computed when the release was loaded, one item per row, page by page. */
const summaryRoute = ({
  segment,
  operationId,
  noun,
  parameter: { name, ...parameter },
  partition: partitionOf,
  record,
  summary,
  description,
  table,
  data,
}: SummaryRouteSpec): Route => ({
  path: `/v1/${segment}/{${name}}/summary`,
  operationId,
  tag: 'MEM',
  summary,
  description,
  pathParameters: { [name]: parameter },
  filters: [],
  pinnable: true,
  paginated: true,
  table,
  data,
  cache: 'per-release',
  async handle({ store, release, params, limit, after }) {
    const value = params[name]!;
    const partition = partitionOf(release!, value);
    const start = after(partition);
    const page = await store.query(partition, { limit, after: start });
    // An empty summary is that of a round or country without results, or of none: its record tells.
    if (page.items.length === 0 && start === undefined && !(await store.get(record(release!, value))))
      throw problems.noSuchRecord(noun, value, release!, name);
    return pageReply(partition, page, page.items[0]?.total ?? 0);
  },
});

const DATA_STATUS =
  'Official and synthetic (demonstration) results are never counted together: each row says which it counts in `data_status`.';

/** `/v1/rounds/{round}/summary`: a round's results per unit. */
export const roundSummaryRoute = summaryRoute({
  segment: 'rounds',
  operationId: 'getRoundSummary',
  noun: 'round',
  parameter: roundParameter,
  partition: roundSummaryPartition,
  record: (release, round) => recordKey(release, 'rounds', roundKey(round)),
  summary: "A round's results per unit",
  description: `For each unit a round assessed, in the order its results list them: how many results have each status of the scale, how many count as achieved and their share, and how many countries were evaluated. ${DATA_STATUS}`,
  table: unitSummaryTable,
  data: z.array(UnitSummary),
});

/** `/v1/countries/{iso3}/summary`: a country's results per round and area. */
export const countrySummaryRoute = summaryRoute({
  segment: 'countries',
  operationId: 'getCountrySummary',
  noun: 'country',
  parameter: countryParameter,
  partition: countrySummaryPartition,
  record: (release, iso3) => recordKey(release, 'countries', iso3),
  summary: "A country's results per round and area",
  description: `For each round and area (pillar) in which a country was evaluated: how many of its results have each status of the scale, how many count as achieved and their share. Round recommendations belong to no area: their row has area null. ${DATA_STATUS}`,
  table: countrySummaryTable,
  data: z.array(CountryAreaSummary),
});
