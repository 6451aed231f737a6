import * as z from 'zod';
import { ReleaseId } from './ids.ts';
import { ChangelogEntry } from './release.ts';
import { IsoDay, Sha256 } from './formats.ts';

/** A file of a release bundle, with what proves its integrity. */
export const ReleaseFile = z
  .object({
    name: z.string().describe('File name within the bundle, e.g. "actions.csv".'),
    bytes: z.number().int().nonnegative(),
    sha256: Sha256,
  })
  .strict();
export type ReleaseFile = z.infer<typeof ReleaseFile>;

/** A published data release as the API lists it: what it changed, its files and how many records it holds. */
export const ReleaseRecord = z
  .object({
    id: ReleaseId,
    date: IsoDay.describe('Publication date (ISO 8601).'),
    summary: z.string().describe('What the release is, in one sentence.'),
    demonstration: z
      .boolean()
      .describe('true: a local demonstration build ("-demo") that includes synthetic results; never published.'),
    changes: z.array(z.string()).describe('What this release changed.'),
    changelog: z.array(ChangelogEntry).describe('Every release up to and including this one, oldest first.'),
    sha256sums: Sha256.describe(
      "SHA-256 of the bundle's SHA256SUMS file: one value that fixes every byte of the release.",
    ),
    files: z.array(ReleaseFile).describe('The files of the release bundle.'),
    counts: z
      .object({
        plans: z.number().int(),
        passages: z.number().int(),
        areas: z.number().int(),
        objectives: z.number().int(),
        actions: z.number().int(),
        footnotes: z.number().int(),
        errata: z.number().int(),
        rounds: z.number().int(),
        countries: z.number().int(),
        results: z.number().int(),
        synthetic_results: z
          .number()
          .int()
          .describe('How many of the results are synthetic demonstration data; 0 in every published release.'),
        documents: z.number().int(),
        commitments: z.number().int(),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'ReleaseRecord' });
export type ReleaseRecord = z.infer<typeof ReleaseRecord>;
