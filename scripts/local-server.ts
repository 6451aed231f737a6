import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { html } from 'hono/html';

/**
 * The one local origin of `npm start`: `/v1/...` goes to the API app; `/releases/{release}/...`
 * serves the release bundles in `releasesDir` as built, with `/releases/latest/...` redirecting to
 * the current release; `/` is an index of both.
 */
export function localServer(api: Hono, releasesDir: string, current: string) {
  const files = new Hono();
  files.get('/', (c) => {
    const names = readdirSync(join(releasesDir, current)).sort();
    return c.html(html`<!doctype html>
      <html lang="en">
        <head><meta charset="utf-8" /><title>Hemispheric Plans of Action on Drugs: open data, release ${current}</title></head>
        <body>
          <main>
            <h1>Hemispheric Plans of Action on Drugs: open data</h1>
            <h2>API</h2>
            <ul>
              ${['/v1/plans', '/v1/plans/2021-2025/actions', '/v1/actions/2016-2020-dr-4-3', '/v1/releases', '/v1/openapi.json'].map((path) => html`<li><a href="${path}">${path}</a></li>`)}
            </ul>
            <h2>Release ${current} downloads</h2>
            <ul>
              ${names.map((f) => html`<li><a href="/releases/${current}/${f}">${f}</a> (${statSync(join(releasesDir, current, f)).size} bytes)</li>`)}
            </ul>
          </main>
        </body>
      </html>`);
  });
  files.get('/releases/latest/*', (c) => c.redirect(c.req.path.replace('/releases/latest/', `/releases/${current}/`), 302));
  files.use('/releases/*', serveStatic({ root: relative(process.cwd(), releasesDir), rewriteRequestPath: (path) => path.replace(/^\/releases/, '') }));
  return {
    fetch: (request: Request) => {
      const { pathname } = new URL(request.url);
      return pathname === '/v1' || pathname.startsWith('/v1/') ? api.fetch(request) : files.fetch(request);
    },
  };
}
