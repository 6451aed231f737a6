import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_IDS, textRecordsOf, type Dataset, type ErratumEntry } from '../../schema/index.ts';
import { publishedBundle, rawLines } from './published-bundle.ts';
import { PATHS } from '../../data/paths.ts';

const curated: ErratumEntry[] = PLAN_IDS.flatMap((p) =>
  parse(readFileSync(join(PATHS.root, 'data', 'errata', `${p}.yaml`), 'utf8')),
);

let dataset: Dataset;
let errataCsv: Record<string, string>[];
let excelCsv: Buffer;
beforeAll(() => {
  const bundle = publishedBundle();
  dataset = bundle.dataset;
  errataCsv = bundle.csv('errata.csv');
  excelCsv = bundle.read('errata-excel.csv');
});

const recordsById = () =>
  new Map<string, { text?: string; heading?: string; errata: string[] }>(
    [...dataset.plans, ...dataset.passages, ...textRecordsOf(dataset.plans), ...dataset.footnotes].map((r) => [
      r.id,
      r,
    ]),
  );

describe('errata', () => {
  it('lists every hand-written erratum in plans.json and errata.csv, once', () => {
    expect(dataset.errata.map((e) => e.id)).toEqual(curated.map((e) => e.id));
    expect(errataCsv.map((row) => row.id)).toEqual(curated.map((e) => e.id));
    expect(excelCsv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('lists every erratum on the record it names', () => {
    const records = recordsById();
    for (const erratum of dataset.errata) expect(records.get(erratum.item)?.errata, erratum.id).toContain(erratum.id);
  });

  it('publishes the corrected words, never the defective ones', () => {
    const records = recordsById();
    const wordFixes = dataset.errata.filter((e) => e.kind === 'replace' && /^[\p{L}\s-]+$/u.test(e.publish!));
    expect(wordFixes.map((e) => e.id)).toEqual([
      '2016-2020-e001',
      '2016-2020-e002',
      '2016-2020-e003',
      '2016-2020-e004',
      '2016-2020-e005',
      '2016-2020-e006',
      '2016-2020-e008',
      '2021-2025-e001',
    ]);
    for (const erratum of wordFixes) {
      const { heading, text } = records.get(erratum.item)!;
      const printed = [heading, text].join('\n');
      expect(printed, erratum.id).toContain(erratum.publish);
      expect(printed, erratum.id).not.toContain(erratum.source);
    }
  });

  it('quotes what the source really prints on the lines it names', () => {
    for (const erratum of dataset.errata.filter((e) => e.source !== null)) {
      const lines = rawLines(erratum.provenance.source);
      const [first, last] = erratum.provenance.lines;
      expect(lines.slice(first, last + 1).join('\n'), erratum.id).toContain(erratum.source);
    }
  });

  it('repairs each known kind of source defect', () => {
    const reasons = dataset.errata.map((e) => e.reason).join('\n');
    for (const kind of [
      'Priority action printed without its number',
      'Number displaced after its text',
      'Sentence cut off',
      'Hyphen lost',
      'Duplicated heading',
      'Footnote number lost',
    ]) {
      expect(reasons).toContain(kind);
    }
  });
});
