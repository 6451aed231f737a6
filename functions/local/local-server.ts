import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/**
 * The one local origin of `npm start`, laid out as the CDN lays out the deployed portal: `/v1/...`
 * goes to the API app; `/releases/{release}/...` serves the release bundles in `releasesDir` as
 * built, with `/releases/latest/...` redirecting to the current release; every other path is the
 * built site in `siteDir`, `/path/` served from `/path/index.html`, and its 404 page for the rest.
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
    fetch: (request: Request) => {
      const { pathname } = new URL(request.url);
      return pathname === '/v1' || pathname.startsWith('/v1/') ? api.fetch(request) : files.fetch(request);
    },
  };
}
