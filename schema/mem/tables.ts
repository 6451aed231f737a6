import { defineTable, describe, type Column, fieldColumn } from '../table-definition.ts';
import { Country } from './country.ts';
import { Result } from './result.ts';
import type { Round } from './round.ts';
import { CountryAreaSummary, UnitSummary } from './summary.ts';

const DATA_STATUS =
  'official: real, from a published source; synthetic: demonstration data for a fictional state, not real.';

/**
 * The MEM rounds: what each evaluated, how and when, with its sources (schedules and published figures are in
 * plans.json and the API).
 */
export const roundTable = defineTable<Round>({
  name: 'rounds',
  title: 'MEM evaluation rounds',
  primaryKey: 'round',
  columns: [
    { name: 'round', type: 'integer', description: 'The round, 1-8.', value: (r) => r.round },
    { name: 'year_start', type: 'integer', description: 'First year of the round.', value: (r) => r.years[0] },
    { name: 'year_end', type: 'integer', description: 'Last year of the round.', value: (r) => r.years[1] },
    {
      name: 'evaluates',
      type: 'string',
      description: 'The strategy or plan the round evaluated.',
      value: (r) => r.evaluates,
    },
    {
      name: 'plan',
      type: 'string',
      description: 'The Plan of Action evaluated, when it is one of the plans published here.',
      value: (r) => r.plan,
    },
    {
      name: 'unit',
      type: 'string',
      description: 'What each result of the round judges: recommendation, objective or priority-action.',
      value: (r) => r.unit,
    },
    {
      name: 'recommendations',
      type: 'integer',
      description: 'How many numbered recommendations the round defines, where published.',
      value: (r) => r.recommendations ?? null,
    },
    {
      name: 'scale',
      type: 'string',
      description:
        "The status codes of the round's rating scale, best first, space-separated; empty while " +
        'the scale is not known.',
      value: (r) => r.scale?.statuses.map((s) => s.code).join(' ') ?? null,
    },
    {
      name: 'scale_complete',
      type: 'boolean',
      description: "Whether the scale lists every status the round's reports use; empty while the scale is not known.",
      value: (r) => r.scale?.complete ?? null,
    },
    {
      name: 'notes',
      type: 'string',
      description: "What to know about the round's facts, e.g. that they are not yet sourced.",
      value: (r) => r.notes ?? null,
    },
    {
      name: 'sources',
      type: 'string',
      description: "URLs of the pages that state the round's facts, space-separated.",
      value: (r) => r.sources.map((s) => s.url).join(' '),
    },
  ],
  foreignKeys: [],
});

/**
 * The OAS member states (and in a demonstration build the fictional states), with their names and MEM participation.
 */
export const countryTable = defineTable<Country>({
  name: 'countries',
  title: 'Countries: the OAS member states and their participation in the MEM',
  primaryKey: 'iso3',
  columns: [
    { name: 'iso3', type: 'string', description: 'ISO 3166-1 alpha-3 code.', value: (c) => c.iso3 },
    { name: 'iso2', type: 'string', description: 'ISO 3166-1 alpha-2 code.', value: (c) => c.iso2 },
    { name: 'name_en', type: 'string', description: 'Name in English.', value: (c) => c.names.en },
    { name: 'name_es', type: 'string', description: 'Name in Spanish.', value: (c) => c.names.es },
    { name: 'name_pt', type: 'string', description: 'Name in Portuguese.', value: (c) => c.names.pt },
    { name: 'name_fr', type: 'string', description: 'Name in French.', value: (c) => c.names.fr },
    {
      name: 'names_source',
      type: 'string',
      description: describe(Country.shape.names_source),
      value: (c) => c.names_source,
    },
    {
      name: 'oas_member',
      type: 'boolean',
      description: 'Whether the country is a member state of the OAS.',
      value: (c) => c.oas_member,
    },
    {
      name: 'mem_participant',
      type: 'boolean',
      description: 'Whether the country takes part in the MEM.',
      value: (c) => c.mem_participant,
    },
    {
      name: 'notes',
      type: 'string',
      description: "Notes on the country's participation, one per line.",
      value: (c) => c.notes.map((n) => n.text).join('\n'),
    },
    {
      name: 'note_sources',
      type: 'string',
      description:
        'The source URL of each note, one per line in the same order; "not yet sourced" where none is recorded.',
      value: (c) => c.notes.map((n) => n.source?.url ?? 'not yet sourced').join('\n'),
    },
    { name: 'data_status', type: 'string', description: DATA_STATUS, value: (c) => c.data_status },
  ],
  foreignKeys: [],
});

const shape = Result.shape;

