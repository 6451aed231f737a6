import {
  actionsOf,
  areaRecordsOf,
  objectiveRecordsOf,
  planRecordsOf,
  type ReleaseFile,
  type Dataset,
  type ReleaseRecord,
} from '../../schema/index.ts';
import { actionsInPartition, printedOrderKey, recordKey, type ItemKey, type RecordKind } from './table-design.ts';

/** One item of the table as the loader writes it. */
export interface StoredItem extends ItemKey {
  /** The record, as the compact JSON the API serves. */
  readonly json: string;
  /** In a listing partition: how many items the partition holds. */
  readonly total?: number;
}

/** The release record the API lists, derived from a bundle's dataset and files. */
export function releaseRecordOf(dataset: Dataset, files: ReadonlyArray<ReleaseFile>, sha256sums: string): ReleaseRecord {
  const { release, plans, footnotes, errata } = dataset;
  const own = release.changelog.find((entry) => entry.id === release.id);
  return {
    id: release.id,
    date: release.date,
    summary: release.summary,
    changes: own?.changes ?? [],
    changelog: release.changelog,
    sha256sums,
    files: [...files],
    counts: {
      plans: plans.length,
      areas: areaRecordsOf(plans).length,
      objectives: objectiveRecordsOf(plans).length,
      actions: actionsOf(plans).length,
      footnotes: footnotes.length,
      errata: errata.length,
    },
  };
}

/**
 * Every content item of a release: one item per record under the release's own keys, and one
 * copy of each priority action in the listing partition of its plan, its area and its objective.
 * The release's marker and the pointer are not among them: the loader writes those last.
 */
export function releaseContentItems(dataset: Dataset): StoredItem[] {
  const release = dataset.release.id;
  const records = (kind: RecordKind, list: ReadonlyArray<{ id: string }>) =>
    list.map((record) => ({ ...recordKey(release, kind, record.id), json: JSON.stringify(record) }));
  const items: StoredItem[] = [
    ...records('plans', planRecordsOf(dataset.plans)),
    ...records('areas', areaRecordsOf(dataset.plans)),
    ...records('objectives', objectiveRecordsOf(dataset.plans)),
    ...records('actions', actionsOf(dataset.plans)),
    ...records('footnotes', dataset.footnotes),
    ...records('errata', dataset.errata),
  ];
  for (const plan of dataset.plans) {
    const placed = plan.areas.flatMap((area) =>
      area.objectives.flatMap((objective) =>
        objective.actions.map((action) => ({ action, scopes: [plan.id, area.id, objective.id], sk: printedOrderKey(area.ordinal, objective.ordinal, action.ordinal) })),
      ),
    );
    const totals = new Map<string, number>();
    for (const { scopes } of placed) for (const scope of scopes) totals.set(scope, (totals.get(scope) ?? 0) + 1);
    for (const { action, scopes, sk } of placed) {
      const json = JSON.stringify(action);
      for (const scope of scopes) items.push({ pk: actionsInPartition(release, scope), sk, json, total: totals.get(scope)! });
    }
  }
  return items;
}
