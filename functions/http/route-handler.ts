import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { UTF8_BOM, apiUrl, apiLink, cellsToCsv, type InputProblem, type ResponseMeta } from '../../schema/index.ts';
import type { CachePolicy, Route } from './route.ts';
import { DEFAULT_LIMIT, parametersOf } from './common-parameters.ts';
import { csvFileName } from './csv-file-name.ts';
import { continueAfter, type Cursors } from './cursor.ts';
import { chooseFormat, splitFormatSuffix, type Format, type NamedFormat } from './format.ts';
import { printedDocumentOf } from '../html/printed-document.ts';
import { recordPage, type RecordFields } from '../html/record-page.ts';
import { problems, quotedInput } from './problems.ts';
import { readQuery } from './query-parameters.ts';
import type { ReleaseResolver } from './release-resolver.ts';
import type { RenderedResponse, ResponseCache } from './response-cache.ts';
import type { ReleaseStore } from '../storage/release-store.ts';

// While the API fails (a 5xx) or is slow to revalidate, CloudFront may keep serving a response it
// already holds for up to a day: a response of the current release changes only when a release does.
const STALE = 'stale-while-revalidate=60, stale-if-error=86400';
const CACHE_CONTROL: Record<CachePolicy, (pinned: boolean) => string> = {
  'per-release': (pinned) => (pinned ? 'public, max-age=31536000, immutable' : `public, max-age=60, ${STALE}`),
  immutable: () => 'public, max-age=31536000, immutable',
  short: () => `public, max-age=60, ${STALE}`,
  none: () => 'no-store',
};

/** What a route's handler shares with the others of its API instance. */
export interface HandlerDependencies {
  readonly store: ReleaseStore;
  readonly resolver: ReleaseResolver;
  readonly cache: ResponseCache;
  readonly cursors: Cursors;
}

/**
 * The Hono handler of one route: validates the request, reads, and answers in the chosen
 * representation. Responses of release data are rendered once per instance and kept in `cache`.
 */
