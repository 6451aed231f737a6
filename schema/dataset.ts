import * as z from 'zod';
import { Plan } from './plan.ts';
import { Footnote } from './footnote.ts';
import { Erratum } from './erratum.ts';
import { Release } from './release.ts';
import { SourceManifest } from './source.ts';

/** The whole published dataset of a release: the content of plans.json. */
export const Dataset = z
  .object({
    release: Release,
    plans: z.array(Plan).length(3),
    footnotes: z.array(Footnote),
    errata: z.array(Erratum),
    sources: z.array(SourceManifest),
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;
