/** The query parameters that choose a representation or a page, not which records: never part of a file name. */
const NOT_FILTERS = new Set(['release', 'format', 'excel', 'limit', 'cursor']);

/** Characters a file name may keep as they are; any run of others becomes one hyphen. */
const UNSAFE = /[^A-Za-z0-9._]+/g;

/** Which rows of a listing a CSV holds: the whole listing, or the page from row `first` to `last` (1-based). */
export type CsvRows = { readonly complete: true } | { readonly complete: false; first: number; last: number };

/**
 * The file name a CSV response suggests (Content-Disposition): its resource, the filters that
 * chose its rows, in the order the API lists them, and its release, e.g.
 * `results-round-8-2026-11-22.2.csv`. A page of a longer listing says so and which rows it holds,
 * `results-round-8-2026-11-22.2-rows-1-200.csv`, so that a saved file never passes for the
 * whole listing.
 */
export function csvFileName(
  resourcePath: string,
  filters: ReadonlyArray<readonly [string, string | undefined]>,
  release: string | null,
  rows: CsvRows,
  excel: boolean,
): string {
  const parts = [
    ...resourcePath.split('/').slice(2),
    ...filters.flatMap(([name, value]) => (value === undefined || NOT_FILTERS.has(name) ? [] : [name, value])),
    release,
    ...(rows.complete ? [] : ['rows', String(rows.first), String(rows.last)]),
    excel ? 'excel' : null,
  ];
  const name = parts
    .filter((part): part is string => Boolean(part))
    .map((part) => part.replace(UNSAFE, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('-');
  return `${name}.csv`;
}
