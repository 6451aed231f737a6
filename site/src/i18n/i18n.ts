import { LANGUAGES, localized, type Language } from '../../../schema/index.ts';
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };

/** A key of the interface strings; every language has every key (checked when the site builds). */
export type UiKey = keyof typeof en;

const STRINGS: Record<Language, Record<string, string>> = { en, es };

for (const language of LANGUAGES) {
  const missing = Object.keys(en).filter((key) => !(key in STRINGS[language]));
  const extra = Object.keys(STRINGS[language]).filter((key) => !(key in en));
  if (missing.length || extra.length) {
    throw new Error(
      `site/src/i18n/${language}.json: missing keys [${missing.join(', ')}], unknown keys [${extra.join(', ')}]`,
    );
  }
}

/** The names of the languages, each in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/**
 * The interface strings of a language. `{name}` placeholders are filled from `values`; a
 * placeholder without a value is a build error, so no page shows a raw `{name}`.
 */
export function translator(language: Language) {
  const strings = STRINGS[language];
  return (key: UiKey, values: Readonly<Record<string, string | number>> = {}) =>
    strings[key]!.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`i18n ${language}.${key}: no value for {${name}}`);
      return String(values[name]);
    });
}

/** The function that turns a UI key into text, as returned by `translator`. */
export type Translate = ReturnType<typeof translator>;

/** The prefix of a language's pages in their URL: none for English. */
const prefixOf = (language: Language) => (language === 'en' ? undefined : language);

/**
 * The static paths of a page in every language: English at the root, the others under their
 * prefix, from which the middleware sets the page's language.
 */
export const languagePaths = () => LANGUAGES.map((language) => ({ params: { lang: prefixOf(language) } }));

/** Static paths for one page per record in every language, the record named in the URL by the parameters `paramsOf`. */
export const paramPaths = <T, P extends Record<string, string>>(
  records: ReadonlyArray<T>,
  paramsOf: (record: T) => P,
) =>
  LANGUAGES.flatMap((language) =>
    records.map((record) => ({ params: { lang: prefixOf(language), ...paramsOf(record) }, props: { record } })),
  );

/** Static paths for one page per record in every language, the record named in the URL by `idOf`. */
export const pagePaths = <T>(records: ReadonlyArray<T>, idOf: (record: T) => string) =>
  paramPaths(records, (record) => ({ id: idOf(record) }));

/** Static paths for one page per plan record in every language, at its id. */
export const recordPaths = <T extends { id: string }>(records: ReadonlyArray<T>) =>
  pagePaths(records, (record) => record.id);

export { localized };
