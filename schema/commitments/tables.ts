import { erratumColumns, footnoteColumns } from '../note-columns.ts';
import {
  defineTable,
  describe,
  footnoteMarkersColumn,
  list,
  provenanceColumns,
  type Column,
  fieldColumn,
} from '../table-definition.ts';
import { Commitment } from './commitment.ts';
import { CommitmentDocument } from './document.ts';
import { DocumentRecord } from './document-record.ts';
import { CommitmentErratum } from './erratum.ts';
import { CommitmentFootnote } from './footnote.ts';

/** The international documents whose commitments are published. */
export const documentTable = defineTable<DocumentRecord>({
  name: 'documents',
  title: 'International documents on drug policy whose commitments are published',
  columns: [
    fieldColumn(CommitmentDocument, 'id'),
    fieldColumn(CommitmentDocument, 'ordinal', 'integer'),
    fieldColumn(CommitmentDocument, 'title'),
    fieldColumn(CommitmentDocument, 'issuer'),
    fieldColumn(CommitmentDocument, 'date'),
    fieldColumn(CommitmentDocument, 'instrument'),
    fieldColumn(DocumentRecord, 'commitment_count', 'integer'),
    {
      name: 'footnotes',
      type: 'string',
      description: "Identifiers of the footnotes on the document's headings, space-separated.",
      value: (r) => list(r.footnotes),
    },
    {
      name: 'errata',
      type: 'string',
      description: "Identifiers of the errata applied to the document's headings, space-separated.",
      value: (r) => list(r.errata),
    },
    ...provenanceColumns<DocumentRecord>(),
  ],
  foreignKeys: [],
});

/** Every commitment: paragraph, recommendation or mandate, with its text as printed. */
export const commitmentTable = defineTable<Commitment>({
  name: 'commitments',
  title: 'Commitments of the international documents: paragraphs, recommendations and mandates',
  columns: [
    fieldColumn(Commitment, 'id'),
    fieldColumn(Commitment, 'document'),
    fieldColumn(Commitment, 'section'),
    fieldColumn(Commitment, 'number'),
    fieldColumn(Commitment, 'ordinal', 'integer'),
    fieldColumn(Commitment, 'text'),
    fieldColumn(Commitment, 'text_status'),
    {
      name: 'footnotes',
      type: 'string',
      description: 'Identifiers of the footnotes that annotate this commitment, space-separated.',
      value: (r) => list(r.footnotes),
    },
    footnoteMarkersColumn<Commitment>(),
    {
      name: 'errata',
      type: 'string',
      description: 'Identifiers of the errata applied to this commitment, space-separated.',
      value: (r) => list(r.errata),
    },
    ...provenanceColumns<Commitment>(),
  ],
  foreignKeys: [{ fields: 'document', reference: { resource: 'documents', fields: 'id' } }],
});

/** The column that names the document a footnote or erratum belongs to. */
const documentColumn = <Row extends { document: string }>(): Column<Row> => ({
  name: 'document',
  type: 'string',
  description: describe(CommitmentFootnote.shape.document),
  value: (r) => r.document,
});

/** The footnotes of every commitment document. */
export const commitmentFootnoteTable = defineTable<CommitmentFootnote>({
  name: 'commitment_footnotes',
  title: 'Footnotes of the international documents and the records they annotate',
  columns: footnoteColumns(CommitmentFootnote, documentColumn<CommitmentFootnote>()),
  foreignKeys: [{ fields: 'document', reference: { resource: 'documents', fields: 'id' } }],
});

/** Every erratum of the commitment documents, with its reason. */
export const commitmentErratumTable = defineTable<CommitmentErratum>({
  name: 'commitment_errata',
  title: 'Every correction of a defect of the international documents, with its reason',
  columns: erratumColumns(CommitmentErratum, documentColumn<CommitmentErratum>()),
  foreignKeys: [{ fields: 'document', reference: { resource: 'documents', fields: 'id' } }],
});
