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

/**
 * A CSV table of the open-data contract: its file stem, what it holds, its columns and its rows,
 * drawn from `Source` (the whole dataset of a release, for the bundle's tables).
 */
export interface Table<Row, Source = never> {
  readonly name: string;
  readonly title: string;
  readonly columns: ReadonlyArray<Column<Row>>;
  /** The column, or columns together, whose values identify a row; null when rows have no key (some cells of every column may be empty). */
  readonly primaryKey: string | ReadonlyArray<string> | null;
  readonly foreignKeys: ReadonlyArray<{ fields: string; reference: { resource: string; fields: string } }>;
  /** The table's records drawn from its source, as the release bundle publishes them. */
  rowsOf(source: Source): Row[];
  /** The cells of the given records, one array per row, in column order. */
  cells(rows: ReadonlyArray<Row>): Cell[][];
  /** The cells of the table's records in its source. */
  sourceCells(source: Source): Cell[][];
}

/** Any table, whatever its rows and source: enough to name, describe and serialize it. */
export type AnyTable<Source = never> = Pick<
  Table<never, Source>,
  'name' | 'title' | 'columns' | 'primaryKey' | 'foreignKeys' | 'cells' | 'sourceCells'
>;

/** A table from its columns and rows; its primary key is `id` unless it names another. */
export const defineTable = <Row, Source>({
  primaryKey = 'id',
  ...table
}: Omit<Table<Row, Source>, 'cells' | 'sourceCells' | 'primaryKey'> & {
  primaryKey?: Table<Row, Source>['primaryKey'];
}): Table<Row, Source> => {
  const cells = (rows: ReadonlyArray<Row>) => rows.map((row) => table.columns.map((column) => column.value(row)));
  return { ...table, primaryKey, cells, sourceCells: (source) => cells(table.rowsOf(source)) };
};

/** A schema's description, as a column describes itself. */
export const describe = (schema: { description?: string | undefined }, fallback = '') => schema.description ?? fallback;

/** Identifiers as one CSV cell, space-separated. */
export const list = (ids: ReadonlyArray<string>) => ids.join(' ');

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
    description: 'Lines of the raw source that print this record, "first-last" (1-based, inclusive).',
    value: (r) => formatLines(r.provenance.lines),
  },
];
