import * as z from 'zod';
import { Country, Result, ResultId, Round } from '../../schema/index.ts';
import { countryTable, resultTable, roundTable } from '../../schema/mem/tables.ts';
import { roundKey } from '../storage/table-design.ts';
import { countryParameter, roundParameter } from './mem-parameters.ts';
import { countrySummaryRoute, roundSummaryRoute } from './mem-summary-routes.ts';
import { idParameter, recordListRoute, recordRoute } from './record-routes.ts';
import { resultsRoute } from './results-route.ts';
import type { Route } from './route.ts';

const COUNTRY =
  'its ISO 3166-1 codes, its names in English, Spanish, Portuguese and French with their source, its OAS membership and MEM participation with sourced notes, and `data_status`';
const ROUND =
  'what it evaluated and in what unit, its years, schedule and published figures, and its rating scale where known (statuses best first, each saying whether it counts as achieved), every fact with its source';

/** `/v1/countries`: the OAS member states, and in a demonstration build its fictional states. */
export const countriesRoute = recordListRoute({
  segment: 'countries',
  operationId: 'getCountries',
  tag: 'MEM',
  kind: 'countries',
  summary: 'Countries',
  description: `The OAS member states by ISO 3166-1 alpha-3 code, each with ${COUNTRY}. A demonstration build adds fictional states, marked \`data_status: synthetic\`.`,
  table: countryTable,
  data: z.array(Country),
});

/** `/v1/countries/{iso3}`: one country. */
export const countryRoute = recordRoute({
  segment: 'countries',
  operationId: 'getCountry',
  tag: 'MEM',
  kind: 'countries',
  noun: 'country',
  parameter: countryParameter,
  table: countryTable,
  data: Country,
  description: `A country: ${COUNTRY} (synthetic for a fictional demonstration state).`,
});

/** `/v1/rounds`: the MEM's evaluation rounds. */
export const roundsRoute = recordListRoute({
  segment: 'rounds',
  operationId: 'getRounds',
  tag: 'MEM',
  kind: 'rounds',
  summary: 'MEM evaluation rounds',
  description: `The rounds of the Multilateral Evaluation Mechanism, in order, each with ${ROUND}.`,
  table: roundTable,
  data: z.array(Round),
});

/** `/v1/rounds/{round}`: one round. */
export const roundRoute = recordRoute({
  segment: 'rounds',
  operationId: 'getRound',
  tag: 'MEM',
  kind: 'rounds',
  noun: 'round',
  parameter: roundParameter,
  sortKey: roundKey,
  table: roundTable,
  data: Round,
  description: `A round of the Multilateral Evaluation Mechanism: ${ROUND}.`,
});

/** `/v1/results/{id}`: one MEM result. */
export const resultRoute = recordRoute({
  segment: 'results',
  operationId: 'getResult',
  tag: 'MEM',
  kind: 'results',
  noun: 'result',
  parameter: idParameter('result', ResultId, 'mem8-jam-2021-2025-ptr-3-2'),
  table: resultTable,
  data: Result,
  description:
    "How a MEM round judged a country on one unit: the status, its label and whether it counts as achieved, the finding and recommendation as the report prints them, the report and its page, the unit's place in the plans, and `data_status` (official, or synthetic demonstration data).",
});

/** The routes of the MEM, in the order the OpenAPI document lists them. */
export const memRoutes: ReadonlyArray<Route> = [
  countriesRoute,
  countryRoute,
  countrySummaryRoute,
  roundsRoute,
  roundRoute,
  roundSummaryRoute,
  resultsRoute,
  resultRoute,
];
