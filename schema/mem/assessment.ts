import * as z from 'zod';
import type { Column } from '../table-definition.ts';
import { Iso3 } from './country.ts';
import { IsoDay } from '../formats.ts';

/** The columns of a results CSV, one row per assessment: the template data stewards fill in. */
export const RESULT_COLUMNS = [
  'round',
  'country',
  'unit',
  'status',
  'finding',
  'recommendation',
  'source_title',
  'source_url',
  'source_page',
  'published',
  'data_status',
] as const;
export type ResultColumn = (typeof RESULT_COLUMNS)[number];

/**
 * One assessment: how a MEM round judged one country on one unit (a priority action or objective
 * of the plan the round evaluated, or a recommendation the round defined), with the report it is
 * published in. `data_status` tells official results from demonstration data.
 */
export const Assessment = z
  .object({
    round: z.number().int().min(1),
    country: Iso3,
    unit: z
      .string()
      .min(1)
      .describe(
        'A priority action or objective id of the evaluated plan, or a round recommendation "mem{round}-rec-{n}".',
      ),
    status: z.string().min(1).describe("A status code of the round's rating scale."),
    finding: z.string().min(1).describe("The evaluators' finding, as the report prints it."),
    recommendation: z.string().min(1).nullable().describe('The recommendation the report makes, if any.'),
    source: z
      .object({
        title: z.string().min(1),
        url: z.url({ protocol: /^https?$/ }),
        page: z.number().int().positive(),
      })
      .strict()
      .nullable()
      .describe(
        'The published report: its title, where it is, and the page that prints the assessment; ' +
          'null, like `published`, for synthetic demonstration data, which no report publishes.',
      ),
    published: IsoDay.nullable().describe('Publication date of the report.'),
    data_status: z
      .enum(['official', 'synthetic'])
      .describe('official: transcribed from a published report; synthetic: demonstration data, not real.'),
  })
  .strict()
  .superRefine(refineReportByStatus);
export type Assessment = z.infer<typeof Assessment>;

/**
 * An official assessment cites the report that publishes it; a synthetic one cites none, so that
 * demonstration data can never point at a real document.
 */
export function refineReportByStatus(
  a: Pick<Assessment, 'source' | 'published' | 'data_status'>,
  ctx: z.RefinementCtx,
) {
  const cited = a.data_status === 'official';
  for (const field of ['source', 'published'] as const) {
    if ((a[field] !== null) !== cited)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: cited ? 'an official result must cite its published report' : 'a synthetic result cites no report',
      });
  }
}

/** The number of a round's own recommendation ("mem6-rec-12" → 12); a unit of the plans has none and is refused. */
export function recommendationNumber(unit: string): number {
  const number = /^mem\d+-rec-(\d+)$/.exec(unit)?.[1];
  if (number === undefined) throw new Error(`"${unit}" is not a round recommendation "mem{round}-rec-{n}"`);
  return Number(number);
}

/** The key that makes an assessment unique: one status per round, country and unit. */
export const assessmentKey = (a: Pick<Assessment, 'round' | 'country' | 'unit'>) => `${a.round}|${a.country}|${a.unit}`;

/** The columns of results files, in RESULT_COLUMNS order: what each holds and how an assessment fills it. */
export const resultColumns: ReadonlyArray<Column<Assessment> & { readonly name: ResultColumn }> = [
  { name: 'round', type: 'integer', description: 'The MEM round, 1-8.', value: (a) => a.round },
  {
    name: 'country',
    type: 'string',
    description: 'ISO 3166-1 alpha-3 code of the country evaluated.',
    value: (a) => a.country,
  },
  {
    name: 'unit',
    type: 'string',
    description:
      'What is assessed: a priority action or objective id of the evaluated plan, or a round ' +
      'recommendation "mem{round}-rec-{n}".',
    value: (a) => a.unit,
  },
  { name: 'status', type: 'string', description: "A status code of the round's rating scale.", value: (a) => a.status },
  {
    name: 'finding',
    type: 'string',
    description: "The evaluators' finding, as the report prints it.",
    value: (a) => a.finding,
  },
  {
    name: 'recommendation',
    type: 'string',
    description: 'The recommendation the report makes, if any (empty otherwise).',
    value: (a) => a.recommendation,
  },
  {
    name: 'source_title',
    type: 'string',
    description: 'Title of the published report.',
    value: (a) => a.source?.title ?? null,
  },
  {
    name: 'source_url',
    type: 'string',
    description: 'Where the report is published.',
    value: (a) => a.source?.url ?? null,
  },
  {
    name: 'source_page',
    type: 'integer',
    description: 'The page of the report that prints the assessment.',
    value: (a) => a.source?.page ?? null,
  },
  {
    name: 'published',
    type: 'string',
    description: 'Publication date of the report, YYYY-MM-DD.',
    value: (a) => a.published,
  },
  {
    name: 'data_status',
    type: 'string',
    description: 'official: transcribed from a published report; synthetic: demonstration data, not real.',
    value: (a) => a.data_status,
  },
];
