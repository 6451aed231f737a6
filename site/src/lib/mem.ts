import {
  countryKind,
  groupBy,
  pageUrl,
  recommendationNumber,
  roundKind,
  scaleOfResults,
  syntheticCounts,
  type Action,
  type AreaRecord,
  type Country,
  type Language,
  type Objective,
  type Result,
  type Round,
} from '../../../schema/index.ts';
import type { Translate } from '../i18n/i18n.ts';
import { kindOf, printedNumber, qualifiedLabel, recordLabel } from './labels.ts';
import { actions, areaOf, dataset, objectives, planOf, recordOf } from './release.ts';

/** The MEM's page at the OAS, where CICAD publishes its reports. */
export const MEM_URL = 'https://www.oas.org/ext/en/security/mem';

/**
 * The MEM rounds 1-8, the countries (with the fictional states of a demonstration build) and the results of the
 * release.
 */
export const { rounds, countries, results } = dataset;

/** The rating scale each result was given on (its round's, or the demonstration scale for synthetic results). */
export const scaleOf = scaleOfResults(dataset);

/** A round's years as a range: "2021–2024". */
export const roundYears = (round: Round) => `${round.years[0]}–${round.years[1]}`;

/** What the demonstration build adds, counted and written in the interface language: its synthetic results and states. */
export function demonstrationCounts(language: Language) {
  const { format } = new Intl.NumberFormat(language);
  const { results, states } = syntheticCounts(dataset);
  return { results: format(results), states: format(states) };
}

/** Whether a country or result is synthetic demonstration data rather than real. */
export const isSynthetic = (record: { data_status: 'official' | 'synthetic' }) => record.data_status === 'synthetic';

const resultsByRound = groupBy(results, (r) => r.round);
const resultsByCountry = groupBy(results, (r) => r.country);
const resultsByUnit = groupBy(results, (r) => r.unit);

/** The round with this number, or the country with this ISO alpha-3 code; an unknown one is a build error. */
export const roundOf = (round: number): Round => recordOf(roundKind, String(round));
export const countryOf = (iso3: string): Country => recordOf(countryKind, iso3);

/**
 * The results of a round, of a country, or on a unit (priority action, objective or recommendation), in the release's
 * order.
 */
export const resultsOfRound = (round: number): ReadonlyArray<Result> => resultsByRound.get(round) ?? [];
export const resultsOfCountry = (iso3: string): ReadonlyArray<Result> => resultsByCountry.get(iso3) ?? [];
export const resultsOfUnit = (unit: string): ReadonlyArray<Result> => resultsByUnit.get(unit) ?? [];

/** A country's name in the interface language. */
export const countryName = (country: Country, language: Language) => country.names[language];

/** A share of results achieved as a percentage in the interface language; a dash when nothing was assessed. */
export const formatShare = (share: number | null, language: Language) =>
  share === null ? '–' : new Intl.NumberFormat(language, { style: 'percent' }).format(share);

/** Countries in alphabetical order of their names in the interface language. */
export const byName = (list: ReadonlyArray<Country>, language: Language) =>
  [...list].sort((a, b) => countryName(a, language).localeCompare(countryName(b, language), language));

/**
 * Results split by data status, official first: official and synthetic results are never shown
 * or summarized together. Groups without results are left out.
 */
export const byDataStatus = <T extends { data_status: 'official' | 'synthetic' }>(list: ReadonlyArray<T>) =>
  (['official', 'synthetic'] as const)
    .map((status) => ({ status, results: list.filter((r) => r.data_status === status) }))
    .filter((g) => g.results.length > 0);

const planUnits = new Map<string, Objective | Action>([...objectives, ...actions].map((r) => [r.id, r]));
const unitOrder = new Map(objectives.flatMap((o) => [o.id, ...o.actions.map((a) => a.id)]).map((id, i) => [id, i]));

/** The objective or priority action a unit is, or null for a round's own recommendation. */
export const unitRecord = (unit: string) => planUnits.get(unit) ?? null;

/** Sorts units as the plans print them; a round's recommendations by number. */
export const inPrintedOrder = (units: Iterable<string>) =>
  [...units].sort(
    (a, b) => (unitOrder.get(a) ?? recommendationNumber(a)) - (unitOrder.get(b) ?? recommendationNumber(b)),
  );

/** How a unit is named within its area: "Priority action 1.2", "Objective 4", "Recommendation 12". */
export function unitLabel(unit: string, t: Translate): string {
  const record = unitRecord(unit);
  return record
    ? recordLabel(record, planOf(record.plan), t)
    : t('mem.recommendation', { number: recommendationNumber(unit) });
}

/** The English path of a unit's page; null for a round's recommendation, which has none. */
export const unitPath = (unit: string) => {
  const record = unitRecord(unit);
  return record && pageUrl[kindOf(record)](record.id);
};

/** A unit's number as printed: "1.2" for a priority action, "4" for an objective, "12" for a recommendation. */
export function unitNumber(unit: string): string {
  const record = unitRecord(unit);
  return record ? printedNumber(record)! : String(recommendationNumber(unit));
}

/** A unit named unambiguously: "Institutional Strengthening, Priority action 1.2", or "Recommendation 12". */
export function qualifiedUnitLabel(unit: string, t: Translate): string {
  const record = unitRecord(unit);
  return record ? qualifiedLabel(record, planOf(record.plan), t) : unitLabel(unit, t);
}

/** The area of a unit; null for a round's recommendations, which belong to no area. */
export const unitArea = (unit: string): AreaRecord | null => {
  const record = unitRecord(unit);
  return record ? areaOf(record.area) : null;
};

/**
 * A status grid: results of one data status by unit (in printed order) and country (by name in the interface language).
 */
export interface StatusGrid {
  readonly countries: ReadonlyArray<Country>;
  readonly units: ReadonlyArray<string>;
  readonly resultAt: (unit: string, iso3: string) => Result | undefined;
}

/** The grid of a round's results of one data status, as the heatmap and its table equivalent show it. */
export function statusGrid(list: ReadonlyArray<Result>, language: Language): StatusGrid {
  const cells = new Map(list.map((r) => [`${r.unit}|${r.country}`, r]));
  return {
    countries: byName([...new Set(list.map((r) => r.country))].map(countryOf), language),
    units: inPrintedOrder(new Set(list.map((r) => r.unit))),
    resultAt: (unit, iso3) => cells.get(`${unit}|${iso3}`),
  };
}
