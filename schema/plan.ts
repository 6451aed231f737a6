import * as z from 'zod';
import { ErratumId, FootnoteId, PlanId, SourceId } from './ids.ts';
import { Area } from './area.ts';

/** The printed document a plan is published from, as its source manifest describes it. */
export const PlanDocument = z
  .object({
    source: SourceId,
    title: z.string(),
    issuer: z.string(),
    session: z.string().nullable(),
    place: z.string().nullable(),
    session_dates: z.tuple([z.string(), z.string()]).nullable(),
    adopted: z.string().nullable().describe('Date of adoption, only as precisely as the document prints it.'),
    symbol: z.string().nullable(),
    isbn: z.string().nullable(),
    sha256: z.string().describe('SHA-256 of the raw source text the plan was extracted from.'),
  })
  .strict();
export type PlanDocument = z.infer<typeof PlanDocument>;

/** A Hemispheric Plan of Action on Drugs: its document, its areas, and counts of what it holds. */
export const Plan = z
  .object({
    id: PlanId,
    ordinal: z.number().int().positive(),
    title: z.string().min(1),
    period: z.tuple([z.number().int(), z.number().int()]).describe('First and last year the plan covers.'),
    area_term: z.enum(['area', 'pillar']).describe('What the plan calls its thematic divisions.'),
    document: PlanDocument,
    counts: z.object({ areas: z.number().int(), objectives: z.number().int(), actions: z.number().int() }).strict(),
    footnotes: z.array(FootnoteId).describe('Footnotes that annotate the plan as a whole.'),
    errata: z.array(ErratumId).describe('Errata applied to the plan as a whole.'),
    areas: z.array(Area).min(1),
  })
  .strict();
export type Plan = z.infer<typeof Plan>;
