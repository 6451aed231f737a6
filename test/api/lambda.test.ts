import type { LambdaEvent } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishedApi } from './api-fixture.ts';
import { stubLambdaEnvironment } from './lambda-environment.ts';

let api: Awaited<ReturnType<typeof publishedApi>>;
beforeAll(async () => {
  api = await publishedApi();
  stubLambdaEnvironment(api.db.table, api.db.endpoint);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await api.db.close();
});

/** A Lambda Function URL request (payload format 2.0), as AWS delivers it. */
const functionUrlEvent = (
  method: string,
  path: string,
  query: string,
  headers: Record<string, string> = {},
): LambdaEvent => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: query,
  headers: { host: 'abcdefghij.lambda-url.us-east-1.on.aws', 'x-forwarded-proto': 'https', ...headers },
  requestContext: {
    accountId: '123456789012',
    apiId: 'abcdefghij',
    authentication: null,
    // Behind CloudFront with Origin Access Control, the Function URL's IAM auth names CloudFront's signer.
    authorizer: {
      iam: {
        accessKey: 'AKIA',
        accountId: '123456789012',
        callerId: 'cloudfront',
        cognitoIdentity: null,
        principalOrgId: null,
        userArn: 'arn:aws:sts::123456789012:assumed-role/cloudfront',
        userId: 'cloudfront',
      },
    },
    domainName: 'abcdefghij.lambda-url.us-east-1.on.aws',
    domainPrefix: 'abcdefghij',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
    requestId: 'id',
    routeKey: '$default',
    stage: '$default',
    time: '22/Nov/2026:00:00:00 +0000',
    timeEpoch: 0,
  },
  body: null,
  isBase64Encoded: false,
});

describe('the Lambda entry point', () => {
  it('answers a Function URL event through the same app, reading the table named by TABLE_NAME', async () => {
    const { handler } = await import('../../functions/lambda.ts');
    const result = (await handler(
      functionUrlEvent('GET', '/v1/plans/2016-2020/actions.csv', 'area=2016-2020-dr&limit=3'),
      {} as never,
    )) as {
      statusCode: number;
      headers: Record<string, string>;
      body: string;
    };
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(result.headers.link).toMatch(
      /^<\/v1\/plans\/2016-2020\/actions\.csv\?area=2016-2020-dr&limit=3&release=.+&cursor=.+>; rel="next"$/,
    );
    expect(result.body.split('\r\n')[1]).toMatch(/^2016-2020-dr-1-1,2016-2020,2016-2020-dr,2016-2020-dr-1,1,1,/);

    const refused = (await handler(functionUrlEvent('DELETE', '/v1/plans', ''), {} as never)) as {
      statusCode: number;
      headers: Record<string, string>;
      body: string;
    };
    expect(refused.statusCode).toBe(405);
    expect(refused.headers['content-type']).toBe('application/problem+json');
  });
});
