import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { KEY_ATTRIBUTES } from '../storage/table-design.ts';

/** An embedded DynamoDB-compatible engine running in this process, with the API's table created. */
export interface LocalDynamoDB {
  readonly endpoint: string;
  readonly table: string;
  /** A client for the engine (any credentials are accepted). */
  client(): DynamoDBClient;
  close(): Promise<void>;
}

/** Credentials and region for the local engine, which checks neither. */
export const LOCAL_AWS_CONFIG = { region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

/**
 * Starts dynalite in memory on a free loopback port and creates the table with the key schema
 * the deployed table has. No AWS account and no Docker needed.
 */
export async function startLocalDynamoDB(table = 'hemispheric-drug-policy'): Promise<LocalDynamoDB> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients: DynamoDBClient[] = [];
  const client = () => {
    const created = new DynamoDBClient({ ...LOCAL_AWS_CONFIG, endpoint });
    clients.push(created);
    return created;
  };
  await client().send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: KEY_ATTRIBUTES.partition, AttributeType: 'S' },
        { AttributeName: KEY_ATTRIBUTES.sort, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: KEY_ATTRIBUTES.partition, KeyType: 'HASH' },
        { AttributeName: KEY_ATTRIBUTES.sort, KeyType: 'RANGE' },
      ],
    }),
  );
  return {
    endpoint,
    table,
    client,
    async close() {
      for (const c of clients) c.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
