import { actionsOf, areaRecordsOf, objectiveRecordsOf, type Dataset, type PlanId } from '../../schema/index.ts';

/**
 * The values the filters of a results listing accept in a release, stored as one item: what lets a
 * listing that finds nothing tell filters that name nothing (a 400) from filters that are right and
 * match no result (an empty page), without reading the rounds, countries and plans.
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
