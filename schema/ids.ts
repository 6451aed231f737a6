import * as z from 'zod';

/**
 * Permanent identifiers of the open-data contract. Once published they never change:
 * the portal's URLs, the API's paths and every citation are built from them.
 */

/** The three Hemispheric Plans of Action, oldest first. */
export const PLAN_IDS = ['2011-2015', '2016-2020', '2021-2025'] as const;

export const PlanId = z.enum(PLAN_IDS).describe('Plan identifier: the plan\'s period, e.g. "2021-2025".');
export type PlanId = z.infer<typeof PlanId>;

/** Thematic areas ("pillars" in 2021-2025) of each plan, in printed order, with their canonical English names. */
export const AREAS: Record<PlanId, ReadonlyArray<{ code: string; name: string }>> = {
  '2011-2015': [
    { code: 'is', name: 'Institutional Strengthening' },
    { code: 'dr', name: 'Demand Reduction' },
    { code: 'sr', name: 'Supply Reduction' },
    { code: 'cm', name: 'Control Measures' },
    { code: 'ic', name: 'International Cooperation' },
  ],
  '2016-2020': [
    { code: 'is', name: 'Institutional Strengthening' },
    { code: 'dr', name: 'Demand Reduction' },
    { code: 'sr', name: 'Supply Reduction' },
    { code: 'cm', name: 'Control Measures' },
    { code: 'ic', name: 'International Cooperation' },
  ],
  '2021-2025': [
    { code: 'is', name: 'Institutional Strengthening' },
    { code: 'ptr', name: 'Measures of Prevention, Treatment, and Recovery Support' },
    {
      code: 'cc',
      name:
        'Measures to Control and Counter the Illicit Cultivation, Production, Trafficking, and ' +
        'Distribution of Drugs, and to Address their Causes and Consequences',
    },
    { code: 'rime', name: 'Research, Information, Monitoring, and Evaluation' },
    { code: 'ic', name: 'International Cooperation' },
  ],
};

const plan = '(?:2011-2015|2016-2020|2021-2025)';
/**
 * A printed number or ordinal within a plan or document: up to three digits (the largest printed is two), so that no
 * id is longer than the store can hold as a key.
 */
export const PRINTED_NUMBER = '\\d{1,3}';
const area = `${plan}-[a-z]{2,4}`;
const objective = `${area}-${PRINTED_NUMBER}`;

export const AreaId = z
  .string()
  .regex(new RegExp(`^${area}$`))
  .describe('Area identifier: "{plan}-{code}", e.g. "2021-2025-ptr".');
export const ObjectiveId = z
  .string()
  .regex(new RegExp(`^${objective}$`))
  .describe('Objective identifier: "{area id}-{n}", with n its printed number, e.g. "2021-2025-is-1".');
export const ActionId = z
  .string()
  .regex(new RegExp(`^${objective}-(?:${PRINTED_NUMBER}|[a-z])$`))
  .describe(
    'Priority action identifier: "{objective id}-{m}", with m its printed number within the ' +
      'objective (2016-2020 "4.3" of Demand Reduction is "2016-2020-dr-4-3") or its printed ' +
      'letter (2011-2015 "h)" is "2011-2015-cm-2-h").',
  );
export const FootnoteId = z
  .string()
  .regex(new RegExp(`^${plan}-fn-${PRINTED_NUMBER}$`))
  .describe('Footnote identifier: "{plan}-fn-{n}", with n its printed number.');
export const PassageId = z
  .string()
  .regex(new RegExp(`^${plan}-(?:introduction-${PRINTED_NUMBER}|resolution-p?${PRINTED_NUMBER})$`))
  .describe(
    'Passage identifier: "{plan}-introduction-{n}" for the n-th paragraph of a plan\'s introduction ' +
      '(e.g. "2021-2025-introduction-3"); for the draft resolution of the 2011-2015 document, ' +
      '"{plan}-resolution-{n}" for its operative paragraph printed "n." (e.g. "2011-2015-resolution-2") ' +
      'and "{plan}-resolution-p{n}" for the n-th clause of its preamble (e.g. "2011-2015-resolution-p3").',
  );
export const ErratumId = z
  .string()
  .regex(new RegExp(`^${plan}-e\\d{3}$`))
  .describe('Erratum identifier: "{plan}-e{nnn}".');
export const SourceId = z
  .string()
  .regex(/^[a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){0,5}$/)
  .describe('Source document identifier, e.g. "hpa-2021-2025"; the raw text is data/sources/{id}.txt.');
/** The suffix of a demonstration build's release id: that build also holds synthetic results and is never published. */
export const DEMONSTRATION_SUFFIX = '-demo';

export const ReleaseId = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:\.\d{1,3})?(?:-demo)?$/)
  .describe(
    'Release identifier: its publication date, with ".n" for a further release on the same ' +
      'day; "-demo" marks a local demonstration build that includes synthetic results and is ' +
      'never published.',
  );

/** Any record that can be annotated by a footnote or corrected by an erratum. */
export const ItemId = z.union([PlanId, PassageId, AreaId, ObjectiveId, ActionId, FootnoteId]);

/** Builds the id of an area. */
export const areaId = (planId: PlanId, code: string) => `${planId}-${code}`;
/** Builds the id of an objective from its area id and printed number. */
export const objectiveId = (area: string, n: string) => `${area}-${n}`;
/** Builds the id of a priority action from its objective id and printed number or letter within the objective. */
export const actionId = (objective: string, m: string) => `${objective}-${m}`;
/**
 * Builds the id of a passage from its part, its place there and its printed number: an operative paragraph of the
 * resolution by its number, a preamble clause by "p" and its ordinal, a paragraph of the introduction by its ordinal.
 */
export const passageId = (
  planId: PlanId,
  passage: { part: 'introduction' | 'resolution'; role: 'paragraph' | 'preamble' | 'operative' },
  ordinal: number,
  number: string | null,
) =>
  `${planId}-${passage.part}-${passage.role === 'operative' ? number : passage.role === 'preamble' ? `p${ordinal}` : ordinal}`;
/** Builds the id of a footnote. */
export const footnoteId = (planId: PlanId, n: string) => `${planId}-fn-${n}`;
