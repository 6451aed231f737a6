import {
  ActionId,
  AreaId,
  ObjectiveId,
  PlanId,
  Status,
  apiUrl,
  countryParameter,
  roundParameter,
  type InputProblem,
} from '../../schema/index.ts';
import type { QueryParameter } from '../http/query-parameters.ts';
import type { ResultFilterValues } from '../storage/result-filter-values.ts';
import { resultKeyPrefix, resultScope } from '../storage/table-design.ts';

/** The filters of `/v1/results`, each naming the results it keeps. */
export const resultFilters = {
  round: {
    name: 'round',
    schema: roundParameter.schema,
    expected: roundParameter.expected,
    description: 'Only the results of this MEM round.',
  },
  country: {
    name: 'country',
    schema: countryParameter.schema,
    expected: countryParameter.expected,
    description: 'Only the results of this country.',
  },
  plan: {
    name: 'plan',
    schema: PlanId,
    expected: `one of ${PlanId.options.join(', ')}`,
    description: 'Only the results on units of this plan.',
  },
  area: {
    name: 'area',
    schema: AreaId,
    expected: 'an area id such as 2021-2025-ptr',
    description: 'Only the results on units of this area (pillar).',
  },
  objective: {
    name: 'objective',
    schema: ObjectiveId,
    expected: 'an objective id such as 2021-2025-ptr-1',
    description: 'Only the results on this objective or its priority actions.',
  },
  action: {
    name: 'action',
    schema: ActionId,
    expected: 'a priority action id such as 2021-2025-ptr-1-1',
    description: 'Only the results on this priority action.',
  },
  status: {
    name: 'status',
    schema: Status.shape.code,
    expected: `a status code of a rating scale, such as completed (${apiUrl.rounds()} gives each round's scale)`,
    description: 'Only the results with this status code.',
  },
} satisfies Record<string, QueryParameter>;

/**
 * The filters that name a unit of the plans, narrowest first: a listing reads the partition of the narrowest one given.
 */
export const UNIT_FILTERS = ['action', 'objective', 'area', 'plan'] as const;
export type UnitFilter = (typeof UNIT_FILTERS)[number];

/** A request's query, validated: each filter given at most once and well formed. */
type Query = Readonly<Record<string, string | undefined>>;

const UNIT_NOUNS: Record<UnitFilter, string> = {
  action: 'priority action',
  objective: 'objective',
  area: 'area',
  plan: 'plan',
};

/** The unit filters a query gives, narrowest first. */
const givenUnits = (query: Query) =>
  UNIT_FILTERS.flatMap((name) => (query[name] === undefined ? [] : [{ name, id: query[name] }]));

/**
 * Unit filters that contradict each other, found from their ids alone: ids nest (an action's id
 * begins with its objective's, an objective's with its area's, an area's with its plan's), so each
 * unit given must lie within the next coarser one given. The narrower one is named.
 */
export function nestingProblems(query: Query): InputProblem[] {
  const units = givenUnits(query);
  return units.slice(0, -1).flatMap((unit, i) => {
    const outer = units[i + 1]!;
    if (unit.id.startsWith(`${outer.id}-`)) return [];
    return [
      {
        in: 'query',
        name: unit.name,
        detail: `names ${unit.id}, which is not in ${UNIT_NOUNS[outer.name]} ${outer.id} (given by "${outer.name}").`,
      },
    ];
  });
}

/** Where a results listing reads: one partition, and the sort-key prefixes within it to read in turn. */
export interface ResultsListing {
  readonly scope: string;
  /** Read one after the other; `undefined` reads the whole partition. */
  readonly prefixes: ReadonlyArray<string | undefined>;
}

/**
 * Where a results listing reads, its filters being valid: the partition of the narrowest filter given (action,
 * objective, area, plan, country, else all results), of the status given if one is, and within it the round, or the
 * round and country, as a sort-key prefix. A country beside a unit and no round is read round by round: one prefix
 * per round that assessed the unit's plan. Coarser unit filters need no test: nestingProblems has checked them.
 */
export function resultsListing(query: Query, values: ResultFilterValues | null): ResultsListing {
  const { round, country, status } = query;
  const unit = givenUnits(query)[0];
  const scope = unit
    ? resultScope.unit(unit.id)
    : country === undefined
      ? resultScope.all()
      : resultScope.country(country);
  const withStatus = status === undefined ? scope : resultScope.withStatus(scope, status);
  if (round !== undefined) return { scope: withStatus, prefixes: [resultKeyPrefix(round, country)] };
  if (unit === undefined || country === undefined) return { scope: withStatus, prefixes: [undefined] };
  const rounds = (values?.rounds ?? []).filter((r) => r.plan !== null && `${unit.id}-`.startsWith(`${r.plan}-`));
  return { scope: withStatus, prefixes: rounds.map((r) => resultKeyPrefix(r.round, country)) };
}

/**
 * Why a results listing's filters are at fault, if they are: a round, country, status code or unit that the release
 * does not have, or a unit outside the plan the round assessed. Empty when the filters are right, whether or not they
 * match any result.
 */
export function filterValueProblems(query: Query, values: ResultFilterValues): InputProblem[] {
  const problems: InputProblem[] = [];
  const round = values.rounds.find((r) => String(r.round) === query.round);
  if (query.round !== undefined && !round) {
    problems.push({
      in: 'query',
      name: 'round',
      detail: `names no round of this release; ${apiUrl.rounds()} lists them.`,
      allowed: values.rounds.map((r) => String(r.round)),
    });
  }
  if (query.country !== undefined && !values.countries.includes(query.country)) {
    problems.push({
      in: 'query',
      name: 'country',
      detail: `names no country of this release; ${apiUrl.countries()} lists them.`,
      allowed: [...values.countries],
    });
  }
  if (query.status !== undefined && !values.statuses.includes(query.status)) {
    problems.push({
      in: 'query',
      name: 'status',
      detail: 'is not a status code of any rating scale of this release.',
      allowed: [...values.statuses],
    });
  }
  const unit = givenUnits(query)[0];
  if (unit && !values.units.includes(unit.id)) {
    problems.push({ in: 'query', name: unit.name, detail: `names no ${UNIT_NOUNS[unit.name]} of this release.` });
  } else if (unit && round?.plan === null) {
    problems.push({
      in: 'query',
      name: unit.name,
      detail:
        `cannot hold results of round ${round.round}, which assessed its own recommendations, ` +
        `not units of a plan.`,
    });
  } else if (unit && round && !`${unit.id}-`.startsWith(`${round.plan}-`)) {
    problems.push({
      in: 'query',
      name: unit.name,
      detail: `is outside plan ${round.plan}, the plan round ${round.round} assessed.`,
    });
  }
  return problems;
}
