/**
 * The one shape every data problem ends in: the file, the line and the field at fault, and what
 * is wrong there. In a CSV file the field is a column, also given by its number, as editors and
 * CI logs link a cell (`file:line:column`). `npm run data:build` prints it and stops before
 * writing anything; `npm run data:import` collects every one of a file before it writes nothing.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly problem: string,
    /** The 1-based number of the CSV column `field` names; null in other files. */
    readonly column: number | null = null,
  ) {
    super(
      column === null
        ? `${file}${line === null ? '' : `:${line}`}: ${field === null ? '' : `${field}: `}${problem}`
        : `${file}:${line}:${column} (${field}): ${problem}`,
    );
    this.name = 'DataError';
  }
}
