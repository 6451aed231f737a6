import * as z from 'zod';
import { ActionId } from '../ids.ts';
import { CommitmentDocumentId, CommitmentId } from '../commitments/ids.ts';

/**
 * An international commitment whose text is among the closest to a priority action's. Computed
 * by text similarity, it is a reading aid: not an official mapping by CICAD, the UN or the
 * Summits of the Americas, and no claim that the action implements the commitment.
 */
export const RelatedCommitment = z
  .object({
    action: ActionId,
    commitment: CommitmentId,
    document: CommitmentDocumentId,
    rank: z.number().int().positive().describe('1 for the commitment closest to the action, then 2, 3...'),
    score: z
      .number()
      .min(0)
      .max(1)
      .describe('TF-IDF cosine similarity of the two texts, from 0 to 1, rounded to 4 decimals.'),
    basis: z
      .literal('text-similarity')
      .describe(
        'Computed by comparing the texts (TF-IDF cosine similarity), not an official mapping ' +
          'between the plans and the commitments.',
      ),
  })
  .strict()
  .meta({ id: 'RelatedCommitment' });
export type RelatedCommitment = z.infer<typeof RelatedCommitment>;
