import * as z from 'zod';
import { ActionId, AreaId, ObjectiveId, PlanId } from '../ids.ts';
import { Assessment, refineReportByStatus } from './assessment.ts';

/** A result's permanent identifier: "mem{round}-{country, lower case}-{unit}", e.g. "mem8-jam-2021-2025-ptr-3-2". */
export const ResultId = z
  .string()
  .regex(/^mem[1-9]\d{0,2}-[a-z]{3}-[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,7}$/)
  .describe('Result identifier: "mem{round}-{country in lower case}-{unit}", e.g. "mem8-jam-2021-2025-ptr-3-2".');

/** The identifier of the result of `round` for `country` on `unit`. */
export const resultId = (round: number, country: string, unit: string) =>
  `mem${round}-${country.toLowerCase()}-${unit}`;

/**
 * An assessment as a release publishes it: with its identifier, the label of its status and
 * whether that counts as achieved, and the place of its unit in the plans (null for a round's own
 * recommendations, which are not part of a plan).
 */
export const Result = Assessment.extend({
  id: ResultId,
  status_label: z.string().min(1).describe("The status as the round's rating scale labels it."),
  achieved: z.boolean().describe('Whether the status counts as achieved in the aggregates.'),
  plan: PlanId.nullable().describe('The plan the unit belongs to; null for a round recommendation.'),
  area: AreaId.nullable().describe('The area (pillar) the unit belongs to; null for a round recommendation.'),
  objective: ObjectiveId.nullable().describe(
    'The objective assessed, or the one the priority action assessed belongs to.',
  ),
  action: ActionId.nullable().describe('The priority action assessed, when the unit is one.'),
})
  .strict()
  .superRefine(refineReportByStatus)
  .meta({ id: 'Result' });
export type Result = z.infer<typeof Result>;
