import { createRequire } from 'node:module';
import countryNames from 'i18n-iso-countries';
import * as z from 'zod';
import { Country, CountryEntry, CountryNames, RoundsFile, type Round } from '../../../schema/index.ts';
import { DataError } from './data-error.ts';
import { readDataFile } from './read-data-file.ts';
import { DATA_FILES } from '../../paths.ts';

/** The four languages of the OAS, in which every country is named. */
const NAME_LANGUAGES = CountryNames.keyof().options;
const require = createRequire(import.meta.url);
for (const language of NAME_LANGUAGES)
  countryNames.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
const NAMES_SOURCE = `Unicode CLDR, through i18n-iso-countries ${require('i18n-iso-countries/package.json').version}`;

const CountriesFile = z
  .array(CountryEntry)
  .refine((entries) => new Set(entries.map((e) => e.iso3)).size === entries.length, {
    message: 'each country must be listed once',
  });

/** The MEM rounds of data/mem/rounds.yaml, checked against their schema. */
export const readRounds = (root: string): Round[] => readDataFile(root, DATA_FILES.rounds, RoundsFile).value;

/**
 * The countries of data/mem/countries.yaml, each with its ISO alpha-2 code and its names in the
 * four OAS languages from Unicode CLDR: names are looked up, never typed by hand.
 */
export function readCountries(root: string): Country[] {
  const file = readDataFile(root, DATA_FILES.countries, CountriesFile);
  return file.value.map((entry, index) => {
    const iso2 = countryNames.alpha3ToAlpha2(entry.iso3);
    if (!iso2)
      throw new DataError(
        file.path,
        file.lineOf([index, 'iso3']),
        'iso3',
        `"${entry.iso3}" is not an ISO 3166-1 alpha-3 country code`,
      );
    const names = Object.fromEntries(
      NAME_LANGUAGES.map((language) => [language, countryNames.getName(entry.iso3, language)]),
    );
    return Country.parse({ ...entry, iso2, names, names_source: NAMES_SOURCE, data_status: 'official' });
  });
}
