import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApi } from './app.ts';
import { dynamoReleaseStore } from './storage/release-store.ts';

/**
 * The API over the DynamoDB table named by TABLE_NAME. The client takes region, credentials and
 * endpoint from the standard AWS environment (AWS_ENDPOINT_URL_DYNAMODB points it at a local engine).
 */
export function apiFromEnvironment(environment: Readonly<Record<string, string | undefined>>) {
  const table = environment.TABLE_NAME;
  if (!table) throw new Error('TABLE_NAME must name the DynamoDB table the API reads');
  return createApi(dynamoReleaseStore(new DynamoDBClient({}), table));
}
