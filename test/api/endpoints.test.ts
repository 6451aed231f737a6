import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, type Dataset } from '../../schema/index.ts';
import { publishedApi, servedAndBundledCsv } from './api-fixture.ts';
import { documented } from './documented-response.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
let dataset: Dataset;
beforeAll(async () => {
  api = await publishedApi();
  dataset = api.bundle.dataset;
});
afterAll(() => api.db.close());

const get = (path: string, headers: Record<string, string> = {}) => api.app.request(path, { headers });
const json = async (path: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as { data: any; meta: any };
};

describe('the API over the published release', () => {
  it('lists the three plans with their documents, as documented', async () => {
    const body = documented('getPlans', await json('/v1/plans'));
    expect(body.data.map((p: { id: string }) => p.id)).toEqual(['2011-2015', '2016-2020', '2021-2025']);
    expect(body.meta).toMatchObject({ release: api.release, pinned: false, count: 3, total: 3 });
  });

  it('serves a plan with its counts, document and areas by id', async () => {
    const { data } = documented('getPlan', await json('/v1/plans/2016-2020'));
    expect(data).toMatchObject({
      id: '2016-2020',
      counts: { areas: 5, objectives: 30, actions: 128 },
      document: { isbn: '978-0-8270-6623-6' },
    });
    expect(data.areas).toEqual(['2016-2020-is', '2016-2020-dr', '2016-2020-sr', '2016-2020-cm', '2016-2020-ic']);
  });

  it('serves a priority action with its exact text and provenance', async () => {
    const { data, meta } = documented('getAction', await json('/v1/actions/2016-2020-dr-4-3'));
    expect(data.text).toBe(
      'Conduct a situational diagnosis to identify the necessities for human resources ' +
        'training working in prevention, treatment, rehabilitation and social reintegration ' +
        'programs.',
    );
    expect(data.provenance).toEqual({ source: 'hpa-2016-2020', lines: [433, 435], ranges: [[433, 435]] });
    expect(meta.links).toEqual({
      self: '/v1/actions/2016-2020-dr-4-3',
      pinned: `/v1/actions/2016-2020-dr-4-3?release=${api.release}`,
      json: '/v1/actions/2016-2020-dr-4-3',
      csv: '/v1/actions/2016-2020-dr-4-3.csv',
      describedby: '/v1/openapi.json',
    });
  });

  it.each([
    ['getArea', '/v1/areas/2021-2025-ptr', '2021-2025-ptr'],
    ['getObjective', '/v1/objectives/2021-2025-ptr-1', '2021-2025-ptr-1'],
    ['getFootnote', '/v1/footnotes/2011-2015-fn-1', '2011-2015-fn-1'],
    ['getErratum', '/v1/errata/2021-2025-e001', '2021-2025-e001'],
  ])('%s serves %s as documented', async (operationId, path, id) => {
    expect(documented(operationId, await json(path)).data.id).toBe(id);
  });

  it(
    'serves every priority action of the release, each equal to the bundle beside its ' +
      'lineage and related commitments',
    async () => {
      for (const action of actionsOf(dataset.plans)) {
        const response = await get(`/v1/actions/${action.id}`);
        const { lineage, related, ...served } = ((await response.json()) as { data: Record<string, unknown> }).data;
        expect(served, action.id).toEqual(action);
        expect(lineage, action.id).toMatchObject({ action: action.id, plan: action.plan });
        expect(related, action.id).toEqual(dataset.related.filter((r) => r.action === action.id));
      }
    },
  );

  it("serves a plan's actions as CSV with exactly the rows and bytes of the bundle's actions.csv", async () => {
    const response = await get('/v1/plans/2021-2025/actions.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="plans-2021-2025-actions-${api.release}.csv"`,
    );
    const { served, bundled } = await servedAndBundledCsv(response, api.bundle, 'actions.csv', (row) =>
      row.includes(',2021-2025,'),
    );
    expect(served).toEqual(bundled);
    expect(served.rows).toHaveLength(142);
  });

  it('offers CSV by format=csv and by Accept, and an Excel variant with a byte-order mark', async () => {
    const byParameter = await (await get('/v1/objectives/2021-2025-ptr-1?format=csv')).text();
    const byAccept = await (await get('/v1/objectives/2021-2025-ptr-1', { Accept: 'text/csv' })).text();
    expect(byAccept).toBe(byParameter);
    expect(parse(byParameter, { columns: true })).toMatchObject([{ id: '2021-2025-ptr-1', action_count: '5' }]);
    const excel = await get('/v1/objectives/2021-2025-ptr-1.csv?excel=true');
    expect(Buffer.from(await excel.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(excel.headers.get('content-disposition')).toMatch(/-excel\.csv"$/);
  });

  it("narrows a plan's actions to an area or an objective, in printed order, with totals", async () => {
    const area = await json('/v1/plans/2011-2015/actions?area=2011-2015-cm');
    const expected = actionsOf(dataset.plans).filter((a) => a.area === '2011-2015-cm');
    expect(area.data.map((a: { id: string }) => a.id)).toEqual(expected.map((a) => a.id));
    expect(area.meta).toMatchObject({ count: expected.length, total: expected.length, next: null });
    const objective = await json('/v1/plans/2011-2015/actions?area=2011-2015-cm&objective=2011-2015-cm-2');
    expect(objective.data.map((a: { number: string }) => a.number).join('')).toBe(
      'abcdefghijklmnopqrstuvwxyz'.slice(0, objective.data.length),
    );
    expect(objective.data).toContainEqual(expect.objectContaining({ id: '2011-2015-cm-2-h' }));
  });

  it('walks every page of a listing by its next links, never losing or repeating an action', async () => {
    const seen: string[] = [];
    let path: string | null = '/v1/plans/2011-2015/actions?limit=10';
    let pages = 0;
    while (path) {
      const response = await get(path);
      const body = (await response.json()) as {
        data: { id: string }[];
        meta: { next: string | null; total: number; limit: number };
      };
      expect(body.meta.limit).toBe(10);
      expect(body.meta.total).toBe(142);
      expect(response.headers.get('link')).toBe(body.meta.next ? `<${body.meta.next}>; rel="next"` : null);
      if (body.meta.next) expect(body.meta.next).toContain(`release=${api.release}`);
      seen.push(...body.data.map((a) => a.id));
      path = body.meta.next;
      pages++;
    }
    expect(pages).toBe(15);
    expect(seen).toEqual(
      actionsOf(dataset.plans)
        .filter((a) => a.plan === '2011-2015')
        .map((a) => a.id),
    );
  });

  it('names a CSV page as a page in its file name, with the rows it holds, and the whole listing without', async () => {
    const names: string[] = [];
    const rows: string[] = [];
    let path: string | null = '/v1/plans/2011-2015/actions.csv?area=2011-2015-cm&limit=20';
    while (path) {
      const response = await get(path);
      names.push(/filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')![1]!);
      rows.push(...(parse(await response.text(), { columns: true }) as { id: string }[]).map((r) => r.id));
      path = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
    }
    const expected = actionsOf(dataset.plans).filter((a) => a.area === '2011-2015-cm');
    expect(rows).toEqual(expected.map((a) => a.id));
    const stem = `plans-2011-2015-actions-area-2011-2015-cm-${api.release}`;
    expect(names).toEqual(
      names.map((_, i) => `${stem}-rows-${i * 20 + 1}-${Math.min((i + 1) * 20, expected.length)}.csv`),
    );
    expect(names.length).toBeGreaterThan(1);
    const whole = await get('/v1/plans/2011-2015/actions.csv?area=2011-2015-cm&limit=1000&excel=true');
    expect(whole.headers.get('content-disposition')).toBe(`attachment; filename="${stem}-excel.csv"`);
  });

  it('pins a response to its release: immutable for caches, and marked pinned; others may be served stale on errors', async () => {
    const pinned = await get(`/v1/actions/2016-2020-dr-4-3?release=${api.release}`);
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(((await pinned.json()) as { meta: { pinned: boolean } }).meta.pinned).toBe(true);
    const current = await get('/v1/actions/2016-2020-dr-4-3');
    expect(current.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=60, stale-if-error=86400',
    );
    expect((await get('/v1/releases')).headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=60, stale-if-error=86400',
    );
  });

  it('lists the releases with their changelog, files and checksums', async () => {
    const { data, meta } = documented('getReleases', await json('/v1/releases'));
    expect(meta.release).toBe(api.release);
    expect(data[0]).toMatchObject({ id: api.release, counts: { plans: 3, passages: 28, actions: 412, errata: 23 } });
    expect(data[0].files.map((f: { name: string }) => f.name)).toContain('actions.csv');
    const { data: release } = documented('getRelease', await json(`/v1/releases/${api.release}`));
    expect(release.changelog.map((c: { id: string }) => c.id)).toEqual(dataset.release.changelog.map((c) => c.id));
    expect(release.files.find((f: { name: string }) => f.name === 'actions.csv').bytes).toBe(
      api.bundle.read('actions.csv').length,
    );
  });

  it('reports its health with the current release, never cached', async () => {
    const response = await get('/v1/health');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(documented('getHealth', await response.json()).data).toEqual({ status: 'ok', release: api.release });
  });

  it('answers If-None-Match with 304 for a strong ETag, and HEAD without a body', async () => {
    const first = await get('/v1/plans/2016-2020');
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/);
    const again = await get('/v1/plans/2016-2020', { 'If-None-Match': tag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    const head = await api.app.request('/v1/plans/2016-2020', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(tag);
    expect(await head.text()).toBe('');
  });

  it('opens reads to every origin, exposing Link and ETag, and answers preflights', async () => {
    const response = await get('/v1/plans', { Origin: 'https://example.org' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/Link.*ETag|ETag.*Link/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const preflight = await api.app.request('/v1/plans', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
    expect(preflight.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});
