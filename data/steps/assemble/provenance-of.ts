import type { Provenance } from '../../../schema/index.ts';
import { linesOf, type ParsedItem } from '../parse/parsed-plan.ts';
import type { SourceText } from '../read/source-text.ts';

/** An erratum as provenance sees it: the record it belongs to and whether it changes or quotes lines. */
interface ErratumOfRecord {
  readonly id: string;
  readonly item: string;
  readonly kind: 'replace' | 'flag' | 'anchor';
  readonly line: number;
}

/**
 * Every raw line record `id` uses: its number line, its text lines, and the lines its `replace` and `flag` errata
 * concern (an anchor changes no line of the record it attaches a footnote to).
 */
export const linesUsedBy = (
  source: SourceText,
  item: ParsedItem,
  id: string,
  errata: ReadonlyArray<ErratumOfRecord>,
): number[] => [
  ...linesOf(item),
  ...errata.filter((e) => e.item === id && e.kind !== 'anchor').flatMap((e) => linesOfErratum(source, e)),
];

/** The raw lines an erratum concerns: every line its `source` spans, or its one line for an anchor. */
export const linesOfErratum = (source: SourceText, erratum: ErratumOfRecord) => {
  const [first, last] = source.corrected.get(erratum.id) ?? [erratum.line, erratum.line];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
};

/**
 * The provenance of a record that uses `lines` of `source`: the lines in order, grouped into ranges that bridge blank
 * lines only, so a page number or footnote printed in the middle of the record separates two ranges.
 */
export function provenanceOf(source: SourceText, lines: Iterable<number>): Provenance {
  const ranges: [number, number][] = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && onlyBlankBetween(source, last[1], line)) last[1] = line;
    else ranges.push([line, line]);
  }
  return { source: source.manifest.id, lines: [ranges[0]![0], ranges.at(-1)![1]], ranges };
}

const onlyBlankBetween = (source: SourceText, after: number, before: number) => {
  for (let n = after + 1; n < before; n++) if (source.line(n).trim() !== '') return false;
  return true;
};
