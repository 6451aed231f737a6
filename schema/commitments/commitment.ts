import * as z from 'zod';
import { footnoteMarkers } from '../footnote-markers.ts';
import { Provenance } from '../provenance.ts';
import { CommitmentDocumentId, CommitmentErratumId, CommitmentFootnoteId, CommitmentId } from './ids.ts';

/** One paragraph, recommendation or mandate of an international commitment document, with its text as printed. */
export const Commitment = z
  .object({
    id: CommitmentId,
    document: CommitmentDocumentId,
    section: z
      .string()
      .min(1)
      .nullable()
      .describe(
        'The heading the item is printed under (chapter, part or section, markup removed), or ' +
          'for a Summits mandate the instrument it is attributed to, e.g. "Plan of Action, ' +
          'Québec"; null before the first heading.',
      ),
    number: z
      .string()
      .min(1)
      .nullable()
      .describe(
        'The number as printed, with the numbers of the paragraphs it belongs to: "12", "1 (a)", ' +
          '"24 (b) (ii)", "Initiative 6"; null for a paragraph printed without a number.',
      ),
    ordinal: z.number().int().positive().describe('Position within its document, from 1, in printed order.'),
    text: z
      .string()
      .min(1)
      .describe(
        'The text as printed, with line breaks, layout spaces, bullets, italics and footnote ' +
          'markers removed (footnote_markers says where they stood) and the listed errata applied.',
      ),
    text_status: z
      .enum(['as-printed', 'corrected', 'damaged'])
      .describe(
        'as-printed: no erratum; corrected: an erratum repaired a source defect; damaged: damage ' +
          'published as printed (see errata).',
      ),
    footnotes: z.array(CommitmentFootnoteId).describe('Footnotes whose markers stand in this text.'),
    footnote_markers: footnoteMarkers(CommitmentFootnoteId, 'CommitmentFootnoteMarker'),
    errata: z.array(CommitmentErratumId).describe('Errata applied to this record.'),
    provenance: Provenance,
  })
  .strict()
  .meta({ id: 'Commitment' });
export type Commitment = z.infer<typeof Commitment>;
