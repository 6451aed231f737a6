import type { MiddlewareHandler } from 'astro';
import { LANGUAGES, type Language } from '../../schema/index.ts';
import { translator } from './i18n/i18n.ts';

/**
 * Sets each page's interface language, from the prefix of its URL (none for English), and its
 * translator, once per page: pages and components read them from `Astro.locals`, as Starlight's
 * do, instead of passing the language down through every component.
 */
export const onRequest: MiddlewareHandler = (context, next) => {
  const prefix = context.params.lang;
  const language: Language = LANGUAGES.find((l) => l === prefix) ?? 'en';
  context.locals.language = language;
  context.locals.t = translator(language);
  return next();
};