export function routeHandler(route: Route, { store, resolver, cache, cursors }: HandlerDependencies) {
  const accepted = parametersOf(route);
  return async (c: Context) => {
    const url = new URL(c.req.url);
    const { path, suffix } = splitFormatSuffix(url.pathname);
    const params = validPathParameters(route, c.req.param());
    const query = readQuery(url.searchParams, accepted);
    const offered: Format[] = [
      'json',
      ...(route.table ? ['csv' as const] : []),
      ...(route.html ? ['html' as const] : []),
    ];
    const format = chooseFormat(suffix, query.format as NamedFormat | undefined, c.req.header('Accept'), offered);
    const excel = query.excel === 'true';
    if (query.excel !== undefined && format !== 'csv') {
      throw problems.badInput([
        { in: 'query', name: 'excel', detail: 'applies to CSV only; add ".csv" to the path or format=csv.' },
      ]);
    }
    const pinned = route.pinnable && query.release !== undefined;
    let release: string | null = null;
    if (route.pinnable) {
      if (query.release === undefined) release = await resolver.current();
      else await resolver.pinned((release = query.release));
    }
    const self = `${url.pathname}${url.search}`;
    const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
    const place = query.cursor === undefined ? undefined : await cursors.read(query.cursor);
    const position = place?.position ?? 0;
    const cacheKey =
      route.cache === 'per-release' && release !== null
        ? cache.key(release, `${format}${excel ? '-excel' : ''}`, self)
        : null;
    const cached = cacheKey === null ? undefined : cache.get(cacheKey);
    if (cached) return send(c, cached);
    const reply = await route.handle({
      store,
      resolver,
      release,
      params,
      query,
      limit,
      after: (listing) => (place === undefined ? undefined : continueAfter(place, listing)),
    });
    const readRelease = reply.kind === 'document' ? null : (reply.release ?? release);
    // An HTML page names no format: its links, like its own URL, are the path as it is.
    const linked: NamedFormat = format === 'html' ? 'json' : format;
    const linkTo = (variant: NamedFormat, extra: Record<string, string | undefined>) =>
      apiLink(path, {
        format: variant === 'json' ? 'json' : excel ? 'excel' : 'csv',
        query: { ...query, format: undefined, excel: undefined, ...extra },
      });
    const pinnedLink = route.pinnable
      ? linkTo(linked, { release: readRelease ?? undefined })
      : route.cache === 'immutable'
        ? self
        : null;
    const next =
      reply.kind === 'page' && reply.next
        ? linkTo(linked, {
            release: route.pinnable ? (readRelease ?? undefined) : undefined,
            cursor: await cursors.issue({ ...reply.next, position: position + reply.items.length }),
          })
        : null;

    const headers: Record<string, string> = {
      'Cache-Control': CACHE_CONTROL[route.cache](pinned),
      Vary: 'Accept',
      ...(next ? { Link: `<${next}>; rel="next"` } : {}),
    };
    const rendered = (body: string, more: Record<string, string>): RenderedResponse => {
      // The strong ETag is computed once here; the etag middleware then only compares it.
      const response = {
        body,
        headers: { ...headers, ...more, ETag: `"${createHash('sha1').update(body).digest('hex')}"` },
      };
      if (cacheKey !== null) cache.set(cacheKey, response);
      return response;
    };
    if (reply.kind === 'document')
      return send(c, rendered(JSON.stringify(reply.body), { 'Content-Type': 'application/json; charset=utf-8' }));
    if (format === 'html') {
      if (reply.kind !== 'record') throw new Error(`${route.path} offers an HTML page but answered a ${reply.kind}`);
      const record = JSON.parse(reply.json) as RecordFields;
      const release = readRelease!;
      const inRelease = route.pinnable ? { release } : {};
      const page = await recordPage(route.html!, {
        record,
        release,
        pinned: route.pinnable ? pinned : route.cache === 'immutable',
        document: await printedDocumentOf(store, release, record),
        links: {
          json: apiLink(path, { query: { ...inRelease, format: 'json' } }),
          csv: route.table ? apiLink(path, { format: 'csv', query: inRelease }) : null,
          pinned: pinnedLink ?? self,
        },
      });
      return send(c, rendered(page, { 'Content-Type': 'text/html; charset=utf-8' }));
    }
    const records = reply.kind === 'record' ? [reply.json] : reply.items;
    if (format === 'csv') {
      const table = route.table!;
      const rows =
        position > 0 || next
          ? { complete: false as const, first: position + 1, last: position + records.length }
          : { complete: true as const };
      const name = csvFileName(
        path,
        accepted.map((p) => [p.name, query[p.name]] as const),
        readRelease,
        rows,
        excel,
      );
      const csv = cellsToCsv(table, table.cells(records.map((json) => JSON.parse(json) as never)));
      return send(
        c,
        rendered((excel ? UTF8_BOM : '') + csv, {
          'Content-Type': 'text/csv; charset=utf-8; header=present',
          'Content-Disposition': `attachment; filename="${name}"`,
        }),
      );
    }
    const meta: ResponseMeta = {
      release: readRelease,
      pinned,
      count: records.length,
      total: reply.kind === 'record' ? 1 : reply.total,
      limit: route.paginated ? limit : null,
      next,
      links: {
        self,
        pinned: pinnedLink,
        json: linkTo('json', { release: query.release }),
        csv: route.table ? linkTo('csv', { release: query.release }) : null,
        describedby: apiUrl.openapi(),
      },
    };
    const data = reply.kind === 'record' ? reply.json : `[${reply.items.join(',')}]`;
    return send(
      c,
      rendered(`{"data":${data},"meta":${JSON.stringify(meta)}}`, {
        'Content-Type': 'application/json; charset=utf-8',
      }),
    );
  };
}

const send = (c: Context, response: RenderedResponse) => c.body(response.body, 200, response.headers);

function validPathParameters(route: Route, given: Record<string, string>): Record<string, string> {
  const errors: InputProblem[] = route.pathParameters
    .filter((p) => !p.schema.safeParse(given[p.name]).success)
    .map((p) => ({
      in: 'path',
      name: p.name,
      detail: `must be ${p.expected}; received ${quotedInput(given[p.name]!)}.`,
    }));
  if (errors.length > 0) throw problems.malformedPath(errors);
  return given;
}
