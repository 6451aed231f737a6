import { DeleteItemCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBundleAt } from '../../data/bundle/read-bundle.ts';
import { createApi } from '../../functions/app.ts';
import { startLocalDynamoDB } from '../../functions/local/local-dynamodb.ts';
import { publishRelease } from '../../functions/storage/publish-release.ts';
import { dynamoReleaseStore } from '../../functions/storage/release-store.ts';
import { actionsInPartition, cursorKeyKey, keyAttributes } from '../../functions/storage/table-design.ts';
import { countingClient, publishedApi } from './api-fixture.ts';
import { expectProblem } from './problem-document.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
beforeAll(async () => {
  api = await publishedApi();
});
afterAll(() => api.db.close());

const LISTING = '/v1/plans/2021-2025/actions?limit=5';

/** The cursor of the next link of a page. */
async function nextCursor(app: typeof api.app, path: string) {
  const body = (await (await app.request(path)).json()) as { meta: { next: string } };
  return new URL(body.meta.next, 'http://x').searchParams.get('cursor')!;
}

/** The listing's page after `cursor`, from a fresh instance that counts what it reads. */
async function continued(cursor: string) {
  const { client, counts, reset } = countingClient(api.db);
  const app = createApi(dynamoReleaseStore(client, api.db.table));
  await app.request('/v1/plans');
  reset();
  return { response: await app.request(`${LISTING}&cursor=${cursor}`), counts };
}

describe('a cursor the API did not issue', () => {
  it('is refused with a 400 before the listing is read, however well it names the listing', async () => {
    const listing = actionsInPartition(api.release, '2021-2025');
    for (const place of [
      [listing, '01.001.001', 5],
      [listing, '03.002.000', 40],
    ]) {
      const forged = Buffer.from(JSON.stringify(place)).toString('base64url');
      const { response, counts } = await continued(forged);
      expect((await expectProblem(response, 400)).errors?.map((e) => e.name)).toEqual(['cursor']);
      expect(counts).toEqual({});
    }
  });

  it('is refused when a byte of an issued one is changed, or its signature cut', async () => {
    const issued = Buffer.from(await nextCursor(api.app, LISTING), 'base64url');
    const tampered = Buffer.from(issued);
    tampered[tampered.length - 3]! ^= 1;
    for (const cursor of [tampered, issued.subarray(0, issued.length - 1), issued.subarray(16)]) {
      const { response, counts } = await continued(cursor.toString('base64url'));
      await expectProblem(response, 400);
      expect(counts).toEqual({});
    }
  });
});

describe('the key that signs cursors', () => {
  it('is read once per instance, as it starts, and signs alike on every instance', async () => {
    const { client, counts } = countingClient(api.db);
    const app = createApi(dynamoReleaseStore(client, api.db.table), { pointerTtlMs: 60_000 });
    expect(counts).toEqual({ GetItem: 1 });
    let path: string | null = LISTING;
    for (let page = 0; page < 3; page++) {
      const body = (await (await app.request(path!)).json()) as { meta: { next: string | null } };
      path = body.meta.next;
    }
    // Besides the key: the pointer for the first page, and the marker of the release the next links pin.
    expect(counts).toEqual({ GetItem: 3, Query: 3 });
    const other = createApi(dynamoReleaseStore(api.db.client(), api.db.table));
    expect((await other.request(path!)).status).toBe(200);
  });

  it('is written once by the loader and kept by every later load, so that issued cursors stay valid', async () => {
    const read = async () =>
      (await api.db.client().send(new GetItemCommand({ TableName: api.db.table, Key: keyAttributes(cursorKeyKey) })))
        .Item!.key!.B;
    const key = await read();
    expect(key).toHaveLength(32);
    const cursor = await nextCursor(api.app, LISTING);
    await publishRelease(api.db.client(), api.db.table, readBundleAt(api.releaseDir));
    expect(await read()).toEqual(key);
    expect((await continued(cursor)).response.status).toBe(200);
  });

  it('missing from a table no load of this loader has written makes a listing with more pages a 503', async () => {
    const db = await startLocalDynamoDB();
    try {
      await publishRelease(db.client(), db.table, readBundleAt(api.releaseDir));
      await db.client().send(new DeleteItemCommand({ TableName: db.table, Key: keyAttributes(cursorKeyKey) }));
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const app = createApi(dynamoReleaseStore(db.client(), db.table));
      await expectProblem(await app.request(LISTING), 503);
      expect(log).toHaveBeenCalledWith(expect.stringContaining('no cursor key'));
      log.mockRestore();
      expect((await app.request('/v1/plans')).status).toBe(200);
    } finally {
      await db.close();
    }
  });
});
