import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { readBundleAt } from '../../data/bundle/read-bundle.ts';
import { PATHS } from '../../data/paths.ts';
import { writeCurrentRelease } from '../../data/steps/build-release.ts';
import { requireSiteBuiltFrom } from '../../site/release-stamp.ts';
import { createApi } from '../app.ts';
import { publishRelease } from '../storage/publish-release.ts';
import { dynamoReleaseStore } from '../storage/release-store.ts';
import { startLocalDynamoDB } from './local-dynamodb.ts';
import { localServer } from './local-server.ts';

/** A running local portal: its origin, and how to stop it. */
export interface RunningPortal {
  readonly origin: string;
  /** The release published and served as current. */
  readonly release: string;
  close(): Promise<void>;
}

/** What to serve, and where. */
export interface PortalOptions {
  /** The built site (dist/site unless given). */
  readonly siteDir?: string;
  /** The loopback port; 0, the default, picks a free one. */
  readonly port?: number;
  /** Serve the release's demonstration build, which the site must have been built from too. */
  readonly demonstration?: boolean;
}

/**
 * Serves an already built site with the API and the downloads of the current release (or of its
 * demonstration build), as `npm start` does: the release is written to dist/releases, published
 * into a fresh embedded DynamoDB engine with the deployment's loader, and everything is served on
 * one loopback origin.
 */
export async function servePortal({
  siteDir = PATHS.site,
  port = 0,
  demonstration = false,
}: PortalOptions = {}): Promise<RunningPortal> {
  const { dataset, dir: releaseDir, sha256sums } = writeCurrentRelease({ demonstration });
  requireSiteBuiltFrom(siteDir, { id: dataset.release.id, sha256sums });
  const db = await startLocalDynamoDB();
  await publishRelease(db.client(), db.table, readBundleAt(releaseDir));
  const api = createApi(dynamoReleaseStore(db.client(), db.table));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      { fetch: localServer(api, PATHS.releases, dataset.release.id, siteDir).fetch, hostname: '127.0.0.1', port },
      () => resolve(s),
    );
  });
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    release: dataset.release.id,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => db.close()),
  };
}
