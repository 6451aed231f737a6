import * as z from 'zod';
import { Plan } from './plan.ts';
import { Footnote } from './footnote.ts';
import { Erratum } from './erratum.ts';
import { Release } from './release.ts';
import { SourceManifest } from './source.ts';
import { Country } from './mem/country.ts';
import { Result } from './mem/result.ts';
import { RatingScale, Round } from './mem/round.ts';

/** The whole published dataset of a release: the content of plans.json. */
export const Dataset = z
  .object({
    release: Release,
    plans: z.array(Plan).length(3),
    footnotes: z.array(Footnote),
    errata: z.array(Erratum),
    sources: z.array(SourceManifest),
    rounds: z.array(Round).describe('The MEM evaluation rounds, 1-8, each fact with its source.'),
    countries: z.array(Country).describe('The OAS member states, and in a demonstration build the fictional demonstration states.'),
    results: z.array(Result).describe('MEM results: official ones transcribed from published reports, and in a demonstration build synthetic ones.'),
    demonstration_scale: RatingScale.nullable().describe('The invented rating scale of the synthetic results; null in a published release, which holds none.'),
  })
  .strict()
  .refine((dataset) => dataset.release.demonstration || (dataset.demonstration_scale === null && [...dataset.countries, ...dataset.results].every((r) => r.data_status === 'official')), {
    message: 'only a demonstration build may hold synthetic data',
    path: ['release', 'demonstration'],
  });
export type Dataset = z.infer<typeof Dataset>;
