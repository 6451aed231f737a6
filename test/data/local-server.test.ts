import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { localServer } from '../../scripts/local-server.ts';
import { publishedBundle } from './published-bundle.ts';

describe('the release downloads of npm start', () => {
  const { releasesDir, dataset, built: files } = publishedBundle();
  const server = localServer(new Hono(), releasesDir, dataset.release.id);
  const app = { request: (path: string) => server.fetch(new Request(`http://localhost${path}`)) };

  it('lists the files of the current release', async () => {
    const page = await (await app.request('/')).text();
    expect(page).toContain(`release ${dataset.release.id}`);
    expect(page).toContain(`href="/releases/${dataset.release.id}/actions.csv"`);
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

  it('answers 404 for a file that is not in the release', async () => {
    expect((await app.request(`/releases/${dataset.release.id}/secrets.txt`)).status).toBe(404);
    expect((await app.request('/releases/../package.json')).status).toBe(404);
  });
});
