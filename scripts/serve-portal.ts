import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { BuildOptions } from '../data/steps/build-release.ts';
import { writeCurrentRelease } from '../data/steps/write-release.ts';
import { createApi } from '../functions/app.ts';
import { dynamoReleaseStore } from '../functions/storage/release-store.ts';
import { startLocalDynamoDB } from './local-dynamodb.ts';
import { localServer } from './local-server.ts';
import { publishBundle } from './publish-bundle.ts';
import { requireSiteBuiltFrom } from './site-release.ts';

const root = join(import.meta.dirname, '..');

/** A running local portal: its origin, and how to stop it. */
export interface RunningPortal {
  readonly origin: string;
  /** The release published and served as current. */
  readonly release: string;
  close(): Promise<void>;
}

/**
 * Serves an already built site with the API and the downloads of the current release (or of its
 * demonstration build, which the site must have been built from too), as `npm start` does: the
 * release is written to dist/releases, published into a fresh embedded DynamoDB engine with the
 * deployment's loader, and everything is served on one loopback origin (`port` 0 picks a free one).
 */
export async function servePortal(siteDir: string, port = 0, options: BuildOptions = {}): Promise<RunningPortal> {
  const { dataset, dir: releaseDir, sha256sums } = writeCurrentRelease(root, options);
  requireSiteBuiltFrom(siteDir, { id: dataset.release.id, sha256sums });
  const releasesDir = dirname(releaseDir);
  const db = await startLocalDynamoDB();
  await publishBundle(db.client(), db.table, releaseDir);
  const api = createApi(dynamoReleaseStore(db.client(), db.table));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      { fetch: localServer(api, releasesDir, dataset.release.id, siteDir).fetch, hostname: '127.0.0.1', port },
      () => resolve(s),
    );
  });
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    release: dataset.release.id,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => db.close()),
  };
}
