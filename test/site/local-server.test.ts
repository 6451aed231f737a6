import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { archiveName } from '../../data/bundle/release-archive.ts';
import { localServer } from '../../functions/local/local-server.ts';
import { publishedBundle } from '../data/published-bundle.ts';
import { SITE_DIR } from './built-site.ts';

describe('the one local origin of npm start: portal and release downloads', () => {
  const { releasesDir, dataset, built: files, archive } = publishedBundle();
  const server = localServer(new Hono(), releasesDir, dataset.release.id, SITE_DIR);
  const app = { request: (path: string) => server.fetch(new Request(`http://localhost${path}`)) };

  it('serves the built portal, a directory path from its index.html', async () => {
    const home = await app.request('/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<h1>The Hemispheric Plans of Action on Drugs, as open data</h1>');
    const plan = await app.request('/es/plans/2021-2025/');
    expect(plan.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await plan.text()).toContain('<html lang="es"');
  });

  it('answers a path the portal lacks with its 404 page and status', async () => {
    const missing = await app.request('/actions/2016-2020-dr-9-9/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  });

  it('serves the bundle files byte for byte, with latest pointing to the current release', async () => {
    const latest = await app.request('/releases/latest/actions.csv');
    expect(latest.status).toBe(302);
    expect(latest.headers.get('location')).toBe(`/releases/${dataset.release.id}/actions.csv`);
    const csv = await app.request(`/releases/${dataset.release.id}/actions.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.equals(files.get('actions.csv')!)).toBe(true);
    expect(parse(bytes, { columns: true })).toHaveLength(412);
  });

  it("serves the release's archive and its checksum file beside the bundle files", async () => {
    for (const [name, bytes] of archive) {
      const response = await app.request(`/releases/${dataset.release.id}/${name}`);
      expect(response.status, name).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes), name).toBe(true);
    }
    const zip = await app.request(`/releases/${dataset.release.id}/${archiveName(dataset.release.id)}`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
  });

  it('answers 404 for a file that is not in the release', async () => {
    expect((await app.request(`/releases/${dataset.release.id}/secrets.txt`)).status).toBe(404);
    expect((await app.request('/releases/../package.json')).status).toBe(404);
  });
});
