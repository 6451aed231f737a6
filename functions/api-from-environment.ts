import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createApi } from './app.ts';
import { API_CLIENT_CONFIG } from './dynamodb-clients.ts';
import { tableName } from './environment.ts';
import { dynamoReleaseStore } from './storage/release-store.ts';

/**
 * The API over the DynamoDB table named by TABLE_NAME. The client takes region, credentials and
 * endpoint from the standard AWS environment (AWS_ENDPOINT_URL_DYNAMODB points it at a local engine),
 * and gives up on a store that does not answer in time for the API to say so (API_CLIENT_CONFIG).
 */
export function apiFromEnvironment(environment: Readonly<Record<string, string | undefined>>) {
  return createApi(dynamoReleaseStore(new DynamoDBClient(API_CLIENT_CONFIG), tableName(environment)));
}
