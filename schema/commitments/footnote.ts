import * as z from 'zod';
import { Provenance } from '../provenance.ts';
import { CommitmentDocumentId, CommitmentErratumId, CommitmentFootnoteId, CommitmentItemId } from './ids.ts';
import { FootnoteNumber } from '../formats.ts';

/** A footnote of a commitment document, attached to the records whose text carries its marker. */
export const CommitmentFootnote = z
  .object({
    id: CommitmentFootnoteId,
    document: CommitmentDocumentId,
    number: FootnoteNumber.describe('The footnote number as printed.'),
    text: z.string().min(1).describe('The footnote text as printed, markup removed, with the listed errata applied.'),
    text_status: z.enum(['as-printed', 'corrected', 'damaged']),
    annotates: z
      .array(CommitmentItemId)
      .min(1)
      .describe('Records the footnote annotates (a commitment, or the document when its marker stands in a heading).'),
    provenance: Provenance,
    errata: z.array(CommitmentErratumId),
  })
  .strict();
export type CommitmentFootnote = z.infer<typeof CommitmentFootnote>;
