import * as z from 'zod';
import { CountryAreaSummary, countryKind, countrySummaryTable } from '../../schema/index.ts';
import { DATA_STATUS_APART, summaryRoute } from '../http/summary-route.ts';
import { countrySummaryPartition } from '../storage/table-design.ts';

/** `/v1/countries/{iso3}/summary`: a country's results per round and area. */
export const countrySummaryRoute = summaryRoute(countryKind, {
  operationId: 'getCountrySummary',
  partition: countrySummaryPartition,
  summary: "A country's results per round and area",
  description:
    `For each round and area (pillar) in which a country was evaluated: how many of its ` +
    `results have each status of the scale, how many count as achieved and their share. ` +
    `Round recommendations belong to no area: their row has area null. ${DATA_STATUS_APART}`,
  table: countrySummaryTable,
  data: z.array(CountryAreaSummary),
});
