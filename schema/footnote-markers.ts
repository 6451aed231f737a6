import * as z from 'zod';

/**
 * Where the source prints the markers of a record's footnotes, as a field of the record: each marker's footnote (ids
 * of the kind `footnoteId` gives) and its place in the record's text, in order.
 */
export const footnoteMarkers = (footnoteId: z.ZodString, id: string) =>
  z
    .array(
      z
        .object({
          footnote: footnoteId.describe('The footnote whose marker stands here.'),
          position: z
            .number()
            .int()
            .nonnegative()
            .describe(
              'How many characters of text precede the marker, counted in Unicode code points (as ' +
                "Python's len() counts; in JavaScript, [...text].length), so 0 is before the first character and " +
                'the length of text after the last.',
            ),
        })
        .strict()
        .meta({ id }),
    )
    .describe(
      'Where the source prints a footnote marker (a superscript number) in this text, in order. Text holds no ' +
        'marker, so that it can be copied, searched and analysed as prose; a marker is shown again by inserting it ' +
        'at its position. A footnote attached by an anchor erratum, whose marker the source lost, has none.',
    );
