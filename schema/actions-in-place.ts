import type { Action } from './action.ts';
import type { Area } from './area.ts';
import type { Objective } from './objective.ts';
import type { Plan } from './plan.ts';
import { actionTable } from './tables.ts';
import { defineTable, type Column } from './table-definition.ts';

/** A priority action with the area and objective it is printed under. */
export interface ActionInPlace {
  readonly action: Action;
  readonly area: Pick<Area, 'name'>;
  readonly objective: Pick<Objective, 'number' | 'text'>;
}

/**
 * An action's number as the plan prints it beside the action: "4.3" (objective 4, action 3), or
 * "h)" where actions are lettered (2011-2015); null where none is printed.
 */
export const printedActionNumber = (action: Pick<Action, 'number'>, objective: Pick<Objective, 'number'>) =>
  action.number === null
    ? null
    : /^[a-z]+$/.test(action.number)
      ? `${action.number})`
      : `${objective.number}.${action.number}`;

/** The priority actions of some plans, each with the area and objective it is printed under, in printed order. */
export const actionsInPlace = (plans: ReadonlyArray<Plan>): ActionInPlace[] =>
  plans.flatMap((plan) =>
    plan.areas.flatMap((area) =>
      area.objectives.flatMap((objective) => objective.actions.map((action) => ({ action, area, objective }))),
    ),
  );

/** The columns that follow an action's area and objective ids: what they are called where the plan prints them. */
const PLACE_COLUMNS: Readonly<Record<string, ReadonlyArray<Column<ActionInPlace>>>> = {
  area: [
    {
      name: 'area_name',
      type: 'string',
      description: 'Name of the area (pillar) as printed.',
      value: (r) => r.area.name,
    },
  ],
  number: [
    {
      name: 'printed_number',
      type: 'string',
      description:
        'The number as the plan prints it beside the action, e.g. "4.3" or "h)"; empty where none is printed.',
      value: (r) => printedActionNumber(r.action, r.objective),
    },
  ],
  objective: [
    {
      name: 'objective_number',
      type: 'string',
      description: 'Number of the objective as printed; empty where none is printed.',
      value: (r) => r.objective.number,
    },
    {
      name: 'objective_text',
      type: 'string',
      description: 'Text of the objective as published.',
      value: (r) => r.objective.text,
    },
  ],
};

/**
 * Priority actions for readers of a spreadsheet: every column of actions.csv, with the name of the
 * area and the number and text of the objective beside their identifiers, so that a row reads on
 * its own. The portal offers a plan's, an area's and an objective's actions this way.
 */
export const actionInPlaceTable = defineTable<ActionInPlace>({
  name: 'actions',
  title: 'Priority actions with the area and objective they are printed under',
  columns: actionTable.columns.flatMap((column): Column<ActionInPlace>[] => [
    { ...column, value: (r) => column.value(r.action) },
    ...(PLACE_COLUMNS[column.name] ?? []),
  ]),
  foreignKeys: actionTable.foreignKeys,
});
