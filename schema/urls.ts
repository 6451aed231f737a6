/**
 * Every URL of the API, built in one place so that links, pages and documentation never drift.
 * Paths are the public contract: they never change.
 */
export const apiUrl = {
  plans: () => '/v1/plans',
  plan: (plan: string) => `/v1/plans/${plan}`,
  planActions: (plan: string) => `/v1/plans/${plan}/actions`,
  area: (id: string) => `/v1/areas/${id}`,
  objective: (id: string) => `/v1/objectives/${id}`,
  action: (id: string) => `/v1/actions/${id}`,
  footnote: (id: string) => `/v1/footnotes/${id}`,
  erratum: (id: string) => `/v1/errata/${id}`,
  releases: () => '/v1/releases',
  release: (id: string) => `/v1/releases/${id}`,
  health: () => '/v1/health',
  openapi: () => '/v1/openapi.json',
};

/** A path with query parameters, in the order given; undefined values are left out. */
export function withQuery(path: string, params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.append(name, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
