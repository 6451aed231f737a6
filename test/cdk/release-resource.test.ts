import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_DIR, releaseResource, type ReleaseResourceEvent } from '../../functions/release-resource.ts';
import { CURSOR_KEY_ATTRIBUTE } from '../../functions/storage/cursor-key.ts';
import { cursorKeyKey, keyAttributes, pointerKey } from '../../functions/storage/table-design.ts';
import { startLocalDynamoDB, type LocalDynamoDB } from '../../functions/local/local-dynamodb.ts';
import { builtRelease } from './portal-app.ts';

describe('the release custom resource of the deployment', () => {
  let db: LocalDynamoDB;
  let bundleRoot: string;
  let release: string;
  beforeAll(async () => {
    db = await startLocalDynamoDB();
    const built = builtRelease();
    release = built.release;
    bundleRoot = mkdtempSync(join(tmpdir(), 'release-resource-'));
    cpSync(built.releaseDir, join(bundleRoot, BUNDLE_DIR, release), { recursive: true });
  });
  afterAll(() => db?.close());

  const run = (RequestType: ReleaseResourceEvent['RequestType'], Action: 'load' | 'make-current', Release = release) =>
    releaseResource(
      { RequestType, ResourceProperties: { Action, Release }, PhysicalResourceId: `${Action}:${Release}` },
      { client: db.client(), table: db.table, bundleRoot },
    );
  const pointer = async () =>
    (await db.client().send(new GetItemCommand({ TableName: db.table, Key: keyAttributes(pointerKey) }))).Item?.release
      ?.S;

  it('loads the bundled release without making it current, then makes it current as a second step', async () => {
    expect(await run('Create', 'load')).toMatchObject({
      PhysicalResourceId: `load:${release}`,
      Data: { Written: expect.any(Number) },
    });
    expect(await pointer()).toBeUndefined();
    expect(await run('Create', 'make-current')).toEqual({
      PhysicalResourceId: `make-current:${release}`,
      Data: { Previous: '' },
    });
    expect(await pointer()).toBe(release);
  });

  it('writes nothing when the same release is loaded again', async () => {
    expect(await run('Update', 'load')).toMatchObject({ Data: { Written: 0 } });
  });

  it('refuses to load a release other than the one it carries, and to point at a release never loaded', async () => {
    await expect(run('Update', 'load', '2099-01-01')).rejects.toThrow(
      `the bundled release is ${release}, not 2099-01-01`,
    );
    await expect(run('Update', 'make-current', '2099-01-01')).rejects.toThrow(
      'release 2099-01-01 is not loaded completely',
    );
    expect(await pointer()).toBe(release);
  });

  it('gives the table its cursor key once, and never replaces it', async () => {
    const cursorKey = async () =>
      (await db.client().send(new GetItemCommand({ TableName: db.table, Key: keyAttributes(cursorKeyKey) }))).Item?.[
        CURSOR_KEY_ATTRIBUTE
      ]?.B;
    const event = (RequestType: ReleaseResourceEvent['RequestType']) =>
      releaseResource(
        { RequestType, ResourceProperties: { Action: 'cursor-key' } },
        { client: db.client(), table: db.table, bundleRoot },
      );
    const written = await cursorKey();
    expect(written?.length).toBe(32);
    expect(await event('Create')).toEqual({ PhysicalResourceId: 'cursor-key' });
    expect(await event('Update')).toEqual({ PhysicalResourceId: 'cursor-key' });
    expect(await event('Delete')).toEqual({ PhysicalResourceId: 'cursor-key' });
    expect(await cursorKey()).toEqual(written);
  });

  it('changes nothing on delete: releases outlive the stack', async () => {
    expect(await run('Delete', 'make-current')).toEqual({ PhysicalResourceId: `make-current:${release}` });
    expect(await pointer()).toBe(release);
  });
});
