import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../functions/app.ts';
import { API_ROUTES } from '../../functions/api-routes.ts';
import { recordPage } from '../../functions/html/record-page.ts';
import { dynamoReleaseStore } from '../../functions/storage/release-store.ts';
import { PORTAL_STYLESHEET, apiUrl, releaseFileUrl } from '../../schema/index.ts';
import { countingClient, publishedApi } from './api-fixture.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
beforeAll(async () => {
  api = await publishedApi({ demonstration: true });
});
afterAll(() => api.db.close());

/** What Chromium and Firefox send when they open a URL. */
const BROWSERS = {
  chromium:
    'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,' +
    'application/signed-exchange;v=b3;q=0.7',
  firefox: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
};
const ACTION = '2016-2020-dr-4-3';

const get = (path: string, accept?: string) =>
  api.app.request(path, accept === undefined ? {} : { headers: { Accept: accept } });
const pinned = (path: string) => `${path}?release=${api.release}`;
const page = async (path: string) => {
  const response = await get(path, BROWSERS.chromium);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
  return response.text();
};
/** The text of an HTML fragment as a reader sees it: tags out, entities and whitespace collapsed. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replace(/\s+/g, ' ')
    .trim();
/** The href of the link whose text is `label`. */
const linkTo = (html: string, label: string) =>
  new RegExp(`<a href="([^"]+)"[^>]*>${label}</a>`).exec(html)?.[1]?.replaceAll('&amp;', '&');

