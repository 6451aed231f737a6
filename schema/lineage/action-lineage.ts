import * as z from 'zod';
import { ActionId, PlanId } from '../ids.ts';
import { ActionLink } from './action-link.ts';
import { LinkRelation } from './link-relation.ts';

/** Where a priority action comes from in the previous plan and where it goes in the next one. */
export const ActionLineage = z
  .object({
    action: ActionId,
    plan: PlanId,
    status_from_previous: z
      .union([z.literal('new'), LinkRelation])
      .nullable()
      .describe(
        'new: no counterpart in the previous plan; otherwise the relation of its links from ' +
          'there (if they differ, the first of split, merged, revised, unchanged); null in the ' +
          'first plan, 2011-2015, whose predecessor is not published.',
      ),
    predecessors: z.array(ActionId).describe('Its counterparts in the previous plan, in printed order.'),
    status_to_next: z
      .union([z.literal('dropped'), LinkRelation])
      .nullable()
      .describe(
        'dropped: no counterpart in the next plan; otherwise the relation of its links there (if ' +
          'they differ, the first of split, merged, revised, unchanged); null in the last plan, ' +
          '2021-2025.',
      ),
    successors: z.array(ActionId).describe('Its counterparts in the next plan, in printed order.'),
  })
  .strict();
export type ActionLineage = z.infer<typeof ActionLineage>;

/** The lineage of the priority actions across consecutive plans: every link, and every action with its status. */
export const Lineage = z
  .object({
    links: z
      .array(ActionLink)
      .describe(
        'Links between consecutive plans, 2011-2015 to 2016-2020 then 2016-2020 to 2021-2025, ' +
          'each in printed order of its earlier action, then of its later one.',
      ),
    actions: z.array(ActionLineage).describe('Every priority action of every plan, in printed order.'),
  })
  .strict();
export type Lineage = z.infer<typeof Lineage>;
