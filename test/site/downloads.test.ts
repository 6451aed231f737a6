import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePortal, type RunningPortal } from '../../functions/local/serve-portal.ts';
import { BUNDLE_TABLES, UTF8_BOM } from '../../schema/index.ts';
import { builtLinks, builtPage, builtPagePaths, checkEachLink, SITE_DIR } from './built-site.ts';

type Rows = string[][];
const rowsOf = (csv: string): Rows => parse(csv, { bom: true, relax_column_count: false });

let portal: RunningPortal;
const bundle = new Map<string, Rows>();
/** Every CSV link (CSV or CSV for Excel) of every built page. */
const links = builtLinks(({ href, tag }) => /\.csv(\?|$)/.test(href) || /\btype="text\/csv"/.test(tag));

const get = async (path: string) => {
  const response = await fetch(`${portal.origin}${path}`);
  expect(response.status, path).toBe(200);
  return response;
};

/** The bundle's table, from the release the portal serves. */
async function bundleTable(name: string): Promise<Rows> {
  if (!bundle.has(name)) bundle.set(name, rowsOf(await (await get(`/releases/${portal.release}/${name}.csv`)).text()));
  return bundle.get(name)!;
}

/** Every row of an API listing, page after page by its Link header. */
async function everyPage(path: string): Promise<Rows> {
  const rows: Rows = [];
  for (let next: string | null = path; next;) {
    const response = await get(next);
    const [header, ...page] = rowsOf(await response.text());
    if (rows.length === 0) rows.push(header!);
    rows.push(...page);
    next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
  }
  return rows;
}

/** The bundle table a download's name starts with, its selecting column and value: 'results-round-8'. */
const DOWNLOAD_NAME = /^\/downloads\/(actions|commitments|results|round-summary|country-summary)-([a-z_]+)-(.+?)\.csv$/;

describe('every download link of the built portal yields the complete set it names', () => {
  beforeAll(async () => {
    portal = await servePortal({ siteDir: SITE_DIR, demonstration: true });
  }, 120_000);
  afterAll(() => portal?.close());

  it('links complete downloads for every listing, and CSV from the API only for single records', () => {
    const kinds = new Set(links.map(({ href }) => href.split('/')[1]));
    expect(kinds).toEqual(new Set(['downloads', 'v1', 'releases']));
    const listings = links.filter(({ href }) => href.startsWith('/v1/') && !/^\/v1\/[a-z]+\/[^/?]+\.csv/.test(href));
    expect(listings.map((l) => l.href)).toEqual(['/v1/documents.csv', '/v1/documents.csv?excel=true']);
    expect(links.filter(({ href }) => href.startsWith('/downloads/')).length).toBeGreaterThan(500);
  });

  it('a complete download holds exactly the rows of the bundle that its name selects, Excel the same bytes', async () => {
    const downloads = links.filter(({ href }) => href.startsWith('/downloads/') && !href.endsWith('-excel.csv'));
    await checkEachLink(downloads, async ({ href }) => {
      const [, table, column, value] = DOWNLOAD_NAME.exec(href) ?? [];
      if (!table) throw new Error('is not named {table}-{column}-{value}.csv');
      const text = await (await get(href)).text();
      // Response.text() drops a byte-order mark: read the bytes.
      const excel = Buffer.from(await (await get(href.replace(/\.csv$/, '-excel.csv'))).arrayBuffer());
      expect(excel.toString('utf8')).toBe(UTF8_BOM + text);
      const [header, ...rows] = rowsOf(text);
      if (table === 'round-summary' || table === 'country-summary') {
        const api =
          table === 'round-summary' ? `/v1/rounds/${value}/summary.csv` : `/v1/countries/${value}/summary.csv`;
        expect([header, ...rows]).toEqual(await everyPage(api));
        return;
      }
      const [bundleHeader, ...bundleRows] = await bundleTable(table!);
      const at = bundleHeader!.indexOf(column!);
      const expected = bundleRows.filter((row) => row[at] === value);
      expect(expected.length).toBeGreaterThan(0);
      if (table !== 'actions') {
        expect([header, ...rows]).toEqual([bundleHeader, ...expected]);
        return;
      }
      // Actions come with their area's name and their objective's number and text beside the bundle's columns.
      const own = (row: string[], name: string) => row[header!.indexOf(name)];
      expect(rows.map((row) => bundleHeader!.map((name) => own(row, name)))).toEqual(expected);
      const [areaHeader, ...areas] = await bundleTable('areas');
      const [objectiveHeader, ...objectives] = await bundleTable('objectives');
      const areaName = new Map(areas.map((a) => [a[0], a[areaHeader!.indexOf('name')]]));
      const objective = new Map(objectives.map((o) => [o[0], o]));
      for (const row of rows) {
        const of = objective.get(own(row, 'objective')!)!;
        expect(own(row, 'area_name')).toBe(areaName.get(own(row, 'area')!));
        expect([own(row, 'objective_number'), own(row, 'objective_text')]).toEqual([
          of[objectiveHeader!.indexOf('number')],
          of[objectiveHeader!.indexOf('text')],
        ]);
        const number = own(row, 'number')!;
        expect(own(row, 'printed_number')).toBe(
          /^[a-z]+$/.test(number) ? `${number})` : `${of[objectiveHeader!.indexOf('number')]}.${number}`,
        );
      }
    });
  }, 300_000);

  it('a CSV from the API is complete: no next page, every row a row of the bundle table with its columns', async () => {
    const headers = new Map<string, string>();
    for (const { name } of BUNDLE_TABLES) headers.set((await bundleTable(name))[0]!.join(','), name);
    const api = links.filter(({ href }) => href.startsWith('/v1/'));
    await checkEachLink(api, async ({ href }) => {
      const response = await get(href);
      expect(response.headers.get('link')).toBeNull();
      const [header, ...rows] = rowsOf(await response.text());
      const table = headers.get(header!.join(','));
      if (!table) throw new Error(`has columns of no bundle table: ${header!.join(',')}`);
      const bundleRows = new Set((await bundleTable(table)).map((row) => JSON.stringify(row)));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((row) => !bundleRows.has(JSON.stringify(row)))).toEqual([]);
    });
  }, 300_000);

  it('a bundle file link serves the release file itself', async () => {
    await checkEachLink(
      links.filter(({ href }) => href.startsWith('/releases/')),
      async ({ href }) => {
        const name = href
          .split('/')
          .at(-1)!
          .replace(/\.csv$/, '');
        const rows = rowsOf(await (await get(href.replace('/latest/', `/${portal.release}/`))).text());
        expect(rows).toEqual(await bundleTable(name.replace(/-excel$/, '')));
      },
    );
  });

  it('says beside a listing that its JSON comes a page at a time, and how to follow it', () => {
    const pages = builtPagePaths().filter((page) => builtPage(page).includes('href="/downloads/'));
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const html = builtPage(page);
      const english = !page.startsWith('/es/');
      expect(html, page).toContain(english ? 'comes a page at a time' : 'llega por páginas');
    }
  });
});
