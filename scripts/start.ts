/**
 * `npm start`: builds the current data release and serves its bundle on http://localhost:4321
 * (PORT overrides) until Ctrl-C.
 */
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { buildRelease } from '../data/steps/build-release.ts';
import { writeRelease } from '../data/steps/write-release.ts';
import { releaseServer } from './release-server.ts';

const root = join(import.meta.dirname, '..');
const releasesDir = join(root, 'dist', 'releases');
const { dataset, files } = buildRelease(join(root, 'data'));
writeRelease(join(releasesDir, dataset.release.id), files);

const port = Number(process.env.PORT ?? 4321);
const server = serve({ fetch: releaseServer(releasesDir, dataset.release.id).fetch, hostname: '127.0.0.1', port }, () => {
  const base = `http://localhost:${port}`;
  console.log(`Release ${dataset.release.id} served at ${base}/\n  ${base}/releases/latest/actions.csv\n  ${base}/releases/latest/plans.json\nPress Ctrl-C to stop.`);
});
process.on('SIGINT', () => server.close(() => process.exit(0)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
