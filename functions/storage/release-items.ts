import {
  RECORD_KINDS,
  actionsOf,
  areaRecordsOf,
  countrySummary,
  objectiveRecordsOf,
  roundSummary,
  scaleOfResults,
  syntheticCounts,
  type Dataset,
  type ReleaseFile,
  type ReleaseRecord,
  type Result,
} from '../../schema/index.ts';
import {
  actionsInPartition,
  commitmentScope,
  commitmentsInPartition,
  countrySummaryPartition,
  listingKey,
  passagesInPartition,
  printedOrderKey,
  recordKey,
  resultFilterValuesKey,
  resultKeyPrefix,
  resultListingKey,
  resultScope,
  resultsInPartition,
  roundSummaryPartition,
  type ItemKey,
} from './table-design.ts';
import { resultFilterValuesOf } from './result-filter-values.ts';

/** One item of the table as the loader writes it. */
export interface StoredItem extends ItemKey {
  /** The record, as the compact JSON the API serves. */
  readonly json: string;
  /** In a listing partition: how many items the partition holds. */
  readonly total?: number;
  /** In a listing partition whose sort keys lead with prefixes: how many of its items share each prefix of this one. */
  readonly totals?: Readonly<Record<string, number>>;
}

/** The release record the API lists, derived from a bundle's dataset and files. */
export function releaseRecordOf(
  dataset: Dataset,
  files: ReadonlyArray<ReleaseFile>,
  sha256sums: string,
): ReleaseRecord {
  const { release, plans, passages, footnotes, errata, rounds, countries, results } = dataset;
  const own = release.changelog.find((entry) => entry.id === release.id);
  return {
    id: release.id,
    date: release.date,
    summary: release.summary,
    demonstration: release.demonstration,
    changes: own?.changes ?? [],
    changelog: release.changelog,
    sha256sums,
    files: [...files],
    counts: {
      plans: plans.length,
      passages: passages.length,
      areas: areaRecordsOf(plans).length,
      objectives: objectiveRecordsOf(plans).length,
      actions: actionsOf(plans).length,
      footnotes: footnotes.length,
      errata: errata.length,
      rounds: rounds.length,
      countries: countries.length,
      results: results.length,
      synthetic_results: syntheticCounts(dataset).results,
      documents: dataset.documents.length,
      commitments: dataset.commitments.length,
    },
  };
}

/**
 * Every content item of a release: one item per record of every kind the API serves, under the
 * release's own keys (a priority action with its lineage and related commitments), one copy of
 * each priority action in the listing partition of its plan, its area and its objective, the passages of each plan in
 * its listing partition, and the listings of the MEM and of the commitments. The release's marker and the pointer are not among
 * them: the loader writes those last.
 */
export function releaseContentItems(dataset: Dataset): StoredItem[] {
  const release = dataset.release.id;
  const items: StoredItem[] = [
    ...RECORD_KINDS.flatMap((kind) => {
      const { served, idOf } = kind;
      if (!served || !idOf) return [];
      return kind.recordsOf(dataset).map((record) => ({
        ...recordKey(release, kind, idOf(record)),
        json: JSON.stringify(record),
      }));
    }),
    ...memListingItems(dataset),
    ...commitmentListingItems(dataset),
    ...[...byScope(dataset.passages, (passage) => [passage.plan])].flatMap(([plan, passages]) =>
      listing(passagesInPartition(release, plan), passages),
    ),
  ];
  for (const plan of dataset.plans) {
    const placed = plan.areas.flatMap((area) =>
      area.objectives.flatMap((objective) =>
        objective.actions.map((action) => ({
          action,
          scopes: [plan.id, area.id, objective.id],
          sk: printedOrderKey(area.ordinal, objective.ordinal, action.ordinal),
        })),
      ),
    );
    const totals = new Map<string, number>();
    for (const { scopes } of placed) for (const scope of scopes) totals.set(scope, (totals.get(scope) ?? 0) + 1);
    for (const { action, scopes, sk } of placed) {
      const json = JSON.stringify(action);
      for (const scope of scopes)
        items.push({ pk: actionsInPartition(release, scope), sk, json, total: totals.get(scope)! });
    }
  }
  return items;
}

/** Records grouped by each listing scope they fall in, in their given order within each. */
function byScope<T>(records: ReadonlyArray<T>, scopesOf: (record: T) => string[]): Map<string, T[]> {
  const scopes = new Map<string, T[]>();
  for (const record of records) {
    for (const scope of scopesOf(record)) {
      const listed = scopes.get(scope);
      if (listed) listed.push(record);
      else scopes.set(scope, [record]);
    }
  }
  return scopes;
}

/** Items of one listing partition, in the order given, each knowing the partition's size. */
const listing = (pk: string, rows: ReadonlyArray<unknown>): StoredItem[] =>
  rows.map((row, n) => ({ pk, sk: listingKey(n), json: JSON.stringify(row), total: rows.length }));

/**
 * The MEM's listing items: every result in the partition of each scope it falls in, alone and with its status, under
 * a sort key that leads with its round and country; the values the results filters accept; and the summaries of each
 * round and each country.
 */
function memListingItems(dataset: Dataset): StoredItem[] {
  const release = dataset.release.id;
  const scopes = byScope(dataset.results, (result) =>
    [
      resultScope.all(),
      resultScope.country(result.country),
      ...[result.plan, result.area, result.objective, result.action].filter((id) => id !== null).map(resultScope.unit),
    ].flatMap((scope) => [scope, resultScope.withStatus(scope, result.status)]),
  );
  const scaleOf = scaleOfResults(dataset);
  return [
    ...[...scopes].flatMap(([scope, results]) => resultListing(resultsInPartition(release, scope), results)),
    { ...resultFilterValuesKey(release), json: JSON.stringify(resultFilterValuesOf(dataset)) },
    ...dataset.rounds.flatMap((round) =>
      listing(roundSummaryPartition(release, round.round), roundSummary(round.round, dataset.results, scaleOf)),
    ),
    ...dataset.countries.flatMap((country) =>
      listing(countrySummaryPartition(release, country.iso3), countrySummary(country.iso3, dataset.results, scaleOf)),
    ),
  ];
}

/**
 * Items of one results partition, in the order given (round, country, unit), each keyed by its round and country and
 * knowing how many items share them.
 */
function resultListing(pk: string, results: ReadonlyArray<Result>): StoredItem[] {
  const prefixesOf = (result: Result) => [resultKeyPrefix(result.round), resultKeyPrefix(result.round, result.country)];
  const sharing = new Map<string, number>();
  for (const prefix of results.flatMap(prefixesOf)) sharing.set(prefix, (sharing.get(prefix) ?? 0) + 1);
  return results.map((result, n) => ({
    pk,
    sk: resultListingKey(result.round, result.country, n),
    json: JSON.stringify(result),
    total: results.length,
    totals: Object.fromEntries(prefixesOf(result).map((prefix) => [prefix, sharing.get(prefix)!])),
  }));
}

/**
 * Every commitment in the listing partition of each scope it falls in: all, its document, and its section heading alone
 * and within its document.
 */
function commitmentListingItems(dataset: Dataset): StoredItem[] {
  const scopes = byScope(dataset.commitments, ({ document, section }) => [
    commitmentScope.all(),
    commitmentScope.document(document),
    ...(section === null ? [] : [commitmentScope.section(section), commitmentScope.documentSection(document, section)]),
  ]);
  return [...scopes].flatMap(([scope, commitments]) =>
    listing(commitmentsInPartition(dataset.release.id, scope), commitments),
  );
}