describe('which representation a request gets', () => {
  it.each(Object.entries(BROWSERS))(
    'answers %s, opening the pinned URL of a record, with an HTML page that varies on Accept and is immutable',
    async (_browser, accept) => {
      const response = await get(pinned(apiUrl.action(ACTION)), accept);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('vary')).toBe('Accept');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await response.text()).toMatch(/^<!doctype html>/);
    },
  );

  it.each([
    ['no Accept header (curl, scripts)', undefined],
    ['Accept: */* (curl, fetch)', '*/*'],
    ['Accept: application/json', 'application/json'],
    ['json and html alike, json first', 'application/json, text/html'],
  ])('keeps JSON for %s, byte for byte', async (_what, accept) => {
    const plain = await (await get(pinned(apiUrl.action(ACTION)))).text();
    const response = await get(pinned(apiUrl.action(ACTION)), accept);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe(plain);
    expect(JSON.parse(plain).data.id).toBe(ACTION);
  });

  it.each([
    ['a ".json" suffix', `${apiUrl.action(ACTION)}.json`, 'application/json; charset=utf-8'],
    ['format=json', `${apiUrl.action(ACTION)}?format=json`, 'application/json; charset=utf-8'],
    ['a ".csv" suffix', `${apiUrl.action(ACTION)}.csv`, 'text/csv; charset=utf-8; header=present'],
    ['format=csv', `${apiUrl.action(ACTION)}?format=csv`, 'text/csv; charset=utf-8; header=present'],
  ])('lets %s decide over a browser Accept header', async (_what, path, type) => {
    expect((await get(path, BROWSERS.firefox)).headers.get('content-type')).toBe(type);
  });

  it('gives CSV, not the page, to Accept: text/*, as before', async () => {
    expect((await get(apiUrl.action(ACTION), 'text/*')).headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('offers no page of a listing: a browser gets its JSON, and Accept: text/html alone a 406', async () => {
    expect((await get(apiUrl.plans(), BROWSERS.chromium)).headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
    const refused = await get(apiUrl.planActions('2021-2025'), 'text/html');
    expect(refused.status).toBe(406);
    expect(((await refused.json()) as { errors: { allowed: string[] }[] }).errors[0]!.allowed).toEqual([
      'application/json',
      'text/csv',
    ]);
  });

  it('keeps the page and the JSON of a record apart in its memory of rendered responses', async () => {
    const path = pinned(apiUrl.objective('2021-2025-ptr-1'));
    await page(path);
    expect((await get(path)).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await page(path)).toMatch(/^<!doctype html>/);
  });

  it('answers 304 to a browser that sends back the ETag of the page', async () => {
    const first = await get(pinned(apiUrl.action(ACTION)), BROWSERS.chromium);
    const again = await api.app.request(pinned(apiUrl.action(ACTION)), {
      headers: { Accept: BROWSERS.chromium, 'If-None-Match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('reads at most one item more than the JSON to name the document, even with a cold cache', async () => {
    const { client, counts, reset } = countingClient(api.db);
    const app = createApi(dynamoReleaseStore(client, api.db.table), { responseCacheBytes: 0 });
    for (const path of [
      apiUrl.action(ACTION),
      pinned(apiUrl.commitment('ungass-2016-1-a')),
      apiUrl.plan('2011-2015'),
    ]) {
      reset();
      expect((await app.request(path, { headers: { Accept: BROWSERS.chromium } })).status).toBe(200);
      expect(
        Object.keys(counts).every((command) => command === 'GetItem'),
        JSON.stringify(counts),
      ).toBe(true);
      expect(
        Object.values(counts).reduce((a, b) => a + b, 0),
        path,
      ).toBeLessThanOrEqual(3);
    }
  });
});

describe('the page of a priority action pinned to a release', () => {
  let html: string;
  beforeAll(async () => {
    html = await page(pinned(apiUrl.action(ACTION)));
  });

  it('is an English page titled by the record and its release, with one h1', () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(
      `<title>Priority action ${ACTION} · release ${api.release} · Hemispheric Drug Policy Portal</title>`,
    );
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain(`<h1>Priority action ${ACTION}</h1>`);
    expect(visible(html)).toContain(`As published in release ${api.release}: this URL always shows this release.`);
  });

  it('gives the text as printed, then the document and the lines it comes from', () => {
    const action = api.bundle.dataset.plans[1]!.areas[1]!.objectives[3]!.actions[2]!;
    expect(action.id).toBe(ACTION);
    expect(html).toContain(`<blockquote class="record-text" lang="en"><p>${action.text}</p></blockquote>`);
    const provenance = visible(html.slice(html.indexOf('provenance-heading'), html.indexOf('fields-heading')));
    expect(provenance).toContain(
      'Document Hemispheric Plan of Action on Drugs, 2016-2020 Symbol OEA/Ser.L/XIV.2.60 CICAD/doc.2255/16 Rev. ' +
        'Issued by Inter-American Drug Abuse Control Commission (CICAD), Organization of American States ' +
        'Adopted 2016-11 Source text lines 433-435 of hpa-2016-2020 Text as-printed',
    );
    expect(linkTo(html, 'Hemispheric Plan of Action on Drugs, 2016-2020')).toBe(pinned(apiUrl.plan('2016-2020')));
  });

  it('lists every field of the record, nested ones too', () => {
    const fields = visible(html.slice(html.indexOf('fields-heading'), html.indexOf('links-heading')));
    for (const name of [
      'id',
      'plan',
      'area',
      'objective',
      'ordinal',
      'number',
      'text_status',
      'footnotes',
      'errata',
      'lineage',
      'related',
    ]) {
      expect(fields).toContain(` ${name} `);
    }
    expect(fields).toContain('status_to_next revised');
    expect(fields).toContain('2016-2020-dr-4-3 2021-2025-ptr-4-3 revised 0.4115 computed');
  });

  it('links to the same record as JSON and CSV, pinned to the release, and to its page in the portal', async () => {
    const json = linkTo(html, 'JSON')!;
    expect(json).toBe(`${apiUrl.action(ACTION)}?release=${api.release}&format=json`);
    const data = (await (await get(json, BROWSERS.chromium)).json()) as {
      data: { id: string };
      meta: { pinned: boolean };
    };
    expect(data).toMatchObject({ data: { id: ACTION }, meta: { pinned: true } });
    const csv = linkTo(html, 'CSV')!;
    expect(csv).toBe(`${apiUrl.action(ACTION)}.csv?release=${api.release}`);
    expect(parse(await (await get(csv, BROWSERS.chromium)).text(), { columns: true })).toMatchObject([{ id: ACTION }]);
    expect(linkTo(html, 'This priority action on the portal \\(its current release\\)')).toBe(`/actions/${ACTION}/`);
    expect(html).toContain(`<link rel="alternate" type="application/json" href="${json.replace('&', '&amp;')}" />`);
  });

  it('needs nothing the Content-Security-Policy refuses: no script, no inline style, one stylesheet of the origin', () => {
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son\w+=|javascript:/i);
    expect([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])).toEqual([PORTAL_STYLESHEET]);
  });
});

describe('the page of each kind of record, and of a release', () => {
  const one = (kind: string) => API_ROUTES.find((route) => route.path.startsWith(`/v1/${kind}/{`) && route.html)!;

  it('is documented in the OpenAPI document as text/html on those routes and no other', async () => {
    const { paths } = (await (await get('/v1/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: { '200': { content: Record<string, { schema: object }> } } } }>;
    };
    const documented = Object.entries(paths)
      .filter(([, path]) => 'text/html' in path.get.responses['200'].content)
      .map(([name]) => name);
    expect(documented).toEqual(API_ROUTES.filter((route) => route.html).map((route) => route.path));
    expect(paths['/v1/actions/{id}']!.get.responses['200'].content['text/html']!.schema).toMatchObject({
      type: 'string',
      description: expect.stringContaining('Accept header prefers text/html'),
    });
  });

  it('is offered by every one-record route and by the release, and by no listing', () => {
    const withPages = API_ROUTES.filter((route) => route.html).map((route) => route.path);
    expect(withPages).toEqual([
      '/v1/plans/{plan}',
      '/v1/passages/{id}',
      '/v1/areas/{id}',
      '/v1/objectives/{id}',
      '/v1/actions/{id}',
      '/v1/footnotes/{id}',
      '/v1/errata/{id}',
      '/v1/rounds/{round}',
      '/v1/countries/{iso3}',
      '/v1/results/{id}',
      '/v1/documents/{id}',
      '/v1/commitments/{id}',
      '/v1/releases/{release}',
    ]);
    expect(one('actions').html!.noun).toBe('priority action');
  });

  it.each([
    [apiUrl.plan('2021-2025'), 'Plan 2021-2025', 'Hemispheric Plan of Action on Drugs 2021-2025', '/plans/2021-2025/'],
    [
      apiUrl.area('2021-2025-ptr'),
      'Area 2021-2025-ptr',
      'Measures of Prevention, Treatment, and Recovery Support',
      '/areas/2021-2025-ptr/',
    ],
    [apiUrl.footnote('2021-2025-fn-1'), 'Footnote 2021-2025-fn-1', 'Community includes ethnicity.', null],
    [apiUrl.erratum('2021-2025-e001'), 'Erratum 2021-2025-e001', 'at-risk populations', null],
    [apiUrl.round(8), 'Round 8', 'Hemispheric Plan of Action on Drugs 2021-2025', '/rounds/8/'],
    [apiUrl.country('XAA'), 'Country XAA', 'Demonstration State A', '/countries/XAA/'],
    [apiUrl.document('ungass-2016'), 'Document ungass-2016', 'Our joint commitment', '/documents/ungass-2016/'],
    [
      apiUrl.commitment('ungass-2016-1-a'),
      'Commitment ungass-2016-1-a',
      'Take effective and practical primary prevention',
      '/commitments/ungass-2016-1-a/',
    ],
  ])('shows %s under the heading "%s", with its words and its portal page', async (path, heading, words, portal) => {
    const html = await page(pinned(path));
    expect(html).toContain(`<h1>${heading}</h1>`);
    expect(visible(html)).toContain(words);
    const noun = heading.split(' ')[0]!.toLowerCase();
    expect(linkTo(html, `This ${noun} on the portal \\(its current release\\)`) ?? null).toBe(portal);
  });

  it('names each range of lines of a record printed in pieces', async () => {
    const html = await page(pinned(apiUrl.commitment('cnd-2019-p9')));
    expect(visible(html)).toContain('Source text lines 76, 92 of unodc-commitments');
  });

  it("shows a footnote's marker where the text prints it, linking to the footnote in the same release", async () => {
    const html = await page(pinned(apiUrl.action('2021-2025-is-2-6')));
    const footnote = pinned(apiUrl.footnote('2021-2025-fn-3'));
    expect(html).toContain(
      `particularly with respect to at-risk populations<sup class="footnote-ref"><a href="${footnote}" ` +
        'aria-label="Footnote 3">3</a></sup>, in the process of formulating',
    );
    expect(visible(await page(footnote))).toContain('At-risk populations may include');
  });

  it("links a commitment's marker to its footnote beside the commitment on the portal", async () => {
    const html = await page(pinned(apiUrl.commitment('cnd-2019-p3')));
    expect(html).toContain(
      'the Universal Declaration of Human Rights,<sup class="footnote-ref"><a href="/commitments/cnd-2019-p3/' +
        '#cnd-2019-fn-2" aria-label="Footnote 2">2</a></sup> with full respect',
    );
  });

  it('shows a MEM result of the demonstration build, labelled synthetic', async () => {
    const result = api.bundle.dataset.results[0]!;
    const html = await page(pinned(apiUrl.result(result.id)));
    expect(html).toContain(`<h1>Result ${result.id}</h1>`);
    expect(visible(html)).toContain('data_status synthetic');
  });

  it('shows a release with its summary, and links to each of its files', async () => {
    const html = await page(apiUrl.release(api.release));
    expect(html).toContain(`<title>Release ${api.release} · Hemispheric Drug Policy Portal</title>`);
    expect(visible(html)).toContain(`As published in release ${api.release}: this URL always shows this release.`);
    const { data } = (await (await get(`${apiUrl.release(api.release)}?format=json`)).json()) as {
      data: { files: { name: string }[] };
    };
    expect(data.files.length).toBeGreaterThan(10);
    for (const { name } of data.files) {
      expect(linkTo(html, `Download ${name.replaceAll('.', '\\.')}`)).toBe(releaseFileUrl(api.release, name));
    }
  });

  it('gives the pinned URL to cite when the request reads the current release', async () => {
    const html = await page(apiUrl.action(ACTION));
    expect(visible(html)).toContain(`As published in the current release, ${api.release}. To cite it, use the URL`);
    expect(linkTo(html, `/v1/actions/${ACTION}\\?release=${api.release.replaceAll('.', '\\.')}`)).toBe(
      pinned(apiUrl.action(ACTION)),
    );
  });
});

describe('recordPage', () => {
  it('escapes what a record holds, so that no text becomes markup', async () => {
    const html = await recordPage(
      { noun: 'footnote', idOf: (record) => String(record.id), elsewhere: () => [] },
      {
        record: { id: '<b>x</b>', text: '<script>alert(1)</script> & "quotes"', note: 'javascript:alert(1)' },
        release: '2026-11-22.2',
        pinned: true,
        document: null,
        links: { json: '/v1/x?format=json', csv: null, pinned: '/v1/x' },
      },
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain('href="javascript:');
  });
});
