import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_FILES } from '../../paths.ts';
import { cellsToCsv, resultColumns, type Assessment, type Plan } from '../../../schema/index.ts';
import { readCountries, readRounds } from './mem-reference.ts';
import { DataError } from './data-error.ts';
import { validateResults, type ResultContext } from './validate-mem-results.ts';

const byKey = (a: Assessment, b: Assessment) =>
  a.round - b.round || a.country.localeCompare(b.country) || a.unit.localeCompare(b.unit, 'en', { numeric: true });

/** The reference data a results file is checked against, with no stored results yet. */
export function referenceOf(root: string, plans: ReadonlyArray<Plan>): Omit<ResultContext, 'stored'> {
  return { rounds: readRounds(root), countries: readCountries(root), plans };
}

/**
 * The accepted results in data/mem/results.csv (none while it does not exist), checked against `reference`; a stored
 * file with a problem stops everything.
 */
export function storedResults(root: string, reference: Omit<ResultContext, 'stored'>): Assessment[] {
  const path = join(root, DATA_FILES.results);
  if (!existsSync(path)) return [];
  const { assessments, problems } = validateResults(DATA_FILES.results, readFileSync(path), {
    ...reference,
    stored: [],
  });
  if (problems.length) {
    throw new DataError(DATA_FILES.results, null, null, `is not valid:\n${problems.map((p) => p.message).join('\n')}`);
  }
  return assessments;
}

/**
 * Imports a results CSV into data/mem/results.csv: every row is checked against the rounds,
 * countries and plans, and against the results already stored. If any row has a problem, all
 * problems are returned and nothing is written; otherwise the stored file is replaced in one
 * rename, in a stable order, so an interrupted import never leaves it half-written.
 */
export function importResults(
  root: string,
  file: string,
  plans: ReadonlyArray<Plan>,
): { imported: number; problems: DataError[] } {
  const reference = referenceOf(root, plans);
  const stored = storedResults(root, reference);
  const name = relative(process.cwd(), file) || file;
  const { assessments, problems } = validateResults(name, readFileSync(file), { ...reference, stored });
  if (problems.length) return { imported: 0, problems };
  const path = join(root, DATA_FILES.results);
  const rows = [...stored, ...assessments].sort(byKey).map((a) => resultColumns.map((c) => c.value(a)));
  writeFileSync(`${path}.tmp`, cellsToCsv({ columns: resultColumns }, rows));
  renameSync(`${path}.tmp`, path);
  return { imported: assessments.length, problems: [] };
}
