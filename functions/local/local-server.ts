import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { SECURITY_HEADERS } from '../http/security-headers.ts';

/**
 * The one local origin of `npm start`, laid out as the CDN lays out the deployed portal: `/v1/...`
 * goes to the API app; `/releases/{release}/...` serves the release bundles in `releasesDir` as
 * built, with `/releases/latest/...` redirecting to the current release; every other path is the
 * built site in `siteDir`, `/path/` served from `/path/index.html`, and its 404 page for the rest.
 * Every response carries the security headers CloudFront adds in production, so pages are tried
 * here under the policy they are served with.
 */
export function localServer(api: Hono, releasesDir: string, current: string, siteDir: string) {
  const files = new Hono();
  files.get('/releases/latest/*', (c) =>
    c.redirect(c.req.path.replace('/releases/latest/', `/releases/${current}/`), 302),
  );
  files.use(
    '/releases/*',
    serveStatic({
      root: relative(process.cwd(), releasesDir),
      rewriteRequestPath: (path) => path.replace(/^\/releases/, ''),
    }),
  );
  files.use('*', serveStatic({ root: relative(process.cwd(), siteDir) }));
  files.notFound(async (c) => c.html(await readFile(join(siteDir, '404.html'), 'utf8'), 404));
  return {
    fetch: async (request: Request) => {
      const { pathname } = new URL(request.url);
      const response = await (pathname === '/v1' || pathname.startsWith('/v1/')
        ? api.fetch(request)
        : files.fetch(request));
      return withSecurityHeaders(response);
    },
  };
}

/** The response with the security headers set, replacing any of the same name, as CloudFront's policy overrides them. */
function withSecurityHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
