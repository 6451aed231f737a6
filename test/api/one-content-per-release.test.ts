import { createHash } from 'node:crypto';
import { DeleteItemCommand, GetItemCommand, PutItemCommand, type PutItemCommandInput } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, type Dataset } from '../../schema/index.ts';
import { readBundleAt, type ReleaseBundle } from '../../data/bundle/read-bundle.ts';
import { loadRelease, makeCurrent } from '../../functions/storage/publish-release.ts';
import { ReleaseContentConflict } from '../../functions/storage/release-content-claim.ts';
import { keyAttributes, releaseClaimKey, releaseKey } from '../../functions/storage/table-design.ts';
import { publishedApi } from './api-fixture.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
let published: ReleaseBundle;
beforeAll(async () => {
  api = await publishedApi({ pointerTtlMs: 0 });
  published = readBundleAt(api.releaseDir);
});
afterAll(() => api.db.close());

/** The published release's content under another release id. */
const contentA = (release: string): ReleaseBundle => ({
  ...published,
  dataset: { ...published.dataset, release: { ...published.dataset.release, id: release } },
});

/**
 * Content A edited as a release might be before it is published: the first priority action's text changed and the
 * last action of its objective removed, so that any item of A left behind would show. Its digest is its own.
 */
function contentB(release: string) {
  const dataset: Dataset = structuredClone(contentA(release).dataset);
  const actions = dataset.plans[0]!.areas[0]!.objectives[0]!.actions;
  actions[0]!.text = `${actions[0]!.text} (edited)`;
  const removed = actions.pop()!;
  const sha256sums = createHash('sha256').update(JSON.stringify(dataset)).digest('hex');
  return { bundle: { ...published, dataset, sha256sums }, changed: actions[0]!, removed };
}

const get = async (path: string) => {
  const response = await api.app.request(path);
  return { status: response.status, body: (await response.json()) as { data: any; meta: { total: number | null } } };
};

/** Every priority action a release serves pinned, through its plans' listings, each listing's total checked. */
async function pinnedActions(release: string) {
  const actions: unknown[] = [];
  for (const plan of published.dataset.plans) {
    const { status, body } = await get(`/v1/plans/${plan.id}/actions?limit=1000&release=${release}`);
    expect(status).toBe(200);
    expect(body.data).toHaveLength(body.meta.total!);
    actions.push(...body.data);
  }
  return actions;
}

const currentRelease = async () => (await get('/v1/health')).body.data.release;

describe('a release id holds the items of one content only', () => {
  it('refuses edited content after an interrupted load, serves neither, and completes the first content when loaded again', async () => {
    const release = '2099-02-01';
    const a = contentA(release);
    const b = contentB(release);
    await expect(
      loadRelease(api.db.client(), api.db.table, a, {
        onProgress: (written, total) => {
          if (total - written <= 25) throw new Error('the load is interrupted before its last batch');
        },
      }),
    ).rejects.toThrow('interrupted');

    const refusal = loadRelease(api.db.client(), api.db.table, b.bundle);
    await expect(refusal).rejects.toThrow(ReleaseContentConflict);
    await expect(refusal).rejects.toThrow(
      `release ${release} is claimed by a load of other content, under way or interrupted ` +
        `(SHA256SUMS ${a.sha256sums}, this bundle ${b.bundle.sha256sums}); publish the change as a new release, ` +
        'or load that content again to complete its load',
    );
    for (const path of [
      `/v1/releases/${release}`,
      `/v1/plans/${b.changed.plan}/actions?release=${release}`,
      `/v1/actions/${b.changed.id}?release=${release}`,
      `/v1/actions/${b.removed.id}?release=${release}`,
    ])
      expect((await get(path)).status, path).toBe(404);
    await expect(makeCurrent(api.db.client(), api.db.table, release)).rejects.toThrow(
      `release ${release} is not loaded completely`,
    );
    expect(await currentRelease()).toBe(api.release);

    const completed = await loadRelease(api.db.client(), api.db.table, a);
    expect(completed).toMatchObject({ release, alreadyLoaded: false });
    expect(await pinnedActions(release)).toEqual(actionsOf(a.dataset.plans));
    const servedOfA = (id: string) => actionsOf(a.dataset.plans).find((action) => action.id === id)!;
    for (const id of [b.changed.id, b.removed.id])
      expect((await get(`/v1/actions/${id}?release=${release}`)).body.data).toMatchObject({
        id,
        text: servedOfA(id).text,
      });
  });

  it('lets exactly one of two loaders of different content racing for a new id succeed', async () => {
    const release = '2099-03-01';
    const contents = [contentA(release), contentB(release).bundle];
    const outcomes = await Promise.allSettled(
      contents.map((content) => loadRelease(api.db.client(), api.db.table, content)),
    );
    const won = outcomes.findIndex((outcome) => outcome.status === 'fulfilled');
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes[1 - won] as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ReleaseContentConflict);
    expect(lost.reason.message).toContain(
      `(SHA256SUMS ${contents[won]!.sha256sums}, this bundle ${contents[1 - won]!.sha256sums})`,
    );
    expect(await pinnedActions(release)).toEqual(actionsOf(contents[won]!.dataset.plans));
  });

  it('does not mark a release loaded over a marker that a loader without claims wrote for other content meanwhile', async () => {
    const release = '2099-04-01';
    const other = contentB(release).bundle;
    const marker = { TableName: api.db.table, Key: keyAttributes(releaseKey(release)), ConsistentRead: true };
    const client = api.db.client();
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'PutItemCommand' && (args.input as PutItemCommandInput).Item?.pk?.S === 'releases')
          await api.db.client().send(
            new PutItemCommand({
              TableName: api.db.table,
              Item: { ...marker.Key, json: { S: '{}' }, sha256sums: { S: other.sha256sums } },
            }),
          );
        return next(args);
      },
      { step: 'initialize' },
    );
    await expect(loadRelease(client, api.db.table, contentA(release))).rejects.toThrow(
      `release ${release} is already published with other content (SHA256SUMS ${other.sha256sums}, ` +
        `this bundle ${published.sha256sums})`,
    );
    expect((await api.db.client().send(new GetItemCommand(marker))).Item?.sha256sums?.S).toBe(other.sha256sums);
  });

  it('refuses other content under a release published before ids were claimed, which has a marker only', async () => {
    await api.db
      .client()
      .send(new DeleteItemCommand({ TableName: api.db.table, Key: keyAttributes(releaseClaimKey(api.release)) }));
    await expect(loadRelease(api.db.client(), api.db.table, contentB(api.release).bundle)).rejects.toThrow(
      `release ${api.release} is already published with other content`,
    );
    expect(await pinnedActions(api.release)).toEqual(actionsOf(published.dataset.plans));
    expect(await loadRelease(api.db.client(), api.db.table, published)).toEqual({
      release: api.release,
      written: 0,
      alreadyLoaded: true,
    });
  });
});
