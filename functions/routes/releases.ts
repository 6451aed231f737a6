import * as z from 'zod';
import { ReleaseId, ReleaseRecord, releaseFileUrl, releaseTable, type ReleaseFile } from '../../schema/index.ts';
import { problems } from '../http/problems.ts';
import { RELEASES_PARTITION, releaseKey } from '../storage/table-design.ts';
import { pageReply } from '../http/page-reply.ts';
import type { Route } from '../http/route.ts';

/** `/v1/releases`: every published release, newest first. */
export const releasesRoute: Route = {
  path: '/v1/releases',
  operationId: 'getReleases',
  tag: 'Releases',
  summary: 'Data releases',
  description:
    'Every published data release, newest first, with what it changed, its files and ' +
    'checksums. `meta.release` is the current one.',
  pathParameters: [],
  filters: [],
  pinnable: false,
  paginated: true,
  table: releaseTable,
  data: z.array(ReleaseRecord),
  cache: 'short',
  async handle({ store, resolver, limit, after }) {
    const current = await resolver.current();
    const page = await store.query(RELEASES_PARTITION, { limit, after: after(RELEASES_PARTITION), descending: true });
    return { ...pageReply(RELEASES_PARTITION, page, null), release: current };
  },
};

/** `/v1/releases/{release}`: one release and its changelog; in a browser, a page of it that links to its files. */
export const releaseRoute: Route = {
  path: '/v1/releases/{release}',
  operationId: 'getRelease',
  tag: 'Releases',
  summary: 'A data release',
  description:
    'One published release: its summary, its changes and the changelog up to it, its files ' +
    'with sizes and SHA-256, and its counts.',
  pathParameters: [
    {
      name: 'release',
      schema: ReleaseId,
      expected: 'a release id such as 2026-11-22',
      description: 'Release identifier.',
    },
  ],
  filters: [],
  pinnable: false,
  paginated: false,
  table: releaseTable,
  data: ReleaseRecord,
  cache: 'immutable',
  html: {
    noun: 'release',
    idOf: (release) => String(release.id),
    elsewhere: (release) =>
      (release.files as ReadonlyArray<ReleaseFile>).map((file) => ({
        label: `Download ${file.name}`,
        href: releaseFileUrl(String(release.id), file.name),
      })),
  },
  async handle({ store, params }) {
    const item = await store.get(releaseKey(params.release!));
    if (!item) throw problems.noSuchRelease(params.release!, 'path');
    return { kind: 'record', json: item.json, release: params.release! };
  },
};
