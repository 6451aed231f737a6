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
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { FunctionUrlOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IFunctionUrl } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { apiViewerRequestSource } from './api-viewer-request.ts';
import { securityHeadersPolicy } from './security-headers-policy.ts';
import { viewerRequestSource } from './viewer-request.ts';

/** One memory size for both deployments, so they share a single copying function. */
const DEPLOYMENT_MEMORY_MB = 512;

/**
 * The viewer headers `/v1/*` sends the API besides `Accept` (in the cache key): the CORS request
 * headers its preflight reads. Nothing else, no cookie and no `x-amz-*`: a viewer's header must
 * never reach the request CloudFront signs. A viewer's `If-None-Match` stays at the edge, which
 * answers it from its cache and revalidates with validators of its own.
 */
export const API_FORWARDED_HEADERS = ['Origin', 'Access-Control-Request-Method', 'Access-Control-Request-Headers'];

/** How long an older version of a page stays in the versioned bucket once a deployment replaces or removes it. */
export const NONCURRENT_PAGE_DAYS = 90;

/** How long CloudFront keeps a server error of the bucket or the API before it asks again (its own default). */
export const SERVER_ERROR_CACHING = Duration.seconds(10);

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
  readonly logRetention: RetentionDays;
}

/**
 * The portal on a CDN: the pages and release files in a private, versioned bucket read only by
 * CloudFront (Origin Access Control), `/v1/*` passed to the API's Function URL (signed the same
 * way) with only what the API reads, strict security headers on everything, HTTP/2 and HTTP/3,
 * compression, and access logs.
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
      lifecycleRules: [{ expiration: Duration.days(props.logRetention) }],
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
      // Only older versions expire: the current release files and pages are never deleted by a rule.
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(NONCURRENT_PAGE_DAYS),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = securityHeadersPolicy(this, 'SecurityHeaders');
    const viewerRequest = new CloudFrontFunction(this, 'ViewerRequest', {
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(viewerRequestSource(props.current)),
      comment: 'Directory indexes, trailing slashes and /releases/latest/',
    });
    const apiViewerRequest = new CloudFrontFunction(this, 'ApiViewerRequest', {
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(apiViewerRequestSource()),
      comment: 'The API 405 for methods it refuses; Accept made canonical for the cache key',
    });
    // The API decides how long each response may be cached (a year when pinned to a release, a
    // minute otherwise); the cache keys on the whole query and on Accept, which picks JSON, CSV or,
    // for a browser, a record's HTML page, and which the API's viewer-request function makes canonical.
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
    const apiOrigin = new OriginRequestPolicy(this, 'ApiOriginRequest', {
      comment: 'The query string and only the headers the API reads',
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      headerBehavior: OriginRequestHeaderBehavior.allowList(...API_FORWARDED_HEADERS),
      cookieBehavior: OriginRequestCookieBehavior.none(),
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Hemispheric Drug Policy Portal',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_ALL,
      ...(props.domain && {
        domainNames: props.domain.names,
        certificate: props.domain.certificate,
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2025,
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
          // Every method reaches the viewer-request function, which answers those the API refuses
          // with its 405; only GET, HEAD and OPTIONS go on to the API. A preflight's answer depends
          // on headers outside the cache key, so OPTIONS is never cached.
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          compress: true,
          cachePolicy: apiCache,
          originRequestPolicy: apiOrigin,
          responseHeadersPolicy: headers,
          functionAssociations: [{ function: apiViewerRequest, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
      },
      // With Origin Access Control and no ListBucket, S3 answers a missing page with 403: readers get
      // the portal's own 404 page, uncached, so that nothing else that answers 403 is ever hidden
      // behind it for long. The API never answers 403: no viewer header reaches the signed request,
      // and CloudFront lets every method through to the function above. Server errors keep the
      // body their origin gave them.
      errorResponses: [
        { httpStatus: 403, responseHttpStatus: 404, responsePagePath: '/404.html', ttl: Duration.seconds(0) },
        ...[500, 502, 503, 504].map((httpStatus) => ({ httpStatus, ttl: SERVER_ERROR_CACHING })),
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
          'security policy (TLSv1) cannot be changed; with a domain the distribution requires TLSv1.2_2025.',
      });
    }

    // Both deployments share one copying function; it logs to this group, which expires.
    const deploymentLogs = new LogGroup(this, 'DeploymentLogs', { retention: props.logRetention });
    const pages = new BucketDeployment(this, 'DeployPages', {
      logGroup: deploymentLogs,
      sources: [Source.asset(props.siteDir)],
      destinationBucket: this.bucket,
      exclude: ['releases/*'],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: DEPLOYMENT_MEMORY_MB,
    });
    new BucketDeployment(this, 'DeployRelease', {
      logGroup: deploymentLogs,
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
        'The CDK gives its bucket-deployment function the AWS managed basic execution policy, which ' +
        'allows creating and writing any log group in the account, and offers no way to narrow it; ' +
        'the function runs only during deployments.',
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
