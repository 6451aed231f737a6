import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Provenance } from '../../schema/index.ts';
import { publishedBundle, rawLines } from './published-bundle.ts';

/** A published record with a place in a source, as plans.json holds it. */
interface PrintedRecord {
  id: string;
  provenance: Provenance;
  text?: string;
  title?: string;
  number?: string | null;
  section?: string | null;
  name?: string;
  heading?: string | null;
  lead_in?: string | null;
}

/** The fields in which a record publishes words of its source. */
const publishedFields = ({ text, title, number, section, name, heading, lead_in }: PrintedRecord) =>
  [text, title, number, section, name, heading, lead_in].filter((v): v is string => typeof v === 'string');

/** The errata tables keep their own provenance: the lines of their `source`, not those of a record. */
const ERRATA_TABLES = new Set(['errata', 'commitment_errata']);

/** Every record of plans.json that names its lines in a source, wherever it is nested, errata aside. */
function printedRecords(dataset: Dataset): PrintedRecord[] {
  const found: PrintedRecord[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if ('provenance' in value && 'id' in value) found.push(value as PrintedRecord);
      Object.values(value).forEach(walk);
    }
  };
  for (const [table, records] of Object.entries(dataset)) if (!ERRATA_TABLES.has(table)) walk(records);
  return found;
}

/**
 * What a text prints without markup: Markdown emphasis and headings removed, a footnote marker (HTML or superscript)
 * after a word left out, as records publish their text, and one that opens a footnote's line as a word of plain
 * digits, as the footnote publishes its number.
 */
const unmarked = (text: string) =>
  text
    .replace(/(?<=\S)(?:<sup>\d+<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, '')
    .replace(/<sup>(\d+)<\/sup>/g, ' $1 ')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (marker) => ` ${[...marker].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d)).join('')} `)
    .replace(/[*#]/g, '');

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

/** A word compared for whether a line contributes it: lower case, without surrounding punctuation. */
const word = (token: string) => token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Every line of a range, in order. */
const linesOfRanges = (ranges: Provenance['ranges']) =>
  ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));

let dataset: Dataset;
let records: PrintedRecord[];
/** Each source's lines after the published `replace` errata, 1-based. */
const corrected = new Map<string, string[]>();

let footnotesCsv: Record<string, string>[];
let commitmentsCsv: Record<string, string>[];
beforeAll(() => {
  const bundle = publishedBundle();
  dataset = bundle.dataset;
  footnotesCsv = bundle.csv('footnotes.csv');
  commitmentsCsv = bundle.csv('commitments.csv');
  records = printedRecords(dataset);
  for (const source of dataset.sources.map((s) => s.id)) corrected.set(source, rawLines(source));
  for (const erratum of [...dataset.errata, ...dataset.commitment_errata]) {
    if (erratum.kind !== 'replace') continue;
    const lines = corrected.get(erratum.provenance.source)!;
    const [first, last] = erratum.provenance.lines;
    const replaced = lines
      .slice(first, last + 1)
      .join('\n')
      .replace(erratum.source!, erratum.publish!)
      .split('\n');
    lines.splice(first, replaced.length, ...replaced);
  }
});

const errataOf = (id: string) =>
  [...dataset.errata, ...dataset.commitment_errata].filter((e) => e.item === id && e.kind !== 'anchor');

describe('provenance', () => {
  it('is found on every record of every kind', () => {
    expect(records.length).toBeGreaterThan(1200);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it("names ordered, non-overlapping ranges whose span is the record's lines", () => {
    for (const { id, provenance } of records) {
      const { lines, ranges } = provenance;
      expect(
        ranges.every(([first, last], i) => first <= last && (i === 0 || first > ranges[i - 1]![1])),
        id,
      ).toBe(true);
      expect(lines, id).toEqual([ranges[0]![0], ranges.at(-1)![1]]);
    }
  });

  // A number such as "24 (b) (ii)" ends in the record's own label; the labels before it are printed by its parents.
  it('holds every word each record publishes: its text (or title) and the label of its number', () => {
    const missing: string[] = [];
    for (const { id, provenance, text, title, number } of records) {
      const lines = corrected.get(provenance.source)!;
      const printed = withoutSpace(
        linesOfRanges(provenance.ranges)
          .map((n) => unmarked(lines[n]!))
          .join(''),
      );
      const label = number?.split(' ').at(-1) ?? '';
      for (const token of unmarked(`${text ?? title} ${label}`)
        .split(/\s+/)
        .filter(Boolean)) {
        if (!printed.includes(token)) missing.push(`${id}: "${token}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('holds nothing else: every non-blank line of its ranges prints a word of the record or is corrected by its errata', () => {
    const strays: string[] = [];
    for (const record of records) {
      const { id, provenance } = record;
      const lines = corrected.get(provenance.source)!;
      const published = new Set(
        publishedFields(record)
          .flatMap((field) => unmarked(field).split(/\s+/))
          .map(word)
          .filter(Boolean),
      );
      const errataLines = new Set(errataOf(id).flatMap((e) => linesOfRanges(e.provenance.ranges)));
      for (const n of linesOfRanges(provenance.ranges)) {
        const tokens = unmarked(lines[n]!).split(/\s+/).map(word).filter(Boolean);
        if (tokens.length > 0 && !errataLines.has(n) && !tokens.some((t) => published.has(t)))
          strays.push(`${id}: line ${n} of ${provenance.source} "${lines[n]!.trim()}"`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('holds every line that an erratum of the record corrects or quotes', () => {
    const outside: string[] = [];
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const erratum of [...dataset.errata, ...dataset.commitment_errata]) {
      if (erratum.kind === 'anchor') continue;
      const record = byId.get(erratum.item)!;
      const ranges = new Set(linesOfRanges(record.provenance.ranges));
      for (const n of linesOfRanges(erratum.provenance.ranges))
        if (!ranges.has(n)) outside.push(`${erratum.id}: line ${n} is not in the ranges of ${erratum.item}`);
    }
    expect(outside).toEqual([]);
  });

  it('lists the ranges in source_lines as citations print them', () => {
    const lines = (table: Record<string, string>[], id: string) => table.find((row) => row.id === id)?.source_lines;
    expect(lines(footnotesCsv, '2011-2015-fn-1')).toBe('36-37, 468');
    expect(lines(commitmentsCsv, 'cnd-2019-p9')).toBe('76, 92');
    expect(lines(commitmentsCsv, 'cnd-2019-p26-a')).toBe('140');
  });

  it('prints a footnote split across pages as two ranges', () => {
    const footnote = dataset.footnotes.find((f) => f.id === '2011-2015-fn-1')!;
    expect(footnote.provenance).toEqual({
      source: 'hpa-2011-2015',
      lines: [36, 468],
      ranges: [
        [36, 37],
        [468, 468],
      ],
    });
  });
});
