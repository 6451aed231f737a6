import * as z from 'zod';
import { ActionId, AreaId, Iso3, ObjectiveId, PlanId, Status, apiUrl } from '../../schema/index.ts';
import type { QueryParameter } from '../http/query-parameters.ts';
import type { NamedPathParameter } from './record-routes.ts';

/** A MEM round number as URLs write it: 1, 2, ... without leading zeros. */
export const RoundNumber = z.string().regex(/^[1-9]\d{0,2}$/);

const roundExpected = `a round number such as 8 (${apiUrl.rounds()} lists them)`;
const countryExpected = `an ISO 3166-1 alpha-3 code in capitals such as JAM (${apiUrl.countries()} lists them)`;

/** `{round}`: a MEM round. */
export const roundParameter: NamedPathParameter = {
  name: 'round',
  schema: RoundNumber,
  expected: roundExpected,
  description: 'MEM round number, e.g. 8.',
};

/** `{iso3}`: a country. */
export const countryParameter: NamedPathParameter = {
  name: 'iso3',
  schema: Iso3,
  expected: countryExpected,
  description: 'ISO 3166-1 alpha-3 code of the country, e.g. JAM.',
};

/** The filters of `/v1/results`, each naming the results it keeps. */
export const resultFilters = {
  round: {
    name: 'round',
    schema: RoundNumber,
    expected: roundExpected,
    description: 'Only the results of this MEM round.',
  },
  country: {
    name: 'country',
    schema: Iso3,
    expected: countryExpected,
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

/** The filters that name a unit of the plans, narrowest first: a listing reads the partition of the narrowest one given. */
export const UNIT_FILTERS = ['action', 'objective', 'area', 'plan'] as const;
export type UnitFilter = (typeof UNIT_FILTERS)[number];
