import { BUNDLE_TABLES, excelFileName, type AnyTable, type Dataset } from '../../schema/index.ts';
import { DATA_FILES } from '../paths.ts';
import { sha256 } from '../steps/read/source-text.ts';

/** The name of the dataset in its Frictionless descriptor and in citations. */
export const DATASET_NAME = 'hemispheric-plans-of-action-on-drugs';
export const DATASET_TITLE =
  'Hemispheric Plans of Action on Drugs 2011-2025 (OAS/CICAD): areas, objectives and priority actions';

/** What the description of a table with synthetic rows adds, in a demonstration build. */
const SYNTHETIC_ROWS = ' Rows with data_status "synthetic" are demonstration data, not real.';

/**
 * The Frictionless Data Package descriptor of a release: every file with its size and SHA-256,
 * and every CSV column with its type and description. Each table is a Tabular Data Resource named
 * after it; its Excel twin, which starts with a byte-order mark that the CSV dialect does not
 * provide for, is a plain Data Resource with the same schema.
 */
export function dataPackage(dataset: Dataset, files: ReadonlyMap<string, Buffer>) {
  const fileFacts = (path: string) => ({ bytes: files.get(path)!.length, hash: `sha256:${sha256(files.get(path)!)}` });
  const synthetic = (table: AnyTable) =>
    dataset.release.demonstration && table.columns.some((c) => c.name === 'data_status');
  const tabular = BUNDLE_TABLES.flatMap((table) => {
    const description = `${table.title}.${synthetic(table) ? SYNTHETIC_ROWS : ''}`;
    const csv = {
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.columns.map(({ name, type, description }) => ({ name, type, description })),
        ...(table.primaryKey === null ? {} : { primaryKey: table.primaryKey }),
        ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
      },
    };
    const excel = excelFileName(table.name);
    return [
      {
        profile: 'tabular-data-resource',
        name: table.name,
        path: `${table.name}.csv`,
        title: table.title,
        description,
        ...csv,
        ...fileFacts(`${table.name}.csv`),
      },
      {
        profile: 'data-resource',
        name: `${table.name}-excel`,
        path: excel,
        title: table.title,
        description:
          `${description} Excel-friendly copy of ${table.name}.csv: the same rows, UTF-8 with a byte-order mark ` +
          'before the header, so that Excel shows accents correctly.',
        ...csv,
        ...fileFacts(excel),
      },
    ];
  });
  return {
    profile: 'data-package',
    name: DATASET_NAME,
    title: dataset.release.demonstration
      ? `${DATASET_TITLE} - DEMONSTRATION BUILD with synthetic MEM results, not real`
      : DATASET_TITLE,
    version: dataset.release.id,
    created: `${dataset.release.date}T00:00:00Z`,
    description: dataset.release.summary,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title:
          'Creative Commons Attribution 4.0 for the compilation (structure, identifiers, errata, ' +
          'metadata); the plan texts are official documents of the OAS/CICAD',
      },
    ],
    sources: dataset.sources.map((s) => ({
      title: `${s.title} (${s.issuer})`,
      path: `${DATA_FILES.sources}/${s.file}`,
    })),
    resources: [
      {
        name: 'plans-json',
        path: 'plans.json',
        title: 'The whole dataset as one JSON tree',
        description:
          'Release, plans with their areas, objectives and priority actions, footnotes, errata, ' +
          'source manifests, and the MEM rounds, countries and results.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        ...fileFacts('plans.json'),
      },
      ...tabular,
    ],
  };
}
