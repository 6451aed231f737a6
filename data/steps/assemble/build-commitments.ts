import { join } from 'node:path';
import * as z from 'zod';
import {
  Commitment,
  CommitmentDocument,
  CommitmentErrataFile,
  CommitmentErratum,
  CommitmentFootnote,
  SourceManifest,
  commitmentFootnoteId,
  type CommitmentDocumentId,
  type Provenance,
  type SourceLayoutRun,
} from '../../../schema/index.ts';
import { accountForLines } from './account-for-lines.ts';
import { applyErrata, type Annotated } from './apply-errata.ts';
import { linesUsedBy, provenanceOf } from './provenance-of.ts';
import { DataError } from '../read/data-error.ts';
import { htmlFootnoteNumbersIn, takeOutFootnoteMarkers } from '../parse/footnote-markers.ts';
import { firstNumberingBreak } from '../parse/numbering.ts';
import { linesOf, sourceError, type ParsedItem } from '../parse/parsed-plan.ts';
import { fieldName, readDataFile, type DataFile } from '../read/read-data-file.ts';
import { readSourceText, type SourceText } from '../read/source-text.ts';
import { refuseTextDefects } from './refuse-text-defects.ts';
import { hyphenatedWords } from '../parse/text-defects.ts';
import { DOCUMENT_FACTS } from './document-facts.ts';
import { parseSummitsMandates } from '../parse/summits-mandates.ts';
import { parseUnodcCommitments } from '../parse/unodc-commitments.ts';
import {
  cleanText,
  withoutEmphasis,
  type CommitmentsParser,
  type ParsedCommitments,
} from '../parse/parsed-commitments.ts';
import { DATA_FILES, PATHS } from '../../paths.ts';

/** The commitments sources, in order, each with its parser; its errata are data/errata/{source}.yaml. */
const SOURCES: ReadonlyArray<{ id: string; parse: CommitmentsParser }> = [
  { id: 'unodc-commitments', parse: parseUnodcCommitments },
  { id: 'summits-mandates', parse: parseSummitsMandates },
];

/** The international commitments, validated: documents, commitments, their footnotes and the errata applied. */
export interface BuiltCommitments {
  readonly documents: CommitmentDocument[];
  readonly commitments: Commitment[];
  readonly footnotes: CommitmentFootnote[];
  readonly errata: CommitmentErratum[];
  /** The lines of their sources that no record prints. */
  readonly layout: SourceLayoutRun[];
}

/**
 * Parses the international commitments from their raw sources in `{root}/data/sources`, with their
 * errata, exactly as the plans are parsed: checksums checked, errata matched against their
 * source, ids unique, numbering without gaps, every footnote attached, no page furniture or lost
 * hyphen in a published text. Reads files and writes none; throws a DataError naming file, line
 * and field on the first problem.
 */
export function buildCommitments(root: string = PATHS.root): BuiltCommitments {
  const built: BuiltCommitments = { documents: [], commitments: [], footnotes: [], errata: [], layout: [] };
  const rawTexts: string[] = [];
  for (const { id, parse } of SOURCES) {
    const manifest = readDataFile(root, `${DATA_FILES.sources}/${id}.yaml`, SourceManifest);
    const errataFile = readDataFile(root, DATA_FILES.errata(id), CommitmentErrataFile);
    const source = readSourceText(
      join(root, DATA_FILES.sources),
      manifest.value,
      errataFile.value,
      errataFile.path,
      (i, field) => errataFile.lineOf([i, field]),
    );
    rawTexts.push(source.text);
    assemble(source, parse(source), errataFile, built);
  }
  refuseTextDefects([...built.commitments, ...built.footnotes], hyphenatedWords(rawTexts.join('\n')));
  return {
    documents: validated(CommitmentDocument, built.documents),
    commitments: validated(Commitment, built.commitments),
    footnotes: validated(CommitmentFootnote, built.footnotes),
    errata: validated(CommitmentErratum, built.errata),
    layout: built.layout,
  };
}

/** Validates records against their schema; a violation names the raw source line of the record and the field. */
function validated<S extends z.ZodType<{ id: string; provenance: Provenance }>>(
  schema: S,
  records: ReadonlyArray<z.infer<S>>,
): z.infer<S>[] {
  return records.map((record) => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    const [issue] = result.error.issues;
    throw new DataError(
      `${DATA_FILES.sources}/${record.provenance.source}.txt`,
      record.provenance.lines[0],
      `${record.id}.${fieldName(issue!.path)}`,
      issue!.message,
    );
  });
}

