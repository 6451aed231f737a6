import * as z from 'zod';
import { ReleaseId } from './ids.ts';

/**
 * One entry of data/releases.yaml, newest last. The newest entry is the release that
 * `npm run data:build` writes. Once a release is published its `sha256sums` records the
 * SHA-256 of its SHA256SUMS file, and the build refuses to produce different bytes under that id.
 */
export const ReleaseEntry = z
  .object({
    id: ReleaseId,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    summary: z.string().min(1),
    changes: z.array(z.string().min(1)).min(1),
    sha256sums: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  })
  .strict();
export type ReleaseEntry = z.infer<typeof ReleaseEntry>;

export const ReleasesFile = z.array(ReleaseEntry).min(1);

/** A release as published inside the bundle: its id, date and the changelog up to it. */
export const Release = z
  .object({
    id: ReleaseId,
    date: z.string(),
    summary: z.string(),
    changelog: z.array(z.object({ id: ReleaseId, date: z.string(), summary: z.string(), changes: z.array(z.string()) }).strict()),
  })
  .strict();
export type Release = z.infer<typeof Release>;
