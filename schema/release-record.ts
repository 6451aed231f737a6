import * as z from 'zod';
import { ReleaseId } from './ids.ts';

/** A file of a release bundle, with what proves its integrity. */
export const ReleaseFile = z
  .object({
    name: z.string().describe('File name within the bundle, e.g. "actions.csv".'),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ReleaseFile = z.infer<typeof ReleaseFile>;

/** A published data release as the API lists it: what it changed, its files and how many records it holds. */
export const ReleaseRecord = z
  .object({
    id: ReleaseId,
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe('Publication date (ISO 8601).'),
    summary: z.string().describe('What the release is, in one sentence.'),
    demonstration: z
      .boolean()
      .describe('true: a local demonstration build ("-demo") that includes synthetic results; never published.'),
    changes: z.array(z.string()).describe('What this release changed.'),
    changelog: z
      .array(z.object({ id: ReleaseId, date: z.string(), summary: z.string(), changes: z.array(z.string()) }).strict())
      .describe('Every release up to and including this one, oldest first.'),
    sha256sums: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("SHA-256 of the bundle's SHA256SUMS file: one value that fixes every byte of the release."),
    files: z.array(ReleaseFile).describe('The files of the release bundle.'),
    counts: z
      .object({
        plans: z.number().int(),
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
