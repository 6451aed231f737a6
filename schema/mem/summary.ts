import * as z from 'zod';
import { AreaId } from '../ids.ts';
import type { Assessment } from './assessment.ts';
import { Iso3 } from './country.ts';
import type { RatingScale, Round } from './round.ts';

const summaryFields = {
  data_status: z
    .enum(['official', 'synthetic'])
    .describe(
      'Whether the results summarized are official or synthetic demonstration data; the two ' +
        'are never summarized together.',
    ),
  counts: z
    .record(z.string(), z.number().int().nonnegative())
    .describe("How many results have each status of the scale, in the scale's order, 0 included."),
  assessed: z.number().int().nonnegative().describe('How many results are summarized.'),
  achieved: z.number().int().nonnegative().describe('How many of them have a status that counts as achieved.'),
  share_achieved: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe('achieved / assessed, 0-1; null when nothing is assessed.'),
};

/** A round's hemispheric summary of one unit: its results by status, the share achieved and the countries evaluated. */
export const UnitSummary = z
  .object({
    round: z.number().int().min(1),
    unit: z.string().describe('The unit assessed: a priority action, objective or round recommendation id.'),
    ...summaryFields,
    countries: z.number().int().nonnegative().describe('How many countries were evaluated on the unit.'),
  })
  .strict()
  .meta({ id: 'UnitSummary' });
export type UnitSummary = z.infer<typeof UnitSummary>;

/** One country's summary for one round and area: its results by status and the share achieved. */
export const CountryAreaSummary = z
  .object({
    country: Iso3,
    round: z.number().int().min(1),
    area: AreaId.nullable().describe(
      'The area (pillar) of the units summarized; null for round recommendations, which belong to no area.',
    ),
    ...summaryFields,
  })
  .strict()
  .meta({ id: 'CountryAreaSummary' });
export type CountryAreaSummary = z.infer<typeof CountryAreaSummary>;

/** The counts of a group of results over a rating scale. */
export type StatusCounts = Pick<UnitSummary, 'counts' | 'assessed' | 'achieved' | 'share_achieved'>;

/** Counts results over a rating scale; a status outside the scale is an error, not a silent zero. */
export function summarize(results: ReadonlyArray<Assessment>, scale: RatingScale): StatusCounts {
  const counts = Object.fromEntries(scale.statuses.map((s) => [s.code, 0]));
  for (const r of results) {
    if (!(r.status in counts))
      throw new Error(`status "${r.status}" of ${r.country} on ${r.unit} is not on the rating scale`);
    counts[r.status]!++;
  }
  const achieved = scale.statuses.filter((s) => s.achieved).reduce((n, s) => n + counts[s.code]!, 0);
  return {
    counts,
    assessed: results.length,
    achieved,
    share_achieved: results.length ? achieved / results.length : null,
  };
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T, K>(items: ReadonlyArray<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The rating scale an assessment was given on. */
export type ScaleOf = (result: Assessment) => RatingScale;

/**
 * The scales of a release's results: official results are on their round's scale, synthetic ones
 * on the demonstration scale. A result without one is a build error, never a guess.
 */
export const scaleOfResults =
  ({
    rounds,
    demonstration_scale,
  }: {
    rounds: ReadonlyArray<Round>;
    demonstration_scale: RatingScale | null;
  }): ScaleOf =>
  (result) => {
    const scale =
      result.data_status === 'synthetic' ? demonstration_scale : rounds.find((r) => r.round === result.round)?.scale;
    if (!scale)
      throw new Error(
        `no rating scale for the ${result.data_status} result of round ${result.round} for ` +
          `${result.country} on ${result.unit}`,
      );
    return scale;
  };

/**
 * A round's hemispheric summary: for each unit assessed, in the order results list them, its
 * counts by status, share achieved and countries evaluated; official and synthetic results apart.
 */
export const roundSummary = (round: number, results: ReadonlyArray<Assessment>, scaleOf: ScaleOf): UnitSummary[] =>
  [
    ...groupBy(
      results.filter((r) => r.round === round),
      (r) => `${r.unit}|${r.data_status}`,
    ).values(),
  ].map((group) => {
    const { unit, data_status } = group[0]!;
    return {
      round,
      unit,
      data_status,
      ...summarize(group, scaleOf(group[0]!)),
      countries: new Set(group.map((r) => r.country)).size,
    };
  });

/**
 * A country's summary: for each round and area (the area of the unit's plan; round
 * recommendations have none), its counts by status and share achieved.
 */
export const countrySummary = (
  country: string,
  results: ReadonlyArray<Assessment & { area: string | null }>,
  scaleOf: ScaleOf,
): CountryAreaSummary[] =>
  [
    ...groupBy(
      results.filter((r) => r.country === country),
      (r) => `${r.round}|${r.area}|${r.data_status}`,
    ).values(),
  ].map((group) => {
    const { round, area, data_status } = group[0]!;
    return { country, round, area, data_status, ...summarize(group, scaleOf(group[0]!)) };
  });
