import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Provenance, SourceManifest } from '../../schema/index.ts';
import { accountForLines } from '../../data/steps/assemble/account-for-lines.ts';
import type { SourceText } from '../../data/steps/read/source-text.ts';
import { publishedBundle, rawLines } from './published-bundle.ts';

let dataset: Dataset;
let csv: Record<string, string>[];
beforeAll(() => {
  const bundle = publishedBundle();
  dataset = bundle.dataset;
  csv = bundle.csv('source_layout.csv');
});

/** Every record of plans.json that names its lines in a source, errata aside (they quote lines records print). */
function printedRanges(value: unknown, into: Provenance[] = []): Provenance[] {
  if (Array.isArray(value)) value.forEach((v) => printedRanges(v, into));
  else if (value && typeof value === 'object') {
    if ('provenance' in value && !('kind' in value)) into.push(value.provenance as Provenance);
    Object.values(value).forEach((v) => printedRanges(v, into));
  }
  return into;
}

describe('the source layout', () => {
  it('accounts for every non-blank line of all five sources, once: in a record or in a run', () => {
    expect(dataset.sources).toHaveLength(5);
    const problems: string[] = [];
    for (const { id } of dataset.sources) {
      const owners = new Map<number, string[]>();
      const claim = (n: number, by: string) => owners.set(n, [...(owners.get(n) ?? []), by]);
      for (const { source, ranges } of printedRanges(dataset)) {
        if (source !== id) continue;
        for (const [first, last] of ranges) for (let n = first; n <= last; n++) claim(n, 'a record');
      }
      for (const run of dataset.source_layout.filter((r) => r.source === id))
        for (let n = run.first_line; n <= run.last_line; n++) claim(n, `${run.kind} (${run.what})`);
      rawLines(id).forEach((text, n) => {
        if (n === 0 || text.trim() === '') return;
        const by = owners.get(n) ?? [];
        if (by.length !== 1) problems.push(`${id} line ${n}: ${by.length === 0 ? 'unaccounted' : by.join(' and ')}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('names each run by kind and what it is, in source_layout.csv as in plans.json', () => {
    expect(csv.map((row) => [row.source, Number(row.first_line), Number(row.last_line), row.kind, row.what])).toEqual(
      dataset.source_layout.map((r) => [r.source, r.first_line, r.last_line, r.kind, r.what]),
    );
    expect(dataset.source_layout).toEqual(
      expect.arrayContaining([
        { source: 'hpa-2021-2025', first_line: 362, last_line: 362, kind: 'page furniture', what: 'page number' },
        { source: 'hpa-2021-2025', first_line: 27, last_line: 27, kind: 'page furniture', what: 'footnote separator' },
        { source: 'hpa-2016-2020', first_line: 109, last_line: 109, kind: 'page furniture', what: 'running header' },
        {
          source: 'summits-mandates',
          first_line: 25,
          last_line: 25,
          kind: 'page furniture',
          what: 'OCR noise of a page stamp',
        },
        { source: 'unodc-commitments', first_line: 104, last_line: 104, kind: 'heading', what: 'section heading' },
        expect.objectContaining({ source: 'unodc-commitments', first_line: 1871, what: 'back cover' }),
      ]),
    );
  });
});

describe('accounting for the lines of a source', () => {
  const source = (lines: string[]): SourceText => ({
    manifest: { id: 'hpa-2021-2025' } as SourceManifest,
    file: 'data/sources/hpa-2021-2025.txt',
    line: (n) => lines[n - 1] ?? '',
    lineCount: lines.length,
    text: lines.join('\n'),
    corrected: new Map(),
  });
  const record = (first: number, last: number, id = '2021-2025-is-1-1') => ({
    id,
    provenance: { source: 'hpa-2021-2025', lines: [first, last], ranges: [[first, last]] } satisfies Provenance,
  });

  it('groups the reported lines into runs that bridge blank lines and end at a record', () => {
    const text = source(['Title', '', 'Title, continued', '1.1 An action', '16', '', '17']);
    const runs = accountForLines(
      text,
      [record(4, 4)],
      [
        { line: 1, kind: 'front matter', what: 'title page' },
        { line: 3, kind: 'front matter', what: 'title page' },
        { line: 5, kind: 'page furniture', what: 'page number' },
        { line: 7, kind: 'page furniture', what: 'page number' },
      ],
    );
    expect(runs).toEqual([
      { source: 'hpa-2021-2025', first_line: 1, last_line: 3, kind: 'front matter', what: 'title page' },
      { source: 'hpa-2021-2025', first_line: 5, last_line: 7, kind: 'page furniture', what: 'page number' },
    ]);
  });

  it('stops at a non-blank line that is neither in a record nor reported, naming the source file and line', () => {
    expect(() => accountForLines(source(['1.1 An action', 'stray words']), [record(1, 1)], [])).toThrow(
      'data/sources/hpa-2021-2025.txt:2: this line is neither printed by a record nor reported by the parser',
    );
  });

  it('stops at a line that two records print', () => {
    expect(() =>
      accountForLines(source(['1.1 An action', 'continued']), [record(1, 2), record(2, 2, '2021-2025-is-1-2')], []),
    ).toThrow('data/sources/hpa-2021-2025.txt:2: this line is printed by 2021-2025-is-1-1 and 2021-2025-is-1-2');
  });

  it('stops at a line that is both in a record and reported', () => {
    expect(() =>
      accountForLines(
        source(['1.1 An action']),
        [record(1, 1)],
        [{ line: 1, kind: 'page furniture', what: 'page number' }],
      ),
    ).toThrow(
      'data/sources/hpa-2021-2025.txt:1: this line is printed by a record and also reported as page furniture (page number)',
    );
  });
});
