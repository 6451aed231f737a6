import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf } from '../../schema/index.ts';
import { readReleaseBundle } from '../../data/bundle/read-bundle.ts';
import { makeCurrent, publishRelease } from '../../functions/storage/publish-release.ts';
import { readBundleAt } from '../../data/bundle/read-bundle.ts';

import { NEXT_RELEASE, nextReleaseBundle, publishedApi } from './api-fixture.ts';
import { PATHS } from '../../data/paths.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
let nextDir: string;
beforeAll(async () => {
  api = await publishedApi({ pointerTtlMs: 0 });
  nextDir = nextReleaseBundle();
});
afterAll(() => api.db.close());

/** Every item of the table (a test may Scan; the API never does). */
async function tableItems() {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, any> | undefined;
  do {
    const page = await api.db.client().send(new ScanCommand({ TableName: api.db.table, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.map((item) => JSON.stringify(item)).sort();
}

/**
 * Arguments that run `npm run data:publish`'s script against the test engine in one process (so a kill reaches the
 * loader).
 */
const publishScript = (dir: string) => [
  '--import',
  'tsx',
  join(PATHS.root, 'scripts', 'data-publish.ts'),
  '--table',
  api.db.table,
  '--endpoint',
  api.db.endpoint,
  '--release',
  dir,
];

/** Runs the script to its end without blocking this process, which hosts the engine the script talks to. */
function runPublishScript(dir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, publishScript(dir));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

/** A copy of a release folder, changed by `spoil`. */
function spoiledCopy(dir: string, spoil: (copy: string) => void) {
  const copy = join(mkdtempSync(join(tmpdir(), 'spoiled-bundle-')), 'releases', dir.split('/').at(-1)!);
  cpSync(dir, copy, { recursive: true });
  spoil(copy);
  return copy;
}

/** Every priority action the API serves for the current release, through its listings. */
async function servedActions(query = '') {
  const actions: unknown[] = [];
  for (const plan of ['2011-2015', '2016-2020', '2021-2025']) {
    const body = (await (await api.app.request(`/v1/plans/${plan}/actions?limit=1000${query}`)).json()) as {
      data: unknown[];
      meta: { release: string };
    };
    actions.push(...body.data);
  }
  return actions;
}

describe('the release loader', () => {
  it(
    'rejects a bundle whose plans.json breaks the schema, naming file, line and field, and ' + 'writes nothing',
    async () => {
      const before = await tableItems();
      const bad = spoiledCopy(nextDir, (copy) => {
        const text = readFileSync(join(copy, 'plans.json'), 'utf8');
        writeFileSync(
          join(copy, 'plans.json'),
          text.replace('"text_status": "as-printed"', '"text_status": "retyped"'),
        );
      });
      const line =
        readFileSync(join(bad, 'plans.json'), 'utf8')
          .split('\n')
          .findIndex((l) => l.includes('"retyped"')) + 1;
      const run = await runPublishScript(bad);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('data:publish failed, nothing written.');
      expect(run.stderr).toMatch(
        new RegExp(`plans\\.json:${line}: plans\\[0\\]\\.areas\\[0\\]\\.text_status: Invalid option`),
      );
      expect(await tableItems()).toEqual(before);
    },
  );

  it('rejects a bundle whose file does not match SHA256SUMS, naming the file and the line', async () => {
    const bad = spoiledCopy(nextDir, (copy) => writeFileSync(join(copy, 'actions.csv'), 'id\r\n'));
    expect(() => readReleaseBundle('/', bad.slice(1))).toThrow(
      /actions\.csv: SHA-256 is [0-9a-f]{64}, not [0-9a-f]{64} as SHA256SUMS line 3 lists/,
    );
  });

  it('refuses other content under the id of a release already loaded', async () => {
    const bundle = readReleaseBundle('/', api.releaseDir.slice(1));
    await expect(
      publishRelease(api.db.client(), api.db.table, { ...bundle, sha256sums: 'f'.repeat(64) }),
    ).rejects.toThrow(`release ${api.release} is already published with other content`);
  });

  it('loads the same release again without writing anything, not even the pointer', async () => {
    const before = await tableItems();
    const outcome = await publishRelease(api.db.client(), api.db.table, readBundleAt(api.releaseDir));
    expect(outcome).toEqual({ release: api.release, written: 0, alreadyLoaded: true });
    expect(await tableItems()).toEqual(before);
  });

  it(
    'leaves the previous release served intact when a load is killed halfway, and completes ' + 'when run again',
    async () => {
      const previous = await servedActions();
      const child = spawn(process.execPath, publishScript(nextDir), { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().startsWith('written ')) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((resolve) => child.once('exit', resolve));
      const partial = (await tableItems()).filter((item) => item.includes(`"${NEXT_RELEASE}#`));
      expect(partial.length).toBeGreaterThan(0);
      expect(partial.length).toBeLessThan(1000);

      expect(previous).toHaveLength(412);
      expect(await servedActions()).toEqual(previous);
      expect(((await (await api.app.request('/v1/health')).json()) as { data: { release: string } }).data.release).toBe(
        api.release,
      );
      expect((await api.app.request(`/v1/plans?release=${NEXT_RELEASE}`)).status).toBe(404);
      expect((await api.app.request(`/v1/releases/${NEXT_RELEASE}`)).status).toBe(404);

      const run = await runPublishScript(nextDir);
      expect(run.stdout).toContain(`Release ${NEXT_RELEASE} loaded`);
      expect(((await (await api.app.request('/v1/health')).json()) as { data: { release: string } }).data.release).toBe(
        NEXT_RELEASE,
      );
      expect(await servedActions()).toEqual(actionsOf(api.bundle.dataset.plans));
    },
  );

  it('keeps an older release readable, byte for byte, after a newer one is current', async () => {
    const pinned = `/v1/plans/2016-2020/actions.csv?release=${api.release}`;
    const body = await (await api.app.request(pinned)).text();
    await publishRelease(api.db.client(), api.db.table, readBundleAt(nextDir));
    expect((await (await api.app.request('/v1/plans')).json()) as { meta: { release: string } }).toMatchObject({
      meta: { release: NEXT_RELEASE },
    });
    expect(await (await api.app.request(pinned)).text()).toBe(body);
    const releases = (await (await api.app.request('/v1/releases')).json()) as { data: { id: string }[] };
    expect(releases.data.map((r) => r.id)).toEqual([NEXT_RELEASE, api.release]);
  });

  it('rolls back by making the older release current again, and refuses a release that is not loaded', async () => {
    const currentOf = async () =>
      ((await (await api.app.request('/v1/health')).json()) as { data: { release: string } }).data.release;
    await publishRelease(api.db.client(), api.db.table, readBundleAt(nextDir));
    expect(await currentOf()).toBe(NEXT_RELEASE);
    expect(await makeCurrent(api.db.client(), api.db.table, api.release)).toEqual({ previous: NEXT_RELEASE });
    expect(await currentOf()).toBe(api.release);
    const before = await tableItems();
    await expect(makeCurrent(api.db.client(), api.db.table, '2098-12-31')).rejects.toThrow(
      'release 2098-12-31 is not loaded completely',
    );
    expect(await tableItems()).toEqual(before);
    await makeCurrent(api.db.client(), api.db.table, NEXT_RELEASE);
  });
});
