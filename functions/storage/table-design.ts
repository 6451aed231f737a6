import { roundSortKey, type AnyRecordKind } from '../../schema/index.ts';

/**
 * The single DynamoDB table behind the API. Every item has a string partition key `pk` and sort
 * key `sk`; content items carry their record as compact JSON in `json`, so a read returns the
 * bytes the API serves. Releases are immutable: each one is written under keys of its own
 * (`{release}#...`) and becomes current through one PutItem of the pointer item.
 *
 * Which read each request makes, and under which keys, is tabled in the README (The API, Storage).
 *
 * Every kind of record the API serves (RECORD_KINDS) is stored one item per record, in a
 * partition of its own per release, under the sort key its kind gives it: the id itself, a
 * round's number zero-padded, a document's place among the documents.
 *
 * A request resolves its release (cached in memory: the pointer for seconds, a release forever)
 * and then makes one read, so its cost does not depend on how much data the table holds (the MEM
 * listings below are the exceptions, and say when they read more). The
 * `actions-in` partitions hold a copy of each action per scope (plan, area, objective), sorted
 * in printed order, so that every filter is one Query and never a Scan. A plan's passages are copied likewise into
 * its `passages-in` partition. Commitments are copied
 * likewise into one `commitments-in` partition per scope: all of them, each document, each
 * section heading, and each heading within its document.
 *
 * MEM results are copied the same way into one `results-in` partition per scope: all results, each
 * country, and each plan, area, objective and priority action (a result appears in the scopes of
 * its unit), and each of those again per status. Their sort keys lead with the round and the
 * country (resultListingKey), so a round, or a round and a country, is a sort-key prefix within
 * the partition: every filter is part of a key, and every item a listing reads is one it returns
 * (and one more, to know whether more follow). Summaries are computed when a release is loaded
 * and stored one item per row.
 *
 * A results listing first reads the values its filters accept (one item per release, remembered
 * by the instance), so that a round, country, status or unit the release lacks is a 400 before
 * any listing is read. A summary that comes back empty on its first page reads the record of its
 * round or country to tell why (a 404 when there is none).
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

/** The item that names the current release. */
export const pointerKey: ItemKey = { pk: 'pointer', sk: 'current' };

/** The item holding the secret key that signs pagination cursors (cursor-key.ts). */
export const cursorKeyKey: ItemKey = { pk: 'cursor-key', sk: 'hmac-sha256' };

/** The partition that lists every published release. */
export const RELEASES_PARTITION = 'releases';

/** The marker item of a release: written once all its content is, so its presence means "complete". */
export const releaseKey = (release: string): ItemKey => ({ pk: RELEASES_PARTITION, sk: release });

/**
 * The claim of a release id by one content, named by its SHA256SUMS digest: written before any of the release's
 * content, so that an id never holds the items of two contents. It stays once the load completes.
 */
export const releaseClaimKey = (release: string): ItemKey => ({ pk: 'release-claims', sk: release });

/** The partition of a release's records of one kind. */
export const recordPartition = (release: string, kind: AnyRecordKind) => `${release}#${kind.name}`;

/** The key of the record of `kind` with this identifier: under the sort key its kind gives it, the identifier itself unless it gives one. */
export const recordKey = (release: string, kind: AnyRecordKind, id: string): ItemKey => ({
  pk: recordPartition(release, kind),
  sk: kind.served?.sortKey?.(id) ?? id,
});

/** The partition listing, in printed order, the actions within a plan, an area or an objective. */
export const actionsInPartition = (release: string, scope: string) => `${release}#actions-in#${scope}`;

/** The partition listing, in printed order, the passages of a plan's framing text. */
export const passagesInPartition = (release: string, plan: string) => `${release}#passages-in#${plan}`;

/** The sort key that orders actions as printed: area, objective and action ordinals, zero-padded. */
export const printedOrderKey = (area: number, objective: number, action: number) =>
  `${String(area).padStart(2, '0')}.${String(objective).padStart(3, '0')}.${String(action).padStart(3, '0')}`;

/**
 * The scopes a listing of results can be read from: every result, a country, or a plan, area, objective or action id;
 * `withStatus` narrows any of them to the results of one status code.
 */
export const resultScope = {
  all: () => 'all',
  country: (iso3: string) => `country#${iso3}`,
  unit: (id: string) => `unit#${id}`,
  withStatus: (scope: string, status: string) => `${scope}#status#${status}`,
};

/** The partition listing the results of one scope, ordered by round, country and unit as printed. */
export const resultsInPartition = (release: string, scope: string) => `${release}#results-in#${scope}`;

/**
 * The sort-key prefix of the results of a round, or of a round and a country, in a results partition: what a listing
 * narrowed by them reads.
 */
export const resultKeyPrefix = (round: number | string, country?: string) =>
  `${roundSortKey(String(round))}#${country === undefined ? '' : `${country}#`}`;

/** The sort key of the n-th result of a results partition: its round and country lead, so that each is a prefix. */
export const resultListingKey = (round: number, country: string, n: number) =>
  `${resultKeyPrefix(round, country)}${listingKey(n)}`;

/** The item holding the values the filters of a results listing accept (see ResultFilterValues). */
export const resultFilterValuesKey = (release: string): ItemKey => ({
  pk: `${release}#results-filter-values`,
  sk: 'all',
});

/** The partition of a round's summary, one item per unit. */
export const roundSummaryPartition = (release: string, round: number | string) => `${release}#round-summary#${round}`;

/** The partition of a country's summary, one item per round and area. */
export const countrySummaryPartition = (release: string, iso3: string) => `${release}#country-summary#${iso3}`;

/** The sort key of the n-th item of a listing, zero-padded so that the order is the listing's. */
export const listingKey = (n: number) => String(n).padStart(6, '0');

/**
 * The scopes a listing of commitments can be read from: every commitment, a document, a section heading, or a heading
 * within a document.
 */
export const commitmentScope = {
  all: () => 'all',
  document: (document: string) => `document#${document}`,
  section: (section: string) => `section#${section}`,
  documentSection: (document: string, section: string) => `document#${document}#section#${section}`,
};

/** The partition listing the commitments of one scope, in the order of the documents and then as printed. */
export const commitmentsInPartition = (release: string, scope: string) => `${release}#commitments-in#${scope}`;
