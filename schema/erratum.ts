import * as z from 'zod';
import { ErratumId, FootnoteId, ItemId, PlanId } from './ids.ts';
import { Provenance } from './provenance.ts';
import { FootnoteNumber } from './formats.ts';

/**
 * The schema of one hand-written erratum entry, for errata whose ids match `id` and whose records
 * match `item`: the plans' errata and the international commitments' errata share every other rule.
 * - `replace`: the raw text `source`, starting at `line` (it may span lines, joined by "\n"), is published as
 *   `publish`. Both keep the same number of lines, so line numbers of the raw source stay valid.
 * - `flag`: the text is damaged beyond safe repair and is published as printed; `source` quotes the damage.
 * - `anchor`: a footnote whose marker was lost in extraction annotates `item`.
 */
export const erratumEntrySchema = (id: z.ZodString, item: z.ZodType<string>) => {
  const entryBase = {
    id,
    item: item.describe('The record the correction belongs to.'),
    line: z.number().int().positive().describe('Line of the raw source where the defect begins.'),
    reason: z.string().min(10).describe('Why the source is wrong here, and the evidence for what is published.'),
  };
  return z.discriminatedUnion('kind', [
    z
      .object({
        ...entryBase,
        kind: z.literal('replace'),
        source: z.string().min(1),
        publish: z.string(),
      })
      .strict()
      .refine((e) => e.source !== e.publish, { message: 'publish must differ from source', path: ['publish'] })
      .refine((e) => e.source.split('\n').length === e.publish.split('\n').length, {
        message: 'publish must span as many lines as source',
        path: ['publish'],
      }),
    z.object({ ...entryBase, kind: z.literal('flag'), source: z.string().min(1) }).strict(),
    z.object({ ...entryBase, kind: z.literal('anchor'), footnote: FootnoteNumber }).strict(),
  ]);
};

/** One hand-written entry of data/errata/{plan}.yaml: the only place where content is written by hand. */
export const ErratumEntry = erratumEntrySchema(ErratumId, ItemId);
export type ErratumEntry = z.infer<typeof ErratumEntry>;

/** The errata file of one plan. */
export const ErrataFile = z.array(ErratumEntry);

/** The fields of a published erratum after its id and its scope (plan or document): what changed and why. */
export const erratumFields = (item: z.ZodType<string>, footnote: z.ZodType<string>) => ({
  item: item.describe('The record the correction belongs to.'),
  kind: z
    .enum(['replace', 'flag', 'anchor'])
    .describe(
      'replace: text corrected; flag: damaged text published as printed; anchor: footnote ' +
        'attached whose marker was lost.',
    ),
  source: z.string().nullable().describe('What the raw source prints (line breaks as "\\n"); null for anchor.'),
  publish: z
    .string()
    .nullable()
    .describe('What the portal publishes instead; equal to source for flag; null for anchor.'),
  footnote: footnote.nullable().describe('For anchor: the footnote attached to the item.'),
  reason: z.string().describe('Why the source is wrong here, and the evidence for what is published.'),
  provenance: Provenance,
});

/** A published erratum: what the source says, what the portal publishes instead, and why. */
export const Erratum = z
  .object({
    id: ErratumId,
    plan: PlanId,
    ...erratumFields(ItemId, FootnoteId),
  })
  .strict()
  .meta({ id: 'Erratum' });
export type Erratum = z.infer<typeof Erratum>;
