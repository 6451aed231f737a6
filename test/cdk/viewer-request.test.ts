import { describe, expect, it } from 'vitest';
import { viewerRequestSource } from '../../cdk/lib/viewer-request.ts';

type Answer = { uri?: string; statusCode?: number; headers?: { location: { value: string } } };

/** Runs the CloudFront function's source as CloudFront would, on a request for `uri`. */
function viewerRequest(uri: string): Answer {
  const handler = new Function(`${viewerRequestSource('2026-11-22.1')}\nreturn handler;`)() as (
    event: unknown,
  ) => Answer;
  return handler({ request: { uri, querystring: {}, headers: {} } });
}

describe('the viewer-request function in front of the site', () => {
  it('serves a directory path from its index.html', () => {
    expect(viewerRequest('/').uri).toBe('/index.html');
    expect(viewerRequest('/es/actions/2016-2020-dr-4-3/').uri).toBe('/es/actions/2016-2020-dr-4-3/index.html');
  });

  it('adds the trailing slash to a page path, permanently, so each page has one URL', () => {
    expect(viewerRequest('/plans/2021-2025')).toMatchObject({
      statusCode: 301,
      headers: { location: { value: '/plans/2021-2025/' } },
    });
  });

  it('passes files through untouched', () => {
    expect(viewerRequest('/sitemap.xml').uri).toBe('/sitemap.xml');
    expect(viewerRequest('/releases/2026-11-22.1/actions.csv').uri).toBe('/releases/2026-11-22.1/actions.csv');
  });

  it('sends /releases/latest/ to the current release', () => {
    expect(viewerRequest('/releases/latest/actions.csv')).toMatchObject({
      statusCode: 302,
      headers: { location: { value: '/releases/2026-11-22.1/actions.csv' } },
    });
  });
});

describe('the viewer-request function never redirects off the site', () => {
  const origin = 'https://portal.example';
  const hostile = [
    '//evil.example/a',
    '//evil.example',
    '///evil.example/a',
    '/\\evil.example/a',
    '/\\\\evil.example',
    '\\/evil.example/a',
    '/%2F%2Fevil.example/a',
    '/%2f/evil.example/a',
    '/%5Cevil.example/a',
    '/%5C%5Cevil.example',
    '/\t/evil.example/a',
    '/\n/evil.example/a',
    '/\r\n/evil.example',
    '/ /evil.example/a',
    '/releases/latest//evil.example/a',
    '/releases/latest/\\evil.example',
    '/es//evil.example/a',
    'evil.example/a',
    '',
  ];

  it.each(hostile)('keeps %j on the portal', (uri) => {
    const answer = viewerRequest(uri);
    if (answer.statusCode === undefined) return;
    const location = new URL(answer.headers!.location.value, `${origin}/`);
    expect(location.origin).toBe(origin);
  });

  it('still adds the slash to an ordinary page path', () => {
    expect(viewerRequest('/es/plans/2021-2025').headers?.location.value).toBe('/es/plans/2021-2025/');
  });
});
