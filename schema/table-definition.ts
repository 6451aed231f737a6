import { formatLines, type Provenance } from './provenance.ts';

/** A cell of a CSV table. */
export type Cell = string | number | boolean | null;

/** One column of a CSV table: its name, Frictionless type, description and how a row fills it. */
export interface Column<Row> {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  readonly description: string;
  readonly value: (row: Row) => Cell;
}

/** A CSV table of the open-data contract: its file stem, what it holds and its columns. */
export interface Table<Row> {
  readonly name: string;
  readonly title: string;
  readonly columns: ReadonlyArray<Column<Row>>;
  /**
   * The column, or columns together, whose values identify a row; null when rows have no key (some cells of every
   * column may be empty).
   */
  readonly primaryKey: string | ReadonlyArray<string> | null;
  readonly foreignKeys: ReadonlyArray<{ fields: string; reference: { resource: string; fields: string } }>;
  /** The cells of the given records, one array per row, in column order. */
  cells(rows: ReadonlyArray<Row>): Cell[][];
}

/** Any table, whatever its rows: enough to name, describe and serialize it. */
export type AnyTable = Pick<Table<never>, 'name' | 'title' | 'columns' | 'primaryKey' | 'foreignKeys' | 'cells'>;

/** A table from its columns; its primary key is `id` unless it names another. */
export const defineTable = <Row>({
  primaryKey = 'id',
  ...table
}: Omit<Table<Row>, 'cells' | 'primaryKey'> & { primaryKey?: Table<Row>['primaryKey'] }): Table<Row> => ({
  ...table,
  primaryKey,
  cells: (rows) => rows.map((row) => table.columns.map((column) => column.value(row))),
});

/** A schema's description, as a column describes itself. */
export const describe = (schema: { description?: string | undefined }, fallback = '') => schema.description ?? fallback;

/** The fields of `Row` that fill a cell as they are. */
type CellField<Row> = { [K in keyof Row]-?: Row[K] extends Cell ? K : never }[keyof Row] & string;

/** The column that publishes each row's field `name` as it is, under that name, described as `schema` describes it. */
export const fieldColumn = <Row, Name extends CellField<Row>>(
  schema: { readonly shape: { readonly [K in Name]: { readonly description?: string | undefined } } },
  name: Name,
  type: Column<Row>['type'] = 'string',
): Column<Row> => ({ name, type, description: describe(schema.shape[name]), value: (row) => row[name] as Cell });

/** Identifiers as one CSV cell, space-separated. */
export const list = (ids: ReadonlyArray<string>) => ids.join(' ');

/** The column that places a record's footnote markers in its text, each as "{footnote}@{position}". */
export const footnoteMarkersColumn = <
  Row extends { footnote_markers: ReadonlyArray<{ footnote: string; position: number }> },
>(): Column<Row> => ({
  name: 'footnote_markers',
  type: 'string',
  description:
    "Where the source prints a footnote marker in text, in order, space-separated, each as the footnote's " +
    'identifier, "@" and the number of characters (Unicode code points) of text before the marker, e.g. ' +
    '"2021-2025-fn-3@113"; text itself holds no marker.',
  value: (r) => list(r.footnote_markers.map(({ footnote, position }) => `${footnote}@${position}`)),
});

/** The columns that say where a record comes from: its raw source and the lines that print it. */
export const provenanceColumns = <Row extends { provenance: Provenance }>(): Column<Row>[] => [
  {
    name: 'source',
    type: 'string',
    description: 'Identifier of the raw source document (data/sources/{source}.txt in the repository).',
    value: (r) => r.provenance.source,
  },
  {
    name: 'source_lines',
    type: 'string',
    description:
      'Lines of the raw source that print this record (1-based, inclusive), as ranges "first-last" separated by ' +
      '", " where the record is printed in pieces, e.g. "36-37, 468".',
    value: (r) => formatLines(r.provenance.ranges),
  },
];
