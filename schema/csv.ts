import { stringify } from 'csv-stringify/sync';
import type { AnyTable, Cell } from './table-definition.ts';

/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Rows of a table as RFC 4180 CSV: UTF-8, header row, CRLF line ends, booleans as true/false, fields quoted only when
 * they must be. A field that holds a CR or LF of its own is quoted too, since Python's csv, pandas and Excel end a
 * record at any line break, not only at CRLF; and so is one that starts or ends with a space, which readers that trim
 * unquoted fields (the Frictionless JavaScript library among them) would otherwise lose.
 */
export const cellsToCsv = (table: Pick<AnyTable, 'columns'>, cells: ReadonlyArray<ReadonlyArray<Cell>>) =>
  stringify(cells as Cell[][], {
    header: true,
    columns: table.columns.map((c) => c.name),
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    quoted_match: /^\s|\s$/,
    cast: { number: String, boolean: (value) => (value ? 'true' : 'false') },
  });

/** The Excel-friendly file name of a CSV table, e.g. actions-excel.csv. */
export const excelFileName = (name: string) => `${name}-excel.csv`;
