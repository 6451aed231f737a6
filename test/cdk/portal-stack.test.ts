import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALARM_PERIOD, ALARM_THRESHOLDS } from '../../cdk/lib/alarms.ts';
import { API_TABLE_ACTIONS } from '../../cdk/lib/api.ts';
import { apiViewerRequestSource } from '../../cdk/lib/api-viewer-request.ts';
import { BUDGET_NOTIFICATIONS } from '../../cdk/lib/cost-budget.ts';
import { API_FORWARDED_HEADERS, NONCURRENT_PAGE_DAYS } from '../../cdk/lib/site.ts';
import { archiveChecksumName, archiveName } from '../../data/bundle/release-archive.ts';
import { localServer } from '../../functions/local/local-server.ts';
import { BUNDLE_DIR } from '../../functions/release-resource.ts';
import { logicalIdOf, pagesBuiltFrom, portalApp } from './portal-app.ts';

type Resource = {
  Type: string;
  Properties: Record<string, any>;
  DependsOn?: string[];
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};

/** Every acknowledgement of a cdk-nag finding in the construct tree, with its reason. */
function acknowledgements(scope: IConstruct): Array<{ id: string; reason: string }> {
  return scope.node
    .findAll()
    .flatMap((c) =>
      c.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) => Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ id, reason }))),
    );
}

/** The security headers of a response headers policy, named and written as CloudFront sends them. */
function headersCloudFrontSends(config: Record<string, any>): Record<string, string> {
  const hsts = config.StrictTransportSecurity;
  return {
    'content-security-policy': config.ContentSecurityPolicy.ContentSecurityPolicy,
    'strict-transport-security': [
      `max-age=${hsts.AccessControlMaxAgeSec}`,
      ...(hsts.IncludeSubdomains ? ['includeSubDomains'] : []),
      ...(hsts.Preload ? ['preload'] : []),
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'x-frame-options': config.FrameOptions.FrameOption,
    'referrer-policy': config.ReferrerPolicy.ReferrerPolicy,
  };
}

/** The distribution's configuration. */
const distributionOf = (template: Template) =>
  Object.values(template.findResources('AWS::CloudFront::Distribution') as Record<string, Resource>)[0]!.Properties
    .DistributionConfig;

/** The actions of every IAM policy statement attached to a role. */
function roleActions(template: Template, role: string): string[] {
  return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === role))
    .flatMap((p) =>
      p.Properties.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) => [s.Action].flat()),
    );
}

