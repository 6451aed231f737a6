import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../data/steps/build-release.ts';
import { readCountries, readRounds } from '../../data/steps/read/mem-reference.ts';
import { importResults } from '../../data/steps/read/mem-results.ts';
import { RESULT_COLUMNS, resultColumns } from '../../schema/index.ts';
import { DATA_FILES, PATHS } from '../../data/paths.ts';

const { plans } = buildRelease().dataset;
const HEADER = RESULT_COLUMNS.join(',');
const SOURCE = 'Hemispheric report,https://www.oas.org/example-report.pdf,12,2014-11-20,official';
const row = (
  round: string,
  country: string,
  unit: string,
  status: string,
  finding = 'The recommendation was implemented.',
) => `${round},${country},${unit},${status},${finding},,${SOURCE}`;

/** A repository root of its own, with the real MEM reference data and no results yet. */
function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'mem-'));
  mkdirSync(join(root, 'data', 'mem'), { recursive: true });
  for (const file of ['rounds.yaml', 'countries.yaml'])
    cpSync(join(PATHS.root, 'data', 'mem', file), join(root, 'data', 'mem', file));
  return root;
}

/**
 * Imports the given lines (or bytes) as a CSV file into `root`, and returns the outcome with the problems as printed.
 */
function importLines(root: string, content: string | Buffer) {
  const file = join(root, 'import.csv');
  writeFileSync(file, content);
  const outcome = importResults(root, file, plans);
  return { ...outcome, printed: outcome.problems.map((p) => p.message.replace(p.file, 'import.csv')) };
}

