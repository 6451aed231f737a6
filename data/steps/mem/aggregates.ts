import type { Assessment, RatingScale } from '../../../schema/index.ts';

/** How the assessments of one group (a unit, or an area of a round) are distributed over a scale. */
export interface StatusSummary {
  /** How many assessments have each status, in the scale's order; every status is listed, 0 included. */
  readonly counts: Record<string, number>;
  readonly assessed: number;
  /** The share of assessments whose status counts as achieved, 0-1; null when nothing is assessed. */
  readonly share_achieved: number | null;
  readonly countries: number;
}

/** Summarizes assessments over a rating scale; a status outside the scale is an error, not a silent zero. */
export function summarize(assessments: ReadonlyArray<Assessment>, scale: RatingScale): StatusSummary {
  const counts = Object.fromEntries(scale.statuses.map((s) => [s.code, 0]));
  for (const a of assessments) {
    if (!(a.status in counts)) throw new Error(`status "${a.status}" of ${a.country} on ${a.unit} is not on the rating scale`);
    counts[a.status]!++;
  }
  const achieved = scale.statuses.filter((s) => s.achieved).reduce((n, s) => n + counts[s.code]!, 0);
  return {
    counts,
    assessed: assessments.length,
    share_achieved: assessments.length ? achieved / assessments.length : null,
    countries: new Set(assessments.map((a) => a.country)).size,
  };
}

/** Groups assessments by a key, keeping the order in which keys first appear. */
export function groupBy<K>(assessments: ReadonlyArray<Assessment>, keyOf: (a: Assessment) => K): Map<K, Assessment[]> {
  const groups = new Map<K, Assessment[]>();
  for (const a of assessments) {
    const key = keyOf(a);
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  return groups;
}

/** A round's hemispheric summary: for each unit assessed, its counts by status, share achieved and countries evaluated. */
export const roundSummary = (round: number, assessments: ReadonlyArray<Assessment>, scale: RatingScale) =>
  [...groupBy(assessments.filter((a) => a.round === round), (a) => a.unit)].map(([unit, group]) => ({ unit, ...summarize(group, scale) }));

/**
 * A country's summary: for each round and area (the area of the unit's plan; recommendations of
 * rounds 1-6 have none), its counts by status and share achieved.
 */
export const countrySummary = (country: string, assessments: ReadonlyArray<Assessment>, scaleOf: (round: number) => RatingScale) =>
  [...groupBy(assessments.filter((a) => a.country === country), (a) => `${a.round}|${areaOfUnit(a.unit)}`).values()].map((group) => {
    const { round, unit } = group[0]!;
    return { round, area: areaOfUnit(unit), ...summarize(group, scaleOf(round)) };
  });

/** The area id of a plan unit ("2021-2025-ptr-3-2" → "2021-2025-ptr"), or null for a round recommendation. */
export const areaOfUnit = (unit: string) => /^(\d{4}-\d{4}-[a-z]{2,4})-/.exec(unit)?.[1] ?? null;
