import {
  Action,
  Area,
  Erratum,
  Footnote,
  Objective,
  actionsOf,
  areasOf,
  formatLines,
  itemFields,
  objectivesOf,
  type Dataset,
  type Provenance,
} from '../../../schema/index.ts';

/** One column of a published CSV table: its name, Frictionless type, description and how a row fills it. */
export interface Column<Row> {
  readonly name: string;
  readonly type: 'string' | 'integer';
  readonly description: string;
  readonly value: (row: Row) => string | number | null;
}

interface TableDefinition<Row> {
  readonly name: string;
  readonly title: string;
  readonly rows: (dataset: Dataset) => Row[];
  readonly columns: ReadonlyArray<Column<Row>>;
  readonly foreignKeys: ReadonlyArray<{ fields: string; reference: { resource: string; fields: string } }>;
}

/** A published CSV table: its file stem, what it holds, its columns, and its records drawn from a dataset. */
export interface Table {
  readonly name: string;
  readonly title: string;
  readonly columns: ReadonlyArray<Pick<Column<unknown>, 'name' | 'type' | 'description'>>;
  readonly foreignKeys: TableDefinition<unknown>['foreignKeys'];
  records(dataset: Dataset): Array<Array<string | number | null>>;
}

const defineTable = <Row>({ rows, columns, ...meta }: TableDefinition<Row>): Table => ({
  ...meta,
  columns: columns.map(({ name, type, description }) => ({ name, type, description })),
  records: (dataset) => rows(dataset).map((row) => columns.map((column) => column.value(row))),
});

const describe = (schema: { description?: string | undefined }, fallback = '') => schema.description ?? fallback;
const list = (ids: ReadonlyArray<string>) => ids.join(' ');

const provenanceColumns = <Row extends { provenance: Provenance }>(): Column<Row>[] => [
  { name: 'source', type: 'string', description: 'Identifier of the raw source document (data/sources/{source}.txt in the repository).', value: (r) => r.provenance.source },
  { name: 'source_lines', type: 'string', description: 'Lines of the raw source that print this record, "first-last" (1-based, inclusive).', value: (r) => formatLines(r.provenance.lines) },
];

const itemColumns = <Row extends Action | Objective | Area>(): Column<Row>[] => [
  { name: 'ordinal', type: 'integer', description: describe(itemFields.ordinal), value: (r) => r.ordinal },
  { name: 'number', type: 'string', description: describe(itemFields.number), value: (r) => r.number },
  { name: 'text', type: 'string', description: describe(itemFields.text), value: (r) => r.text },
  { name: 'text_status', type: 'string', description: describe(itemFields.text_status), value: (r) => r.text_status },
  { name: 'footnotes', type: 'string', description: 'Identifiers of the footnotes that annotate this record, space-separated.', value: (r) => list(r.footnotes) },
  { name: 'errata', type: 'string', description: 'Identifiers of the errata applied to this record, space-separated.', value: (r) => list(r.errata) },
  ...provenanceColumns<Row>(),
];

/** The CSV tables of a release, in the order they are listed in its datapackage.json. */
export const TABLES: ReadonlyArray<Table> = [
  defineTable<Area>({
    name: 'areas',
    title: 'Areas (pillars in 2021-2025) of each plan',
    rows: (d) => areasOf(d.plans),
    columns: [
      { name: 'id', type: 'string', description: describe(Area.shape.id), value: (r) => r.id },
      { name: 'plan', type: 'string', description: describe(Area.shape.plan), value: (r) => r.plan },
      { name: 'code', type: 'string', description: describe(Area.shape.code), value: (r) => r.code },
      { name: 'name', type: 'string', description: describe(Area.shape.name), value: (r) => r.name },
      { name: 'objective_count', type: 'integer', description: 'Number of objectives in the area.', value: (r) => r.objectives.length },
      ...itemColumns<Area>(),
    ],
    foreignKeys: [],
  }),
  defineTable<Objective>({
    name: 'objectives',
    title: 'Objectives of each area',
    rows: (d) => objectivesOf(d.plans),
    columns: [
      { name: 'id', type: 'string', description: describe(Objective.shape.id), value: (r) => r.id },
      { name: 'plan', type: 'string', description: describe(Objective.shape.plan), value: (r) => r.plan },
      { name: 'area', type: 'string', description: describe(Objective.shape.area), value: (r) => r.area },
      { name: 'action_count', type: 'integer', description: 'Number of priority actions under the objective.', value: (r) => r.actions.length },
      ...itemColumns<Objective>(),
    ],
    foreignKeys: [{ fields: 'area', reference: { resource: 'areas', fields: 'id' } }],
  }),
  defineTable<Action>({
    name: 'actions',
    title: 'Priority actions of each objective',
    rows: (d) => actionsOf(d.plans),
    columns: [
      { name: 'id', type: 'string', description: describe(Action.shape.id), value: (r) => r.id },
      { name: 'plan', type: 'string', description: describe(Action.shape.plan), value: (r) => r.plan },
      { name: 'area', type: 'string', description: describe(Action.shape.area), value: (r) => r.area },
      { name: 'objective', type: 'string', description: describe(Action.shape.objective), value: (r) => r.objective },
      ...itemColumns<Action>(),
    ],
    foreignKeys: [{ fields: 'objective', reference: { resource: 'objectives', fields: 'id' } }],
  }),
  defineTable<Footnote>({
    name: 'footnotes',
    title: 'Footnotes of each plan and the records they annotate',
    rows: (d) => d.footnotes,
    columns: [
      { name: 'id', type: 'string', description: describe(Footnote.shape.id), value: (r) => r.id },
      { name: 'plan', type: 'string', description: describe(Footnote.shape.plan), value: (r) => r.plan },
      { name: 'number', type: 'string', description: describe(Footnote.shape.number), value: (r) => r.number },
      { name: 'text', type: 'string', description: describe(Footnote.shape.text), value: (r) => r.text },
      { name: 'text_status', type: 'string', description: describe(itemFields.text_status), value: (r) => r.text_status },
      { name: 'annotates', type: 'string', description: 'Identifiers of the records the footnote annotates, space-separated.', value: (r) => list(r.annotates) },
      { name: 'errata', type: 'string', description: 'Identifiers of the errata applied to the footnote, space-separated.', value: (r) => list(r.errata) },
      ...provenanceColumns<Footnote>(),
    ],
    foreignKeys: [],
  }),
  defineTable<Erratum>({
    name: 'errata',
    title: 'Every correction of a source defect, with its reason',
    rows: (d) => d.errata,
    columns: [
      { name: 'id', type: 'string', description: describe(Erratum.shape.id), value: (r) => r.id },
      { name: 'plan', type: 'string', description: describe(Erratum.shape.plan), value: (r) => r.plan },
      { name: 'item', type: 'string', description: describe(Erratum.shape.item), value: (r) => r.item },
      { name: 'kind', type: 'string', description: describe(Erratum.shape.kind), value: (r) => r.kind },
      { name: 'source_text', type: 'string', description: describe(Erratum.shape.source), value: (r) => r.source },
      { name: 'published_text', type: 'string', description: describe(Erratum.shape.publish), value: (r) => r.publish },
      { name: 'footnote', type: 'string', description: describe(Erratum.shape.footnote), value: (r) => r.footnote },
      { name: 'reason', type: 'string', description: describe(Erratum.shape.reason), value: (r) => r.reason },
      ...provenanceColumns<Erratum>(),
    ],
    foreignKeys: [],
  }),
];
