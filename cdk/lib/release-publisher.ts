import { CustomResource, Duration, Stack, Validations } from 'aws-cdk-lib';
import { TABLE_NAME } from '../../functions/environment.ts';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Provider } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { BUNDLE_DIR } from '../../functions/release-resource.ts';
import { NodeFunction } from './node-function.ts';

export interface ReleasePublisherProps {
  readonly table: ITable;
  /** The release bundle to load, as `npm run data:build` wrote it. */
  readonly releaseDir: string;
  /** Its id and the SHA-256 of its SHA256SUMS: a new value means new content to load. */
  readonly release: string;
  readonly sha256sums: string;
  /** The release to make current: the one loaded, or an older one to roll back to. */
  readonly current: string;
  readonly logRetention: RetentionDays;
}

/**
 * Publishes a data release as part of the deployment, with the same loader as `npm run
 * data:publish`: `LoadRelease` writes the bundle (shipped inside the loader function's package)
 * and only then `CurrentRelease` flips the pointer. A failed load fails the deployment before the
 * flip, so the previous release stays live; the same release again changes no property, so
 * CloudFormation does nothing; older releases stay in the table, ready for a rollback.
 */
export class ReleasePublisher extends Construct {
  readonly load: CustomResource;
  readonly current: CustomResource;
  /** Gives the table its key for signing cursors, once: the API depends on it. */
  readonly cursorKey: CustomResource;

  constructor(scope: Construct, id: string, props: ReleasePublisherProps) {
    super(scope, id);
    const { function: loader } = new NodeFunction(this, 'Loader', {
      entry: 'functions/release-resource.ts',
      environment: { [TABLE_NAME]: props.table.tableName },
      timeout: Duration.minutes(10),
      memorySize: 1024,
      logRetention: props.logRetention,
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_input: string, output: string) => [
          `mkdir -p "${output}/${BUNDLE_DIR}"`,
          `cp -R "${props.releaseDir}" "${output}/${BUNDLE_DIR}/"`,
        ],
      },
    });
    loader.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:BatchWriteItem'],
        resources: [props.table.tableArn],
      }),
    );
    const provider = new Provider(this, 'Provider', {
      onEventHandler: loader,
      logGroup: new LogGroup(this, 'ProviderLogs', { retention: props.logRetention }),
    });

    this.cursorKey = new CustomResource(this, 'CursorKey', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::CursorKey',
      properties: { Action: 'cursor-key' },
    });
    this.load = new CustomResource(this, 'LoadRelease', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::LoadRelease',
      properties: { Action: 'load', Release: props.release, Sha256Sums: props.sha256sums },
    });
    this.current = new CustomResource(this, 'CurrentRelease', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::CurrentRelease',
      properties: { Action: 'make-current', Release: props.current },
    });
    this.current.node.addDependency(this.load);

    Validations.of(provider).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'The CDK gives the custom resource framework function the AWS managed basic execution ' +
        'policy, which allows creating and writing any log group in the account, and offers no way ' +
        'to narrow it; the function runs only during deployments.',
    });
    Validations.of(provider).acknowledge({
      id:
        `AwsSolutions-IAM5[Resource::<` +
        `${Stack.of(this).getLogicalId(loader.node.defaultChild as CfnFunction)}.Arn>:*]`,
      reason: 'The custom resource framework may invoke any version of the loader function, and only that function.',
    });
    Validations.of(provider).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The custom resource framework function is created by the CDK with the runtime it ' +
        "supports; the project's own functions use Node.js 24.",
    });
  }
}