describe('the deployment (AWS CDK)', () => {
  let built: ReturnType<typeof portalApp>;
  let template: Template;
  let resources: Record<string, Resource>;
  beforeAll(() => {
    built = portalApp();
    template = built.template;
    resources = template.toJSON().Resources;
  }, 180_000);

  it('passes cdk-nag AwsSolutions with no unacknowledged finding, and every acknowledgement gives its reason', () => {
    const report = new AwsSolutionsChecks().validateScope(built.app);
    expect(
      report.violations.map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`),
    ).toEqual([]);
    const acks = acknowledgements(built.app);
    expect(acks.length).toBeGreaterThan(5);
    expect(acks.filter((a) => a.reason.trim().length < 40)).toEqual([]);
  });

  it(
    'keeps the data: on-demand table with a read cap, point-in-time recovery, encryption and ' +
      'deletion protection, retained when the stack goes',
    () => {
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          SSESpecification: { SSEEnabled: true },
          OnDemandThroughput: { MaxReadRequestUnits: 1000 },
        }),
      });
    },
  );

  it('keeps every bucket private and TLS-only, and the pages bucket versioned', () => {
    const buckets = template.findResources('AWS::S3::Bucket') as Record<string, Resource>;
    expect(Object.keys(buckets)).toHaveLength(2);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.anyValue(),
    });
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy') as Record<string, Resource>);
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it(
    'runs the API on Node.js 24, arm64, with a concurrency cap and log retention, behind an ' +
      'IAM-authenticated Function URL',
    () => {
      const url = template.findResources('AWS::Lambda::Url') as Record<string, Resource>;
      expect(Object.values(url).map((u) => u.Properties.AuthType)).toEqual(['AWS_IAM']);
      const api = Object.values(url)[0]!.Properties.TargetFunctionArn['Fn::GetAtt'][0] as string;
      expect(resources[api]!.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        ReservedConcurrentExecutions: 50,
        LoggingConfig: { LogFormat: 'JSON' },
      });
      const logGroup = resources[api]!.Properties.LoggingConfig.LogGroup.Ref as string;
      expect(resources[logGroup]!.Properties.RetentionInDays).toBe(90);
    },
  );

  it('lets the API only read its table: no write action at all', () => {
    const url = Object.values(template.findResources('AWS::Lambda::Url') as Record<string, Resource>)[0]!;
    const api = resources[url.Properties.TargetFunctionArn['Fn::GetAtt'][0]]!;
    const actions = roleActions(template, api.Properties.Role['Fn::GetAtt'][0]);
    expect(actions.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual([...API_TABLE_ACTIONS].sort());
    // Besides its own logs (checked below).
    expect(actions.filter((a) => !a.startsWith('logs:') && /Put|Write|Delete|Update|Create|\*/.test(a))).toEqual([]);
  });

  it('serves the site with strict security headers: CSP, HSTS, nosniff, no framing, a referrer policy', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: {
            ContentSecurityPolicy: Match.stringLikeRegexp("default-src 'self'.*frame-ancestors 'none'"),
            Override: true,
          },
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true }),
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: Match.objectLike({ ReferrerPolicy: 'strict-origin-when-cross-origin' }),
        }),
      }),
    });
  });

  it('sends on every response exactly the security headers npm start sends: pages, API, downloads, 404', async () => {
    const policies = template.findResources('AWS::CloudFront::ResponseHeadersPolicy') as Record<string, Resource>;
    expect(Object.keys(policies)).toHaveLength(1);
    const [[policyId, policy]] = Object.entries(policies) as [[string, Resource]];
    const distribution = Object.values(
      template.findResources('AWS::CloudFront::Distribution') as Record<string, Resource>,
    )[0]!.Properties.DistributionConfig;
    for (const behavior of [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors]) {
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    }
    const config = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    // A header added to the policy must be added here too, or this comparison would not see it.
    expect(Object.keys(config).sort()).toEqual([
      'ContentSecurityPolicy',
      'ContentTypeOptions',
      'FrameOptions',
      'ReferrerPolicy',
      'StrictTransportSecurity',
    ]);
    const cloudFront = headersCloudFrontSends(config);

    const { release, releaseDir, sha256sums } = built.release;
    const siteDir = pagesBuiltFrom({ id: release, demonstration: false }, sha256sums);
    const api = new Hono().get('/v1/health', (c) => c.json({ status: 'ok' }));
    const server = localServer(api, dirname(releaseDir), release, siteDir);
    for (const [path, status] of [
      ['/', 200],
      ['/v1/health', 200],
      ['/v1/nothing-here', 404],
      [`/releases/${release}/actions.csv`, 200],
      ['/releases/latest/actions.csv', 302],
      ['/actions/2021-2025-is-1-99/', 404],
    ] as const) {
      const response = await server.fetch(new Request(`http://localhost${path}`));
      expect(response.status, path).toBe(status);
      const sent = Object.fromEntries(Object.keys(cloudFront).map((name) => [name, response.headers.get(name)]));
      expect(sent, path).toEqual(cloudFront);
    }
  });

  it('routes /v1/* to the API function, signed with Origin Access Control, caching by query string and Accept', () => {
    const distribution = Object.values(
      template.findResources('AWS::CloudFront::Distribution') as Record<string, Resource>,
    )[0]!.Properties.DistributionConfig;
    const behavior = distribution.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/v1/*');
    const origin = distribution.Origins.find((o: { Id: string }) => o.Id === behavior.TargetOriginId);
    expect(JSON.stringify(origin.DomainName)).toContain(logicalIdOf(template, 'AWS::Lambda::Url'));
    expect(
      resources[origin.OriginAccessControlId['Fn::GetAtt'][0]]!.Properties.OriginAccessControlConfig,
    ).toMatchObject({ OriginAccessControlOriginType: 'lambda', SigningBehavior: 'always' });
    const cache = resources[behavior.CachePolicyId.Ref]!.Properties.CachePolicyConfig;
    expect(cache).toMatchObject({
      DefaultTTL: 0,
      ParametersInCacheKeyAndForwardedToOrigin: {
        QueryStringsConfig: { QueryStringBehavior: 'all' },
        HeadersConfig: { Headers: ['Accept'] },
      },
    });
    expect(distribution).toMatchObject({
      HttpVersion: 'http2and3',
      Logging: expect.objectContaining({ Prefix: 'cloudfront/' }),
      DefaultCacheBehavior: expect.objectContaining({ Compress: true }),
    });
    template.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
    });
  });

  it('forwards to the API only the query string and the headers it reads: never a cookie or an x-amz- header', () => {
    const behavior = distributionOf(template).CacheBehaviors.find(
      (b: { PathPattern: string }) => b.PathPattern === '/v1/*',
    );
    const origin = resources[behavior.OriginRequestPolicyId.Ref]!.Properties.OriginRequestPolicyConfig;
    const cache =
      resources[behavior.CachePolicyId.Ref]!.Properties.CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin;
    expect(origin).toMatchObject({
      QueryStringsConfig: { QueryStringBehavior: 'all' },
      CookiesConfig: { CookieBehavior: 'none' },
      HeadersConfig: { HeaderBehavior: 'whitelist' },
    });
    expect(cache.CookiesConfig).toEqual({ CookieBehavior: 'none' });
    const forwarded = [...origin.HeadersConfig.Headers, ...cache.HeadersConfig.Headers] as string[];
    expect(forwarded.sort()).toEqual(
      ['Accept', 'Access-Control-Request-Headers', 'Access-Control-Request-Method', 'Origin'].sort(),
    );
    expect(API_FORWARDED_HEADERS.every((h) => forwarded.includes(h))).toBe(true);
    expect(forwarded.filter((h) => /^x-amz-|^cookie$|^authorization$/i.test(h))).toEqual([]);
  });

  it(
    'lets every method reach the /v1/* viewer-request function, which answers the refused ones with the ' +
      "API's 405, and caches only GET and HEAD",
    () => {
      const behavior = distributionOf(template).CacheBehaviors.find(
        (b: { PathPattern: string }) => b.PathPattern === '/v1/*',
      );
      expect([...behavior.AllowedMethods].sort()).toEqual(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
      expect(behavior.CachedMethods).toEqual(['GET', 'HEAD']);
      expect(behavior.FunctionAssociations).toHaveLength(1);
      const [association] = behavior.FunctionAssociations;
      expect(association.EventType).toBe('viewer-request');
      const fn = resources[association.FunctionARN['Fn::GetAtt'][0]]!.Properties;
      expect(fn.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
      expect(fn.FunctionCode).toBe(apiViewerRequestSource());
      // CloudFront Functions take at most 10 KB of code.
      expect(Buffer.byteLength(fn.FunctionCode)).toBeLessThan(10_240);
    },
  );

  it("never puts the site's 404 page over an API error: only S3's 403 becomes it, uncached", () => {
    const errors = distributionOf(template).CustomErrorResponses as Array<Record<string, unknown>>;
    expect(errors.filter((e) => e.ResponsePagePath !== undefined)).toEqual([
      { ErrorCode: 403, ResponseCode: 404, ResponsePagePath: '/404.html', ErrorCachingMinTTL: 0 },
    ]);
    // The API's own 400, 404, 405 and 406 pass through as it wrote them; server errors keep their body.
    expect(errors.map((e) => e.ErrorCode)).not.toEqual(expect.arrayContaining([400]));
    expect(errors.filter((e) => [400, 404, 405, 406].includes(e.ErrorCode as number))).toEqual([]);
    expect(errors.filter((e) => (e.ErrorCode as number) >= 500)).toEqual(
      [500, 502, 503, 504].map((ErrorCode) => ({ ErrorCode, ErrorCachingMinTTL: 10 })),
    );
  });

  it('gives every Lambda function a log group that expires, and our own functions a role that writes only there', () => {
    const functions = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function');
    expect(functions.length).toBeGreaterThanOrEqual(4);
    for (const [id, fn] of functions) {
      const group = resources[fn.Properties.LoggingConfig?.LogGroup?.Ref]?.Properties;
      expect(group?.RetentionInDays, id).toBe(90);
    }
    const api = Object.values(template.findResources('AWS::Lambda::Url') as Record<string, Resource>)[0]!.Properties
      .TargetFunctionArn['Fn::GetAtt'][0] as string;
    const loader = functions.find(([, f]) => f.Properties.Timeout === 600)![0];
    for (const [id, fn] of functions.filter(([f]) => f === api || f === loader)) {
      const role = fn.Properties.Role['Fn::GetAtt'][0] as string;
      expect(resources[role]!.Properties.ManagedPolicyArns, id).toBeUndefined();
      const logStatements = Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
        .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === role))
        .flatMap((p) => p.Properties.PolicyDocument.Statement)
        .filter((st: { Action: string | string[] }) => [st.Action].flat().some((a) => a.startsWith('logs:')));
      expect(logStatements, id).toEqual([
        expect.objectContaining({
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::GetAtt': [fn.Properties.LoggingConfig.LogGroup.Ref, 'Arn'] },
        }),
      ]);
    }
  });

  it('expires only older versions of pages and unfinished uploads, never a current file', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: [
          {
            Status: 'Enabled',
            NoncurrentVersionExpiration: { NoncurrentDays: NONCURRENT_PAGE_DAYS },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          },
        ],
      },
    });
  });

  it('alarms on read throttling, API throttles, errors and 5xx to a topic that emails the configured address', () => {
    const topics = Object.keys(template.findResources('AWS::SNS::Topic'));
    expect(topics).toHaveLength(1);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'alarms@portal.example',
      TopicArn: { Ref: topics[0] },
    });
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>).map(
      (a) => a.Properties,
    );
    const byMetric = Object.fromEntries(alarms.map((a) => [`${a.Namespace}/${a.MetricName}`, a]));
    expect(Object.keys(byMetric).sort()).toEqual(
      ['AWS/DynamoDB/ReadThrottleEvents', 'AWS/Lambda/Errors', 'AWS/Lambda/Throttles', 'AWS/Lambda/Url5xxCount'].sort(),
    );
    expect(byMetric['AWS/DynamoDB/ReadThrottleEvents']!.Threshold).toBe(ALARM_THRESHOLDS.tableReadThrottles);
    expect(byMetric['AWS/Lambda/Url5xxCount']!.Threshold).toBe(ALARM_THRESHOLDS.apiServerErrors);
    for (const alarm of alarms) {
      expect(alarm).toMatchObject({
        Statistic: 'Sum',
        Period: ALARM_PERIOD.toSeconds(),
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: topics[0] }],
      });
    }
  });

  it('budgets the monthly cost and notifies the same topic', () => {
    const [budget] = Object.values(template.findResources('AWS::Budgets::Budget') as Record<string, Resource>);
    expect(budget!.Properties.Budget).toEqual({
      BudgetType: 'COST',
      TimeUnit: 'MONTHLY',
      BudgetLimit: { Amount: 25, Unit: 'USD' },
    });
    const notifications = budget!.Properties.NotificationsWithSubscribers as Array<Record<string, any>>;
    expect(notifications.map((n) => [n.Notification.NotificationType, n.Notification.Threshold])).toEqual(
      BUDGET_NOTIFICATIONS.map((n) => [n.notificationType, n.threshold]),
    );
    const topic = Object.keys(template.findResources('AWS::SNS::Topic'))[0]!;
    for (const n of notifications)
      expect(n.Subscribers).toEqual([{ SubscriptionType: 'SNS', Address: { Ref: topic } }]);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: 'sns:Publish', Principal: { Service: 'budgets.amazonaws.com' } }),
        ]),
      },
    });
  });

  it('loads the release before it flips the pointer, and deploys the pages only after the flip', () => {
    const load = logicalIdOf(template, 'Custom::LoadRelease', {
      Action: 'load',
      Release: built.release.release,
      Sha256Sums: built.release.sha256sums,
    });
    const current = logicalIdOf(template, 'Custom::CurrentRelease', {
      Action: 'make-current',
      Release: built.release.release,
    });
    expect(resources[current]!.DependsOn).toContain(load);
    const pages = Object.entries(resources).filter(([, r]) => r.Type === 'Custom::CDKBucketDeployment');
    expect(pages).toHaveLength(2);
    for (const [, deployment] of pages) expect(deployment.DependsOn).toContain(current);
  });

  it('gives the table its cursor key before the API that signs cursors with it is created or updated', () => {
    const cursorKey = logicalIdOf(template, 'Custom::CursorKey', { Action: 'cursor-key' });
    const url = Object.values(template.findResources('AWS::Lambda::Url') as Record<string, Resource>)[0]!;
    const api = url.Properties.TargetFunctionArn['Fn::GetAtt'][0] as string;
    expect(resources[api]!.DependsOn).toContain(cursorKey);
  });

  it('ships the release bundle inside the loader function, where the custom resource reads it', () => {
    const loader = Object.values(resources).find(
      (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.Timeout === 600,
    )!;
    const assetDir = join(built.app.outdir, `asset.${String(loader.Properties.Code.S3Key).replace(/\.zip$/, '')}`);
    expect(readdirSync(join(assetDir, BUNDLE_DIR))).toEqual([built.release.release]);
    expect(existsSync(join(assetDir, BUNDLE_DIR, built.release.release, 'SHA256SUMS'))).toBe(true);
    expect(existsSync(join(assetDir, 'index.mjs'))).toBe(true);
  });

  it("publishes the release's files, its archive and the archive's checksum under /releases/{release}/", () => {
    const [deployment] = Object.values(resources).filter(
      (r) =>
        r.Type === 'Custom::CDKBucketDeployment' &&
        r.Properties.DestinationBucketKeyPrefix === `releases/${built.release.release}/`,
    );
    expect(deployment!.Properties).toMatchObject({
      Prune: false,
      SystemMetadata: { 'cache-control': expect.stringMatching(/immutable/) },
    });
    const [key] = deployment!.Properties.SourceObjectKeys as string[];
    // The CDK stages a folder as asset.{hash}, keeping the extension of its name ("2026-11-22.2" ends in ".2").
    const staged = readdirSync(built.app.outdir).find((f) => f.startsWith(`asset.${key!.replace(/\.zip$/, '')}`));
    const assetDir = join(built.app.outdir, staged!);
    const { release, releaseDir } = built.release;
    const archive = [archiveName(release), archiveChecksumName(release)];
    expect(readdirSync(assetDir).sort()).toEqual(readdirSync(releaseDir).sort());
    expect(readdirSync(assetDir)).toEqual(expect.arrayContaining([...archive, 'SHA256SUMS', 'README.md']));
    for (const file of archive)
      expect(readFileSync(join(assetDir, file)).equals(readFileSync(join(releaseDir, file)))).toBe(true);
  });

  it('changes nothing CloudFormation would act on when the same release is deployed again', () => {
    const again = portalApp().template.toJSON().Resources as Record<string, Resource>;
    for (const type of ['Custom::LoadRelease', 'Custom::CurrentRelease']) {
      const props = (all: Record<string, Resource>) =>
        Object.values(all)
          .filter((r) => r.Type === type)
          .map((r) => ({ ...r.Properties, ServiceToken: undefined }));
      expect(props(again)).toEqual(props(resources));
    }
  }, 180_000);

  it(
    'with a custom domain requires TLSv1.2_2025; without an alarm address subscribes nobody; in us-east-1 ' +
      "alarms on the distribution's 5xx rate too",
    () => {
      const withDomain = portalApp({
        env: { account: '111111111111', region: 'us-east-1' },
        domain: {
          names: ['drugpolicy.example.org'],
          certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/x',
        },
        alarmEmail: null,
      }).template;
      expect(distributionOf(withDomain).ViewerCertificate).toMatchObject({ MinimumProtocolVersion: 'TLSv1.2_2025' });
      expect(Object.keys(withDomain.findResources('AWS::SNS::Subscription'))).toEqual([]);
      withDomain.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/CloudFront',
        MetricName: '5xxErrorRate',
        Statistic: 'Average',
        Threshold: ALARM_THRESHOLDS.distributionServerErrorRate,
        Dimensions: Match.arrayWith([
          { Name: 'DistributionId', Value: { Ref: logicalIdOf(withDomain, 'AWS::CloudFront::Distribution') } },
          { Name: 'Region', Value: 'Global' },
        ]),
      });
    },
    180_000,
  );

  it('rolls back by pointing CurrentRelease at an older release while the newest stays loaded', () => {
    const rolledBack = portalApp({ current: '2026-11-22' }).template;
    rolledBack.hasResourceProperties('Custom::CurrentRelease', { Action: 'make-current', Release: '2026-11-22' });
    rolledBack.hasResourceProperties('Custom::LoadRelease', { Action: 'load', Release: built.release.release });
  }, 180_000);
});
