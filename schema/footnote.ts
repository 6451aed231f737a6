import * as z from 'zod';
import { ErratumId, FootnoteId, ItemId, PlanId } from './ids.ts';
import { Provenance } from './provenance.ts';
import { FootnoteNumber } from './formats.ts';

/** A footnote of a plan, attached to the records it annotates. */
export const Footnote = z
  .object({
    id: FootnoteId,
    plan: PlanId,
    number: FootnoteNumber.describe('The footnote number as printed.'),
    text: z.string().min(1).describe('The footnote text as printed, with the listed errata applied.'),
    text_status: z.enum(['as-printed', 'corrected', 'damaged']),
    annotates: z.array(ItemId).min(1).describe('Records the footnote annotates (a plan, area, objective or action).'),
    provenance: Provenance,
    errata: z.array(ErratumId),
  })
  .strict()
  .meta({ id: 'Footnote' });
export type Footnote = z.infer<typeof Footnote>;