describe('MEM reference data', () => {
  it(
    'lists rounds 1 to 8, each sourced or saying it is not yet, with a rating scale only ' + 'where one is published',
    () => {
      const rounds = readRounds(PATHS.root);
      expect(rounds.map((r) => r.round)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(rounds.filter((r) => r.sources.length === 0).map((r) => r.round)).toEqual([5]);
      expect(rounds.filter((r) => r.scale).map((r) => r.round)).toEqual([6]);
      expect(rounds[5]!.scale!.statuses.map((s) => s.code)).toEqual([
        'completed',
        'mostly-completed',
        'partially-completed',
        'not-applicable',
      ]);
      expect(rounds[5]!.figures.map((f) => f.value)).toEqual([41, 22, 15, 14]);
      expect(rounds[7]!.schedule.map((s) => s.approved_at)).toEqual(['CICAD-70', 'CICAD-72', 'CICAD-74', 'CICAD-76']);
      expect(rounds.map((r) => r.plan)).toEqual([null, null, null, null, null, '2011-2015', '2016-2020', '2021-2025']);
    },
  );

  it('lists the 35 OAS member states, 34 of them in the MEM, named in the four OAS languages from CLDR', () => {
    const countries = readCountries(PATHS.root);
    expect(countries).toHaveLength(35);
    expect(countries.filter((c) => !c.mem_participant).map((c) => c.iso3)).toEqual(['CUB']);
    expect(countries.find((c) => c.iso3 === 'KNA')).toMatchObject({
      iso2: 'KN',
      names: {
        en: 'Saint Kitts and Nevis',
        es: 'Saint Kitts y Nevis',
        pt: 'São Cristóvão e Neves',
        fr: 'Saint-Christophe-et-Niévès',
      },
    });
    expect(countries.every((c) => c.names_source.startsWith('Unicode CLDR'))).toBe(true);
    expect(
      countries
        .find((c) => c.iso3 === 'NIC')!
        .notes.map((n) => n.text)
        .join(' '),
    ).toContain('denounced the OAS Charter');
  });
});

describe('npm run data:import', () => {
  it('keeps the template and the published columns in step', () => {
    expect(readFileSync(join(PATHS.root, 'data', 'mem', 'results-template.csv'), 'utf8')).toBe(`${HEADER}\r\n`);
    expect(resultColumns.map((c) => c.name)).toEqual([...RESULT_COLUMNS]);
  });

  it('adds a good file to the stored results in a stable order, accepting the byte-order mark Excel writes', () => {
    const root = freshRoot();
    const outcome = importLines(
      root,
      `\uFEFF${HEADER}\r\n${row('6', 'JAM', 'mem6-rec-12', 'completed')}\r\n` +
        `${row('6', 'ARG', 'mem6-rec-3', 'partially-completed')}\r\n`,
    );
    expect(outcome).toMatchObject({ imported: 2, problems: [] });
    const stored = parse(readFileSync(join(root, DATA_FILES.results)), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(stored.map((r) => [r.country, r.unit, r.status, r.data_status])).toEqual([
      ['ARG', 'mem6-rec-3', 'partially-completed', 'official'],
      ['JAM', 'mem6-rec-12', 'completed', 'official'],
    ]);
    const more = importLines(root, `${HEADER}\n${row('6', 'BRA', 'mem6-rec-1', 'completed')}\n`);
    expect(more.imported).toBe(1);
    expect(parse(readFileSync(join(root, DATA_FILES.results)), { columns: true })).toHaveLength(3);
  });

  it('reports each kind of bad row by line and column, all at once, and writes nothing', () => {
    const root = freshRoot();
    importLines(root, `${HEADER}\n${row('6', 'JAM', 'mem6-rec-12', 'completed')}\n`);
    const before = readFileSync(join(root, DATA_FILES.results));
    const lines = [
      HEADER,
      row('6', 'XYZ', 'mem6-rec-1', 'completed'),
      row('9', 'JAM', 'mem6-rec-1', 'completed'),
      row('6', 'JAM', 'mem6-rec-28', 'completed'),
      row('6', 'JAM', 'mem6-rec-2', 'done'),
      row('8', 'JAM', '2021-2025-is-1-1', 'compliant'),
      row('7', 'JAM', '2016-2020-dr-4-3', 'x'),
      '6,JAM,mem6-rec-4,completed,A finding.,,,not a url,0,2014-11-20,official',
      row('6', 'CUB', 'mem6-rec-5', 'completed'),
      row('6', 'ARG', 'mem6-rec-6', 'completed'),
      row('6', 'ARG', 'mem6-rec-6', 'completed'),
      row('6', 'JAM', 'mem6-rec-12', 'completed'),
      row('6', 'ARG', 'mem6-rec-7', 'completed', ''),
      `6,ARG,mem6-rec-8,completed,A finding.,,${SOURCE.replace('official', 'synthetic')}`,
    ];
    const { imported, printed } = importLines(root, `${lines.join('\n')}\n`);
    expect(imported).toBe(0);
    expect(printed).toEqual([
      'import.csv:2:2 (country): "XYZ" is not the ISO 3166-1 alpha-3 code of an OAS member state',
      'import.csv:3:1 (round): "9" is not a MEM round (1-8)',
      'import.csv:4:3 (unit): "mem6-rec-28" is not a recommendation of round 6, mem6-rec-1 to mem6-rec-27',
      'import.csv:5:4 (status): "done" is not a status of round 6: completed, ' +
        'mostly-completed, partially-completed, not-applicable',
      "import.csv:6:4 (status): round 8's rating scale is not known yet: add its statuses, " +
        'with their source, to data/mem/rounds.yaml first',
      'import.csv:7:3 (unit): "2016-2020-dr-4-3" is not an objective id of the 2016-2020 plan, such as 2016-2020-is-1',
      "import.csv:7:4 (status): round 7's rating scale is not known yet: add its statuses, " +
        'with their source, to data/mem/rounds.yaml first',
      'import.csv:8:7 (source_title): the source is missing: give the title of the published report',
      'import.csv:8:8 (source_url): the source URL "not a url" is missing or not an http(s) URL',
      'import.csv:8:9 (source_page): "0" is not a page number of the report',
      'import.csv:9:2 (country): Cuba (CUB) does not take part in the MEM',
      'import.csv:11: duplicate of line 10: round 6, ARG, mem6-rec-6',
      'import.csv:12: round 6, JAM, mem6-rec-12 is already in the stored results',
      'import.csv:13:5 (finding): the finding is missing: transcribe what the report says',
      'import.csv:14:11 (data_status): "synthetic": only official results are imported; ' +
        'demonstration data is generated, never imported',
    ]);
    expect(readFileSync(join(root, DATA_FILES.results))).toEqual(before);
  });

  it("refuses a file that is not UTF-8, naming the line, and one whose header is not the template's", () => {
    const root = freshRoot();
    const latin1 = Buffer.concat([
      Buffer.from(`${HEADER}\n${row('6', 'JAM', 'mem6-rec-1', 'completed')}\n6,JAM,mem6-rec-2,completed,Acci`),
      Buffer.from([0xf3]),
      Buffer.from(`n,,${SOURCE}\n`),
    ]);
    expect(importLines(root, latin1).printed).toEqual([
      'import.csv:3: this line is not UTF-8 text; save the file as "CSV UTF-8"',
    ]);
    expect(importLines(root, `round,country\n6,JAM\n`).printed).toEqual([
      `import.csv:1: the header must be exactly: ${HEADER}`,
    ]);
    expect(existsSync(join(root, DATA_FILES.results))).toBe(false);
  });

  it('prints the problems and exits 1 when run as a command, writing nothing', () => {
    const bad = join(freshRoot(), 'bad.csv');
    writeFileSync(bad, `${HEADER}\n${row('6', 'XYZ', 'mem6-rec-1', 'completed')}\n`);
    const stored = join(PATHS.root, DATA_FILES.results);
    const before = existsSync(stored) ? readFileSync(stored) : null;
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(PATHS.root, 'scripts', 'data-import.ts'), bad], {
      cwd: PATHS.root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(':2:2 (country): "XYZ" is not the ISO 3166-1 alpha-3 code of an OAS member state');
    expect(run.stderr).toContain('1 problem: nothing was imported.');
    expect(existsSync(stored) ? readFileSync(stored) : null).toEqual(before);
  });
});
