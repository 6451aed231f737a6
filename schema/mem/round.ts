import * as z from 'zod';
import { PlanId } from '../ids.ts';
import { FactSource, SourcedFigure } from './reference.ts';

/** A status of a round's rating scale, as a stable code with the label the round's reports print. */
export const Status = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a lower-case code such as "completed", at most 40 characters'),
    label: z.string().min(1),
    achieved: z.boolean().describe('Whether an assessment with this status counts as achieved in the aggregates.'),
  })
  .strict();
export type Status = z.infer<typeof Status>;

/**
 * A round's rating scale: its statuses in order, best first. Scales differ by round and are not all
 * known; `complete: false` says that reports may use statuses not listed yet.
 */
export const RatingScale = z
  .object({
    statuses: z.array(Status).min(1),
    complete: z.boolean(),
    source: FactSource.nullable().describe(
      'Where the scale is published; null only for the invented scale of a demonstration build, which has none.',
    ),
  })
  .strict()
  .refine((scale) => new Set(scale.statuses.map((s) => s.code)).size === scale.statuses.length, {
    message: 'status codes must be unique',
    path: ['statuses'],
  });
export type RatingScale = z.infer<typeof RatingScale>;

/** One entry of data/mem/rounds.yaml: a MEM evaluation round and what it evaluated, every fact with its source. */
export const Round = z
  .object({
    round: z.number().int().min(1),
    years: z.tuple([z.number().int(), z.number().int()]).describe('First and last year of the round.'),
    evaluates: z.string().min(1).describe('The strategy or plan the round evaluated.'),
    plan: PlanId.nullable().describe('The Plan of Action evaluated, when it is one of the plans on the portal.'),
    unit: z
      .enum(['recommendation', 'objective', 'priority-action'])
      .describe('What each assessment of the round judges.'),
    recommendations: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'How many numbered recommendations the round defines, where published: their ids are "mem{round}-rec-{n}".',
      ),
    schedule: z
      .array(
        z
          .object({
            year: z.number().int(),
            scope: z.string().min(1),
            approved_at: z.string().min(1).optional(),
            reports: z.number().int().optional(),
          })
          .strict(),
      )
      .default([]),
    figures: z.array(SourcedFigure).default([]),
    scale: RatingScale.nullable().describe(
      "null while the round's rating scale is not known; its results cannot be imported until it is.",
    ),
    notes: z.string().min(1).optional(),
    sources: z
      .array(FactSource)
      .describe('Where the facts of this entry are published; empty only when `notes` says they are not yet sourced.'),
  })
  .strict()
  .refine((round) => round.scale?.source !== null, {
    message: "a round's rating scale must cite where it is published",
    path: ['scale', 'source'],
  })
  .refine((round) => round.sources.length > 0 || /not yet sourced/.test(round.notes ?? ''), {
    message: 'a round without sources must say in its notes that its facts are "not yet sourced"',
    path: ['sources'],
  })
  .meta({ id: 'Round' });
export type Round = z.infer<typeof Round>;

/** data/mem/rounds.yaml: rounds 1 to 8, in order. */
export const RoundsFile = z.array(Round).refine((rounds) => rounds.every((r, i) => r.round === i + 1), {
  message: 'rounds must be numbered 1, 2, 3, ... in order',
});

/** A MEM round number as URLs write it: 1, 2, ... without leading zeros. */
export const RoundNumber = z.string().regex(/^[1-9]\d{0,2}$/);

/** The key that sorts rounds by number: their number, zero-padded. */
export const roundSortKey = (round: string) => round.padStart(3, '0');
