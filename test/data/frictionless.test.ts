import { createHash } from 'node:crypto';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { Package } from 'datapackage';
import dataPackageProfile from 'datapackage/lib/profiles/data-package.json' with { type: 'json' };
import dataResourceProfile from 'datapackage/lib/profiles/data-resource.json' with { type: 'json' };
import tabularDataResourceProfile from 'datapackage/lib/profiles/tabular-data-resource.json' with { type: 'json' };
import { beforeAll, describe, expect, it } from 'vitest';
import { RECORD_KINDS, excelFileName, type Cell } from '../../schema/index.ts';
import { publishedBundle } from './published-bundle.ts';

/** Why a promise failed, with the list of problems datapackage-js attaches to its errors. */
const failure = (error: Error & { errors?: ReadonlyArray<Error> }) =>
  [error.message, ...(error.errors ?? []).map(String)].join('; ');

/** A cell as a Table Schema reader casts it: an empty cell is missing (null). */
const asCast = (cell: Cell) => (cell === '' ? null : cell);

// datapackage-js is the Frictionless Data JavaScript library: it validates the descriptor against the Data Package
// profiles and reads each table through its schema (types, primary key, foreign keys). In strict mode it refuses an
// invalid descriptor and reads as tables exactly the resources whose profile says so.
describe.each([
  { build: 'the release', demonstration: false },
  { build: 'the demonstration build', demonstration: true },
])('datapackage.json of $build, read by the Frictionless JavaScript library', ({ demonstration }) => {
  let bundle: ReturnType<typeof publishedBundle>;
  let dataPackage: Package;
  beforeAll(async () => {
    bundle = publishedBundle({ demonstration });
    dataPackage = await Package.load(join(bundle.dir, 'datapackage.json'), { basePath: bundle.dir, strict: true });
  });

  it('is a valid Data Package descriptor', () => {
    expect(dataPackage.errors.map(String)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
  });

  it('conforms to the JSON Schemas of its profiles, formats such as date-time included', () => {
    // The library's own validator skips `format`; Ajv, with the formats of JSON Schema, checks the same profiles.
    const ajv = new ajvDraft04.default({ strict: false, allErrors: true, logger: false });
    ajvFormats.default(ajv);
    const descriptor = JSON.parse(bundle.read('datapackage.json').toString('utf8'));
    const profiles: Record<string, object> = {
      'data-resource': dataResourceProfile,
      'tabular-data-resource': tabularDataResourceProfile,
    };
    const problems = [
      { name: 'datapackage.json', descriptor, profile: dataPackageProfile },
      ...descriptor.resources.map((resource: { name: string; profile?: string }) => ({
        name: resource.name,
        descriptor: resource,
        profile: profiles[resource.profile ?? 'data-resource']!,
      })),
    ].flatMap(({ name, descriptor, profile }) =>
      ajv.validate(profile, descriptor) ? [] : ajv.errors!.map((e) => `${name}${e.instancePath}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('names every resource apart, so that each is found by its name', () => {
    for (const resource of dataPackage.resources)
      expect(dataPackage.getResource(resource.name)?.descriptor.path, resource.name).toBe(resource.descriptor.path);
  });

  it('reads every resource with the size and SHA-256 it declares', async () => {
    for (const resource of dataPackage.resources) {
      const bytes = await resource.rawRead();
      expect(bytes.length, resource.name).toBe(resource.descriptor.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.name).toBe(
        resource.descriptor.hash,
      );
    }
  });

  it('reads every table through its schema into exactly the records of plans.json, keys checked', async () => {
    const failures: string[] = [];
    const tables = dataPackage.resources.filter((resource) => resource.tabular);
    for (const resource of tables) {
      const kind = RECORD_KINDS.find(({ table }) =>
        [`${table.name}.csv`, excelFileName(table.name)].includes(resource.descriptor.path),
      )!;
      const { columns } = kind.table;
      const expected = kind.table
        .cells(kind.recordsOf(bundle.dataset))
        .map((row) => Object.fromEntries(columns.map((column, i) => [column.name, asCast(row[i]!)])));
      const rows = await resource
        .read({ keyed: true, cast: true })
        .then((read) => resource.checkRelations().then(() => read))
        .catch((error: Error) => failures.push(`${resource.name}: ${failure(error)}`));
      if (Array.isArray(rows)) expect(rows, resource.name).toEqual(expected);
    }
    expect(failures).toEqual([]);
    expect(tables.map((table) => table.name)).toEqual(RECORD_KINDS.map((kind) => kind.table.name));
  });
});
