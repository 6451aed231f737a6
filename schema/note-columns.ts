import { itemFields } from './item.ts';
import type { Provenance } from './provenance.ts';
import { describe, list, provenanceColumns, type Column } from './table-definition.ts';

/**
 * The columns of the tables of notes on the texts, footnotes and errata, which the plans and the
 * commitment documents share: each table has its id, then the plan or document it belongs to
 * (`scope`), then the same columns whoever printed the text.
 */

/** The descriptions a schema gives these fields. */
type Described<Field extends string> = { readonly shape: Record<Field, { readonly description?: string | undefined }> };

/** The columns of a footnotes table. */
export const footnoteColumns = <
  Row extends {
    id: string;
    number: string;
    text: string;
    text_status: string;
    annotates: ReadonlyArray<string>;
    errata: ReadonlyArray<string>;
    provenance: Provenance;
  },
>(
  schema: Described<'id' | 'number' | 'text'>,
  scope: Column<Row>,
): Column<Row>[] => [
  { name: 'id', type: 'string', description: describe(schema.shape.id), value: (r) => r.id },
  scope,
  { name: 'number', type: 'string', description: describe(schema.shape.number), value: (r) => r.number },
  { name: 'text', type: 'string', description: describe(schema.shape.text), value: (r) => r.text },
  { name: 'text_status', type: 'string', description: describe(itemFields.text_status), value: (r) => r.text_status },
  {
    name: 'annotates',
    type: 'string',
    description: 'Identifiers of the records the footnote annotates, space-separated.',
    value: (r) => list(r.annotates),
  },
  {
    name: 'errata',
    type: 'string',
    description: 'Identifiers of the errata applied to the footnote, space-separated.',
    value: (r) => list(r.errata),
  },
  ...provenanceColumns<Row>(),
];

/** The columns of an errata table. */
export const erratumColumns = <
  Row extends {
    id: string;
    item: string;
    kind: string;
    source: string | null;
    publish: string | null;
    footnote: string | null;
    reason: string;
    provenance: Provenance;
  },
>(
  schema: Described<'id' | 'item' | 'kind' | 'source' | 'publish' | 'footnote' | 'reason'>,
  scope: Column<Row>,
): Column<Row>[] => [
  { name: 'id', type: 'string', description: describe(schema.shape.id), value: (r) => r.id },
  scope,
  { name: 'item', type: 'string', description: describe(schema.shape.item), value: (r) => r.item },
  { name: 'kind', type: 'string', description: describe(schema.shape.kind), value: (r) => r.kind },
  { name: 'source_text', type: 'string', description: describe(schema.shape.source), value: (r) => r.source },
  { name: 'published_text', type: 'string', description: describe(schema.shape.publish), value: (r) => r.publish },
  { name: 'footnote', type: 'string', description: describe(schema.shape.footnote), value: (r) => r.footnote },
  { name: 'reason', type: 'string', description: describe(schema.shape.reason), value: (r) => r.reason },
  ...provenanceColumns<Row>(),
];
