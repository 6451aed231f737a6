import {
  objectivesOf,
  recommendationNumber,
  resultId,
  type Assessment,
  type Dataset,
  scaleOfResults,
  type Plan,
  type Result,
  type Round,
} from '../../../schema/index.ts';
import { DEMONSTRATION_SCALE, DEMONSTRATION_STATES, demonstrationResults } from './demonstration-results.ts';
import { referenceOf, storedResults } from '../read/mem-results.ts';

/** The MEM part of a release: rounds, countries, results and, in a demonstration build, the demonstration scale. */
export type MemContent = Pick<Dataset, 'rounds' | 'countries' | 'results' | 'demonstration_scale'>;

/** Where each unit of the plans stands (its plan, area and objective) and where it comes in printed order. */
function unitPlaces(plans: ReadonlyArray<Plan>) {
  const places = new Map<
    string,
    { plan: Plan['id']; area: string; objective: string; action: string | null; order: number }
  >();
  for (const objective of objectivesOf(plans)) {
    places.set(objective.id, {
      plan: objective.plan,
      area: objective.area,
      objective: objective.id,
      action: null,
      order: places.size,
    });
    for (const action of objective.actions)
      places.set(action.id, {
        plan: action.plan,
        area: action.area,
        objective: objective.id,
        action: action.id,
        order: places.size,
      });
  }
  return places;
}

/**
 * The assessments as a release publishes them: each with its id, its status's label, whether it
 * counts as achieved, and its unit's place in the plans; ordered by round, country and unit as
 * printed (a round's recommendations by number).
 */
export function publishedResults(
  assessments: ReadonlyArray<Assessment>,
  rounds: ReadonlyArray<Round>,
  plans: ReadonlyArray<Plan>,
): Result[] {
  const places = unitPlaces(plans);
  const scaleOf = scaleOfResults({ rounds, demonstration_scale: DEMONSTRATION_SCALE });
  const order = (unit: string) => places.get(unit)?.order ?? recommendationNumber(unit);
  return assessments
    .map((a): Result => {
      const status = scaleOf(a).statuses.find((s) => s.code === a.status)!;
      const place = places.get(a.unit);
      return {
        id: resultId(a.round, a.country, a.unit),
        ...a,
        status_label: status.label,
        achieved: status.achieved,
        plan: place?.plan ?? null,
        area: place?.area ?? null,
        objective: place?.objective ?? null,
        action: place?.action ?? null,
      };
    })
    .sort((a, b) => a.round - b.round || a.country.localeCompare(b.country) || order(a.unit) - order(b.unit));
}

/**
 * The MEM content of a release built from `{root}/data/mem`: the rounds, the OAS member states and
 * the official results imported so far. A demonstration build adds the fictional demonstration
 * states, their synthetic results and the invented scale those are given on.
 */
export function memContent(root: string, plans: ReadonlyArray<Plan>, demonstration: boolean): MemContent {
  const reference = referenceOf(root, plans);
  const official = storedResults(root, reference);
  const synthetic = demonstration ? demonstrationResults(reference.rounds, plans) : [];
  return {
    rounds: [...reference.rounds],
    countries: [...reference.countries, ...(demonstration ? DEMONSTRATION_STATES : [])],
    results: publishedResults([...official, ...synthetic], reference.rounds, plans),
    demonstration_scale: demonstration ? DEMONSTRATION_SCALE : null,
  };
}
