import type { Dataset } from '../dataset.ts';
import { defineTable, describe, fieldColumn } from '../table-definition.ts';
import { ActionLink } from './action-link.ts';
import { RelatedCommitment } from './related-commitment.ts';

/** A row of lineage.csv: a link between consecutive plans, or an action that is new or dropped. */
export interface LineageRow {
  readonly from: string | null;
  readonly to: string | null;
  readonly relation: string;
  readonly score: number | null;
  readonly basis: string | null;
  readonly reason: string | null;
}

/**
 * Every link, then every new action (no predecessor) and every dropped one (no successor), so each action of each plan
 * appears.
 */
export const lineageRowsOf = ({ lineage }: Pick<Dataset, 'lineage'>): LineageRow[] => [
  ...lineage.links,
  ...lineage.actions
    .filter((a) => a.status_from_previous === 'new')
    .map((a) => ({ from: null, to: a.action, relation: 'new', score: null, basis: 'computed', reason: null })),
  ...lineage.actions
    .filter((a) => a.status_to_next === 'dropped')
    .map((a) => ({ from: a.action, to: null, relation: 'dropped', score: null, basis: 'computed', reason: null })),
];

const planOf = (id: string | null) => id?.slice(0, 9) ?? null;

/** How each priority action continues from one plan to the next. */
export const lineageTable = defineTable<LineageRow>({
  name: 'lineage',
  title: 'Lineage of the priority actions across consecutive plans: unchanged, revised, split, merged, new or dropped',
  primaryKey: null,
  columns: [
    {
      name: 'from_plan',
      type: 'string',
      description: 'The earlier plan; empty for a new action.',
      value: (r) => planOf(r.from),
    },
    {
      name: 'from',
      type: 'string',
      description: 'The priority action of the earlier plan; empty for a new action.',
      value: (r) => r.from,
    },
    {
      name: 'to_plan',
      type: 'string',
      description: 'The later plan; empty for a dropped action.',
      value: (r) => planOf(r.to),
    },
    {
      name: 'to',
      type: 'string',
      description: 'Its counterpart in the later plan; empty for a dropped action.',
      value: (r) => r.to,
    },
    {
      name: 'relation',
      type: 'string',
      description:
        `${describe(ActionLink.shape.relation)} new: the action has no counterpart in the ` +
        `previous plan; dropped: none in the next plan.`,
      value: (r) => r.relation,
    },
    {
      name: 'score',
      type: 'number',
      description: `${describe(ActionLink.shape.score)} Empty for new and dropped actions.`,
      value: (r) => r.score,
    },
    fieldColumn(ActionLink, 'basis'),
    fieldColumn(ActionLink, 'reason'),
  ],
  foreignKeys: [],
});

/** For each priority action, the closest international commitments by text similarity. */
export const relatedTable = defineTable<RelatedCommitment>({
  name: 'related',
  title: 'Commitments related to each priority action by text similarity (computed, not an official mapping)',
  primaryKey: ['action', 'rank'],
  columns: [
    { name: 'action', type: 'string', description: 'The priority action.', value: (r) => r.action },
    fieldColumn(RelatedCommitment, 'rank', 'integer'),
    { name: 'commitment', type: 'string', description: 'The related commitment.', value: (r) => r.commitment },
    { name: 'document', type: 'string', description: 'The document of the commitment.', value: (r) => r.document },
    fieldColumn(RelatedCommitment, 'score', 'number'),
    fieldColumn(RelatedCommitment, 'basis'),
  ],
  foreignKeys: [
    { fields: 'commitment', reference: { resource: 'commitments', fields: 'id' } },
    { fields: 'action', reference: { resource: 'actions', fields: 'id' } },
  ],
});
