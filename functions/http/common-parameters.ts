import * as z from 'zod';
import { ReleaseId } from '../../schema/index.ts';
import type { QueryParameter } from './query-parameters.ts';
import type { Route } from './route.ts';

/** Page size when a request gives no `limit`. */
export const DEFAULT_LIMIT = 200;
/** The largest page a request may ask for. */
export const MAX_LIMIT = 1000;

/** `release`: pins a request to one data release. */
export const releaseParameter: QueryParameter = {
  name: 'release',
  schema: ReleaseId,
  expected: 'a release id such as 2026-11-22 or 2026-11-22.1 (see /v1/releases)',
  description:
    'Read this data release instead of the current one. Responses pinned to a release never ' +
    'change: cite the `meta.links.pinned` URL.',
};

/** `format`: json or csv, like the ".json" and ".csv" suffixes. */
export const formatParameter: QueryParameter = {
  name: 'format',
  schema: z.enum(['json', 'csv']),
  expected: 'json or csv',
  description: 'The representation: json (the default) or csv. The ".json" and ".csv" path suffixes do the same.',
};

/** `excel`: CSV with a byte-order mark, for spreadsheet programs. */
export const excelParameter: QueryParameter = {
  name: 'excel',
  schema: z.enum(['true', 'false']),
  expected: 'true or false',
  description:
    'With CSV: true adds a UTF-8 byte-order mark so that Excel shows accents correctly ' +
    '(scripts usually want it off, the default).',
};

/** `limit`: page size. */
export const limitParameter: QueryParameter = {
  name: 'limit',
  schema: z
    .string()
    .regex(/^[1-9]\d{0,3}$/)
    .refine((v) => Number(v) <= MAX_LIMIT),
  expected: `an integer from 1 to ${MAX_LIMIT}`,
  description: `Records per page, from 1 to ${MAX_LIMIT}; ${DEFAULT_LIMIT} when not given.`,
};

/** `cursor`: where a page continues. */
export const cursorParameter: QueryParameter = {
  name: 'cursor',
  schema: z.string().regex(/^[A-Za-z0-9_-]{1,2048}$/),
  expected: 'a cursor from a "next" link',
  description:
    'Continues a listing; take it from the `next` link of the previous page (it carries the ' +
    'release, so pages stay consistent). Cursors are signed: one the API did not issue for the listing is a 400.',
};

/** Every query parameter a route accepts: its filters, then the common ones that apply to it. */
export const parametersOf = (route: Pick<Route, 'filters' | 'pinnable' | 'table' | 'paginated'>): QueryParameter[] => [
  ...route.filters,
  ...(route.pinnable ? [releaseParameter] : []),
  formatParameter,
  ...(route.table ? [excelParameter] : []),
  ...(route.paginated ? [limitParameter, cursorParameter] : []),
];
