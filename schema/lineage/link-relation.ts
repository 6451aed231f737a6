import * as z from 'zod';

/** How a priority action of one plan continues in the next plan. */
export const LinkRelation = z
  .enum(['unchanged', 'revised', 'split', 'merged'])
  .describe(
    'unchanged: the same text (after collapsing whitespace and case) continues one-to-one; ' +
      'revised: one action continues one-to-one in a reworded one; split: the earlier action ' +
      'continues in several actions of the next plan; merged: several earlier actions continue ' +
      'in this one action of the next plan.',
  );
export type LinkRelation = z.infer<typeof LinkRelation>;
