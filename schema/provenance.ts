import * as z from 'zod';
import { SourceId } from './ids.ts';

const LineRange = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([start, end]) => start <= end, 'the first line must not come after the last');

/**
 * Where a record's text stands in its raw source: the source id, the exact 1-based line ranges of the raw file that
 * print it, and their span.
 */
export const Provenance = z
  .object({
    source: SourceId,
    lines: LineRange.describe(
      'First and last line (1-based, inclusive) of the raw source file that print this record: the span of `ranges`.',
    ),
    ranges: z
      .array(LineRange)
      .min(1)
      .describe(
        'The lines of the raw source file that print this record, as ordered, non-overlapping [first, last] ranges ' +
          '(1-based, inclusive). A range bridges blank lines only: a line printed in the middle of the record that ' +
          'it does not use (a page number, a footnote) separates two ranges.',
      ),
  })
  .strict()
  .refine(({ ranges }) => ranges.every((range, i) => i === 0 || range[0] > ranges[i - 1]![1]), {
    message: 'ranges must be in order and must not overlap',
    path: ['ranges'],
  })
  .refine(({ lines, ranges }) => lines[0] === ranges[0]![0] && lines[1] === ranges.at(-1)![1], {
    message: 'lines must be the span of ranges, from the first line of the first range to the last of the last',
    path: ['lines'],
  })
  .meta({ id: 'Provenance' });
export type Provenance = z.infer<typeof Provenance>;

/** Whether a provenance names a single line. */
export const isSingleLine = ({ lines: [first, last] }: Provenance) => first === last;

/** The line ranges as printed in CSV files and citations, e.g. "124-128", "43" or "36-37, 468". */
export const formatLines = (ranges: Provenance['ranges']) =>
  ranges.map(([start, end]) => (start === end ? `${start}` : `${start}-${end}`)).join(', ');