/** Turns one parsed source into published records, applying its errata and attaching its footnotes, into `into`. */
function assemble(
  source: SourceText,
  parsed: ParsedCommitments,
  errataFile: DataFile<z.infer<typeof CommitmentErrataFile>>,
  into: BuiltCommitments,
) {
  const records = new Map<string, { record: Annotated; document: CommitmentDocumentId }>();
  const lineOwner = new Map<number, string>();
  const register = (record: Annotated, document: CommitmentDocumentId, item: ParsedItem) => {
    if (records.has(record.id)) sourceError(source, item.line, `duplicate identifier ${record.id}`);
    records.set(record.id, { record, document });
    for (const line of linesOf(item)) lineOwner.set(line, record.id);
  };

  const documents = parsed.documents.map((d): CommitmentDocument => {
    const heading = { line: d.heading[0]!.line, number: null, segments: d.heading };
    const document: CommitmentDocument = {
      id: d.id,
      ordinal: into.documents.length + 1,
      title: cleanText(d.heading),
      ...DOCUMENT_FACTS[d.id],
      footnotes: [],
      errata: [],
      provenance: provenanceOf(source, linesUsedBy(source, heading, d.id, errataFile.value)),
    };
    into.documents.push(document);
    register(document, d.id, heading);
    return document;
  });
  const ordinals = new Map<string, number>();
  const commitments = parsed.commitments.map((c): Commitment => {
    const ordinal = (ordinals.get(c.document) ?? 0) + 1;
    ordinals.set(c.document, ordinal);
    const { text, markers } = takeOutFootnoteMarkers(withoutEmphasis(c.segments));
    const commitment: Commitment = {
      id: c.id,
      document: c.document,
      section: c.section,
      number: c.number,
      ordinal,
      text: text || sourceError(source, c.line, `${c.id} has no text`),
      text_status: 'as-printed',
      footnotes: [],
      footnote_markers: markers.map(({ number, position }) => ({
        footnote: commitmentFootnoteId(c.document, number),
        position,
      })),
      errata: [],
      provenance: provenanceOf(source, linesUsedBy(source, c, c.id, errataFile.value)),
    };
    register(commitment, c.document, c);
    return commitment;
  });
  for (const document of documents) {
    const numbers = parsed.footnotes.filter((f) => f.document === document.id);
    const gap = firstNumberingBreak(numbers.map((f) => f.number));
    if (gap)
      sourceError(
        source,
        numbers[gap.index]!.line,
        `footnote ${gap.found} of ${document.id} where footnote ${gap.expected} was expected`,
      );
  }
  const footnotes = parsed.footnotes.map((f): CommitmentFootnote => {
    const id = commitmentFootnoteId(f.document, f.number);
    const footnote: CommitmentFootnote = {
      id,
      document: f.document,
      number: f.number,
      text: cleanText(f.segments) || sourceError(source, f.line, `footnote ${f.number} of ${f.document} has no text`),
      text_status: 'as-printed',
      annotates: [],
      provenance: provenanceOf(source, linesUsedBy(source, f, id, errataFile.value)),
      errata: [],
    };
    register(footnote, f.document, f);
    return footnote;
  });

  const documentOf = (item: string) => records.get(item)?.document ?? item.split('-').slice(0, 2).join('-');
  const errata = applyErrata(source, errataFile, records, lineOwner, {
    name: (entry) => `document ${documentOf(entry.item)}`,
    idPrefix: (entry) => documentOf(entry.item),
    footnoteId: (entry) => commitmentFootnoteId(documentOf(entry.item) as CommitmentDocumentId, entry.footnote),
  }).map(({ id, item, ...rest }): CommitmentErratum => ({
    id,
    document: documentOf(item) as CommitmentDocumentId,
    item,
    ...rest,
  }));

  const link = (document: CommitmentDocumentId, number: string, recordId: string, line: number) => {
    const footnote =
      footnotes.find((f) => f.document === document && f.number === number) ??
      sourceError(source, line, `marker of footnote ${number}, but ${document} has no footnote ${number}`);
    if (!footnote.annotates.includes(recordId)) footnote.annotates.push(recordId);
    const record = records.get(recordId)!.record;
    if (!record.footnotes!.includes(footnote.id)) record.footnotes!.push(footnote.id);
  };
  for (const d of parsed.documents) {
    for (const heading of d.markedHeadings)
      for (const number of htmlFootnoteNumbersIn(heading.text)) link(d.id, number, d.id, heading.line);
  }
  for (const c of parsed.commitments) {
    for (const segment of c.segments)
      for (const number of htmlFootnoteNumbersIn(segment.text)) link(c.document, number, c.id, segment.line);
  }
  for (const entry of errataFile.value) {
    if (entry.kind === 'anchor')
      link(documentOf(entry.item) as CommitmentDocumentId, entry.footnote, entry.item, entry.line);
  }
  for (const footnote of footnotes) {
    if (footnote.annotates.length === 0) {
      sourceError(
        source,
        footnote.provenance.lines[0],
        `footnote ${footnote.number} of ${footnote.document} annotates nothing: no text carries ` +
          `its marker (add an anchor erratum naming the record)`,
      );
    }
  }
  into.layout.push(...accountForLines(source, [...documents, ...commitments, ...footnotes], parsed.layout));
  into.commitments.push(...commitments);
  into.footnotes.push(...footnotes);
  into.errata.push(...errata);
}
