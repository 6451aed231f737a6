import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { API_ROUTES } from './api-routes.ts';
import { splitFormatSuffix } from './http/format.ts';
import { errorResponse, requestInstance } from './http/error-response.ts';
import { signedCursors } from './http/cursor.ts';
import { ALLOWED_METHODS, problemResponse, problems } from './http/problems.ts';
import { releaseResolver } from './http/release-resolver.ts';
import { responseCache } from './http/response-cache.ts';
import { routeHandler } from './http/route-handler.ts';
import type { ReleaseStore } from './storage/release-store.ts';

/** Options of the API app. */
export interface ApiOptions {
  /** How long an instance keeps the current release before reading the pointer again. */
  readonly pointerTtlMs?: number;
  /** Memory for rendered responses of release data (0 keeps none); 16 MB by default. */
  readonly responseCacheBytes?: number;
}

/**
 * The read-only open-data API: one Hono app, the same on AWS Lambda and on localhost. It reads
 * through `store` only; every route is one of API_ROUTES, and every error is RFC 9457 problem
 * details without internals.
 */
export function createApi(store: ReleaseStore, options: ApiOptions = {}): Hono {
  const resolver = releaseResolver(store, options.pointerTtlMs);
  const cache = responseCache(options.responseCacheBytes ?? 16 * 1024 * 1024);
  const cursors = signedCursors(() => store.cursorKey());
  // Routing ignores a ".json"/".csv" suffix; the handler reads it from the URL to choose the format.
  const app = new Hono({ getPath: (request) => splitFormatSuffix(new URL(request.url).pathname).path });

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  app.use('*', async (c, next) => {
    if (!ALLOWED_METHODS.includes(c.req.method)) {
      return problemResponse(problems.methodNotAllowed(c.req.method), requestInstance(c.req.url));
    }
    await next();
    if (c.req.method === 'OPTIONS') c.res.headers.set('Allow', ALLOWED_METHODS.join(', '));
  });
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ALLOWED_METHODS,
      exposeHeaders: ['Link', 'ETag', 'Content-Disposition', 'Retry-After'],
      maxAge: 86400,
    }),
  );
  app.use('*', etag());
  for (const route of API_ROUTES)
    app.get(
      splitFormatSuffix(route.path).path.replace(/\{(\w+)\}/g, ':$1'),
      routeHandler(route, { store, resolver, cache, cursors }),
    );

  app.notFound((c) => problemResponse(problems.noSuchPath(new URL(c.req.url).pathname), requestInstance(c.req.url)));
  app.onError(errorResponse);
  return app;
}
