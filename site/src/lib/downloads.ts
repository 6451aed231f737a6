import {
  UTF8_BOM,
  actionInPlaceTable,
  actionsInPlace,
  cellsToCsv,
  commitmentTable,
  countrySummary,
  countrySummaryTable,
  groupBy,
  resultTable,
  roundSummary,
  unitSummaryTable,
  type Table,
} from '../../../schema/index.ts';
import { countries, results, rounds, scaleOf } from './mem.ts';
import { commitments, dataset } from './release.ts';

/**
 * A complete download: every row of one table of the release that one column's value selects,
 * e.g. the results of round 8. The pages link these rather than the API's listings, which come a
 * page at a time; a test compares every one they link with the bundle.
 */
export interface CompleteDownload {
  /** The file stem: the table, the column and its value, e.g. 'results-round-8'. */
  readonly name: string;
  /** The table whose columns it has, e.g. 'results'. */
  readonly table: string;
  readonly column: string;
  readonly value: string;
  /** How many rows it holds. */
  readonly count: number;
  /** The rows as RFC 4180 CSV, with a byte-order mark for Excel when asked. */
  csv(excel: boolean): string;
}

/**
 * One download per value of `column` among `rows`, each with its rows in the release's order; a row
 * without a value (a round's own recommendation has no objective) is in none.
 */
function downloadsBy<Row>(
  table: Table<Row>,
  rows: ReadonlyArray<Row>,
  column: string,
  valueOf: (row: Row) => string | number | null,
) {
  const valued = rows.filter((row) => valueOf(row) !== null);
  return [...groupBy(valued, (row) => String(valueOf(row)))].map(([value, selected]): CompleteDownload => ({
    name: `${table.name}-${column}-${value}`,
    table: table.name,
    column,
    value,
    count: selected.length,
    csv: (excel) => (excel ? UTF8_BOM : '') + cellsToCsv(table, table.cells(selected)),
  }));
}

const placed = actionsInPlace(dataset.plans);

/** Every complete download the portal publishes, by name. */
export const completeDownloads: ReadonlyMap<string, CompleteDownload> = new Map(
  [
    ...downloadsBy(actionInPlaceTable, placed, 'plan', (r) => r.action.plan),
    ...downloadsBy(actionInPlaceTable, placed, 'area', (r) => r.action.area),
    ...downloadsBy(actionInPlaceTable, placed, 'objective', (r) => r.action.objective),
    ...downloadsBy(commitmentTable, commitments, 'document', (c) => c.document),
    ...downloadsBy(resultTable, results, 'round', (r) => r.round),
    ...downloadsBy(resultTable, results, 'country', (r) => r.country),
    ...downloadsBy(resultTable, results, 'objective', (r) => r.objective),
    ...downloadsBy(resultTable, results, 'action', (r) => r.action),
    ...downloadsBy(
      unitSummaryTable,
      rounds.flatMap((round) => roundSummary(round.round, results, scaleOf)),
      'round',
      (r) => r.round,
    ),
    ...downloadsBy(
      countrySummaryTable,
      countries.flatMap((country) => countrySummary(country.iso3, results, scaleOf)),
      'country',
      (r) => r.country,
    ),
  ].map((download) => [download.name, download]),
);

/** The name a complete download is saved under: its own, and the release it holds, e.g. `results-round-8-2026-11-22.2.csv`. */
export const savedName = (download: CompleteDownload, excel = false) =>
  `${download.name}-${dataset.release.id}${excel ? '-excel' : ''}.csv`;

/** The complete download of `table`'s rows whose `column` is `value`; one the release lacks is a build error. */
export function downloadOf(table: string, column: string, value: string | number): CompleteDownload {
  const download = completeDownloads.get(`${table}-${column}-${value}`);
  if (!download) throw new Error(`No complete download of ${table} with ${column} = ${value}`);
  return download;
}
