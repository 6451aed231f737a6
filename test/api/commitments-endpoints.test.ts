import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMMITMENT_DOCUMENT_IDS,
  actionTable,
  actionsOf,
  commitmentTable,
  documentRecordsOf,
  documentTable,
  type Commitment,
  type Dataset,
} from '../../schema/index.ts';
import { publishedApi } from './api-fixture.ts';
import { documented } from './documented-response.ts';
import { expectProblem } from './problem-document.ts';

type Api = Awaited<ReturnType<typeof publishedApi>>;
type Body = { data: any; meta: any };

let api: Api;
let dataset: Dataset;
beforeAll(async () => {
  api = await publishedApi();
  dataset = api.bundle.dataset;
});
afterAll(() => api.db.close());

const json = async (path: string): Promise<Body> => {
  const response = await api.app.request(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as Body;
};

/** Every page of a listing, from `path` by its next links. */
async function everyPage(path: string) {
  const pages: Body[] = [];
  for (let next: string | null = path; next !== null; next = pages.at(-1)!.meta.next)
    pages.push(documented('getCommitments', await json(next)));
  return { pages, data: pages.flatMap((page) => page.data) as Commitment[] };
}

const ids = (records: ReadonlyArray<{ id: string }>) => records.map((r) => r.id);
const query = (filters: Record<string, string>) => new URLSearchParams(filters).toString();
const csvHeader = async (path: string) => (await (await api.app.request(path)).text()).split('\r\n')[0];

describe('the commitments endpoints', () => {
  it(
    'lists the five documents in the order of their sources, each with its count and ' + 'headings, as documented',
    async () => {
      const { data, meta } = documented('getDocuments', await json('/v1/documents'));
      expect(ids(data)).toEqual([...COMMITMENT_DOCUMENT_IDS]);
      expect(data).toEqual(documentRecordsOf(dataset));
      expect(meta).toMatchObject({ release: api.release, count: 5, total: 5, limit: null, next: null });
      for (const document of data)
        expect(document.commitment_count, document.id).toBe(
          dataset.commitments.filter((c) => c.document === document.id).length,
        );
    },
  );

  it('serves a document and a commitment, each equal to the dataset and as documented', async () => {
    const ungass = documented('getDocument', await json('/v1/documents/ungass-2016')).data;
    expect(ungass).toEqual(documentRecordsOf(dataset).find((d) => d.id === 'ungass-2016'));
    expect(ungass.sections).toContain('Prevention of drug abuse');
    const commitment = documented('getCommitment', await json('/v1/commitments/ungass-2016-1-a')).data;
    expect(commitment).toEqual(dataset.commitments.find((c) => c.id === 'ungass-2016-1-a'));
    expect(commitment).toMatchObject({ document: 'ungass-2016', number: '1 (a)' });
  });

  it('walks all 662 commitments page by page, in the order of the dataset, never losing or repeating one', async () => {
    const { pages, data } = await everyPage('/v1/commitments?limit=100');
    expect(data).toHaveLength(662);
    expect(data).toEqual(dataset.commitments);
    expect(pages).toHaveLength(7);
    for (const page of pages) expect(page.meta).toMatchObject({ total: 662, limit: 100 });
    for (const page of pages.slice(0, -1)) expect(page.meta.next).toContain(`release=${api.release}`);
  });

  it.each(COMMITMENT_DOCUMENT_IDS)(
    'lists the commitments of %s exactly as the dataset holds them, with their total',
    async (document) => {
      const expected = dataset.commitments.filter((c) => c.document === document);
      const { pages, data } = await everyPage(`/v1/commitments?document=${document}&limit=1000`);
      expect(ids(data)).toEqual(ids(expected));
      expect(pages[0]!.meta.total).toBe(expected.length);
    },
  );

  it(
    'narrows by section alone and within a document exactly as filtering the dataset does, ' + 'for every heading',
    async () => {
      const headings = new Set(
        dataset.commitments.flatMap((c) => (c.section === null ? [] : [`${c.document}\n${c.section}`])),
      );
      expect(headings.size).toBeGreaterThan(50);
      for (const heading of headings) {
        const [document, section] = heading.split('\n') as [string, string];
        const inDocument = dataset.commitments.filter((c) => c.document === document && c.section === section);
        const { data, pages } = await everyPage(`/v1/commitments?${query({ document, section })}`);
        expect(ids(data), heading).toEqual(ids(inDocument));
        expect(pages[0]!.meta.total).toBe(inDocument.length);
        const alone = await everyPage(`/v1/commitments?${query({ section })}`);
        expect(ids(alone.data), section).toEqual(ids(dataset.commitments.filter((c) => c.section === section)));
      }
    },
  );

  it('pages a section with a cursor bound to its listing', async () => {
    const section = 'Challenges and priorities for action';
    const expected = dataset.commitments.filter((c) => c.document === 'jms-2014' && c.section === section);
    const { pages, data } = await everyPage(`/v1/commitments?${query({ document: 'jms-2014', section, limit: '4' })}`);
    expect(ids(data)).toEqual(ids(expected));
    expect(pages).toHaveLength(Math.ceil(expected.length / 4));
  });

  it('serves documents and commitments as CSV with the columns of their tables', async () => {
    expect(await csvHeader('/v1/documents.csv')).toBe(documentTable.columns.map((c) => c.name).join(','));
    expect(await csvHeader('/v1/documents/pd-2009.csv')).toBe(documentTable.columns.map((c) => c.name).join(','));
    expect(await csvHeader('/v1/commitments/jms-2014-12.csv')).toBe(
      commitmentTable.columns.map((c) => c.name).join(','),
    );
    const response = await api.app.request('/v1/commitments.csv?document=cnd-2019&limit=1000');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="commitments-document-cnd-2019-${api.release}.csv"`,
    );
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe(commitmentTable.columns.map((c) => c.name).join(','));
    expect((parse(text, { columns: true }) as Record<string, string>[]).map((row) => row.id)).toEqual(
      ids(dataset.commitments.filter((c) => c.document === 'cnd-2019')),
    );
    expect(parse(await (await api.app.request('/v1/documents.csv')).text(), { columns: true })).toEqual(
      api.bundle.csv('documents.csv'),
    );
  });

  it('pins responses to the release', async () => {
    const pinned = await api.app.request(`/v1/commitments/ungass-2016-1-a?release=${api.release}`);
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(((await pinned.json()) as Body).meta).toMatchObject({
      pinned: true,
      release: api.release,
      links: { pinned: `/v1/commitments/ungass-2016-1-a?release=${api.release}` },
    });
  });
});

describe('a priority action with its lineage and related commitments', () => {
  it('keeps every field of the action, and adds its lineage and related commitments, as documented', async () => {
    const { data } = documented('getAction', await json('/v1/actions/2016-2020-is-1-1'));
    const { lineage, related, ...action } = data;
    expect(action).toEqual(actionsOf(dataset.plans).find((a) => a.id === '2016-2020-is-1-1'));
    expect(lineage).toMatchObject({
      action: '2016-2020-is-1-1',
      plan: '2016-2020',
      status_to_next: 'unchanged',
      successors: ['2021-2025-is-1-1'],
    });
    expect(lineage.links).toContainEqual({
      from: '2016-2020-is-1-1',
      to: '2021-2025-is-1-1',
      relation: 'unchanged',
      score: 1,
      basis: 'computed',
      reason: null,
    });
    expect(lineage.links).toEqual(
      dataset.lineage.links.filter((l) => l.to === '2016-2020-is-1-1' || l.from === '2016-2020-is-1-1'),
    );
    expect(related).toEqual(dataset.related.filter((r) => r.action === '2016-2020-is-1-1'));
  });

  it('says an action of 2021-2025 without counterpart in 2016-2020 is new', async () => {
    const { lineage } = documented('getAction', await json('/v1/actions/2021-2025-cc-2-4')).data;
    expect(lineage).toEqual({
      action: '2021-2025-cc-2-4',
      plan: '2021-2025',
      status_from_previous: 'new',
      predecessors: [],
      status_to_next: null,
      successors: [],
      links: [],
    });
  });

  it('gives each action the related commitments of the dataset, every one computed by text similarity', async () => {
    const withRelated = [...new Set(dataset.related.map((r) => r.action))];
    expect(withRelated.length).toBeGreaterThan(100);
    for (const action of withRelated.slice(0, 40)) {
      const { related } = (await json(`/v1/actions/${action}`)).data;
      expect(related, action).toEqual(dataset.related.filter((r) => r.action === action));
      expect(related.every((r: { basis: string }) => r.basis === 'text-similarity')).toBe(true);
    }
    expect((await json('/v1/actions/2021-2025-cc-2-4')).data.related).toEqual(
      dataset.related.filter((r) => r.action === '2021-2025-cc-2-4'),
    );
  });

  it('keeps the columns of actions.csv in its CSV, and plain actions in the plan listings', async () => {
    expect(await csvHeader('/v1/actions/2016-2020-is-1-1.csv')).toBe(actionTable.columns.map((c) => c.name).join(','));
    const listed = documented(
      'getPlanActions',
      await json('/v1/plans/2016-2020/actions?objective=2016-2020-is-1'),
    ).data;
    expect(listed).toEqual(actionsOf(dataset.plans).filter((a) => a.objective === '2016-2020-is-1'));
  });
});

describe('refusals of the commitments endpoints', () => {
  const problem = async (path: string, status: number) => expectProblem(await api.app.request(path), status);

  it.each([
    [
      '/v1/documents/un-1961',
      'id',
      'must be one of cnd-2019, ungass-2016, jms-2014, pd-2009, soa-security; received "un-1961".',
    ],
    [
      '/v1/commitments/UNGASS-2016-1-A',
      'id',
      expect.stringContaining('must be a commitment id such as ungass-2016-1-a'),
    ],
  ])('404 for the malformed %s, saying what the segment accepts', async (path, name, detail) => {
    expect((await problem(path, 404)).errors).toEqual([{ in: 'path', name, detail }]);
  });

  it('404 for a commitment the release does not have', async () => {
    const body = await problem('/v1/commitments/ungass-2016-99-z', 404);
    expect(body.detail).toBe(`Release ${api.release} has no commitment ungass-2016-99-z.`);
    expect(body.errors).toEqual([{ in: 'path', name: 'id', detail: `names no commitment in release ${api.release}.` }]);
  });

  it('400 for an unknown document, listing the documents', async () => {
    expect((await problem('/v1/commitments?document=un-1961', 400)).errors).toEqual([
      {
        in: 'query',
        name: 'document',
        detail: 'must be one of cnd-2019, ungass-2016, jms-2014, pd-2009, soa-security; received "un-1961".',
        allowed: [...COMMITMENT_DOCUMENT_IDS],
      },
    ]);
  });

  it('400 for an empty or overlong section, and for a heading the release or the document does not have', async () => {
    expect((await problem('/v1/commitments?section=', 400)).errors?.[0]?.name).toBe('section');
    expect((await problem(`/v1/commitments?section=${'a'.repeat(501)}`, 400)).errors?.[0]?.name).toBe('section');
    expect((await problem('/v1/commitments?section=Nowhere', 400)).errors).toEqual([
      {
        in: 'query',
        name: 'section',
        detail:
          `names no section heading of release ${api.release}; give it exactly as a commitment's ` +
          `\`section\` prints it.`,
      },
    ]);
    expect(
      (await problem(`/v1/commitments?${query({ document: 'cnd-2019', section: 'Prevention of drug abuse' })}`, 400))
        .errors,
    ).toEqual([
      {
        in: 'query',
        name: 'section',
        detail:
          `names no section heading of document cnd-2019 in release ${api.release}; ` +
          `/v1/documents/cnd-2019 lists its headings.`,
      },
    ]);
  });

  it('400 for a cursor issued for another listing', async () => {
    const first = await json('/v1/commitments?document=pd-2009&limit=5');
    const cursor = new URL(first.meta.next, 'http://x').searchParams.get('cursor')!;
    expect((await problem(`/v1/commitments?document=jms-2014&limit=5&cursor=${cursor}`, 400)).errors?.[0]?.name).toBe(
      'cursor',
    );
  });
});
