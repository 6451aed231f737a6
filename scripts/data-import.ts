/**
 * `npm run data:import -- FILE.csv`: checks a CSV of MEM results transcribed from a published
 * report (the template is data/mem/results-template.csv; data/mem/README.md explains it) and adds
 * them to data/mem/results.csv, which the next release publishes. Every problem is printed with
 * its file, line and column, and nothing is written unless every row is right.
 */
import { existsSync } from 'node:fs';
import { DATA_FILES, PATHS } from '../data/paths.ts';
import { buildRelease } from '../data/steps/build-release.ts';
import { importResults } from '../data/steps/read/mem-results.ts';

const [file, ...extra] = process.argv.slice(2);
if (!file || extra.length || !existsSync(file)) {
  console.error(
    file && !existsSync(file) ? `data:import: no such file: ${file}` : 'usage: npm run data:import -- FILE.csv',
  );
  process.exit(2);
}
const { imported, problems } = importResults(PATHS.root, file, buildRelease().dataset.plans);
if (problems.length) {
  console.error(
    `${problems.map((problem) => problem.message).join('\n')}\n\n${problems.length} problem` +
      `${problems.length === 1 ? '' : 's'}: nothing was imported.`,
  );
  process.exit(1);
}
console.log(
  `${imported} result${imported === 1 ? '' : 's'} added to ${DATA_FILES.results}; the next release publishes them.`,
);
