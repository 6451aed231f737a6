import * as z from 'zod';
import { ActionId, AreaId, ObjectiveId } from './ids.ts';
import { Plan } from './plan.ts';
import { Area } from './area.ts';
import { Objective } from './objective.ts';
import { areasOf, objectivesOf } from './records.ts';

/**
 * Flat records: each plan, area and objective on its own, naming its children by id instead of
 * holding them. They are the rows of the CSV tables and the records the API serves.
 */

/** A plan without its tree: its areas by id. */
export const PlanRecord = Plan.omit({ areas: true })
  .extend({
    areas: z.array(AreaId).describe("Identifiers of the plan's areas, in printed order."),
  })
  .meta({ id: 'PlanRecord' });
export type PlanRecord = z.infer<typeof PlanRecord>;

/** An area without its tree: its objectives by id. */
export const AreaRecord = Area.omit({ objectives: true })
  .extend({
    objectives: z.array(ObjectiveId).describe("Identifiers of the area's objectives, in printed order."),
  })
  .meta({ id: 'AreaRecord' });
export type AreaRecord = z.infer<typeof AreaRecord>;

/** An objective without its tree: its priority actions by id. */
export const ObjectiveRecord = Objective.omit({ actions: true })
  .extend({
    actions: z.array(ActionId).describe("Identifiers of the objective's priority actions, in printed order."),
  })
  .meta({ id: 'ObjectiveRecord' });
export type ObjectiveRecord = z.infer<typeof ObjectiveRecord>;

/** Every plan as a flat record. */
export const planRecordsOf = (plans: ReadonlyArray<Plan>): PlanRecord[] =>
  plans.map(({ areas, ...plan }) => ({ ...plan, areas: areas.map((a) => a.id) }));

/** Every area as a flat record, in printed order. */
export const areaRecordsOf = (plans: ReadonlyArray<Plan>): AreaRecord[] =>
  areasOf(plans).map(({ objectives, ...area }) => ({ ...area, objectives: objectives.map((o) => o.id) }));

/** Every objective as a flat record, in printed order. */
export const objectiveRecordsOf = (plans: ReadonlyArray<Plan>): ObjectiveRecord[] =>
  objectivesOf(plans).map(({ actions, ...objective }) => ({ ...objective, actions: actions.map((a) => a.id) }));
