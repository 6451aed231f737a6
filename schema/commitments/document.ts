import * as z from 'zod';
import { Provenance } from '../provenance.ts';
import { CommitmentDocumentId, CommitmentErratumId, CommitmentFootnoteId } from './ids.ts';
import { IsoDate } from '../formats.ts';
import { OfficialPublication } from '../source.ts';

/** An international instrument whose commitments are published: what it is, who adopted it, and where it is printed. */
export const CommitmentDocument = z
  .object({
    id: CommitmentDocumentId,
    ordinal: z
      .number()
      .int()
      .positive()
      .describe('Position among the commitment documents, from 1, in the order of their sources.'),
    title: z.string().min(1).describe('The title as printed in its heading, markup removed.'),
    issuer: z.string().min(1).describe('The body that adopted the document.'),
    date: IsoDate.nullable().describe(
      'Year or date of adoption (ISO 8601, only as precisely as the source prints it); null ' +
        'for a compilation of several instruments.',
    ),
    instrument: z
      .string()
      .min(1)
      .describe(
        'What kind of instrument it is, e.g. "Ministerial Declaration", "Outcome document of a ' +
          'special session of the General Assembly".',
      ),
    footnotes: z.array(CommitmentFootnoteId).describe("Footnotes whose markers stand in the document's headings."),
    errata: z.array(CommitmentErratumId).describe("Errata applied to the document's headings."),
    provenance: Provenance.describe("The source and the lines of the document's heading."),
    publication: OfficialPublication.optional().describe(
      'Where the issuer publishes the document itself (not the compilation it is read from), once ' +
        'verified; absent while no address has been verified.',
    ),
  })
  .strict();
export type CommitmentDocument = z.infer<typeof CommitmentDocument>;
