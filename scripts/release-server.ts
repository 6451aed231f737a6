import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { html } from 'hono/html';

/**
 * A read-only local server for release bundles in `releasesDir` ({releasesDir}/{release}/{file}):
 * `/` lists the files of the current release, `/releases/latest/...` redirects to the current
 * release, and every file is served as it was built.
 */
export function releaseServer(releasesDir: string, current: string) {
  const app = new Hono();
  app.get('/', (c) => {
    const files = readdirSync(join(releasesDir, current)).sort();
    return c.html(html`<!doctype html>
      <html lang="en">
        <head><meta charset="utf-8" /><title>Release ${current} — Hemispheric Plans of Action on Drugs</title></head>
        <body>
          <main>
            <h1>Hemispheric Plans of Action on Drugs: release ${current}</h1>
            <ul>
              ${files.map((f) => html`<li><a href="/releases/${current}/${f}">${f}</a> (${statSync(join(releasesDir, current, f)).size} bytes)</li>`)}
            </ul>
          </main>
        </body>
      </html>`);
  });
  app.get('/releases/latest/*', (c) => c.redirect(c.req.path.replace('/releases/latest/', `/releases/${current}/`), 302));
  app.use('/releases/*', serveStatic({ root: relative(process.cwd(), releasesDir), rewriteRequestPath: (path) => path.replace(/^\/releases/, '') }));
  return app;
}
