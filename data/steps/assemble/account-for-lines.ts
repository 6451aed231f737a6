import type { Provenance, SourceLayoutRun } from '../../../schema/index.ts';
import { sourceError, type LayoutLine } from '../parse/parsed-plan.ts';
import type { SourceText } from '../read/source-text.ts';

/**
 * Accounts for every non-blank line of a source: each is printed by one record (in the ranges of its provenance) or
 * reported by the parser as a heading, front matter or page furniture, never both, never by two records and never
 * neither. Returns the reported lines as runs of one kind and what, a run ending where a record's line or another kind
 * of line comes.
 */
export function accountForLines(
  source: SourceText,
  records: Iterable<{ id: string; provenance: Provenance }>,
  layout: ReadonlyArray<LayoutLine>,
): SourceLayoutRun[] {
  const inRecords = new Map<number, string>();
  for (const { id, provenance } of records) {
    for (const [first, last] of provenance.ranges) {
      for (let n = first; n <= last; n++) {
        const other = inRecords.get(n);
        if (other && source.line(n).trim() !== '') sourceError(source, n, `this line is printed by ${other} and ${id}`);
        inRecords.set(n, id);
      }
    }
  }
  const reported = new Map<number, LayoutLine>();
  for (const entry of layout) {
    if (reported.has(entry.line)) sourceError(source, entry.line, `the parser reports line ${entry.line} twice`);
    reported.set(entry.line, entry);
  }
  const runs: SourceLayoutRun[] = [];
  let open: SourceLayoutRun | undefined;
  for (let n = 1; n <= source.lineCount; n++) {
    if (source.line(n).trim() === '') continue;
    const entry = reported.get(n);
    if (inRecords.has(n) && entry) {
      sourceError(source, n, `this line is printed by a record and also reported as ${entry.kind} (${entry.what})`);
    }
    if (!inRecords.has(n) && !entry) {
      sourceError(
        source,
        n,
        'this line is neither printed by a record nor reported by the parser as a heading, front matter or page ' +
          'furniture',
      );
    }
    if (!entry) open = undefined;
    else if (open && open.kind === entry.kind && open.what === entry.what) open.last_line = n;
    else {
      open = { source: source.manifest.id, first_line: n, last_line: n, kind: entry.kind, what: entry.what };
      runs.push(open);
    }
  }
  return runs;
}
