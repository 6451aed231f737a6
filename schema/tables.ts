import { Action } from './action.ts';
import { Area } from './area.ts';
import { Erratum } from './erratum.ts';
import { AreaRecord, ObjectiveRecord, PlanRecord } from './flat-records.ts';
import { Footnote } from './footnote.ts';
import { itemFields } from './item.ts';
import { erratumColumns, footnoteColumns } from './note-columns.ts';
import { Objective } from './objective.ts';
import { Passage } from './passage.ts';
import { PlanDocument } from './plan.ts';
import { ReleaseRecord } from './release-record.ts';
import {
  defineTable,
  describe,
  footnoteMarkersColumn,
  list,
  provenanceColumns,
  type Column,
  fieldColumn,
} from './table-definition.ts';

const itemColumns = <Row extends Action | ObjectiveRecord | AreaRecord | Passage>(): Column<Row>[] => [
  { name: 'ordinal', type: 'integer', description: describe(itemFields.ordinal), value: (r) => r.ordinal },
  { name: 'number', type: 'string', description: describe(itemFields.number), value: (r) => r.number },
  { name: 'text', type: 'string', description: describe(itemFields.text), value: (r) => r.text },
  { name: 'text_status', type: 'string', description: describe(itemFields.text_status), value: (r) => r.text_status },
  {
    name: 'footnotes',
    type: 'string',
    description: 'Identifiers of the footnotes that annotate this record, space-separated.',
    value: (r) => list(r.footnotes),
  },
  footnoteMarkersColumn<Row>(),
  {
    name: 'errata',
    type: 'string',
    description: 'Identifiers of the errata applied to this record, space-separated.',
    value: (r) => list(r.errata),
  },
  ...provenanceColumns<Row>(),
];

/** The plans, one row each, with the details of the document each is published from. */
export const planTable = defineTable<PlanRecord>({
  name: 'plans',
  title: 'The Hemispheric Plans of Action and the documents they are published from',
  columns: [
    fieldColumn(PlanRecord, 'id'),
    { name: 'ordinal', type: 'integer', description: 'Position of the plan, oldest first.', value: (r) => r.ordinal },
    { name: 'title', type: 'string', description: 'Title of the plan as printed.', value: (r) => r.title },
    { name: 'period_start', type: 'integer', description: 'First year the plan covers.', value: (r) => r.period[0] },
    { name: 'period_end', type: 'integer', description: 'Last year the plan covers.', value: (r) => r.period[1] },
    fieldColumn(PlanRecord, 'area_term'),
    {
      name: 'area_count',
      type: 'integer',
      description: 'Number of areas (pillars) in the plan.',
      value: (r) => r.counts.areas,
    },
    {
      name: 'objective_count',
      type: 'integer',
      description: 'Number of objectives in the plan.',
      value: (r) => r.counts.objectives,
    },
    {
      name: 'action_count',
      type: 'integer',
      description: 'Number of priority actions in the plan.',
      value: (r) => r.counts.actions,
    },
    { name: 'issuer', type: 'string', description: 'Who issued the document.', value: (r) => r.document.issuer },
    {
      name: 'session',
      type: 'string',
      description: 'The session that adopted the plan, as the document names it.',
      value: (r) => r.document.session,
    },
    { name: 'place', type: 'string', description: 'Where that session was held.', value: (r) => r.document.place },
    {
      name: 'session_start',
      type: 'string',
      description: 'First day of that session (ISO 8601).',
      value: (r) => r.document.session_dates?.[0] ?? null,
    },
    {
      name: 'session_end',
      type: 'string',
      description: 'Last day of that session (ISO 8601).',
      value: (r) => r.document.session_dates?.[1] ?? null,
    },
    {
      name: 'adopted',
      type: 'string',
      description: describe(PlanDocument.shape.adopted),
      value: (r) => r.document.adopted,
    },
    { name: 'symbol', type: 'string', description: 'Document symbol(s) as printed.', value: (r) => r.document.symbol },
    { name: 'isbn', type: 'string', description: 'ISBN of the printed document.', value: (r) => r.document.isbn },
    {
      name: 'footnotes',
      type: 'string',
      description: 'Identifiers of the footnotes that annotate the plan as a whole, space-separated.',
      value: (r) => list(r.footnotes),
    },
    {
      name: 'errata',
      type: 'string',
      description: 'Identifiers of the errata applied to the plan as a whole, space-separated.',
      value: (r) => list(r.errata),
    },
    {
      name: 'source',
      type: 'string',
      description: 'Identifier of the raw source document (data/sources/{source}.txt in the repository).',
      value: (r) => r.document.source,
    },
    {
      name: 'source_sha256',
      type: 'string',
      description: describe(PlanDocument.shape.sha256),
      value: (r) => r.document.sha256,
    },
  ],
  foreignKeys: [],
});

