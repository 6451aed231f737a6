/**
 * `npm run data:build [-- --out DIR] [--data DIR]`: derives the current release from data/ (or the
 * --data folder) and writes its bundle, with the zip archive of it, to dist/releases/{release}/
 * (or DIR). On any problem it prints the file, line and field at fault and exits non-zero without
 * writing anything.
 */
import { basename, dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { archiveName } from '../data/bundle/release-archive.ts';
import { writeBundle } from '../data/bundle/write-bundle.ts';
import { PATHS, releaseDir } from '../data/paths.ts';
import { buildRelease } from '../data/steps/build-release.ts';
import { DataError } from '../data/steps/read/data-error.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, data: { type: 'string' } } });
if (values.data !== undefined && basename(values.data) !== 'data') {
  console.error(`data:build: --data names the data folder of a copy of the repository, named data, not ${values.data}`);
  process.exit(2);
}

try {
  const built = buildRelease(values.data === undefined ? PATHS.root : dirname(values.data));
  const { dataset, files } = built;
  const dir = values.out ?? releaseDir(dataset.release.id);
  writeBundle(dir, built);
  const counts = dataset.plans.map(
    (p) => `${p.id}: ${p.counts.areas} areas, ${p.counts.objectives} objectives, ${p.counts.actions} priority actions`,
  );
  console.log(
    `Release ${dataset.release.id} written to ${relative(process.cwd(), dir) || dir}\n  ` +
      `${counts.join('\n  ')}\n  ${dataset.footnotes.length} footnotes, ` +
      `${dataset.errata.length} errata, ${files.size} files, archived in ${archiveName(dataset.release.id)}`,
  );
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(`data:build failed, nothing written.\n${error.message}`);
  process.exitCode = 1;
}
