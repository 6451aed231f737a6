import * as z from 'zod';

/** Where a fact about the MEM comes from: a public web page or document. */
export const FactSource = z
  .object({
    url: z.url({ protocol: /^https?$/ }).describe('The page or document that states the fact.'),
    title: z.string().min(1).optional(),
  })
  .strict();
export type FactSource = z.infer<typeof FactSource>;

/** A published figure with its source, e.g. the 6th round's hemispheric share of completed recommendations. */
export const SourcedFigure = z
  .object({
    label: z.string().min(1),
    value: z.number(),
    unit: z.enum(['count', 'percent']),
    source: FactSource,
  })
  .strict();