/** The framing text of every plan: its introduction and, for 2011-2015, its draft resolution. */
export const passageTable = defineTable<Passage>({
  name: 'passages',
  title: "Passages of each plan's framing text (its introduction, and the 2011-2015 draft resolution)",
  columns: [
    fieldColumn(Passage, 'id'),
    fieldColumn(Passage, 'plan'),
    fieldColumn(Passage, 'part'),
    fieldColumn(Passage, 'role'),
    fieldColumn(Passage, 'heading'),
    fieldColumn(Passage, 'lead_in'),
    ...itemColumns<Passage>(),
  ],
  foreignKeys: [{ fields: 'plan', reference: { resource: 'plans', fields: 'id' } }],
});

/** The areas (pillars) of every plan. */
export const areaTable = defineTable<AreaRecord>({
  name: 'areas',
  title: 'Areas (pillars in 2021-2025) of each plan',
  columns: [
    fieldColumn(Area, 'id'),
    fieldColumn(Area, 'plan'),
    fieldColumn(Area, 'code'),
    fieldColumn(Area, 'name'),
    {
      name: 'objective_count',
      type: 'integer',
      description: 'Number of objectives in the area.',
      value: (r) => r.objectives.length,
    },
    ...itemColumns<AreaRecord>(),
  ],
  foreignKeys: [{ fields: 'plan', reference: { resource: 'plans', fields: 'id' } }],
});

/** The objectives of every area. */
export const objectiveTable = defineTable<ObjectiveRecord>({
  name: 'objectives',
  title: 'Objectives of each area',
  columns: [
    fieldColumn(Objective, 'id'),
    fieldColumn(Objective, 'plan'),
    fieldColumn(Objective, 'area'),
    {
      name: 'action_count',
      type: 'integer',
      description: 'Number of priority actions under the objective.',
      value: (r) => r.actions.length,
    },
    ...itemColumns<ObjectiveRecord>(),
  ],
  foreignKeys: [{ fields: 'area', reference: { resource: 'areas', fields: 'id' } }],
});

/** The priority actions of every objective. */
export const actionTable = defineTable<Action>({
  name: 'actions',
  title: 'Priority actions of each objective',
  columns: [
    fieldColumn(Action, 'id'),
    fieldColumn(Action, 'plan'),
    fieldColumn(Action, 'area'),
    fieldColumn(Action, 'objective'),
    ...itemColumns<Action>(),
  ],
  foreignKeys: [{ fields: 'objective', reference: { resource: 'objectives', fields: 'id' } }],
});

/** The footnotes of every plan. */
export const footnoteTable = defineTable<Footnote>({
  name: 'footnotes',
  title: 'Footnotes of each plan and the records they annotate',
  columns: footnoteColumns(Footnote, fieldColumn(Footnote, 'plan')),
  foreignKeys: [],
});

/** Every erratum, with its reason. */
export const erratumTable = defineTable<Erratum>({
  name: 'errata',
  title: 'Every correction of a source defect, with its reason',
  columns: erratumColumns(Erratum, fieldColumn(Erratum, 'plan')),
  foreignKeys: [],
});

/** The data releases and what each changed (served by the API; the bundle carries its changelog in plans.json). */
export const releaseTable = defineTable<ReleaseRecord>({
  name: 'releases',
  title: 'Data releases',
  columns: [
    fieldColumn(ReleaseRecord, 'id'),
    fieldColumn(ReleaseRecord, 'date'),
    fieldColumn(ReleaseRecord, 'summary'),
    {
      name: 'changes',
      type: 'string',
      description: 'What the release changed, one change per line.',
      value: (r) => r.changes.join('\n'),
    },
    fieldColumn(ReleaseRecord, 'sha256sums'),
  ],
  foreignKeys: [],
});
