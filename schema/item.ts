import * as z from 'zod';
import { ErratumId, FootnoteId } from './ids.ts';
import { footnoteMarkers } from './footnote-markers.ts';
import { Provenance } from './provenance.ts';

/**
 * Fields every published plan record carries: its place, its printed label, its text and where that text comes from.
 */
export const itemFields = {
  ordinal: z.number().int().positive().describe('Position among its siblings, from 1, in printed order.'),
  number: z
    .string()
    .min(1)
    .nullable()
    .describe('The number or letter as printed (e.g. "4.3", "h"); null where none is printed.'),
  text: z
    .string()
    .min(1)
    .describe(
      'The text as printed in the source, with line breaks and layout spaces collapsed, the listed errata applied and ' +
        'footnote markers taken out (footnote_markers says where they stood).',
    ),
  text_status: z
    .enum(['as-printed', 'corrected', 'damaged'])
    .describe(
      'as-printed: no erratum; corrected: an erratum repaired a source defect; damaged: damage ' +
        'published as printed (see errata).',
    ),
  provenance: Provenance,
  footnotes: z.array(FootnoteId).describe('Footnotes that annotate this record.'),
  footnote_markers: footnoteMarkers(FootnoteId, 'FootnoteMarker'),
  errata: z.array(ErratumId).describe('Errata applied to this record.'),
};

/** The place of one footnote marker in the text of a plan's record. */
export type FootnoteMarker = z.infer<typeof itemFields.footnote_markers>[number];
