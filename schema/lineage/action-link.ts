import * as z from 'zod';
import { ActionId } from '../ids.ts';
import { LinkRelation } from './link-relation.ts';

/** A link from a priority action of one plan to its counterpart in the next plan. */
export const ActionLink = z
  .object({
    from: ActionId.describe('The priority action of the earlier plan.'),
    to: ActionId.describe('Its counterpart in the next plan.'),
    relation: LinkRelation,
    score: z
      .number()
      .min(0)
      .max(1)
      .describe(
        'TF-IDF cosine similarity of the two texts, from 0 (no term in common) to 1 (the same ' +
          'terms in the same proportions), rounded to 4 decimals; computed for curated links too.',
      ),
    basis: z
      .enum(['computed', 'curated'])
      .describe(
        'computed: found and classified from the texts by the documented method; curated: added ' +
          'or reclassified by hand in data/lineage/overrides.yaml, for the stated reason.',
      ),
    reason: z
      .string()
      .min(1)
      .nullable()
      .describe('Why a curated link was added or reclassified; null for a computed link.'),
  })
  .strict()
  .refine((link) => (link.basis === 'curated') === (link.reason !== null), {
    message: 'a curated link states its reason, and only a curated link has one',
    path: ['reason'],
  })
  .meta({ id: 'ActionLink' });
export type ActionLink = z.infer<typeof ActionLink>;
