import { actionsOf, areaRecordsOf, objectiveRecordsOf, type Dataset, type PlanId } from '../../schema/index.ts';
import type { ReleaseStore } from './release-store.ts';
import { resultFilterValuesKey } from './table-design.ts';

/**
 * The values the filters of a results listing accept in a release, stored as one item: what lets a
 * listing tell filters that name nothing (a 400) from filters that are right and match no result (an
 * empty page) before it reads, without reading the rounds, countries and plans.
 */
export interface ResultFilterValues {
  /**
   * Each round, with the plan whose units its results assess; null when they assess the round's own recommendations.
   */
  readonly rounds: ReadonlyArray<{ readonly round: number; readonly plan: PlanId | null }>;
  readonly countries: ReadonlyArray<string>;
  /** Every status code of the release's rating scales, the demonstration scale included. */
  readonly statuses: ReadonlyArray<string>;
  /** Every plan, area, objective and priority action id. */
  readonly units: ReadonlyArray<string>;
}

/** The values the results filters accept in a dataset. */
export function resultFilterValuesOf(dataset: Dataset): ResultFilterValues {
  const scales = [...dataset.rounds.map((round) => round.scale), dataset.demonstration_scale];
  return {
    rounds: dataset.rounds.map((round) => ({
      round: round.round,
      plan: round.unit === 'recommendation' ? null : round.plan,
    })),
    countries: dataset.countries.map((country) => country.iso3),
    statuses: [...new Set(scales.flatMap((scale) => scale?.statuses.map((status) => status.code) ?? []))],
    units: [
      ...dataset.plans,
      ...areaRecordsOf(dataset.plans),
      ...objectiveRecordsOf(dataset.plans),
      ...actionsOf(dataset.plans),
    ].map((record) => record.id),
  };
}

const remembered = new WeakMap<ReleaseStore, Map<string, Promise<ResultFilterValues | null>>>();

/**
 * The values the results filters accept in a release, read from `store` once and then remembered, since a release
 * never changes; null for a release loaded before the MEM was published, which holds no such item and no result.
 */
export function resultFilterValuesIn(store: ReleaseStore, release: string): Promise<ResultFilterValues | null> {
  const releases = remembered.get(store) ?? new Map<string, Promise<ResultFilterValues | null>>();
  remembered.set(store, releases);
  let values = releases.get(release);
  if (values === undefined) {
    values = store.get(resultFilterValuesKey(release)).then((item) => (item ? JSON.parse(item.json) : null));
    releases.set(release, values);
    // A failed read is not remembered: the next request reads again.
    values.catch(() => releases.delete(release));
  }
  return values;
}
