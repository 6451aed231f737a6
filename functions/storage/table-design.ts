/**
 * The single DynamoDB table behind the API. Every item has a string partition key `pk` and sort
 * key `sk`; content items carry their record as compact JSON in `json`, so a read returns the
 * bytes the API serves. Releases are immutable: each one is written under keys of its own
 * (`{release}#...`) and becomes current through one PutItem of the pointer item.
 *
 * | request                                  | operation | key condition                                          |
 * |------------------------------------------|-----------|--------------------------------------------------------|
 * | resolve the current release              | GetItem   | pk = "pointer", sk = "current"                         |
 * | /v1/releases                             | Query     | pk = "releases" (newest first)                         |
 * | /v1/releases/{r}, check a pinned release | GetItem   | pk = "releases", sk = r                                |
 * | /v1/plans                                | Query     | pk = "{r}#plans"                                       |
 * | /v1/plans/{plan}                         | GetItem   | pk = "{r}#plans", sk = plan                            |
 * | /v1/areas/{id}, objectives, actions, ... | GetItem   | pk = "{r}#{kind}", sk = id                             |
 * | /v1/plans/{plan}/actions[?area][&objective] | Query  | pk = "{r}#actions-in#{plan, area or objective id}", sk > cursor |
 *
 * A request resolves its release (cached in memory: the pointer for seconds, a release forever)
 * and then makes one read, so its cost does not depend on how much data the table holds. The
 * `actions-in` partitions hold a copy of each action per scope (plan, area, objective), sorted
 * in printed order, so that every filter is one Query and never a Scan.
 */

/** Names of the table's key attributes (the CDK stack creates the table with these). */
export const KEY_ATTRIBUTES = { partition: 'pk', sort: 'sk' } as const;

/** The key of one item. */
export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** A key as DynamoDB attribute values. */
export const keyAttributes = (key: ItemKey) => ({ pk: { S: key.pk }, sk: { S: key.sk } });

/** Kinds of plan record stored one item per record, each in its own partition per release. */
export const RECORD_KINDS = ['plans', 'areas', 'objectives', 'actions', 'footnotes', 'errata'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The item that names the current release. */
export const pointerKey: ItemKey = { pk: 'pointer', sk: 'current' };

/** The partition that lists every published release. */
export const RELEASES_PARTITION = 'releases';

/** The marker item of a release: written once all its content is, so its presence means "complete". */
export const releaseKey = (release: string): ItemKey => ({ pk: RELEASES_PARTITION, sk: release });

/** The partition of a release's records of one kind. */
export const recordPartition = (release: string, kind: RecordKind) => `${release}#${kind}`;

/** The key of one record. */
export const recordKey = (release: string, kind: RecordKind, id: string): ItemKey => ({ pk: recordPartition(release, kind), sk: id });

/** The partition listing, in printed order, the actions within a plan, an area or an objective. */
export const actionsInPartition = (release: string, scope: string) => `${release}#actions-in#${scope}`;

/** The sort key that orders actions as printed: area, objective and action ordinals, zero-padded. */
export const printedOrderKey = (area: number, objective: number, action: number) =>
  `${String(area).padStart(2, '0')}.${String(objective).padStart(3, '0')}.${String(action).padStart(3, '0')}`;
