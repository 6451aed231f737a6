import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_TABLE_ACTIONS } from '../../cdk/lib/api.ts';
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
    'keeps the data: on-demand table with point-in-time recovery, encryption and deletion ' +
      'protection, retained when the stack goes',
    () => {
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          SSESpecification: { SSEEnabled: true },
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
    expect(actions.filter((a) => /Put|Write|Delete|Update|Create|\*/.test(a))).toEqual([]);
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
    expect(behavior.AllowedMethods).toEqual(['GET', 'HEAD', 'OPTIONS']);
    expect(distribution).toMatchObject({
      HttpVersion: 'http2and3',
      Logging: expect.objectContaining({ Prefix: 'cloudfront/' }),
      DefaultCacheBehavior: expect.objectContaining({ Compress: true }),
    });
    template.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
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

  it('rolls back by pointing CurrentRelease at an older release while the newest stays loaded', () => {
    const rolledBack = portalApp({ current: '2026-11-22' }).template;
    rolledBack.hasResourceProperties('Custom::CurrentRelease', { Action: 'make-current', Release: '2026-11-22' });
    rolledBack.hasResourceProperties('Custom::LoadRelease', { Action: 'load', Release: built.release.release });
  }, 180_000);
});
