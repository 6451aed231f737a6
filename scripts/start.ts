/**
 * `npm start`: builds the current data release, starts the embedded DynamoDB-compatible engine,
 * publishes the release into it with the deployment's loader, and serves the API and the release
 * downloads on http://localhost:4321 (PORT overrides) until Ctrl-C.
 */
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { buildRelease } from '../data/steps/build-release.ts';
import { writeRelease } from '../data/steps/write-release.ts';
import { createApi } from '../functions/app.ts';
import { dynamoReleaseStore } from '../functions/storage/release-store.ts';
import { startLocalDynamoDB } from './local-dynamodb.ts';
import { localServer } from './local-server.ts';
import { publishBundle } from './publish-bundle.ts';

const root = join(import.meta.dirname, '..');
const releasesDir = join(root, 'dist', 'releases');
const { dataset, files } = buildRelease(join(root, 'data'));
const releaseDir = join(releasesDir, dataset.release.id);
writeRelease(releaseDir, files);

const db = await startLocalDynamoDB();
await publishBundle(db.client(), db.table, releaseDir);
const api = createApi(dynamoReleaseStore(db.client(), db.table));

const port = Number(process.env.PORT ?? 4321);
const server = serve({ fetch: localServer(api, releasesDir, dataset.release.id).fetch, hostname: '127.0.0.1', port }, () => {
  const base = `http://localhost:${port}`;
  console.log(
    [
      `Release ${dataset.release.id} published to the embedded DynamoDB engine and served at ${base}/`,
      `  API:        ${base}/v1/plans   ${base}/v1/actions/2016-2020-dr-4-3   ${base}/v1/openapi.json`,
      `  Downloads:  ${base}/releases/latest/actions.csv`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
});
const stop = () => server.close(() => db.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
