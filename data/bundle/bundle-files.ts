import { RECORD_KINDS, UTF8_BOM, cellsToCsv, excelFileName, type Dataset } from '../../schema/index.ts';
import { sha256sums } from './checksums.ts';
import { dataPackage } from './datapackage.ts';
import { bundleReadme } from './readme.ts';

/**
 * The files of a release bundle, by name: the whole dataset as plans.json, each table as CSV (and
 * again with a byte-order mark for Excel), the README, the Frictionless descriptor and SHA256SUMS.
 */
export function bundleFiles(dataset: Dataset): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  files.set('plans.json', Buffer.from(`${JSON.stringify(dataset, null, 2)}\n`));
  for (const { table, recordsOf } of RECORD_KINDS) {
    const csv = cellsToCsv(table, table.cells(recordsOf(dataset)));
    files.set(`${table.name}.csv`, Buffer.from(csv));
    files.set(excelFileName(table.name), Buffer.from(UTF8_BOM + csv));
  }
  files.set('README.md', Buffer.from(bundleReadme(dataset)));
  files.set('datapackage.json', Buffer.from(`${JSON.stringify(dataPackage(dataset, files), null, 2)}\n`));
  files.set('SHA256SUMS', Buffer.from(sha256sums(files)));
  return files;
}
