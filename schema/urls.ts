/**
 * Every URL of the API, built in one place so that links, pages and documentation never drift.
 * Paths are the public contract: they never change.
 */
export const apiUrl = {
  plans: () => '/v1/plans',
  plan: (plan: string) => `/v1/plans/${plan}`,
  planActions: (plan: string) => `/v1/plans/${plan}/actions`,
  planPassages: (plan: string) => `/v1/plans/${plan}/passages`,
  passage: (id: string) => `/v1/passages/${id}`,
  area: (id: string) => `/v1/areas/${id}`,
  objective: (id: string) => `/v1/objectives/${id}`,
  action: (id: string) => `/v1/actions/${id}`,
  footnote: (id: string) => `/v1/footnotes/${id}`,
  erratum: (id: string) => `/v1/errata/${id}`,
  documents: () => '/v1/documents',
  document: (id: string) => `/v1/documents/${id}`,
  commitments: () => '/v1/commitments',
  commitment: (id: string) => `/v1/commitments/${id}`,
  countries: () => '/v1/countries',
  country: (iso3: string) => `/v1/countries/${iso3}`,
  countrySummary: (iso3: string) => `/v1/countries/${iso3}/summary`,
  rounds: () => '/v1/rounds',
  round: (round: number | string) => `/v1/rounds/${round}`,
  roundSummary: (round: number | string) => `/v1/rounds/${round}/summary`,
  results: () => '/v1/results',
  result: (id: string) => `/v1/results/${id}`,
  releases: () => '/v1/releases',
  release: (id: string) => `/v1/releases/${id}`,
  health: () => '/v1/health',
  openapi: () => '/v1/openapi.json',
};

/** The languages of the portal's interface; English has no prefix, every other language its code. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Every page URL of the portal, in English; `localized` adds a language's prefix. Like the API's
 * paths they are a public contract. Directory-style, with a trailing slash.
 */
export const pageUrl = {
  home: () => '/',
  plan: (plan: string) => `/plans/${plan}/`,
  area: (id: string) => `/areas/${id}/`,
  objective: (id: string) => `/objectives/${id}/`,
  action: (id: string) => `/actions/${id}/`,
  documents: () => '/documents/',
  document: (id: string) => `/documents/${id}/`,
  commitment: (id: string) => `/commitments/${id}/`,
  compare: () => '/compare/',
  /** What changed in an area of plan `from` in the next plan `to`, side by side (see pairAreas). */
  areaChanges: (from: string, to: string, area: string) => `/compare/${from}/${to}/${area}/`,
  mem: () => '/mem/',
  round: (round: number | string) => `/rounds/${round}/`,
  country: (iso3: string) => `/countries/${iso3}/`,
  data: () => '/data/',
  about: () => '/about/',
  search: () => '/search/',
};

/**
 * The portal's stylesheet at a URL that does not change from one build to the next, for the pages
 * the portal does not build: the API's HTML page of a record links to it.
 */
export const PORTAL_STYLESHEET = '/portal.css';

/** A page URL in the given language: `/es/plans/2021-2025/` for Spanish, unchanged for English. */
export const localized = (path: string, language: Language) => (language === 'en' ? path : `/${language}${path}`);

/** The URL of a file of a release bundle, e.g. `/releases/2026-11-22.1/actions.csv`. */
export const releaseFileUrl = (release: string, file: string) => `/releases/${release}/${file}`;

/**
 * A complete download of the portal: every row of a listing the pages link, for the current
 * release, e.g. `/downloads/results-round-8.csv`; `excel` is the same rows with a byte-order mark.
 */
export const downloadUrl = (name: string, excel = false) => `/downloads/${name}${excel ? '-excel' : ''}.csv`;

/** How an API resource is represented: JSON (the default), CSV, or CSV with a byte-order mark for Excel. */
export type ApiFormat = 'json' | 'csv' | 'excel';

/**
 * An API URL in a representation, with the query parameters given, in their order: JSON is the
 * path as it is, CSV the path with the ".csv" suffix, and Excel's CSV the same with `excel=true`
 * (where the parameters place it, if they name it). The one way the portal and the API link to
 * the API: `apiLink(apiUrl.action(id), { format: 'csv' })` is `/v1/actions/{id}.csv`.
 */
export function apiLink(
  path: string,
  { format = 'json', query = {} }: { format?: ApiFormat; query?: Readonly<Record<string, string | undefined>> } = {},
): string {
  return withQuery(format === 'json' ? path : `${path}.csv`, format === 'excel' ? { ...query, excel: 'true' } : query);
}

/** A path with query parameters, in the order given; undefined values are left out. */
export function withQuery(path: string, params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.append(name, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
