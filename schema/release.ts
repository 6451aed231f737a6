import * as z from 'zod';
import { DEMONSTRATION_SUFFIX, ReleaseId } from './ids.ts';
import { IsoDay, Sha256 } from './formats.ts';

/**
 * One entry of data/releases.yaml, newest last. The newest entry is the release that
 * `npm run data:build` writes. Once a release is published its `sha256sums` records the
 * SHA-256 of its SHA256SUMS file, and the build refuses to produce different bytes under that id.
 */
export const ReleaseEntry = z
  .object({
    id: ReleaseId.refine(
      (id) => !id.endsWith(DEMONSTRATION_SUFFIX),
      `the suffix ${DEMONSTRATION_SUFFIX} is reserved for demonstration builds, which are never published`,
    ),
    date: IsoDay,
    summary: z.string().min(1),
    changes: z.array(z.string().min(1)).min(1),
    sha256sums: Sha256.optional(),
  })
  .strict();
export type ReleaseEntry = z.infer<typeof ReleaseEntry>;

export const ReleasesFile = z.array(ReleaseEntry).min(1);

/** One release in a changelog: what it is and what it changed. */
export const ChangelogEntry = z
  .object({ id: ReleaseId, date: z.string(), summary: z.string(), changes: z.array(z.string()) })
  .strict();

/**
 * A release as published inside the bundle: its id, date and the changelog up to it, and whether
 * it is a demonstration build (id ending in "-demo") that also holds synthetic MEM results.
 */
export const Release = z
  .object({
    id: ReleaseId,
    date: z.string(),
    summary: z.string(),
    demonstration: z
      .boolean()
      .describe(
        'true: a local demonstration build that includes synthetic results for fictional states; never published.',
      ),
    changelog: z.array(ChangelogEntry),
  })
  .strict()
  .refine((release) => release.demonstration === release.id.endsWith(DEMONSTRATION_SUFFIX), {
    message: `a demonstration build, and only one, has a release id ending in ${DEMONSTRATION_SUFFIX}`,
    path: ['id'],
  });
export type Release = z.infer<typeof Release>;
