import { openApiDocument } from './openapi-document.ts';
import { commitmentRoutes } from './routes/commitment-routes.ts';
import { memRoutes } from './routes/mem-routes.ts';
import { planActionsRoute, planRoute, plansRoute } from './routes/plan-routes.ts';
import { recordRoutes } from './routes/record-routes.ts';
import { releaseRoute, releasesRoute } from './routes/release-routes.ts';
import type { Route } from './routes/route.ts';
import { healthRoute, openApiRoute } from './routes/service-routes.ts';

let document: unknown;

/** Every route of the API, in the order the OpenAPI document lists them. */
export const API_ROUTES: ReadonlyArray<Route> = [
  plansRoute,
  planRoute,
  planActionsRoute,
  ...recordRoutes,
  ...memRoutes,
  ...commitmentRoutes,
  releasesRoute,
  releaseRoute,
  healthRoute,
  openApiRoute(() => (document ??= openApiDocument(API_ROUTES))),
];
