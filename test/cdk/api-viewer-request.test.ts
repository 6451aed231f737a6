import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiViewerRequestSource } from '../../cdk/lib/api-viewer-request.ts';
import { createApi } from '../../functions/app.ts';
import { chooseFormat, type Format } from '../../functions/http/format.ts';
import { HttpProblem } from '../../functions/http/problems.ts';
import type { ReleaseStore } from '../../functions/storage/release-store.ts';

type Header = { value: string; multiValue?: Array<{ value: string }> };
type Request = {
  method: string;
  uri: string;
  querystring: Record<string, Header>;
  headers: Record<string, Header>;
};
type Answer = Request & {
  statusCode?: number;
  headers: Record<string, { value: string }>;
  body?: { encoding: string; data: string };
};

const handler = new Function(`${apiViewerRequestSource()}\nreturn handler;`)() as (event: unknown) => Answer;

/** Runs the function's source as CloudFront would, on a request. */
function viewerRequest(request: Partial<Request>): Answer {
  return handler({ request: { method: 'GET', uri: '/v1/actions', querystring: {}, headers: {}, ...request } });
}

/** The Accept header the function lets through to the cache key and the API; undefined when it removes it. */
const normalised = (accept: string) => viewerRequest({ headers: { accept: { value: accept } } }).headers.accept?.value;

/** Every set of formats a route offers, in the order it offers them (functions/http/route-handler.ts). */
const OFFERED: Format[][] = [['json'], ['json', 'csv'], ['json', 'csv', 'html'], ['json', 'html']];

/** What the API answers for an Accept header and a route's formats: the format, or its 406. */
function answer(accept: string | undefined, offered: Format[]): string {
  try {
    return chooseFormat(undefined, undefined, accept, offered);
  } catch (error) {
    if (error instanceof HttpProblem) return String(error.status);
    throw error;
  }
}

const token = fc.constantFrom('application', 'text', 'json', 'csv', 'html', '*', 'JSON', 'Text', 'HTML', 'x-y', '');
const parameter = fc.oneof(
  fc.tuple(
    fc.constantFrom('q', 'Q', ' q', 'q '),
    fc.constantFrom('0', '1', '0.5', '0.001', '1.0', '', 'x', '-1', '2', '0.9', 'NaN', '"0.3"', '1e3'),
  ),
  fc.tuple(
    fc.constantFrom('charset', 'level', 'version', 'q'),
    fc.constantFrom('utf-8', '*', '', '"a,b"', '"x\\"y"', '1'),
  ),
);
const mediaRange = fc
  .tuple(
    token,
    fc.constantFrom('/', '/', '/', '', '//'),
    token,
    fc.array(parameter, { maxLength: 3 }),
    fc.constantFrom('', ' ', '\t'),
  )
  .map(([type, slash, subtype, params, space]) =>
    [`${space}${type}${slash}${subtype}`, ...params.map(([name, value]) => `${name}=${value}`)].join(`;${space}`),
  );
const acceptHeader = fc.oneof(
  { weight: 6, arbitrary: fc.array(mediaRange, { maxLength: 6 }).map((ranges) => ranges.join(',')) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.constantFrom(...'tx/*;=,q." \\\tjsonhml0.5ACEP'.split('')), maxLength: 40 }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

/** Accept headers real clients send. */
const REAL_ACCEPT = [
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,image/png,image/svg+xml,*/*;q=0.8',
  '*/*',
  'application/json',
  'application/json, text/plain, */*',
  'text/csv',
  'text/csv,application/json;q=0.5',
  'application/json;charset=utf-8',
  'application/vnd.api+json',
  'image/png',
  'text/*',
  'text/plain',
  '',
  '  ',
  'text/html;q=0',
  '*/*;q=0',
];

describe('the viewer-request function in front of the API: Accept', () => {
  it('rewrites Accept so that every route picks the same format, or the same 406, as for the original', () => {
    fc.assert(
      fc.property(acceptHeader, (accept) => {
        const canonical = normalised(accept);
        for (const offered of OFFERED) expect(answer(canonical, offered), offered.join()).toBe(answer(accept, offered));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each(REAL_ACCEPT)('serves %j as the API would have served it', (accept) => {
    const canonical = normalised(accept);
    for (const offered of OFFERED) expect(answer(canonical, offered), offered.join()).toBe(answer(accept, offered));
  });

  it('leaves a browser and curl with one cache entry each, and ten in all', () => {
    expect(normalised(REAL_ACCEPT[0]!)).toBe('text/html,application/json;q=0.9');
    expect(new Set(REAL_ACCEPT.slice(0, 4).map(normalised))).toEqual(new Set(['text/html,application/json;q=0.9']));
    expect(normalised('*/*')).toBeUndefined();
    expect(normalised('application/json, text/plain, */*')).toBeUndefined();
    const seen = new Set<string | undefined>();
    fc.assert(
      fc.property(acceptHeader, (accept) => void seen.add(normalised(accept))),
      { numRuns: 5_000 },
    );
    REAL_ACCEPT.forEach((accept) => seen.add(normalised(accept)));
    const canonical = [
      undefined,
      '*/*;q=0',
      'text/csv',
      'text/html',
      'text/csv,text/html;q=0.9',
      'text/html,text/csv;q=0.9',
      'text/csv,application/json;q=0.9',
      'text/html,application/json;q=0.9',
      'text/csv,text/html;q=0.9,application/json;q=0.8',
      'text/html,text/csv;q=0.9,application/json;q=0.8',
    ];
    expect(canonical).toEqual(expect.arrayContaining([...seen]));
    for (const value of canonical) if (value !== undefined) expect(normalised(value)).toBe(value);
  });

  it('reads several Accept headers as one list, as the Function URL joins them', () => {
    const answered = viewerRequest({
      headers: { accept: { value: 'image/png', multiValue: [{ value: 'image/png' }, { value: 'text/csv' }] } },
    });
    expect(answered.headers.accept).toEqual({ value: 'text/csv' });
  });
});

describe('the viewer-request function in front of the API: methods', () => {
  // A refused method is answered before any read: a store with nothing in it will do.
  const store: ReleaseStore = {
    currentRelease: async () => null,
    cursorKey: async () => null,
    get: async () => null,
    query: async () => ({ items: [], more: false }),
  };

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    'answers %s itself with the API own 405 problem document, so that it never reaches the function',
    async (method) => {
      const answered = viewerRequest({
        method,
        uri: '/v1/actions',
        querystring: { limit: { value: '5' }, release: { value: '2026-11-22' } },
      });
      const api = await createApi(store).fetch(
        new Request('https://portal.example/v1/actions?limit=5&release=2026-11-22', { method }),
      );
      expect(answered.statusCode).toBe(405);
      expect(answered.statusCode).toBe(api.status);
      expect(answered.headers.allow?.value).toBe(api.headers.get('allow'));
      expect(answered.headers['content-type']?.value).toBe(api.headers.get('content-type'));
      expect(answered.headers['cache-control']?.value).toBe(api.headers.get('cache-control'));
      expect(answered.body?.encoding).toBe('text');
      expect(JSON.parse(answered.body!.data)).toEqual(await api.json());
    },
  );

  it('escapes what the request puts into the document', () => {
    const answered = viewerRequest({ method: 'POST', uri: '/v1/"quoted"\\', querystring: {} });
    expect(JSON.parse(answered.body!.data).instance).toBe('/v1/"quoted"\\');
  });

  it.each(['GET', 'HEAD', 'OPTIONS'])('passes %s on to the API', (method) => {
    expect(viewerRequest({ method }).statusCode).toBeUndefined();
  });
});
