import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { RECORD_KINDS, UTF8_BOM, excelFileName, type AnyRecordKind, type Cell } from '../../schema/index.ts';
import { publishedBundle } from './published-bundle.ts';

/** Every CSV file of a bundle: each table plain and as its Excel twin, which alone starts with a byte-order mark. */
const CSV_FILES = RECORD_KINDS.flatMap((kind) => [
  { file: `${kind.table.name}.csv`, excel: false, kind },
  { file: excelFileName(kind.table.name), excel: true, kind },
]);

/** A cell as CSV text holds it: empty for null, numbers in figures, booleans as true/false. */
const asText = (cell: Cell) => (cell === null ? '' : String(cell));

const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Every file as Python's csv module reads it (utf-8-sig for the Excel twins, as a Python user opens them). */
const PYTHON_READER = `
import csv, json, sys
rows = {}
for path, encoding in zip(sys.argv[1::2], sys.argv[2::2]):
    with open(path, newline='', encoding=encoding) as f:
        rows[path] = list(csv.reader(f, strict=True))
json.dump(rows, sys.stdout)
`;

describe.each([
  { build: 'the release', demonstration: false },
  { build: 'the demonstration build', demonstration: true },
])('every CSV file of $build', ({ demonstration }) => {
  let bundle: ReturnType<typeof publishedBundle>;
  beforeAll(() => {
    bundle = publishedBundle({ demonstration });
  });

  /** The header and rows a table's file must hold: the values its definition takes from the records of plans.json. */
  const expectedRows = (kind: AnyRecordKind) => [
    kind.table.columns.map((column) => column.name),
    ...kind.table.cells(kind.recordsOf(bundle.dataset)).map((row) => row.map(asText)),
  ];

  /** Checks that a parser read exactly the expected rows from every file. */
  function expectExactRows(read: (file: string, excel: boolean) => string[][]) {
    for (const { file, excel, kind } of CSV_FILES) {
      const expected = expectedRows(kind);
      const rows = read(file, excel);
      expect(rows.length, `${file}: rows, header included`).toBe(expected.length);
      expect(rows, file).toEqual(expected);
    }
  }

  it('starts with a byte-order mark exactly in the Excel twins, and is valid UTF-8', () => {
    for (const { file, excel } of CSV_FILES) {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bundle.read(file));
      expect(text.startsWith(UTF8_BOM), file).toBe(excel);
    }
  });

  it('parses with csv-parse in strict mode into exactly the records of plans.json', () => {
    // Any of CRLF, LF and CR ends a record, as in Python's csv, pandas and Excel: a line break must be quoted to stay
    // inside a field.
    expectExactRows((file, excel) => parse(bundle.read(file), { bom: excel, record_delimiter: ['\r\n', '\n', '\r'] }));
  });

  it('parses with d3-dsv into exactly the records of plans.json', () => {
    expectExactRows((file, excel) => {
      const text = bundle.read(file).toString('utf8');
      return csvParseRows(excel ? text.slice(UTF8_BOM.length) : text);
    });
  });

  it.skipIf(!hasPython)(
    "parses with Python's csv module into exactly the records of plans.json (needs python3)",
    () => {
      const args = CSV_FILES.flatMap(({ file, excel }) => [`${bundle.dir}/${file}`, excel ? 'utf-8-sig' : 'utf-8']);
      const read: Record<string, string[][]> = JSON.parse(
        execFileSync('python3', ['-c', PYTHON_READER, ...args], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8'),
      );
      expectExactRows((file) => read[`${bundle.dir}/${file}`]!);
    },
  );
});
