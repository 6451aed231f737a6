import * as z from 'zod';
import { ErratumId, FootnoteId } from './ids.ts';
import { Provenance } from './provenance.ts';

/** The place of one footnote marker in a record's text. */
export const FootnoteMarker = z
  .object({
    footnote: FootnoteId.describe('The footnote whose marker stands here.'),
    position: z
      .number()
      .int()
      .nonnegative()
      .describe(
        "How many characters of text precede the marker, counted in Unicode code points (as Python's len() counts; " +
          'in JavaScript, [...text].length), so 0 is before the first character and the length of text after the last.',
      ),
  })
  .strict()
  .meta({ id: 'FootnoteMarker' });
export type FootnoteMarker = z.infer<typeof FootnoteMarker>;

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
  footnote_markers: z
    .array(FootnoteMarker)
    .describe(
      'Where the source prints a footnote marker (a superscript number) in this text, in order. Text holds no ' +
        'marker, so that it can be copied, searched and analysed as prose; a marker is shown again by inserting it ' +
        'at its position. A footnote attached by an anchor erratum, whose marker the source lost, has none.',
    ),
  errata: z.array(ErratumId).describe('Errata applied to this record.'),
};
