import * as z from 'zod';
import { erratumEntrySchema, erratumFields } from '../erratum.ts';
import { CommitmentDocumentId, CommitmentErratumId, CommitmentFootnoteId, CommitmentItemId } from './ids.ts';

/**
 * One hand-written entry of data/errata/{source}.yaml for a commitments source; same kinds and rules as the plans'
 * errata.
 */
export const CommitmentErratumEntry = erratumEntrySchema(CommitmentErratumId, CommitmentItemId);
export type CommitmentErratumEntry = z.infer<typeof CommitmentErratumEntry>;

/** The errata file of one commitments source. */
export const CommitmentErrataFile = z.array(CommitmentErratumEntry);

/** A published correction of a commitments source: what it prints, what is published instead, and why. */
export const CommitmentErratum = z
  .object({
    id: CommitmentErratumId,
    document: CommitmentDocumentId,
    ...erratumFields(CommitmentItemId, CommitmentFootnoteId),
  })
  .strict();
export type CommitmentErratum = z.infer<typeof CommitmentErratum>;
