import * as z from 'zod';
import type { Dataset } from '../dataset.ts';
import { CommitmentDocument } from './document.ts';

/**
 * A commitment document as the API serves it and documents.csv lists it: with how many commitments it holds and under
 * which headings.
 */
export const DocumentRecord = CommitmentDocument.extend({
  commitment_count: z.number().int().nonnegative().describe('Number of commitments published from the document.'),
  sections: z
    .array(z.string().min(1))
    .describe(
      'The headings its commitments are printed under (their `section`), in printed order, ' +
        'each once: the values the `section` filter of /v1/commitments accepts.',
    ),
}).meta({ id: 'DocumentRecord' });
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** Every commitment document as a record, in the order of their sources. */
export const documentRecordsOf = ({
  documents,
  commitments,
}: Pick<Dataset, 'documents' | 'commitments'>): DocumentRecord[] =>
  documents.map((document) => {
    const own = commitments.filter((c) => c.document === document.id);
    return {
      ...document,
      commitment_count: own.length,
      sections: [...new Set(own.flatMap((c) => (c.section === null ? [] : [c.section])))],
    };
  });
