import * as z from 'zod';
import { AreaId, ObjectiveId, PlanId } from './ids.ts';
import { itemFields } from './item.ts';
import { Action } from './action.ts';

/** An objective of a plan's area, with its priority actions in printed order. */
export const Objective = z
  .object({
    id: ObjectiveId,
    plan: PlanId,
    area: AreaId,
    ...itemFields,
    actions: z.array(Action).min(1),
  })
  .strict();
export type Objective = z.infer<typeof Objective>;
