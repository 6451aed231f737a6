import * as z from 'zod';
import { FactSource } from './reference.ts';

/** An ISO 3166-1 alpha-3 code: upper-case, as in every export of the portal. */
export const Iso3 = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as "ARG"')
  .describe('ISO 3166-1 alpha-3 code.');

/** A country's name in the four languages of the OAS. */
export const CountryNames = z
  .object({ en: z.string().min(1), es: z.string().min(1), pt: z.string().min(1), fr: z.string().min(1) })
  .strict();

/**
 * One hand-written entry of data/mem/countries.yaml: an OAS member state, whether it takes part in
 * the MEM, and notes on its participation, each with its source. Names are not written by hand:
 * the build takes them from Unicode CLDR.
 */
export const CountryEntry = z
  .object({
    iso3: Iso3,
    oas_member: z.boolean(),
    mem_participant: z.boolean(),
    notes: z
      .array(
        z
          .object({
            text: z.string().min(10),
            source: FactSource.nullable().describe("null: stated in the project's MEM notes, not yet sourced."),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type CountryEntry = z.infer<typeof CountryEntry>;

/** The reference list of countries as published: each entry with its names and where they come from. */
export const Country = CountryEntry.extend({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  names: CountryNames,
  names_source: z
    .string()
    .min(1)
    .describe('Where the names come from, e.g. Unicode CLDR through i18n-iso-countries 7.14.0.'),
  data_status: z
    .enum(['official', 'synthetic'])
    .describe('synthetic: a fictional demonstration state, never a real country.'),
}).meta({ id: 'Country' });
export type Country = z.infer<typeof Country>;
