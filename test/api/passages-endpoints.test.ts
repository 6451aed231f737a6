import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_IDS, type Dataset } from '../../schema/index.ts';
import { publishedApi, servedAndBundledCsv } from './api-fixture.ts';
import { documented } from './documented-response.ts';
import { expectProblem } from './problem-document.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
let dataset: Dataset;
beforeAll(async () => {
  api = await publishedApi();
  dataset = api.bundle.dataset;
});
afterAll(() => api.db.close());

const get = (path: string) => api.app.request(path);
const json = async (path: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as { data: any; meta: any };
};

describe("the API over the plans' framing text", () => {
  it.each(PLAN_IDS)('lists the passages of plan %s in printed order, each as plans.json holds it', async (plan) => {
    const body = documented('getPlanPassages', await json(`/v1/plans/${plan}/passages`));
    const passages = dataset.passages.filter((p) => p.plan === plan);
    expect(body.data).toEqual(passages);
    expect(body.meta).toMatchObject({ release: api.release, count: passages.length, total: passages.length });
  });

  it('serves every passage by its id, equal to the bundle', async () => {
    for (const passage of dataset.passages)
      expect(documented('getPassage', await json(`/v1/passages/${passage.id}`)).data, passage.id).toEqual(passage);
  });

  it('serves the 2021-2025 introduction paragraph with its footnote', async () => {
    const { data } = await json('/v1/passages/2021-2025-introduction-1');
    expect(data.text).toMatch(/^The world drug problem is a complex, dynamic, and multi-causal phenomenon/);
    expect((await json('/v1/passages/2021-2025-introduction-3')).data.footnotes).toEqual(['2021-2025-fn-1']);
  });

  it("serves a plan's passages as CSV with exactly the rows of the bundle's passages.csv", async () => {
    const response = await get('/v1/plans/2011-2015/passages.csv');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="plans-2011-2015-passages-${api.release}.csv"`,
    );
    const { served, bundled } = await servedAndBundledCsv(response, api.bundle, 'passages.csv', (row) =>
      row.startsWith('2011-2015-'),
    );
    expect(served).toEqual(bundled);
    expect(served.rows).toHaveLength(19);
  });

  it('answers a problem document with 404 for a passage or plan the release does not hold', async () => {
    for (const path of [
      '/v1/passages/2021-2025-introduction-99',
      '/v1/passages/2021-2025-preface-1',
      '/v1/plans/2030-2035/passages',
    ])
      await expectProblem(await get(path), 404);
  });
});
