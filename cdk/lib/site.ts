import { Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CachedMethods,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { FunctionUrlOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IFunctionUrl } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { securityHeadersPolicy } from './security-headers-policy.ts';
import { viewerRequestSource } from './viewer-request.ts';

/** One memory size for both deployments, so they share a single copying function. */
const DEPLOYMENT_MEMORY_MB = 512;

export interface SiteProps {
  /** The built portal (`npm run site:build`). */
  readonly siteDir: string;
  /** The release bundle, published beside the pages under /releases/{release}/. */
  readonly releaseDir: string;
  readonly release: string;
  /** The release `/releases/latest/` points to. */
  readonly current: string;
  readonly apiUrl: IFunctionUrl;
  /** A custom domain and its certificate (in us-east-1); the CloudFront domain otherwise. */
  readonly domain?: { readonly names: string[]; readonly certificate: ICertificate };
  readonly logRetentionDays: number;
}

/**
 * The portal on a CDN: the pages and release files in a private, versioned bucket read only by
 * CloudFront (Origin Access Control), `/v1/*` passed to the API's Function URL (signed the same
 * way), strict security headers on everything, HTTP/2 and HTTP/3, compression, and access logs.
 */
export class Site extends Construct {
  readonly distribution: Distribution;
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logs are delivered with an ACL, which needs object-writer ownership.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(props.logRetentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging its own accesses would loop.',
    });

    this.bucket = new Bucket(this, 'Pages', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = securityHeadersPolicy(this, 'SecurityHeaders');
    const viewerRequest = new CloudFrontFunction(this, 'ViewerRequest', {
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(viewerRequestSource(props.current)),
      comment: 'Directory indexes, trailing slashes and /releases/latest/',
    });
    // The API decides how long each response may be cached (a year when pinned to a release, a
    // minute otherwise); the cache keys on the whole query and on Accept, which picks JSON, CSV or,
    // for a browser, a record's HTML page.
    const apiCache = new CachePolicy(this, 'ApiCache', {
      comment: 'Honours the API Cache-Control; keys on the query string and Accept',
      defaultTtl: Duration.seconds(0),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.days(365),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      headerBehavior: CacheHeaderBehavior.allowList('Accept'),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Hemispheric Drug Policy Portal',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_ALL,
      ...(props.domain && {
        domainNames: props.domain.names,
        certificate: props.domain.certificate,
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      }),
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: viewerRequest, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/v1/*': {
          origin: FunctionUrlOrigin.withOriginAccessControl(props.apiUrl),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
          cachedMethods: CachedMethods.CACHE_GET_HEAD_OPTIONS,
          compress: true,
          cachePolicy: apiCache,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
        },
      },
      // With Origin Access Control and no ListBucket, S3 answers a missing page with 403. The API
      // never answers 403, so this sends readers the portal's own 404 page without touching API errors.
      errorResponses: [
        { httpStatus: 403, responseHttpStatus: 404, responsePagePath: '/404.html', ttl: Duration.minutes(1) },
      ],
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'Public open data for everyone: no country is to be blocked.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'A read-only site and API: no forms or writes to protect; the API has a concurrency cap ' +
        'and the CDN caches its responses. A WAF can be added by the operator if abuse appears.',
    });
    if (!props.domain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its own *.cloudfront.net certificate, whose ' +
          'TLS policy it sets; with a domain the distribution requires TLS 1.2 (2021).',
      });
    }

    const pages = new BucketDeployment(this, 'DeployPages', {
      sources: [Source.asset(props.siteDir)],
      destinationBucket: this.bucket,
      exclude: ['releases/*'],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: DEPLOYMENT_MEMORY_MB,
    });
    new BucketDeployment(this, 'DeployRelease', {
      memoryLimit: DEPLOYMENT_MEMORY_MB,
      sources: [Source.asset(props.releaseDir)],
      destinationBucket: this.bucket,
      destinationKeyPrefix: `releases/${props.release}/`,
      // A release never changes and older ones stay downloadable.
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
    });
    // Both deployments share one copying function, which the CDK creates at the stack's root.
    const copier = pages.handlerRole.node.scope!;
    for (const finding of bucketDeploymentFindings(this.bucket)) {
      Validations.of(copier).acknowledge({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason:
          'The CDK bucket-deployment function must read the CDK asset bucket, write and delete the ' +
          'objects of the pages bucket, and invalidate the distribution (an action IAM cannot ' +
          'scope to a resource).',
      });
    }
    Validations.of(copier).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'The CDK bucket-deployment function uses the AWS managed basic execution policy only to write its own logs.',
    });
    Validations.of(copier).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The CDK bucket-deployment function runs on the runtime the CDK ships it for, and only during deployments.',
    });
  }
}

/** How cdk-nag names the wildcard grants the CDK gives its bucket-deployment function. */
function bucketDeploymentFindings(bucket: Bucket): string[] {
  const stack = Stack.of(bucket);
  const literal = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<${pseudo}>` : value);
  const assets =
    `arn:${literal(stack.partition, 'AWS::Partition')}:s3:::cdk-hnb659fds-assets-` +
    `${literal(stack.account, 'AWS::AccountId')}-${literal(stack.region, 'AWS::Region')}/*`;
  const pages = `<${stack.getLogicalId(bucket.node.defaultChild as CfnBucket)}.Arn>/*`;
  return [
    ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map(
      (action) => `Action::${action}`,
    ),
    `Resource::${assets}`,
    `Resource::${pages}`,
    'Resource::*',
  ];
}
