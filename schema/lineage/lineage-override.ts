import * as z from 'zod';
import { ActionId } from '../ids.ts';
import { LinkRelation } from './link-relation.ts';

const overriddenLink = {
  from: ActionId.describe('The priority action of the earlier plan.'),
  to: ActionId.describe('Its counterpart in the next plan.'),
  reason: z.string().min(1).describe('Why the computed lineage is wrong here, from a reading of both texts.'),
};

/**
 * One hand-made correction of the computed lineage, in data/lineage/overrides.yaml: add a link
 * the texts' similarity misses, remove one it wrongly finds, or reclassify one.
 */
export const LineageOverride = z.discriminatedUnion('change', [
  z.object({ change: z.literal('add'), ...overriddenLink, relation: LinkRelation }).strict(),
  z.object({ change: z.literal('remove'), ...overriddenLink }).strict(),
  z.object({ change: z.literal('reclassify'), ...overriddenLink, relation: LinkRelation }).strict(),
]);
export type LineageOverride = z.infer<typeof LineageOverride>;

/** data/lineage/overrides.yaml: the overrides, in the order they are applied; an empty file has none. */
export const LineageOverridesFile = z
  .array(LineageOverride)
  .nullable()
  .transform((overrides) => overrides ?? []);
export type LineageOverridesFile = z.infer<typeof LineageOverridesFile>;
