import { RECORD_KINDS } from '../schema/index.ts';
import { recordRoutes } from './http/record-routes.ts';
import type { Route } from './http/route.ts';
import { openApiDocument } from './openapi-document.ts';
import { commitmentsRoute } from './routes/commitments.ts';
import { countrySummaryRoute } from './routes/countries.ts';
import { planActionsRoute, planPassagesRoute } from './routes/plans.ts';
import { releaseRoute, releasesRoute } from './routes/releases.ts';
import { resultsRoute } from './routes/results.ts';
import { roundSummaryRoute } from './routes/rounds.ts';
import { healthRoute, openApiRoute } from './routes/service.ts';

/** The routes of the record kinds beyond one record and the whole list: listings with filters, summaries. */
const RESOURCE_ROUTES = [
  planActionsRoute,
  planPassagesRoute,
  roundSummaryRoute,
  countrySummaryRoute,
  resultsRoute,
  commitmentsRoute,
];

/**
 * Where a route is listed: with the kind whose path it extends, in the registry's order, and
 * within a kind by the depth of its path (the listing, then one record, then what hangs from it).
 */
const rank = (route: Route) => {
  const at = RECORD_KINDS.findIndex((kind) => `${route.path}/`.startsWith(`/v1/${kind.name}/`));
  return (at < 0 ? RECORD_KINDS.length : at) * 10 + route.path.split('/').length;
};

let document: unknown;

/**
 * Every route of the API, in the order the OpenAPI document lists them: those of each record kind
 * (RECORD_KINDS gives the one-record and whole-list routes, the routes/ folder the others), then
 * the releases and the service.
 */
export const API_ROUTES: ReadonlyArray<Route> = [
  ...[...RECORD_KINDS.flatMap(recordRoutes), ...RESOURCE_ROUTES].sort((a, b) => rank(a) - rank(b)),
  releasesRoute,
  releaseRoute,
  healthRoute,
  openApiRoute(() => (document ??= openApiDocument(API_ROUTES))),
];
