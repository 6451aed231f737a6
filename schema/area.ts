import * as z from 'zod';
import { AreaId, PlanId } from './ids.ts';
import { itemFields } from './item.ts';
import { Objective } from './objective.ts';

/** A thematic area of a plan (a "pillar" in 2021-2025). Its `text` is its heading as printed. */
export const Area = z
  .object({
    id: AreaId,
    plan: PlanId,
    code: z
      .string()
      .regex(/^[a-z]{2,4}$/)
      .describe('Short code of the area within its plan, e.g. "ptr".'),
    name: z.string().min(1).describe('Canonical English name of the area.'),
    ...itemFields,
    objectives: z.array(Objective).min(1),
  })
  .strict();
export type Area = z.infer<typeof Area>;
