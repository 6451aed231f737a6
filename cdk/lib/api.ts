import { Duration } from 'aws-cdk-lib';
import { TABLE_NAME } from '../../functions/environment.ts';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FunctionUrlAuthType, type FunctionUrl, type IFunction } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { NodeFunction } from './node-function.ts';

/** The API's read-only DynamoDB actions: every read it makes is one of these, never a Scan. */
export const API_TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query'];

export interface ApiProps {
  readonly table: ITable;
  /** At most this many concurrent executions: a cap on cost and on load on the table. */
  readonly concurrency: number;
  readonly logRetention: RetentionDays;
}

/**
 * The open-data API (functions/lambda.ts) as a Lambda function that may only read its table,
 * behind a Function URL that requires IAM-signed requests: only the CDN, signing with Origin
 * Access Control, can reach it.
 */
export class Api extends Construct {
  readonly function: IFunction;
  readonly url: FunctionUrl;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { function: fn } = new NodeFunction(this, 'Handler', {
      entry: 'functions/lambda.ts',
      environment: { [TABLE_NAME]: props.table.tableName },
      timeout: Duration.seconds(10),
      memorySize: 512,
      logRetention: props.logRetention,
      reservedConcurrentExecutions: props.concurrency,
    });
    fn.addToRolePolicy(new PolicyStatement({ actions: API_TABLE_ACTIONS, resources: [props.table.tableArn] }));
    this.function = fn;
    this.url = fn.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM });
  }
}
