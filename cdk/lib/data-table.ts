import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { KEY_ATTRIBUTES } from '../../functions/storage/table-design.ts';

export interface DataTableProps {
  /** At most this many read request units a second, across every reader of the table. */
  readonly maxReadRequestUnits: number;
}

/**
 * The DynamoDB table every release is loaded into (key design in functions/storage/table-design.ts).
 * On demand with a cap on read throughput (a flood of uncached requests is throttled instead of
 * billed), encrypted, with point-in-time recovery; protected from deletion and kept when the
 * stack is deleted, because published releases must stay citable.
 */
export class DataTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: KEY_ATTRIBUTES.partition, type: AttributeType.STRING },
      sortKey: { name: KEY_ATTRIBUTES.sort, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      maxReadRequestUnits: props.maxReadRequestUnits,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
