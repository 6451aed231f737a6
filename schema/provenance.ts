import * as z from 'zod';
import { SourceId } from './ids.ts';

/** Where a record's text stands in its raw source: the source id and the 1-based line range of the raw file. */
export const Provenance = z
  .object({
    source: SourceId,
    lines: z
      .tuple([z.number().int().positive(), z.number().int().positive()])
      .refine(([start, end]) => start <= end, 'the first line must not come after the last')
      .describe('First and last line (1-based, inclusive) of the raw source file that print this record.'),
  })
  .strict()
  .meta({ id: 'Provenance' });
export type Provenance = z.infer<typeof Provenance>;

/** The line range as printed in CSV files and citations, e.g. "124-128" or "43". */
export const formatLines = ([start, end]: Provenance['lines']) => (start === end ? `${start}` : `${start}-${end}`);
