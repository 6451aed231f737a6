import * as z from 'zod';
import { UnitSummary, roundKind, unitSummaryTable } from '../../schema/index.ts';
import { DATA_STATUS_APART, summaryRoute } from '../http/summary-route.ts';
import { roundSummaryPartition } from '../storage/table-design.ts';

/** `/v1/rounds/{round}/summary`: a round's results per unit. */
export const roundSummaryRoute = summaryRoute(roundKind, {
  operationId: 'getRoundSummary',
  partition: roundSummaryPartition,
  summary: "A round's results per unit",
  description:
    `For each unit a round assessed, in the order its results list them: how many results ` +
    `have each status of the scale, how many count as achieved and their share, and how many ` +
    `countries were evaluated. ${DATA_STATUS_APART}`,
  table: unitSummaryTable,
  data: z.array(UnitSummary),
});