/** Every MEM result: one row per round, country and unit assessed. */
export const resultTable = defineTable<Result>({
  name: 'results',
  title: 'MEM results: how each round judged each country on each unit',
  columns: [
    { name: 'id', type: 'string', description: describe(shape.id), value: (r) => r.id },
    { name: 'round', type: 'integer', description: 'The MEM round.', value: (r) => r.round },
    {
      name: 'country',
      type: 'string',
      description: 'ISO 3166-1 alpha-3 code of the country evaluated.',
      value: (r) => r.country,
    },
    { name: 'unit', type: 'string', description: describe(shape.unit), value: (r) => r.unit },
    { name: 'plan', type: 'string', description: describe(shape.plan), value: (r) => r.plan },
    { name: 'area', type: 'string', description: describe(shape.area), value: (r) => r.area },
    { name: 'objective', type: 'string', description: describe(shape.objective), value: (r) => r.objective },
    { name: 'action', type: 'string', description: describe(shape.action), value: (r) => r.action },
    { name: 'status', type: 'string', description: describe(shape.status), value: (r) => r.status },
    { name: 'status_label', type: 'string', description: describe(shape.status_label), value: (r) => r.status_label },
    { name: 'achieved', type: 'boolean', description: describe(shape.achieved), value: (r) => r.achieved },
    { name: 'finding', type: 'string', description: describe(shape.finding), value: (r) => r.finding },
    {
      name: 'recommendation',
      type: 'string',
      description: describe(shape.recommendation),
      value: (r) => r.recommendation,
    },
    {
      name: 'source_title',
      type: 'string',
      description: 'Title of the published report.',
      value: (r) => r.source?.title ?? null,
    },
    {
      name: 'source_url',
      type: 'string',
      description: 'Where the report is published.',
      value: (r) => r.source?.url ?? null,
    },
    {
      name: 'source_page',
      type: 'integer',
      description: 'The page of the report that prints the result.',
      value: (r) => r.source?.page ?? null,
    },
    { name: 'published', type: 'string', description: describe(shape.published), value: (r) => r.published },
    { name: 'data_status', type: 'string', description: DATA_STATUS, value: (r) => r.data_status },
  ],
  foreignKeys: [
    { fields: 'round', reference: { resource: 'rounds', fields: 'round' } },
    { fields: 'country', reference: { resource: 'countries', fields: 'iso3' } },
  ],
});

const countsColumn = <Row extends { counts: Record<string, number> }>(): Column<Row> => ({
  name: 'counts',
  type: 'string',
  description: 'Results by status, "{status}={count}" in the scale\'s order, space-separated.',
  value: (r) =>
    Object.entries(r.counts)
      .map(([code, n]) => `${code}=${n}`)
      .join(' '),
});
const summaryColumns = <Row extends UnitSummary | CountryAreaSummary>(): Column<Row>[] => [
  {
    name: 'data_status',
    type: 'string',
    description: describe(UnitSummary.shape.data_status),
    value: (r) => r.data_status,
  },
  { name: 'assessed', type: 'integer', description: describe(UnitSummary.shape.assessed), value: (r) => r.assessed },
  { name: 'achieved', type: 'integer', description: describe(UnitSummary.shape.achieved), value: (r) => r.achieved },
  {
    name: 'share_achieved',
    type: 'number',
    description: describe(UnitSummary.shape.share_achieved),
    value: (r) => r.share_achieved,
  },
  countsColumn<Row>(),
];

/** A round's summary per unit (served by the API). */
export const unitSummaryTable = defineTable<UnitSummary>({
  name: 'round-summary',
  title: "A round's results per unit",
  primaryKey: ['unit', 'data_status'],
  columns: [
    { name: 'round', type: 'integer', description: 'The MEM round.', value: (r) => r.round },
    fieldColumn(UnitSummary, 'unit'),
    ...summaryColumns<UnitSummary>(),
    fieldColumn(UnitSummary, 'countries', 'integer'),
  ],
  foreignKeys: [],
});

/** A country's summary per round and area (served by the API). */
export const countrySummaryTable = defineTable<CountryAreaSummary>({
  name: 'country-summary',
  title: "A country's results per round and area",
  primaryKey: ['round', 'area', 'data_status'],
  columns: [
    { name: 'country', type: 'string', description: 'ISO 3166-1 alpha-3 code.', value: (r) => r.country },
    { name: 'round', type: 'integer', description: 'The MEM round.', value: (r) => r.round },
    fieldColumn(CountryAreaSummary, 'area'),
    ...summaryColumns<CountryAreaSummary>(),
  ],
  foreignKeys: [],
});
