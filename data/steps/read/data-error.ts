/**
 * The one shape every data problem ends in: the file, the line and the field at fault, and
 * what is wrong there. `npm run data:build` prints it and stops before writing anything.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${field === null ? '' : `${field}: `}${problem}`);
    this.name = 'DataError';
  }
}
