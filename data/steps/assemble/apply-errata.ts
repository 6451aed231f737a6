import type { ErratumEntry, Provenance } from '../../../schema/index.ts';
import { takeOutFootnoteMarkers } from '../parse/footnote-markers.ts';
import { DataError } from '../read/data-error.ts';
import { linesOfErratum, provenanceOf } from './provenance-of.ts';
import type { DataFile } from '../read/read-data-file.ts';
import type { SourceText } from '../read/source-text.ts';

/** A published record as errata and footnotes see it (a footnote has no footnotes of its own). */
export type Annotated = {
  id: string;
  text?: string;
  footnotes?: string[];
  footnote_markers?: Array<{ footnote: string; position: number }>;
  errata: string[];
  text_status?: 'as-printed' | 'corrected' | 'damaged';
};

/** A published erratum without its scope (plan or document). */
export interface AppliedErratum {
  id: string;
  item: string;
  kind: ErratumEntry['kind'];
  source: string | null;
  publish: string | null;
  footnote: string | null;
  reason: string;
  provenance: Provenance;
}

/**
 * Where errata belong: the scope named in messages, the prefix of their ids, and the id of a footnote an anchor
 * attaches.
 */
export interface ErrataScope {
  name(entry: ErratumEntry): string;
  idPrefix(entry: ErratumEntry): string;
  footnoteId(entry: ErratumEntry & { kind: 'anchor' }): string;
}

/**
 * Attributes each erratum to the record printed on its line, records it on that record (and its
 * text status), and returns it as published, saying what it publishes as the records print it:
 * without footnote markers. An erratum with an id outside its scope, a duplicate id, an unknown
 * record or a line that prints another record stops the build, naming the errata file, the line
 * and the field.
 */
export function applyErrata(
  source: SourceText,
  errataFile: DataFile<ErratumEntry[]>,
  records: ReadonlyMap<string, { record: Annotated }>,
  lineOwner: ReadonlyMap<number, string>,
  scope: ErrataScope,
): AppliedErratum[] {
  const fail = (index: number, field: string, problem: string): never => {
    throw new DataError(errataFile.path, errataFile.lineOf([index, field]), `[${index}].${field}`, problem);
  };
  const seen = new Set<string>();
  return errataFile.value.map((entry, index): AppliedErratum => {
    const prefix = scope.idPrefix(entry);
    if (!entry.id.startsWith(`${prefix}-e`))
      fail(index, 'id', `errata of ${scope.name(entry)} have ids "${prefix}-eNNN"`);
    if (seen.has(entry.id)) fail(index, 'id', `duplicate erratum id ${entry.id}`);
    seen.add(entry.id);
    const target =
      records.get(entry.item)?.record ?? fail(index, 'item', `no record ${entry.item} in ${scope.name(entry)}`);
    const owner = entry.kind === 'anchor' ? scope.footnoteId(entry) : entry.item;
    if (lineOwner.get(entry.line) !== owner) {
      const actual = lineOwner.get(entry.line);
      fail(index, 'line', `line ${entry.line} of ${source.file} prints ${actual ?? 'no record'}, not ${owner}`);
    }
    target.errata.push(entry.id);
    if (entry.kind === 'flag') target.text_status = 'damaged';
    if (entry.kind === 'replace' && target.text_status !== 'damaged') target.text_status = 'corrected';
    return {
      id: entry.id,
      item: entry.item,
      kind: entry.kind,
      source: entry.kind === 'anchor' ? null : entry.source,
      publish:
        entry.kind === 'anchor'
          ? null
          : takeOutFootnoteMarkers(entry.kind === 'flag' ? entry.source : entry.publish).text,
      footnote: entry.kind === 'anchor' ? owner : null,
      reason: entry.reason,
      provenance: provenanceOf(source, linesOfErratum(source, entry)),
    };
  });
}
