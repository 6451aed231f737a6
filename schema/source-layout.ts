import * as z from 'zod';
import { SourceId } from './ids.ts';
import { defineTable, describe, fieldColumn } from './table-definition.ts';

/** What a non-blank source line that no record prints is. */
export const LayoutKind = z
  .enum(['heading', 'front matter', 'page furniture'])
  .describe(
    "heading: published as a record's section or a document's title; front matter: title page, cataloguing data, " +
      'contents, an introduction or resolution not published as records; page furniture: running header, page ' +
      'number, column title, footnote separator, OCR noise of a page stamp, stray bullet, back cover.',
  );
export type LayoutKind = z.infer<typeof LayoutKind>;

/**
 * A run of source lines that no record prints, of one kind: with the lines of the records, the runs account for every
 * non-blank line of every source.
 */
export const SourceLayoutRun = z
  .object({
    source: SourceId,
    first_line: z.number().int().positive().describe('First line of the run (1-based) in the raw source file.'),
    last_line: z
      .number()
      .int()
      .positive()
      .describe('Last line of the run (1-based, inclusive); the run holds no line of a record, only blank ones.'),
    kind: LayoutKind,
    what: z.string().min(1).describe('What the lines are, e.g. "page number", "running header".'),
  })
  .strict()
  .refine((run) => run.first_line <= run.last_line, {
    message: 'the first line must not come after the last',
    path: ['last_line'],
  })
  .meta({ id: 'SourceLayoutRun' });
export type SourceLayoutRun = z.infer<typeof SourceLayoutRun>;

/** Every non-blank source line that no record prints, by runs of one kind. */
export const sourceLayoutTable = defineTable<SourceLayoutRun>({
  name: 'source_layout',
  title: 'The lines of the raw sources that no record prints: headings, front matter and page furniture',
  primaryKey: ['source', 'first_line'],
  columns: [
    {
      name: 'source',
      type: 'string',
      description: 'Identifier of the raw source document (data/sources/{source}.txt in the repository).',
      value: (r) => r.source,
    },
    fieldColumn(SourceLayoutRun, 'first_line', 'integer'),
    fieldColumn(SourceLayoutRun, 'last_line', 'integer'),
    { name: 'kind', type: 'string', description: describe(LayoutKind), value: (r) => r.kind },
    fieldColumn(SourceLayoutRun, 'what'),
  ],
  foreignKeys: [],
});
