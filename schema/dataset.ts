import * as z from 'zod';
import { Plan } from './plan.ts';
import { Footnote } from './footnote.ts';
import { Passage } from './passage.ts';
import { Erratum } from './erratum.ts';
import { Release } from './release.ts';
import { SourceManifest } from './source.ts';
import { SourceLayoutRun } from './source-layout.ts';
import { Country } from './mem/country.ts';
import { Result } from './mem/result.ts';
import { RatingScale, Round } from './mem/round.ts';
import { Commitment } from './commitments/commitment.ts';
import { CommitmentDocument } from './commitments/document.ts';
import { CommitmentErratum } from './commitments/erratum.ts';
import { CommitmentFootnote } from './commitments/footnote.ts';
import { Lineage } from './lineage/action-lineage.ts';
import { RelatedCommitment } from './lineage/related-commitment.ts';

/** The whole published dataset of a release: the content of plans.json. */
export const Dataset = z
  .object({
    release: Release,
    plans: z.array(Plan).length(3),
    passages: z
      .array(Passage)
      .describe(
        "The plans' framing text, plan by plan as printed: each introduction, and the 2011-2015 document's draft resolution.",
      ),
    footnotes: z.array(Footnote),
    errata: z.array(Erratum),
    sources: z.array(SourceManifest),
    source_layout: z
      .array(SourceLayoutRun)
      .describe(
        'The lines of the raw sources that no record prints (headings, front matter, page furniture), by runs: with ' +
          'the provenance of the records they account for every non-blank line of every source.',
      ),
    rounds: z.array(Round).describe('The MEM evaluation rounds, 1-8, each fact with its source.'),
    countries: z
      .array(Country)
      .describe('The OAS member states, and in a demonstration build the fictional demonstration states.'),
    results: z
      .array(Result)
      .describe(
        'MEM results: official ones transcribed from published reports, and in a demonstration build synthetic ones.',
      ),
    documents: z
      .array(CommitmentDocument)
      .describe('The international documents whose commitments are published (UN and Summits of the Americas).'),
    commitments: z
      .array(Commitment)
      .describe('Their paragraphs, recommendations and mandates, each with its text as printed.'),
    commitment_footnotes: z.array(CommitmentFootnote).describe('The footnotes of those documents.'),
    commitment_errata: z
      .array(CommitmentErratum)
      .describe('Every correction of a defect of those sources, with its reason.'),
    lineage: Lineage.describe(
      'How each priority action continues from one plan to the next: computed from the texts, ' +
        'corrected by curated overrides.',
    ),
    related: z
      .array(RelatedCommitment)
      .describe(
        'For each priority action, the closest commitments by text similarity: a reading aid, not an official mapping.',
      ),
    demonstration_scale: RatingScale.nullable().describe(
      'The invented rating scale of the synthetic results; null in a published release, which holds none.',
    ),
  })
  .strict()
  .refine(
    (dataset) =>
      dataset.release.demonstration ||
      (dataset.demonstration_scale === null &&
        [...dataset.countries, ...dataset.results].every((r) => r.data_status === 'official')),
    {
      message: 'only a demonstration build may hold synthetic data',
      path: ['release', 'demonstration'],
    },
  );
export type Dataset = z.infer<typeof Dataset>;

/** What a demonstration build adds to its release: how many synthetic results, for how many fictional states. */
export const syntheticCounts = (dataset: Pick<Dataset, 'results' | 'countries'>) => ({
  results: dataset.results.filter((r) => r.data_status === 'synthetic').length,
  states: dataset.countries.filter((c) => c.data_status === 'synthetic').length,
});
