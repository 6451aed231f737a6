import * as z from 'zod';
import { ActionId, AreaId, ObjectiveId, PlanId } from './ids.ts';
import { itemFields } from './item.ts';

/** A priority action ("action" in 2011-2015): the concrete activity by which an objective is pursued. */
export const Action = z
  .object({
    id: ActionId,
    plan: PlanId,
    area: AreaId,
    objective: ObjectiveId,
    ...itemFields,
  })
  .strict()
  .meta({ id: 'Action' });
export type Action = z.infer<typeof Action>;
