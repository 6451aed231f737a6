import type { Plan } from './plan.ts';

/** Every area of the plans, in printed order. */
export const areasOf = (plans: ReadonlyArray<Plan>) => plans.flatMap((p) => p.areas);

/** Every objective of the plans, in printed order. */
export const objectivesOf = (plans: ReadonlyArray<Plan>) => areasOf(plans).flatMap((a) => a.objectives);

/** Every priority action of the plans, in printed order. */
export const actionsOf = (plans: ReadonlyArray<Plan>) => objectivesOf(plans).flatMap((o) => o.actions);

/** Every record of the plans that prints a text (areas, objectives, actions), each followed by what it holds. */
export const textRecordsOf = (plans: ReadonlyArray<Plan>) =>
  areasOf(plans).flatMap((a) => [a, ...a.objectives.flatMap((o) => [o, ...o.actions])]);
