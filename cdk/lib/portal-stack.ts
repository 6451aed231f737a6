import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { Alarms } from './alarms.ts';
import { Api } from './api.ts';
import { CostBudget } from './cost-budget.ts';
import { DataTable } from './data-table.ts';
import { ReleasePublisher } from './release-publisher.ts';
import { Site } from './site.ts';

export interface PortalStackProps extends StackProps {
  /** The built portal and release bundle, and the bundle's release id and SHA256SUMS digest. */
  readonly siteDir: string;
  readonly releaseDir: string;
  readonly release: string;
  readonly sha256sums: string;
  /** The release to serve as current: `release`, or an older one to roll back to. */
  readonly current: string;
  /** Custom domain names and the ARN of their certificate in us-east-1. */
  readonly domain?: { readonly names: string[]; readonly certificateArn: string };
  readonly apiConcurrency: number;
  readonly logRetention: RetentionDays;
  /** The table's cap on read request units a second. */
  readonly maxReadRequestUnits: number;
  /** Where alarms and budget notifications are emailed; none subscribed when null. */
  readonly alarmEmail: string | null;
  readonly monthlyBudgetUsd: number;
}

/**
 * The whole portal: the table, the API, the release publishing and the site on its CDN, wired
 * together, with the alarms and the cost budget that watch them.
 */
export class PortalStack extends Stack {
  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    const { table } = new DataTable(this, 'Data', { maxReadRequestUnits: props.maxReadRequestUnits });
    const api = new Api(this, 'Api', { table, concurrency: props.apiConcurrency, logRetention: props.logRetention });
    const publisher = new ReleasePublisher(this, 'ReleasePublisher', {
      table,
      releaseDir: props.releaseDir,
      release: props.release,
      sha256sums: props.sha256sums,
      current: props.current,
      logRetention: props.logRetention,
    });
    const site = new Site(this, 'Site', {
      siteDir: props.siteDir,
      releaseDir: props.releaseDir,
      release: props.release,
      current: props.current,
      apiUrl: api.url,
      domain: props.domain && {
        names: props.domain.names,
        certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
      },
      logRetention: props.logRetention,
    });
    // Pages go live only once the release they cite is served.
    site.node.addDependency(publisher.current);
    // The API signs and checks cursors with the table's key, so it is updated only once the key is there.
    api.node.addDependency(publisher.cursorKey);
    const { topic } = new Alarms(this, 'Alarms', {
      table,
      api: api.function,
      distribution: site.distribution,
      email: props.alarmEmail,
    });
    new CostBudget(this, 'CostBudget', { monthlyUsd: props.monthlyBudgetUsd, topic });

    const url = `https://${props.domain?.names[0] ?? site.distribution.distributionDomainName}`;
    new CfnOutput(this, 'PortalUrl', { value: url, description: 'The portal; the API is under /v1/.' });
    new CfnOutput(this, 'DistributionId', { value: site.distribution.distributionId });
    new CfnOutput(this, 'DistributionDomainName', {
      value: site.distribution.distributionDomainName,
      description: 'Point the custom domain here (CNAME or alias).',
    });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'ApiFunctionName', { value: api.function.functionName });
    new CfnOutput(this, 'PagesBucket', { value: site.bucket.bucketName });
    new CfnOutput(this, 'CurrentRelease', { value: props.current });
    new CfnOutput(this, 'AlarmTopic', {
      value: topic.topicArn,
      description: 'Alarms and budget notifications; subscribe here, or deploy with -c alarmEmail=...',
    });
  }
}
