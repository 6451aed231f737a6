import { erratumColumns, footnoteColumns } from '../note-columns.ts';
import {
  defineTable,
  describe,
  footnoteMarkersColumn,
  list,
  provenanceColumns,
  type Column,
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
    { name: 'id', type: 'string', description: describe(CommitmentDocument.shape.id), value: (r) => r.id },
    {
      name: 'ordinal',
      type: 'integer',
      description: describe(CommitmentDocument.shape.ordinal),
      value: (r) => r.ordinal,
    },
    { name: 'title', type: 'string', description: describe(CommitmentDocument.shape.title), value: (r) => r.title },
    { name: 'issuer', type: 'string', description: describe(CommitmentDocument.shape.issuer), value: (r) => r.issuer },
    { name: 'date', type: 'string', description: describe(CommitmentDocument.shape.date), value: (r) => r.date },
    {
      name: 'instrument',
      type: 'string',
      description: describe(CommitmentDocument.shape.instrument),
      value: (r) => r.instrument,
    },
    {
      name: 'commitment_count',
      type: 'integer',
      description: describe(DocumentRecord.shape.commitment_count),
      value: (r) => r.commitment_count,
    },
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
    { name: 'id', type: 'string', description: describe(Commitment.shape.id), value: (r) => r.id },
    { name: 'document', type: 'string', description: describe(Commitment.shape.document), value: (r) => r.document },
    { name: 'section', type: 'string', description: describe(Commitment.shape.section), value: (r) => r.section },
    { name: 'number', type: 'string', description: describe(Commitment.shape.number), value: (r) => r.number },
    { name: 'ordinal', type: 'integer', description: describe(Commitment.shape.ordinal), value: (r) => r.ordinal },
    { name: 'text', type: 'string', description: describe(Commitment.shape.text), value: (r) => r.text },
    {
      name: 'text_status',
      type: 'string',
      description: describe(Commitment.shape.text_status),
      value: (r) => r.text_status,
    },
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
