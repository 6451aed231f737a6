import * as z from 'zod';
import { Action } from '../action.ts';
import type { Dataset } from '../dataset.ts';
import { actionsOf } from '../records.ts';
import { ActionLineage } from './action-lineage.ts';
import { ActionLink } from './action-link.ts';
import { RelatedCommitment } from './related-commitment.ts';

/** A priority action's lineage with the links that make it, each with its relation, score, basis and reason. */
export const ActionLineageDetail = ActionLineage.extend({
  links: z
    .array(ActionLink)
    .describe(
      'Its links from its predecessors, then to its successors, in printed order: computed ' +
        'from the texts or curated by hand, as `basis` says.',
    ),
}).meta({ id: 'ActionLineageDetail' });
export type ActionLineageDetail = z.infer<typeof ActionLineageDetail>;

/**
 * A priority action as `/v1/actions/{id}` serves it: every field of Action, with its lineage across the plans and its
 * related commitments.
 */
export const ActionDetail = Action.extend({
  lineage: ActionLineageDetail.optional().describe(
    'Where the action comes from in the previous plan and where it goes in the next one, ' +
      'computed by text similarity and corrected by curated overrides. Absent in releases ' +
      'published before 2026-11-22.2.',
  ),
  related: z
    .array(RelatedCommitment)
    .optional()
    .describe(
      "The international commitments closest to the action's text, best first (at most 3, " +
        'possibly none): computed by text similarity (TF-IDF cosine), a reading aid, not an ' +
        'official mapping by CICAD, the UN or the Summits of the Americas, and no claim that the ' +
        'action implements them. Absent in releases published before 2026-11-22.2.',
    ),
}).meta({ id: 'ActionDetail' });
export type ActionDetail = z.infer<typeof ActionDetail>;

/** Every priority action of a dataset with its lineage and related commitments, in printed order. */
export function actionDetailsOf({
  plans,
  lineage,
  related,
}: Pick<Dataset, 'plans' | 'lineage' | 'related'>): ActionDetail[] {
  const lineages = new Map(lineage.actions.map((entry) => [entry.action, entry]));
  return actionsOf(plans).map((action) => ({
    ...action,
    lineage: {
      ...lineages.get(action.id)!,
      links: [
        ...lineage.links.filter((link) => link.to === action.id),
        ...lineage.links.filter((link) => link.from === action.id),
      ],
    },
    related: related.filter((r) => r.action === action.id),
  }));
}
