import * as z from 'zod';
import { PassageId, PlanId } from './ids.ts';
import { itemFields } from './item.ts';

/** The parts of a plan's document that frame its areas. */
export const PassagePart = z
  .enum(['resolution', 'introduction'])
  .describe(
    "resolution: the draft General Assembly resolution printed before the 2011-2015 plan; introduction: the plan's " +
      'own introduction, printed before its first area.',
  );
export type PassagePart = z.infer<typeof PassagePart>;

/** What a passage is within its part. */
export const PassageRole = z
  .enum(['paragraph', 'preamble', 'operative'])
  .describe(
    'paragraph: a paragraph of an introduction; preamble: a clause of the resolution\'s preamble, under "THE ' +
      'GENERAL ASSEMBLY"; operative: a numbered paragraph of what the resolution resolves.',
  );
export type PassageRole = z.infer<typeof PassageRole>;

/**
 * A passage of a plan's framing text: one paragraph of its introduction, or one clause or paragraph of the draft
 * resolution that endorses it, with its wording as printed (a paragraph that a page break interrupts is one passage).
 * Its `ordinal` counts the passages of its part and role, in printed order.
 *
 * The words a passage is printed under are not its text: its `heading`, and for the clauses the resolution introduces
 * together, its `lead_in`. The resolution's enacting formula belongs to it that way: "THE GENERAL ASSEMBLY," heads the
 * preamble and "RESOLVES:" the operative paragraphs, since they govern every clause below them and are printed once,
 * on lines of their own. Run-in headings such as "Purpose:" in the 2011-2015 introduction open a paragraph with a
 * colon and name its topic rather than begin its sentence, so they are the heading too, and stay the heading of the
 * paragraphs that follow until the next one. Since a passage publishes its heading and lead-in, the provenance of the
 * first passage under one printed on a line of its own starts at that line. The document's title pages (titles,
 * sessions, symbols, the "(Approved at ...)" note) are no passage's wording and stay front matter.
 */
export const Passage = z
  .object({
    id: PassageId,
    plan: PlanId,
    part: PassagePart,
    role: PassageRole,
    heading: z
      .string()
      .min(1)
      .describe(
        'The heading the passage is printed under, as printed (e.g. "Introduction", "Purpose", "RESOLVES"), ' +
          'without its closing colon or comma.',
      ),
    lead_in: z
      .string()
      .min(1)
      .nullable()
      .describe(
        'The words printed once before a run of clauses that they introduce (e.g. "CONSIDERING" before three ' +
          'clauses beginning "That"), without its colon; null where none is printed.',
      ),
    ...itemFields,
  })
  .strict()
  .meta({ id: 'Passage' });
export type Passage = z.infer<typeof Passage>;
